// swift-tools-version:5.9
// The Werkmaat Swift package for iOS shells. First run bindings/swift/build-xcframework.sh (macOS
// with Xcode): it builds ../../target/ios/WerkmaatFFI.xcframework (the Rust static library for device
// and simulator, with the C header and module map of the module WerkmaatFFI) and copies the generated
// Werkmaat.swift into Sources/Werkmaat/. Then add this folder as a local package and `import Werkmaat`.
//
// Same names as tests/swift/Package.swift, where the Linux tests wrap the host's shared library as a
// systemLibrary target WerkmaatFFI: here WerkmaatFFI is the XCFramework.
import PackageDescription

let package = Package(
    name: "Werkmaat",
    platforms: [.iOS(.v15)],  // = IPHONEOS_DEPLOYMENT_TARGET in build-xcframework.sh
    products: [
        .library(name: "Werkmaat", targets: ["Werkmaat"]),
    ],
    targets: [
        .binaryTarget(name: "WerkmaatFFI", path: "../../target/ios/WerkmaatFFI.xcframework"),
        .target(name: "Werkmaat", dependencies: ["WerkmaatFFI"], path: "Sources/Werkmaat"),
    ]
)
