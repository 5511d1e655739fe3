// swift-tools-version:5.9
// The Werkmaat Swift package: the generated Swift bindings over the Rust library and its XCTest
// tests (Tests/WerkmaatTests); in host builds also the FFI benchmark (Bench/FfiBench).
//
// iOS (the default): first run bindings/swift/build-xcframework.sh (macOS with Xcode). It builds
// ../../target/ios/WerkmaatFFI.xcframework (the static library for device and simulator, with the
// C header and module map of the module WerkmaatFFI) and copies the generated Werkmaat.swift into
// Sources/Werkmaat/. Then add this folder as a local package and `import Werkmaat`.
//
// Host (Linux or macOS, for tests): with WERKMAAT_HOST_LIB_DIR set to a folder holding the shared
// library (libwerkmaat_ffi.so / .dylib), WerkmaatFFI is that library behind the generated header
// and module map in Sources/WerkmaatFFI/. tests/swift/host-package.sh puts the generated files in
// place; tests/run.sh then runs `swift test` here, in the Debian 13 chroot of the test harness.
import Foundation
import PackageDescription

let hostLibDir = ProcessInfo.processInfo.environment["WERKMAAT_HOST_LIB_DIR"]

let ffi: Target
var linkerSettings: [LinkerSetting] = []
var hostOnly: [Target] = []
if let dir = hostLibDir {
    ffi = .systemLibrary(name: "WerkmaatFFI", path: "Sources/WerkmaatFFI")
    linkerSettings = [
        .linkedLibrary("werkmaat_ffi"),
        .unsafeFlags(["-L\(dir)", "-Xlinker", "-rpath", "-Xlinker", dir]),
    ]
    // tests/swift/bench.sh runs it against the release library; not a part of the iOS package.
    hostOnly = [.executableTarget(name: "FfiBench", dependencies: ["Werkmaat"], path: "Bench/FfiBench")]
} else {
    ffi = .binaryTarget(name: "WerkmaatFFI", path: "../../target/ios/WerkmaatFFI.xcframework")
}

let package = Package(
    name: "Werkmaat",
    platforms: [.iOS(.v15)],  // = IPHONEOS_DEPLOYMENT_TARGET in build-xcframework.sh
    products: [
        .library(name: "Werkmaat", targets: ["Werkmaat"]),
    ],
    targets: [
        ffi,
        .target(name: "Werkmaat", dependencies: ["WerkmaatFFI"], path: "Sources/Werkmaat", linkerSettings: linkerSettings),
        .testTarget(name: "WerkmaatTests", dependencies: ["Werkmaat"], path: "Tests/WerkmaatTests"),
    ] + hostOnly
)
