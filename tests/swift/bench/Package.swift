// swift-tools-version:5.9
// FFI call cost from Swift (a benchmark, not a test). tests/swift/bench/run.sh assembles this
// package in target/swift-bench with the generated sources and runs it in the test chroot.
import Foundation
import PackageDescription

let libDir = ProcessInfo.processInfo.environment["WERKMAAT_LIB_DIR"] ?? "/src/target/release"

let package = Package(
    name: "WerkmaatSwiftBench",
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
        .executableTarget(name: "FfiBench", dependencies: ["Werkmaat"], path: "Sources/FfiBench"),
    ]
)
