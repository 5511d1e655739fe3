// Each row is the median of timed batches after a warm-up, next to the cheapest call there is
// (`coreVersion()`, which crosses the FFI and returns a short string) measured in the same run.
import Foundation
import Werkmaat

func perCall(batch: Int = 200, batches: Int = 60, _ call: () throws -> Void) rethrows -> Double {
    for _ in 0..<2_000 { try call() }
    var samples: [Double] = []
    for _ in 0..<batches {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<batch { try call() }
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(batch) / 1_000)
    }
    return samples.sorted()[samples.count / 2]
}

/// 150 general practices around Venlo as an Overpass answer, so the list has 100 records to return.
func practices() -> String {
    let nodes = (1...150).map { i in
        "{\"type\":\"node\",\"id\":\(i),\"lat\":\(51.30 + Double(i % 15) * 0.01),\"lon\":\(6.10 + Double(i / 15) * 0.01),"
            + "\"tags\":{\"amenity\":\"doctors\",\"name\":\"Huisartsenpraktijk \(i)\"}}"
    }
    return "{\"elements\":[" + nodes.joined(separator: ",") + "]}"
}

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("werkmaat-bench-\(UUID().uuidString)/profile").path
let profile = try Werkmaat.open(dataDir: dir, preferredLocales: ["pl"], key: Data((0..<32).map { UInt8($0) }))
let care = profile.care()
let guides = profile.guides()
_ = try care.importOsm(answer: practices(), today: CalendarDay(year: 2026, month: 11, day: 28))
let origin = CareOrigin.point(position: Position(lat: 51.3704, lon: 6.1724))
let hundred = try care.nearest(origin: origin, kind: .gp, limit: 100)
precondition(hundred.count == 100)
let reference = perCall { _ = coreVersion() }
let rows: [(String, Double)] = [
    ("reference: coreVersion() (no-op call)", reference),
    ("care.nearest(gp, limit: 100): a 100-record list", try perCall { _ = try care.nearest(origin: origin, kind: .gp, limit: 100) }),
    ("guides.list(): 14 records", try perCall { _ = try guides.list() }),
    ("guides.show(\"insurance\"): one screen", try perCall { _ = try guides.show(id: "insurance", today: CalendarDay(year: 2026, month: 11, day: 28)) }),
]
for (name, micros) in rows {
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0), String(format: "%9.2f µs %9.0f×", micros, micros / reference))
}
profile.shutdown()
