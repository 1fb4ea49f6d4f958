import Foundation
import Testing
import LegalCite
@testable import LegalCiteBatch

/// The questions of issue 16 asked of an index of real documents: the seed order, seven of the
/// shared corpus, one of `Corpus/`, and two orders written here in the seed's court (a later
/// order in the seed's case, its docket number spelled the other way, and a criminal case with
/// the same year and sequence). Every expected answer was read from the texts by hand (line
/// numbers of the shared documents in the comments).
@Suite("query on real documents")
struct CorpusQueryTests {
    /// The shared corpus beside the repository (`../shared/corpus/documents`), as the golden
    /// scans find it.
    static let shared = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/documents").path
    static let sharedDocuments = [
        "eyecitets_cl10186001_district.txt",    // laed: Iqbal by 129 S. Ct. only (l. 79); bare Rule 12(b)(6) (l. 91), 12(b)(1) ×3
        "eyecitets_cl10406001_district.txt",    // paed: Iqbal by 556 U.S. (l. 149, 165); 12(b)(6) ×2 (l. 144, 145)
        "eyecitets_cl10670001_district.txt",    // 12(b)(1) ×2, 12(b)(6) ×2 (l. 50, 169), 12(h)(3) (l. 186)
        "eyecitets_cl10362001_district.txt",    // Rule 12(c) of the Federal Rules (l. 35)
        "doctor_ca5_00516242060_appellate.txt", // FED. R. CIV. P. 12(b)(6) (l. 246); Iqbal by 556 U.S. (l. 265, 279)
        "eyecitets_cl1_appellate.txt",          // United States v. Jiménez-Beltre (l. 245)
    ]

    /// A later order in the seed's case: `2:12-cv-02486-KHV-DJW` is the seed's `12-2486-KHV-DJW`.
    static let laterOrder = """
        IN THE UNITED STATES DISTRICT COURT
        FOR THE DISTRICT OF KANSAS

        CLIFTON JEREL JONES,

                            Plaintiff,

        v.                                          Case No. 2:12-cv-02486-KHV-DJW

        STATE OF KANSAS, et al.,

                            Defendants.

        MEMORANDUM AND ORDER

        The State Defendants move to dismiss under Fed. R. Civ. P. 12(b)(6). See Ashcroft v. Iqbal,
        129 S. Ct. 1937, 1949 (2009). The motion is denied.

        IT IS SO ORDERED.

        Dated January 7, 2013, at Kansas City, Kansas.

        s/ Kathryn H. Vratil
        KATHRYN H. VRATIL
        United States District Judge

        """

    /// Another case of the same court, year and sequence: a criminal one (`cr`).
    static let criminalOrder = """
        IN THE UNITED STATES DISTRICT COURT
        FOR THE DISTRICT OF KANSAS

        UNITED STATES OF AMERICA,

                            Plaintiff,

        v.                                          Case No. 2:12-cr-02486-JWL

        ROBERT JIMÉNEZ,

                            Defendant.

        ORDER

        The defendant moves under Fed. R. Crim. P. 12(b)(3). The motion is denied.

        IT IS SO ORDERED.

        Dated March 4, 2013, at Kansas City, Kansas.

        s/ John W. Lungstrum
        JOHN W. LUNGSTRUM
        United States District Judge

        """

