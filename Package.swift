// swift-tools-version: 6.1
// PatentNav (专利导航): patent navigation toolkit. See README.md.
import PackageDescription

let package = Package(
  name: "PatentNav",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "patnav", targets: ["PatentNavCLI"]),
    .library(name: "PatentModel", targets: ["PatentModel"]),
    .library(name: "PatentXML", targets: ["PatentXML"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // C libraries, bound as system libraries (headers via pkg-config).
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .systemLibrary(
      name: "CInflate", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

    // The normalized patent record and its value types (no I/O).
    .target(name: "PatentModel"),
    // The streaming reader for every office format (the only target that imports libxml2).
    .target(
      name: "PatentXML",
      dependencies: [
        "PatentModel", "CLibXML2", "CInflate",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // The `patnav` command: glue only.
    .executableTarget(
      name: "PatentNavCLI",
      dependencies: [
        "PatentModel", "PatentXML",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    .testTarget(name: "PatentModelTests", dependencies: ["PatentModel"]),
    .testTarget(
      name: "PatentXMLTests",
      dependencies: [
        "PatentXML", "PatentModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
