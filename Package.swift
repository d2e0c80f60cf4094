// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Vigil",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vigil", targets: ["vigil"]),
        .library(name: "VigilImport", targets: ["VigilImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        // Writes the workbooks of the xlsx tests and benchmark (Vigil reads them with its own reader).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // ncursesw, the wide-character ncurses, via pkg-config.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Signal handlers that restore the terminal; must be C (async-signal-safe).
        .target(
            name: "CTerminalGuard",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // Process-wide SQLite settings that need C (sqlite3_config is variadic).
        .target(name: "CSQLiteSettings", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "VigilCore"),
        // zlib, for the parts of .xlsx workbooks.
        .systemLibrary(name: "CVigilZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "VigilImport", dependencies: ["VigilCore", "CVigilZlib", .product(name: "Yams", package: "Yams")]),
        // The learned sentiment model's weights, generated C data (see Tools/sentiment/train.py).
        .target(name: "CSentimentWeights"),
        .target(name: "VigilSentiment", dependencies: ["VigilCore", "CSentimentWeights"]),
        .target(name: "VigilRules", dependencies: ["VigilCore", "VigilModeration", .product(name: "Yams", package: "Yams")]),
        .target(name: "VigilStore", dependencies: ["VigilCore", "CSQLiteSettings", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // libpq, PostgreSQL's own client library (URLs, PG* variables, ~/.pgpass, TLS), loaded
        // when a postgres:// database is first opened (libpq-dev for its header, libpq5 to run).
        .target(name: "CPostgresLoader", cSettings: [.unsafeFlags(["-I/usr/include/postgresql"])]),
        // The team's store: PostgreSQL behind the same protocols as SQLite.
        .target(name: "VigilPostgres", dependencies: ["VigilCore", "VigilStore", "CPostgresLoader"],
                swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/postgresql"])]),
        .target(name: "VigilEngine", dependencies: ["VigilCore", "VigilImport", "VigilSentiment", "VigilRules", "VigilStore", .product(name: "Yams", package: "Yams")]),
        // Moderation: spam, abuse and personal-data detectors (offline, en/es/de/fr).
        .target(name: "VigilModeration", dependencies: ["VigilCore"]),
        // Reports for the departments (HTML with SVG charts, Markdown, CSV), from any store.
        .target(name: "VigilReport", dependencies: ["VigilCore", "VigilRules", "VigilStore"]),
        .target(name: "VigilTerminal", dependencies: ["CNcurses", "CTerminalGuard"]),
        .target(name: "VigilUI", dependencies: ["VigilCore", "VigilTerminal", "VigilStore"]),
        // A running dashboard's link to the world: followed feeds, the shared store, the rules
        // engine, notifications, and what `update`'s effects do (testable without a terminal).
        .target(name: "VigilSession", dependencies: ["VigilCore", "VigilEngine", "VigilReport", "VigilRules", "VigilStore", "VigilTerminal", "VigilUI"]),
        .executableTarget(
            name: "vigil",
            dependencies: [
                "VigilCore", "VigilImport", "VigilSentiment", "VigilRules", "VigilStore", "VigilEngine", "VigilTerminal", "VigilUI", "VigilSession", "VigilReport", "VigilModeration", "VigilPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "vigil-bench",
            dependencies: ["VigilCore", "VigilImport", "VigilSentiment", "VigilRules", "VigilStore", "VigilEngine", "VigilTerminal", "VigilUI",
                           "VigilSession", "VigilReport", "VigilModeration", "VigilPostgres", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Benchmarks/VigilBench"
        ),
        .testTarget(name: "VigilCoreTests", dependencies: ["VigilCore"]),
        .testTarget(name: "VigilImportTests", dependencies: ["VigilImport", "VigilCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "VigilSentimentTests", dependencies: ["VigilSentiment", "VigilCore"]),
        .testTarget(name: "VigilRulesTests", dependencies: ["VigilRules", "VigilCore"]),
        .testTarget(name: "VigilEngineTests", dependencies: ["VigilEngine", "VigilSentiment", "VigilCore", "VigilImport", "VigilRules", "VigilStore"]),
        .testTarget(name: "VigilStoreTests", dependencies: ["VigilStore", "VigilCore", "VigilPostgres", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "VigilTerminalTests", dependencies: ["VigilTerminal"]),
        .testTarget(name: "VigilUITests", dependencies: ["VigilUI", "VigilTerminal", "VigilCore", "VigilRules"]),
        .testTarget(name: "VigilSessionTests", dependencies: ["VigilSession", "VigilCore", "VigilEngine", "VigilReport", "VigilRules", "VigilStore", "VigilTerminal", "VigilUI"]),
        .testTarget(name: "VigilModerationTests", dependencies: ["VigilModeration"]),
        .testTarget(name: "VigilReportTests", dependencies: ["VigilReport", "VigilCore", "VigilRules", "VigilStore"]),
        .testTarget(name: "VigilEndToEndTests", dependencies: ["vigil"]),
    ]
)
