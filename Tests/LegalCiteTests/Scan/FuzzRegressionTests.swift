import Foundation
import Testing
@testable import LegalCite

/// Inputs the fuzzer (scripts/fuzz) found, kept in Tests/FuzzRegressions/: each is extracted in
/// both formats without a crash, and its spans slice the input to their text.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    /// A reporter and a comma at the very end (`319 F.,`, `73 F., `): the scanner read the byte
    /// after the input looking for a page (a heap overflow under AddressSanitizer, a trap in a
    /// debug build).
    @Test func aReporterAndACommaAtTheEnd() {
        for text in ["See 319 F.,", "See 73 F., ", "See 73 F.,\n", "556 U.S. at", "556 U.S. at p", "556 U.S. at pp"] {
            #expect(SpanPropertyTests.violations(text).isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func everySavedInputStillHolds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            guard let text = String(validating: bytes, as: UTF8.self) else {
                for format in [TextFormat.text, .html] { _ = try? sharedExtractor.extract(bytes, options: .init(format: format)) }
                continue
            }
            for format in [TextFormat.text, .html] {
                #expect(SpanPropertyTests.violations(text, format: format).isEmpty, "\(name) as \(format)")
            }
        }
    }
}
