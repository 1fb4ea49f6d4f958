import Foundation
import Testing
@testable import LegalCiteBatch

/// Each query kind, and arguments that try to be SQL.
@Suite("legalcite query")
struct QueryTests {
    @Test func byCaseName() throws {
        let (reader, _) = try IndexTests.indexedRun()
        let hits = try reader.run(IndexQuery(subject: .caseName("iqbal")))
        #expect(Set(hits.rows.map { URL(fileURLWithPath: $0[0].display).lastPathComponent }) == ["1.txt", "2.txt", "3.txt", "4-jones.txt"])
    }

    @Test func byRuleInAnySpelling() throws {
        let (reader, _) = try IndexTests.indexedRun()
        for spelling in ["FRCP 26", "frcp 26(f)", "Fed. R. Civ. P. 26"] {
            let hits = try reader.run(IndexQuery(subject: .rule(spelling)))
            #expect(Set(hits.rows.map { URL(fileURLWithPath: $0[0].display).lastPathComponent }) == ["3.txt", "4-jones.txt"], "\(spelling)")
        }
        #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .rule("twenty-six"))) }
    }

    @Test func byStatute() throws {
        let (reader, _) = try IndexTests.indexedRun()
        let hits = try reader.run(IndexQuery(subject: .statute("42 U.S.C. § 1983")))
        #expect(Set(hits.rows.map { URL(fileURLWithPath: $0[0].display).lastPathComponent }) == ["2.txt", "3.txt"])
        #expect(hits.column("authority").allSatisfy { $0 == .text("42 U.S.C. § 1983") })
        // 2.txt's cite; 3.txt's cite and the Id. after it.
        #expect(hits.column("authority").count == 3)
    }

    @Test func byCourtAndDate() throws {
        let (reader, _) = try IndexTests.indexedRun()
        #expect(try reader.run(IndexQuery(subject: .rule("FRCP 26"), court: "ksd", from: "2012", to: "2012-11")).rows
            .allSatisfy { $0[0].display.hasSuffix("4-jones.txt") })
        #expect(try reader.run(IndexQuery(subject: .documents, from: "2012-11-27")).rows.isEmpty)
        #expect(try reader.run(IndexQuery(subject: .documents, from: "2012-11-26", to: "2012-11-26")).rows.count == 1)
        #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .documents, from: "2012-1")) }
        #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .documents, to: "'; DROP TABLE documents; --")) }
    }

    @Test func topAuthorities() throws {
        let (reader, _) = try IndexTests.indexedRun()
        let top = try reader.run(IndexQuery(subject: .top(kind: nil), limit: 3))
        #expect(top.columns == ["authority", "kind", "documents", "mentions", "authority_id"])
        #expect(top.rows.count == 3)
        #expect(top.rows[0][2] == .integer(4))
        let rules = try reader.run(IndexQuery(subject: .top(kind: "rule")))
        #expect(rules.rows.allSatisfy { $0[1] == .text("rule") })
        #expect(rules.rows.first?[0] == .text("FRCP 26"))
    }

    @Test func argumentsAreDataNeverSQL() throws {
        let (reader, folder) = try IndexTests.indexedRun()
        let hostile = ["'; DROP TABLE mentions; --", "%", "_", "\" OR 1=1 --", "Iqbal' OR '1'='1", "x); DELETE FROM documents; --"]
        for text in hostile {
            // Names with no letters (`%`, `_`) are refused; the others fold to words no case has.
            if text.contains(where: \.isLetter) {
                #expect(try reader.run(IndexQuery(subject: .caseName(text))).rows.isEmpty, "\(text)")
                #expect(try reader.run(IndexQuery(subject: .documents, judge: text, party: text)).rows.isEmpty, "\(text)")
            } else {
                #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .caseName(text))) }
            }
            // Unknown courts and kinds are usage errors, whatever they hold.
            #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .documents, court: text)) }
            #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .top(kind: text))) }
            #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .documents, document: text)) }
            #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .cite(text))) }
            #expect(try reader.run(IndexQuery(subject: .documents, docket: text)).rows.isEmpty, "\(text)")
        }
        let database = try SQLiteDatabase(path: folder.appendingPathComponent("out.sqlite").path, readOnly: true)
        #expect(try database.prepare("SELECT count(*) FROM documents").integer() == 5)
        #expect(try database.prepare("SELECT count(*) FROM mentions").integer()! > 20)
    }

    @Test func outputFormatsQuoteWhatNeedsIt() {
        let table = QueryTable(columns: ["document", "n"], rows: [[.text("a, \"b\"\nc"), .integer(3)], [.null, .integer(-1)]])
        #expect(table.csv() == "document,n\r\n\"a, \"\"b\"\"\nc\",3\r\n,-1\r\n")
        #expect(table.json() == "[\n{\"document\": \"a, \\\"b\\\"\\nc\", \"n\": 3},\n{\"document\": null, \"n\": -1}\n]\n")
        #expect(table.table().hasPrefix("document  n\n--------  --\n"))
        #expect(QueryTable(columns: ["x"], rows: []).json() == "[]\n")
    }

    /// Document text and member names may hold terminal escapes: the table (for a terminal)
    /// shows them escaped; JSON and CSV (for programs) keep the text exact.
    @Test func tableOutputEscapesTerminalControls() {
        let hostile = "a\u{1B}]0;pwned\u{07}b\u{1B}[2Jc\u{9B}31m\u{7F}d\u{202E}txt.exe\u{2066}e"
        let table = QueryTable(columns: ["document"], rows: [[.text(hostile)]])
        let shown = table.table(maxCellWidth: 200)
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!shown.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" || $0 == "\u{2066}" })
        #expect(shown.contains("a\\x1B]0;pwned\\x07b\\x1B[2Jc\\x9B31m\\x7Fd\\u{202E}txt.exe\\u{2066}e"), "\(shown)")
        #expect(table.json().contains("\\u001b]0;pwned\\u0007b"))
        #expect(table.json().unicodeScalars.contains("\u{202E}"))
        #expect(table.csv().contains(hostile))
    }
}