    /// Builds the index once for the suite, through a batch run as a user would; `withSeed`
    /// false leaves out the one document that cites Iqbal by both reporters.
    static func index(withSeed: Bool = true) throws -> (reader: IndexReader, path: String) {
        let folder = try Fixtures.folder()
        let documents = folder.appendingPathComponent("documents")
        for name in sharedDocuments {
            try Fixtures.write(Array(try Data(contentsOf: URL(fileURLWithPath: "\(shared)/\(name)"))), to: documents.appendingPathComponent(name))
        }
        if withSeed { try Fixtures.write(try Fixtures.corpus("jones-v-kansas-2012-order.txt"), to: documents.appendingPathComponent("jones-v-kansas-2012-order.txt")) }
        try Fixtures.write(try Fixtures.corpus("dkan-2017-moreno-v-kansas-city-steak.txt"), to: documents.appendingPathComponent("dkan-2017-moreno-v-kansas-city-steak.txt"))
        try Fixtures.write(Array(laterOrder.utf8), to: documents.appendingPathComponent("jones-v-kansas-2013-order.txt"))
        try Fixtures.write(Array(criminalOrder.utf8), to: documents.appendingPathComponent("united-states-v-jimenez-2013-order.txt"))
        let run = try Fixtures.run([documents.path], index: true, output: folder.appendingPathComponent("out.jsonl"))
        #expect(run.summary.errors == 0)
        let path = folder.appendingPathComponent("out.sqlite").path
        return (try IndexReader(path: path), path)
    }

    static func names(_ table: QueryTable) -> Set<String> {
        Set(table.column("document").map { URL(fileURLWithPath: $0.display).lastPathComponent })
    }

    static let iqbalCiters: Set<String> = [
        "jones-v-kansas-2012-order.txt", "jones-v-kansas-2013-order.txt", "eyecitets_cl10186001_district.txt",
        "eyecitets_cl10406001_district.txt", "doctor_ca5_00516242060_appellate.txt",
    ]

    @Test func whoCitesIqbalByEitherReporter() throws {
        let (reader, _) = try Self.index()
        for cite in ["556 U.S. 662", "129 S. Ct. 1937", "Ashcroft v. Iqbal, 556 U.S. 662 (2009)"] {
            let citing = try reader.answer(IndexQuery(subject: .authority(cite), perDocument: true))
            #expect(Self.names(citing.table) == Self.iqbalCiters, "\(cite)")
            #expect(citing.table.columns == ["document", "court", "date", "judge", "title", "dockets", "mentions", "cites"])
            #expect(try reader.run(IndexQuery(subject: .cite(cite), perDocument: true)).rows.count == 5)
        }
        // One row per document: the laed order cites Iqbal at l. 79, 96 and 101, with two Id.s between.
        let rows = try reader.run(IndexQuery(subject: .cite("556 U.S. 662"), perDocument: true)).records
        let laed = try #require(rows.first { $0["document"]!.display.hasSuffix("cl10186001_district.txt") })
        #expect(laed["cites"]!.display.split(whereSeparator: \.isWhitespace).joined(separator: " ").hasPrefix("129 S. Ct. 1937, 1949; Id.;"))
        #expect(laed["mentions"] == .integer(6))
        #expect(laed["court"] == .text("laed"))
        // By name, case, accents and punctuation aside.
        for name in ["Iqbal", "Ashcroft v Iqbal", "ASHCROFT V. IQBAL", "ashcroft  v.  iqbal"] {
            #expect(Self.names(try reader.run(IndexQuery(subject: .caseName(name)))) == Self.iqbalCiters, "\(name)")
        }
        #expect(try reader.run(IndexQuery(subject: .caseName("Iqbal v. Ashcroft"))).rows.isEmpty)
    }

