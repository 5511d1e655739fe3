// FFI call cost on the JVM (JNA), a benchmark and not a test; results in BENCHMARKS.md.
//
//     tests/kotlin/bench/run.sh
//
// Each row is the median of timed batches after a warm-up, next to the cheapest call there is
// (`coreVersion()`, which crosses the FFI and returns a short string) measured in the same run.
import nl.werkmaat.CareOrigin
import nl.werkmaat.Werkmaat
import nl.werkmaat.coreVersion
import java.nio.file.Files

fun perCall(batch: Int = 200, batches: Int = 60, call: () -> Unit): Double {
    repeat(2_000) { call() } // JIT warm-up
    val samples = (1..batches).map {
        val start = System.nanoTime()
        repeat(batch) { call() }
        (System.nanoTime() - start).toDouble() / batch / 1_000.0
    }
    return samples.sorted()[samples.size / 2]
}

/** 150 general practices around Venlo, as an Overpass answer, so the list has 100 records to return. */
fun practices(): String = (1..150).joinToString(",", "{\"elements\":[", "]}") { i ->
    val lat = 51.30 + (i % 15) * 0.01
    val lon = 6.10 + (i / 15) * 0.01
    "{\"type\":\"node\",\"id\":$i,\"lat\":$lat,\"lon\":$lon,\"tags\":{\"amenity\":\"doctors\",\"name\":\"Huisartsenpraktijk $i\"}}"
}

fun main() {
    val dir = Files.createTempDirectory("werkmaat-bench").resolve("profile").toString()
    val profile = Werkmaat.open(dir, listOf("pl"), ByteArray(32) { it.toByte() })
    val care = profile.care()
    val guides = profile.guides()
    care.importOsm(practices(), java.time.LocalDate.of(2026, 11, 28))
    val origin = CareOrigin.Point(nl.werkmaat.Position(51.3704, 6.1724))
    check(care.nearest(origin, nl.werkmaat.PlaceKind.GP, 100u).size == 100)
    val reference = perCall { coreVersion() }
    val rows = listOf(
        "reference: coreVersion() (no-op call)" to reference,
        "care.nearest(gp, limit = 100): a 100-record list" to perCall { care.nearest(origin, nl.werkmaat.PlaceKind.GP, 100u) },
        "guides.list(): 16 records" to perCall { guides.list() },
        "guides.show(\"insurance\"): one screen" to perCall { guides.show("insurance", java.time.LocalDate.of(2026, 11, 28)) },
    )
    for ((name, micros) in rows) println("%-52s %9.1f µs %8.1f×".format(name, micros, micros / reference))
    profile.shutdown()
}
