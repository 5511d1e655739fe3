// swift-tools-version:5.9
// The Swift tests and FFI benchmark of the generated bindings. tests/swift/assemble.sh puts this
// package together with the generated sources (Sources/Werkmaat, Sources/WerkmaatFFI); tests/run.sh
// runs `swift test` and tests/swift/bench.sh `swift run` in a Debian 13 chroot where the repo is
// mounted at /src.
import Foundation
import PackageDescription

let libDir = ProcessInfo.processInfo.environment["WERKMAAT_LIB_DIR"] ?? "/src/target/debug"

let package = Package(
    name: "WerkmaatSwiftTests",
    targets: [
        .systemLibrary(name: "WerkmaatFFI", path: "Sources/WerkmaatFFI"),
        .target(
            name: "Werkmaat",
            dependencies: ["WerkmaatFFI"],
            path: "Sources/Werkmaat",
            linkerSettings: [
                .linkedLibrary("werkmaat_ffi"),
                .unsafeFlags(["-L\(libDir)", "-Xlinker", "-rpath", "-Xlinker", libDir]),
            ]
        ),
        .testTarget(name: "WerkmaatTests", dependencies: ["Werkmaat"], path: "Tests/WerkmaatTests"),
        // The FFI benchmark (tests/swift/bench.sh runs it against the release library).
        .executableTarget(name: "FfiBench", dependencies: ["Werkmaat"], path: "Bench/FfiBench"),
    ]
)
