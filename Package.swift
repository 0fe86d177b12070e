// swift-tools-version: 6.1
// PatentNav (专利导航): patent navigation toolkit. See README.md.
import PackageDescription

let package = Package(
  name: "PatentNav",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "patnav", targets: ["PatentNavCLI"]),
    .library(name: "PatentModel", targets: ["PatentModel"]),
    .library(name: "PatentXML", targets: ["PatentXML"]),
    .library(name: "ReferenceData", targets: ["ReferenceData"]),
    .library(name: "Applicants", targets: ["Applicants"]),
    .library(name: "PatentCorpus", targets: ["PatentCorpus"]),
    .library(name: "Workspace", targets: ["Workspace"]),
    .library(name: "Generator", targets: ["Generator"]),
    .library(name: "Networks", targets: ["Networks"]),
    .library(name: "Landscape", targets: ["Landscape"]),
    .library(name: "IndustryChain", targets: ["IndustryChain"]),
    .library(name: "CorePatents", targets: ["CorePatents"]),
    .library(name: "Overseas", targets: ["Overseas"]),
    .library(name: "Projects", targets: ["Projects"]),
  ],
  traits: [
    .trait(
      name: "Postgres",
      description: "A PostgreSQL (Citus-ready) workspace beside the embedded SQLite one; links libpq (libpq-dev)."),
    .default(enabledTraits: []),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    // C libraries, bound as system libraries (headers via pkg-config).
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .systemLibrary(
      name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"]), .brew(["libpq"])]),
    .systemLibrary(
      name: "CSQLiteConfig", pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
    .systemLibrary(
      name: "CInflate", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    // glibc's malloc_trim, which Swift's Glibc module does not export (a no-op elsewhere).
    .systemLibrary(name: "CMalloc"),

    // The normalized patent record and its value types (no I/O).
    .target(name: "PatentModel"),
    // The streaming reader for every office format (the only target that imports libxml2).
    .target(
      name: "PatentXML",
      dependencies: [
        "PatentModel", "CLibXML2", "CInflate",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // Reference data shipped with the product (IPC titles, technology fields, countries, legal events…).
    .target(name: "ReferenceData", resources: [.copy("Resources")]),
    // Applicant-name harmonization, entity types and applicant locations.
    .target(name: "Applicants", dependencies: ["PatentModel", "ReferenceData"]),
    // The compact in-memory corpus the analyses take as input.
    .target(name: "PatentCorpus", dependencies: ["Applicants", "ReferenceData", "PatentModel"]),
    // The workspace: SQLite storage, ingest, families, queries, stats and export.
    .target(
      name: "Workspace",
      dependencies: [
        "PatentModel", "PatentXML", "ReferenceData", "Applicants", "PatentCorpus",
        .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
        "CSQLiteConfig", "CMalloc",
        .target(name: "CLibPQ", condition: .when(traits: ["Postgres"])),
      ]),
    // Weighted graphs, co-occurrence normalization and community detection (for the analyses).
    .target(name: "Networks"),
    // The landscape analysis (trends, IPC structure and clusters, concentration, lifecycle).
    .target(name: "Landscape", dependencies: ["Networks", "PatentCorpus", "PatentModel", "ReferenceData"]),
    // YAML configuration files (chains, projects, weights) with file:line:field errors.
    .target(name: "ConfigFile", dependencies: ["PatentModel", .product(name: "Yams", package: "Yams")]),
    // Industry chain ↔ patent layout matching (chain files, tagging, region metrics, positioning).
    .target(
      name: "IndustryChain",
      dependencies: ["ConfigFile", "PatentCorpus", "PatentModel", "ReferenceData", "Applicants"],
      resources: [.copy("Resources")]),
    // Core-patent scoring and patent-fence opportunities (citation graph, PageRank, OECD indicators).
    .target(
      name: "CorePatents",
      dependencies: ["ConfigFile", "Networks", "PatentCorpus", "PatentModel", "ReferenceData", "Applicants"]),
    // Overseas layout gaps: coverage of target countries, gaps against competitors, open filing windows.
    .target(name: "Overseas", dependencies: ["PatentCorpus", "PatentModel", "ReferenceData"]),
    // Staged navigation projects (manifest, runner with fingerprints and audit log) and their reports.
    .target(
      name: "Projects",
      dependencies: [
        "ConfigFile", "Workspace", "PatentCorpus", "PatentModel", "ReferenceData", "Applicants", "Landscape",
        "IndustryChain", "CorePatents", "Overseas", "Generator", .product(name: "Mustache", package: "swift-mustache"),
      ]),
    // Deterministic synthetic corpora in real office XML (scale benchmarks, the demo).
    .target(name: "Generator", dependencies: ["PatentModel"]),
    // The `patnav` command: glue only.
    .executableTarget(
      name: "PatentNavCLI",
      dependencies: [
        "PatentModel", "PatentXML", "ReferenceData", "Applicants", "PatentCorpus", "Workspace", "Generator",
        "Landscape", "Networks", "IndustryChain", "ConfigFile", "CorePatents", "Overseas", "Projects",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // The reader under libFuzzer (`Scripts/fuzz.sh`); without `-DFUZZING` it replays inputs (crash reproducer).
    .executableTarget(name: "PatentFuzz", dependencies: ["PatentXML"]),

    // Helpers shared by the analysis test suites (real corpora, reference data, generated workspaces).
    .target(
      name: "TestSupport", dependencies: ["Workspace", "ReferenceData", "Generator"], path: "Tests/TestSupport"),
    .testTarget(name: "PatentModelTests", dependencies: ["PatentModel"]),
    .testTarget(
      name: "PatentXMLTests",
      dependencies: [
        "PatentXML", "PatentModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .testTarget(name: "ReferenceDataTests", dependencies: ["ReferenceData"]),
    .testTarget(
      name: "PatentCorpusTests",
      dependencies: ["PatentCorpus", "PatentModel", "ReferenceData", "TestSupport", "Workspace"]),
    .testTarget(name: "NetworksTests", dependencies: ["Networks"]),
    .testTarget(
      name: "LandscapeTests",
      dependencies: [
        "TestSupport", "Landscape", "Networks", "PatentCorpus", "Workspace", "Generator", "ReferenceData", "Applicants",
      ]),
    .testTarget(
      name: "IndustryChainTests",
      dependencies: [
        "TestSupport",
        "IndustryChain", "ConfigFile", "PatentCorpus", "PatentModel", "Workspace", "Generator", "ReferenceData",
        "Applicants",
      ]),
    .testTarget(
      name: "CorePatentsTests",
      dependencies: [
        "TestSupport",
        "CorePatents", "Networks", "ConfigFile", "PatentCorpus", "Workspace", "Generator", "ReferenceData",
        "Applicants",
      ]),
    .testTarget(
      name: "OverseasTests",
      dependencies: [
        "TestSupport",
        "Overseas", "PatentCorpus", "PatentModel", "Workspace", "Generator", "ReferenceData", "Applicants",
      ]),
    .testTarget(
      name: "ProjectsTests",
      dependencies: [
        "TestSupport", "Projects", "ConfigFile", "Generator", "ReferenceData", "Workspace", "IndustryChain",
        "Landscape", "CorePatents", "Overseas", "PatentCorpus",
      ]
    ),
    .testTarget(
      name: "GeneratorTests",
      dependencies: ["TestSupport", "Generator", "PatentXML", "Workspace", "ReferenceData", "PatentCorpus"]),
    .testTarget(name: "ApplicantsTests", dependencies: ["TestSupport", "Applicants", "ReferenceData", "PatentModel"]),
    .testTarget(
      name: "WorkspaceTests",
      dependencies: [
        "TestSupport", "Workspace", "PatentCorpus", "PatentXML", "PatentModel", "ReferenceData", "Applicants",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
