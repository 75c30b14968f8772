// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "chart",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chart", targets: ["chart"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.3.0"),
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // libarchive's header, and forwarders that open the library at first use (see loader.c).
        .target(name: "CArchive", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // Opens libcurl at run time, for https:// repositories only.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(name: "GoValue"),
        .target(name: "GoTemplate", dependencies: ["GoValue"]),
        .target(name: "YAML", dependencies: ["CYAML", "GoValue"]),
        .target(name: "Sprig", dependencies: [
            "GoValue", "GoTemplate",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
            .product(name: "X509", package: "swift-certificates"),
            .product(name: "SwiftASN1", package: "swift-asn1"),
        ]),
        .target(name: "Archive", dependencies: ["CArchive"]),
        .target(name: "ChartKit", dependencies: [
            "GoValue", "GoTemplate", "Sprig", "YAML", "Archive", "CCurl",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Releases", dependencies: ["ChartKit", "YAML"]),
        .executableTarget(name: "chart", dependencies: [
            "ChartKit", "Releases", "Sprig",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // A position-dependent executable, as Go links Helm: the loader then applies no
            // relocations at start-up (about 90,000 in a PIE build, 3 MiB of pages touched per run).
            .unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release)),
        ]),
        .testTarget(name: "GoValueTests", dependencies: ["GoValue"]),
        .testTarget(name: "GoTemplateTests", dependencies: ["GoTemplate"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "SprigTests", dependencies: ["Sprig", "GoTemplate"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "CArchive"]),
        .testTarget(name: "ChartKitTests", dependencies: ["ChartKit"]),
        .testTarget(name: "ReleasesTests", dependencies: ["Releases"]),
        .testTarget(name: "chartTests", dependencies: ["chart"]),
    ]
)
