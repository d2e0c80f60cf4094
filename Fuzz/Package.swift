// swift-tools-version:6.0
// libFuzzer targets for Vigil's readers. Separate from the main package because a fuzz
// target has no main() and only links with -sanitize=fuzzer. See README.md ("Fuzzing").
import PackageDescription

let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "VigilFuzz",
    dependencies: [.package(name: "Vigil", path: ".."), .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "VigilImport", package: "Vigil")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzJSONLines", dependencies: ["FuzzSupport", .product(name: "VigilImport", package: "Vigil")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzJSONDocuments", dependencies: ["FuzzSupport", .product(name: "VigilImport", package: "Vigil")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzXLSX", dependencies: ["FuzzSupport", .product(name: "VigilImport", package: "Vigil"), .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzJSONStream", dependencies: ["FuzzSupport", .product(name: "VigilImport", package: "Vigil")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzValues", dependencies: ["FuzzSupport", .product(name: "VigilImport", package: "Vigil")], swiftSettings: fuzzer),
    ]
)
