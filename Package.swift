// swift-tools-version: 6.2
//
// The target graph below is the architecture diagram. Dependencies point one way:
//
//   hiendien (command line, thin)
//     └─ Inbox          workspace on disk: inbox, archive, rejected, receipts, ledger, lock, run
//          └─ Reports   Markdown / HTML / CSV renderers: pure functions of a consolidation
//               └─ Consolidation   supersession, de-duplication, indicators, progress
//                    └─ Programme  configuration, agencies, communes, cohorts, periods, targets
//                         └─ Schema    Table Schema loading, row validation, findings
//                              └─ Tabular   CSV / XLSX / XML readers, text decoding
//                                   └─ CLibXML2, CZlib (system libraries only)
//
// There are no package dependencies, by design: the tool must build on a government server
// with nothing but the Swift toolchain and the system's libxml2 and zlib.
import PackageDescription

/// Release builds link the Swift runtime and Foundation into the binary: one file to copy to
/// a server with no Swift installed, and no symbol lookups across a dozen shared libraries each
/// time it starts (15 ms of every run, cron's and the benchmark's; perf showed the dynamic
/// linker first). Only libc, libstdc++, libxml2 and zlib stay shared. Every module is compiled
/// with the flag too, so that the libraries it names for linking are the static ones.
let staticRuntime: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
] + staticRuntime

/// The hot loops (reading and validating every cell) in release builds: the runtime's
/// exclusivity checks on class properties cost 6% of validating a register (perf). They stay
/// on in debug builds, where the whole test suite runs, so an overlapping access would trap
/// there; release builds trust what the tests checked.
let hotLoops: [SwiftSetting] = strict + [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "hiendien",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hiendien", targets: ["hiendien"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "Tabular", dependencies: ["CLibXML2", "CZlib"], swiftSettings: hotLoops),
        .target(name: "Schema", dependencies: ["Tabular"], swiftSettings: hotLoops),
        .target(name: "Programme", dependencies: ["Schema", "Tabular"], swiftSettings: strict),
        .target(name: "Consolidation", dependencies: ["Programme", "Schema", "Tabular"], swiftSettings: strict),
        .target(name: "Reports", dependencies: ["Consolidation", "Programme", "Schema", "Tabular"], swiftSettings: strict),
        .target(
            name: "Inbox",
            dependencies: ["Reports", "Consolidation", "Programme", "Schema", "Tabular"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "hiendien",
            dependencies: ["Inbox", "Reports", "Consolidation", "Programme", "Schema", "Tabular"],
            swiftSettings: strict,
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),

        .target(
            name: "TestSupport",
            dependencies: ["Tabular", "Schema", "Programme"],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "TabularTests", dependencies: ["Tabular", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SchemaTests", dependencies: ["Schema", "Tabular", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ProgrammeTests", dependencies: ["Programme", "Schema", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ConsolidationTests",
            dependencies: ["Consolidation", "Programme", "Schema", "TestSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Consolidation", "Programme", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "InboxTests", dependencies: ["Inbox", "Programme", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "hiendienTests", dependencies: ["hiendien", "Inbox", "TestSupport"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
