// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "legalcite",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "LegalCite", targets: ["LegalCite"]),
        .executable(name: "legalcite", targets: ["legalcite"]),
        .executable(name: "legalcite-bench", targets: ["legalcite-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The local web server of `legalcite serve` (LegalCiteServe only; the library stays free
        // of NIO). No traits: neither swift-configuration nor the full-Foundation extras are used.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Already under Hummingbird; named because LegalCiteServe imports them.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // PCRE2 (libpcre2-dev): the JIT regex engine behind the fixed-word recognizers.
        .systemLibrary(
            name: "CPCRE2", path: "Sources/CPCRE2",
            pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        // OpenSSL's libcrypto (libssl-dev): SHA-256 of every document, in assembly.
        .systemLibrary(
            name: "CCrypto", path: "Sources/CCrypto",
            pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // libarchive (libarchive-dev): zip, tar, tar.gz and the rest, read as streams.
        .systemLibrary(
            name: "CArchive", path: "Sources/CArchive",
            pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        // SQLite (libsqlite3-dev): the embedded index of batch runs.
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite",
            pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // MuPDF (libmupdf-dev): the text layer of PDF inputs, read in process. Debian ships it as
        // static archives; the module map names what they are built on.
        .systemLibrary(
            name: "CMuPDF", path: "Sources/CMuPDF",
            pkgConfig: "mupdf", providers: [.apt(["libmupdf-dev"])]),
        // The C face on MuPDF: its errors are longjmps (fz_try), which Swift cannot take.
        .target(name: "CPDFText", dependencies: ["CMuPDF"], path: "Sources/CPDFText"),
        // The pipeline: Text -> Scan -> Grammar -> Resolve -> Output. No I/O, no globals.
        .target(
            name: "LegalCite", dependencies: ["CPCRE2", "CCrypto"]),
        // Bulk work on top of the pipeline: Input (folders, archives, JSONL) -> Run (ordered
        // workers, checkpoints, resume) -> Index (SQLite) -> Query.
        .target(
            name: "LegalCiteBatch", dependencies: ["LegalCite", "CArchive", "CSQLite", "CPDFText", "CMuPDF"]),
        // A document with its citations marked, as a web page or Markdown, from its JSON result
        // and its text (`legalcite annotate`, and the pages of `legalcite serve`).
        .target(
            name: "LegalCiteAnnotate",
            dependencies: [.product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Templates"]),
        // The web page of `legalcite serve`: Hummingbird routes, Mustache templates (files in
        // Templates, embedded by scripts/embed-templates), read-only SQL of its own over the index.
        .target(
            name: "LegalCiteServe",
            dependencies: [
                "LegalCite", "LegalCiteBatch", "LegalCiteAnnotate", "CSQLite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Templates"]),
        // The command line: parses arguments, reads files, calls the library.
        .executableTarget(
            name: "legalcite",
            dependencies: ["LegalCite", "LegalCiteBatch", "LegalCiteAnnotate", "LegalCiteServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The benchmark: `swift build -c release && .build/release/legalcite-bench`.
        .executableTarget(name: "legalcite-bench", dependencies: ["LegalCite"]),
        // The fuzz target (libFuzzer with -DFUZZING), or a replayer of saved inputs.
        .executableTarget(name: "legalcite-fuzz", dependencies: ["LegalCite"]),
        // Where the test targets write their files (a folder removed when the test process exits).
        .target(name: "LegalCiteTestSupport", path: "Tests/Support"),
        .testTarget(name: "LegalCiteTests", dependencies: ["LegalCite"]),
        .testTarget(name: "LegalCiteBatchTests", dependencies: ["LegalCiteBatch", "LegalCite", "CArchive", "LegalCiteTestSupport"]),
        .testTarget(name: "LegalCiteCLITests", dependencies: ["legalcite", "LegalCiteTestSupport"]),
        .testTarget(name: "LegalCiteAnnotateTests", dependencies: ["LegalCiteAnnotate", "LegalCite"]),
        .testTarget(name: "LegalCiteServeTests", dependencies: ["LegalCiteServe", "LegalCiteBatch", "LegalCite", "CSQLite", "LegalCiteTestSupport"]),
    ]
)
