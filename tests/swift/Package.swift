// swift-tools-version:5.9
// The Swift tests of the generated bindings. tests/run.sh assembles this package in
// target/swift-test with the generated sources (Sources/Werkmaat, Sources/WerkmaatFFI) and runs
// `swift test` in a Debian 13 chroot where the repo is mounted at /src.
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
    ]
)