    /// Without the seed order, no document says that 556 U.S. 662 and 129 S. Ct. 1937 are one
    /// case: each cite finds only the documents that write it.
    @Test func parallelsJoinOnlyWhereADocumentLinksThem() throws {
        let (reader, _) = try Self.index(withSeed: false)
        #expect(Self.names(try reader.run(IndexQuery(subject: .cite("556 U.S. 662")))) ==
                ["eyecitets_cl10406001_district.txt", "doctor_ca5_00516242060_appellate.txt"])
        #expect(Self.names(try reader.run(IndexQuery(subject: .cite("129 S. Ct. 1937")))) ==
                ["eyecitets_cl10186001_district.txt", "jones-v-kansas-2013-order.txt"])
    }

    @Test func everyRule12b6Cite() throws {
        let (reader, _) = try Self.index()
        for spelling in ["Fed. R. Civ. P. 12(b)(6)", "FRCP 12(b)(6)", "fed. r. civ. p. 12(b)(6)", "Rule 12(b)(6) of the Federal Rules of Civil Procedure",
                         "Federal Rule of Civil Procedure 12(b) (6)"] {
            let hits = try reader.run(IndexQuery(subject: .rule(spelling)))
            let found = hits.records.map { "\(URL(fileURLWithPath: $0["document"]!.display).lastPathComponent) \($0["start"]!.display)" }
            #expect(hits.column("subdivision").allSatisfy { $0 == .text("(b)(6)") }, "\(spelling)")
            #expect(Set(hits.records.map { URL(fileURLWithPath: $0["document"]!.display).lastPathComponent }) == [
                "eyecitets_cl10186001_district.txt", "eyecitets_cl10406001_district.txt", "eyecitets_cl10670001_district.txt",
                "doctor_ca5_00516242060_appellate.txt", "jones-v-kansas-2013-order.txt",
            ], "\(spelling)")
            #expect(hits.rows.count == 7, "\(spelling): \(found)")
        }
        // The whole rule: 12(c) (cl10362001), 12(h)(3) (cl10670001), the bare Rule 12(b)(1)s the
        // federal courts' orders place in FRCP (cl10186001 l. 103, 106; cl10670001 l. 49, 166 and
        // 173-174, across a line break), 15 in all. Not the criminal rule 12(b)(3).
        let rule12 = try reader.run(IndexQuery(subject: .rule("FRCP 12"), limit: 0))
        let texts = rule12.records.filter { $0["kind"] == .text("rule") }.map { $0["text"]!.display.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(texts.count == 15, "\(texts)")
        #expect(texts.contains("Rule 12(c) of the Federal Rules of Civil Procedure"))
        #expect(texts.contains("Fed. R. Civ. P. 12(h)(3)"))
        #expect(texts.filter { $0 == "Rule 12(b)(1)" }.count == 5)
        #expect(!texts.contains { $0.contains("Crim") })
        #expect(try reader.run(IndexQuery(subject: .rule("fed. r. civ. p. 12"), limit: 0)).rows.count == rule12.rows.count)
        // A deeper subdivision is under its parent, a sibling is not.
        #expect(try reader.run(IndexQuery(subject: .rule("Fed. R. Civ. P. 12(b)"))).rows.count == 13)
        #expect(try reader.run(IndexQuery(subject: .rule("Fed. R. Civ. P. 12(b)(60)"))).rows.isEmpty)
        #expect(try reader.run(IndexQuery(subject: .rule("Fed. R. Crim. P. 12(b)(3)"))).rows.count == 1)
    }

    @Test func allOrdersOfOneDocket() throws {
        let (reader, _) = try Self.index()
        let orders = try reader.run(IndexQuery(subject: .documents, docket: "2:12-cv-02486"))
        #expect(Self.names(orders) == ["jones-v-kansas-2012-order.txt", "jones-v-kansas-2013-order.txt"])
        // Written without a type, the number is every case of that year and sequence; a type
        // excludes only the documents that write another (the seed writes none).
        for spelling in ["12-2486", "12-2486-KHV-DJW"] {
            #expect(Self.names(try reader.run(IndexQuery(subject: .documents, docket: spelling))) ==
                    ["jones-v-kansas-2012-order.txt", "jones-v-kansas-2013-order.txt", "united-states-v-jimenez-2013-order.txt"], "\(spelling)")
        }
        #expect(Self.names(try reader.run(IndexQuery(subject: .documents, docket: "2:12-cr-2486"))) ==
                ["jones-v-kansas-2012-order.txt", "united-states-v-jimenez-2013-order.txt"])
        #expect(try reader.run(IndexQuery(subject: .documents, court: "ca10", docket: "12-2486")).rows.isEmpty)
        // The key itself, as the JSON writes it, names the court: every case of it.
        #expect(Self.names(try reader.run(IndexQuery(subject: .documents, docket: "ksd/12/2486"))) ==
                ["jones-v-kansas-2012-order.txt", "jones-v-kansas-2013-order.txt", "united-states-v-jimenez-2013-order.txt"])
        #expect(try reader.run(IndexQuery(subject: .documents, docket: "mod/12/2486")).rows.isEmpty)
        // With another subject: the Iqbal cites of that docket.
        #expect(Self.names(try reader.run(IndexQuery(subject: .cite("556 U.S. 662"), docket: "2:12-cv-2486"))) ==
                ["jones-v-kansas-2012-order.txt", "jones-v-kansas-2013-order.txt"])
    }

    @Test func judgesAndParties() throws {
        let (reader, _) = try Self.index()
        #expect(Self.names(try reader.run(IndexQuery(subject: .documents, judge: "Waxse"))) == ["jones-v-kansas-2012-order.txt"])
        #expect(Self.names(try reader.run(IndexQuery(subject: .documents, judge: "WAXSE"))) == ["jones-v-kansas-2012-order.txt"])
        #expect(Self.names(try reader.run(IndexQuery(subject: .documents, judge: "David J. Waxse"))) == ["jones-v-kansas-2012-order.txt"])
        // A panel's judges too: "Before Barksdale, Stewart, and Dennis, Circuit Judges." (ca5, l. 33);
        // a query never matches across two names.
        #expect(Self.names(try reader.run(IndexQuery(subject: .documents, judge: "stewart"))) == ["doctor_ca5_00516242060_appellate.txt"])
        #expect(try reader.run(IndexQuery(subject: .documents, judge: "Barksdale Stewart")).rows.isEmpty)
        #expect(Self.names(try reader.run(IndexQuery(subject: .documents, party: "state of kansas"))) ==
                ["jones-v-kansas-2012-order.txt", "jones-v-kansas-2013-order.txt"])
        for name in ["JIMÉNEZ", "Jiménez", "jimenez"] {
            #expect(Self.names(try reader.run(IndexQuery(subject: .documents, party: name))) == ["united-states-v-jimenez-2013-order.txt"], "\(name)")
            // United States v. Jiménez-Beltre, 440 F.3d 514 (l. 245 and its short form at l. 484).
            #expect(Self.names(try reader.run(IndexQuery(subject: .caseName(name)))) == ["eyecitets_cl1_appellate.txt"], "\(name)")
        }
    }

    /// What the seed order cites: the twelve mentions of its hand-checked expectation, in order.
    @Test func whatTheSeedOrderCites() throws {
        let (reader, _) = try Self.index()
        let expected = try JSONSerialization.jsonObject(with: Data(Fixtures.corpus("jones-v-kansas-2012-order.expected.json"))) as! [String: Any]
        let citations = expected["citations"] as! [[String: Any]]
        for name in ["jones-v-kansas-2012-order", "jones-v-kansas-2012-order.txt"] {
            let cites = try reader.run(IndexQuery(subject: .citations, document: name))
            #expect(cites.column("text") == citations.map { .text($0["text"] as! String) }, "\(name)")
            #expect(cites.column("start") == citations.map { .integer(Int64(($0["span"] as! [Int])[0])) })
        }
        let authorities = try reader.run(IndexQuery(subject: .top(kind: nil), document: "jones-v-kansas-2012-order"))
        #expect(authorities.records.first { $0["authority"]!.display.hasPrefix("FRCP 26") }?["mentions"] == .integer(5))
        #expect(authorities.records.first { $0["authority"]!.display.contains("Iqbal") }?["mentions"] == .integer(2))
        #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .citations, document: "jones-v-kansas")) }
        // A document the index holds, left out by another filter, is an empty answer, not an unknown name.
        #expect(try reader.run(IndexQuery(subject: .citations, court: "ca10", document: "jones-v-kansas-2012-order")).rows.isEmpty)
    }

    @Test func undatedDocumentsAreCountedAndCanBeKept() throws {
        let (reader, path) = try Self.index()
        let database = try SQLiteDatabase(path: path, readOnly: true)
        let undated = Int(try database.prepare("SELECT count(*) FROM documents WHERE date IS NULL").integer()!)
        #expect(undated >= 2, "the laed and paed orders write no date")
        let dated = try reader.answer(IndexQuery(subject: .documents, from: "2012", to: "2013"))
        #expect(Self.names(dated.table) == ["jones-v-kansas-2012-order.txt", "jones-v-kansas-2013-order.txt", "united-states-v-jimenez-2013-order.txt"])
        #expect(dated.undatedLeftOut == undated)
        let kept = try reader.answer(IndexQuery(subject: .documents, from: "2012", to: "2013", undated: .include))
        #expect(kept.table.rows.count == 3 + undated && kept.undatedLeftOut == 0)
        #expect(try reader.run(IndexQuery(subject: .documents, undated: .only)).rows.count == undated)
        #expect(try reader.run(IndexQuery(subject: .documents, undated: .exclude)).rows.count == 10 - undated)
        // Of the Iqbal citers, the laed and paed orders are undated.
        let iqbal = try reader.answer(IndexQuery(subject: .cite("556 U.S. 662"), perDocument: true, from: "2000"))
        #expect(iqbal.undatedLeftOut == 2 && iqbal.table.rows.count == 3)
        #expect(throws: QueryFailure.self) { _ = try reader.run(IndexQuery(subject: .documents, from: "2012", undated: .only)) }
    }

    @Test func aLimitedAnswerSaysHowManyThereWere() throws {
        let (reader, _) = try Self.index()
        let all = try reader.answer(IndexQuery(subject: .rule("FRCP 12"), limit: 0))
        let cut = try reader.answer(IndexQuery(subject: .rule("FRCP 12"), limit: 3))
        #expect(cut.table.rows.count == 3 && cut.total == all.table.rows.count && cut.isTruncated)
        #expect(!all.isTruncated)
        let exact = try reader.answer(IndexQuery(subject: .rule("FRCP 12"), limit: all.table.rows.count))
        #expect(!exact.isTruncated)
        let perDocument = try reader.answer(IndexQuery(subject: .rule("FRCP 12"), perDocument: true, limit: 2))
        #expect(perDocument.total == 6 && perDocument.table.rows.count == 2)
    }

    @Test func typosAreUsageErrors() throws {
        let (reader, _) = try Self.index()
        let bad: [IndexQuery] = [
            IndexQuery(subject: .top(kind: "rules")),
            IndexQuery(subject: .documents, court: "KSD"),
            IndexQuery(subject: .documents, court: "zzz"),
            IndexQuery(subject: .documents, from: "2012-13"),
            IndexQuery(subject: .documents, from: "2012-02-30"),
            IndexQuery(subject: .documents, from: "2020", to: "2010"),
            IndexQuery(subject: .rule("Fed. R. Civ. P. twelve")),
            IndexQuery(subject: .authority("no citation here")),
        ]
        for query in bad {
            #expect(throws: QueryFailure.self, "\(query)") { _ = try reader.answer(query) }
        }
        do {
            _ = try reader.answer(IndexQuery(subject: .documents, court: "KSD"))
        } catch {
            #expect("\(error)".contains("ksd"), "the hint names the id in lower case")
        }
        #expect(try reader.run(IndexQuery(subject: .documents, from: "2012-02-29", to: "2012-02-29")).rows.isEmpty)
        #expect(try reader.run(IndexQuery(subject: .documents, from: "2013", to: "2013")).rows.count == 2)
    }
}
