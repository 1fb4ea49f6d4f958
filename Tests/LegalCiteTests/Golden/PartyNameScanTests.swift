import Foundation
import Testing
@testable import LegalCite

/// Precision first: over every real document the project has (the 133 of `../shared/corpus` and
/// `Corpus/` with its caption sets), no party name carries what a name never holds: a date, a run
/// of pleading-paper line numbers, a docket number, a research site's docket text.
@Suite("Party names across all real documents")
struct PartyNameScanTests {
    static let root = GoldenTests.corpus.deletingLastPathComponent()

    static var documents: [URL] {
        let folders = [root.deletingLastPathComponent().appendingPathComponent("shared/corpus/documents"),
                       GoldenTests.corpus, GoldenTests.corpus.appendingPathComponent("captions"),
                       GoldenTests.corpus.appendingPathComponent("cold")]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.map { folder.appendingPathComponent($0) }
        }
    }

    /// Why a name is not a name, or nil.
    static func defect(_ name: String) -> String? {
        let words = name.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:")) }
        if words.contains(where: { $0.split(whereSeparator: { $0 == "-" || $0 == "/" }).count == 3 && $0.allSatisfy { $0.isNumber || $0 == "-" || $0 == "/" } }) { return "a date" }
        // A month beside a number (`July 15`, `15 July`); `April Jones` is a name.
        let months: Set<String> = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
        for index in words.indices where months.contains(words[index]) {
            if (index + 1 < words.count && words[index + 1].first?.isNumber == true) || (index > 0 && words[index - 1].first?.isNumber == true) {
                return "a month"
            }
        }
        for index in words.indices.dropFirst() where words[index].count <= 2 && words[index].allSatisfy(\.isNumber)
            && words[index - 1].count <= 2 && words[index - 1].allSatisfy(\.isNumber) && !words[index - 1].isEmpty { return "line numbers" }
        if (name.contains("No. ") || name.contains("Nos. ")) && name.contains(where: \.isNumber) { return "a docket number" }
        // `ORD SCEC-22-0000734`, `2:12-cv-02486`: a number of five digits or more with a hyphen.
        if words.contains(where: { $0.contains("-") && $0.filter(\.isNumber).count >= 5 }) { return "a docket number" }
        // `CV 16-35-H-DLC`: year, sequence and more, joined by hyphens.
        if words.contains(where: { word in
            let parts = word.split(separator: "-")
            return parts.count >= 3 && parts[0].allSatisfy(\.isNumber) && parts[1].allSatisfy(\.isNumber) && parts.dropFirst(2).contains { $0.first?.isLetter == true }
        }) { return "a docket number" }
        // `Southern Division Christopher L. Stevens`: a court's division (not `Parole Division Agency`).
        for index in words.indices.dropFirst() where words[index].lowercased() == "division"
            && ["northern", "southern", "eastern", "western", "central", "middle"].contains(words[index - 1].lowercased()) { return "a division" }
        for judge in ["District Judge", "Magistrate Judge", "Circuit Judge", "Bankruptcy Judge"] where name.localizedCaseInsensitiveContains(judge) {
            return "a judge's line"
        }
        for furniture in ["Court Description", "Signed by", "Download PDF", "Smarter Legal Research", "Document ", "NOT FOR PUBLICATION",
                          "Is Further Ordered", "It Is Ordered", "Motion for", "Filed "]
        where name.localizedCaseInsensitiveContains(furniture) { return "site or docket text" }
        return nil
    }

    @Test func sharedDocumentsAreThere() {
        #expect(Self.documents.count >= 150)
    }

    @Test func noPartyNameCarriesWhatIsNotAName() throws {
        var problems: [String] = []
        for url in Self.documents {
            let bytes = [UInt8](try Data(contentsOf: url))
            guard let document = try? sharedExtractor.extract(bytes, name: url.lastPathComponent) else { continue }
            for party in document.caption?.parties ?? [] {
                if let defect = Self.defect(party.name) { problems.append("\(url.lastPathComponent): \(party.name) (\(defect))") }
            }
        }
        #expect(problems.isEmpty, Comment(rawValue: problems.joined(separator: "\n")))
    }

    @Test func theScanCatchesWhatItLooksFor() {
        #expect(Self.defect("06-27-2019 United States of America") == "a date")
        #expect(Self.defect("11 Wynn Las Vegas, LLC 12 13") == "line numbers")
        #expect(Self.defect("Opinion Nos. 19Ap-720 Timothy Gales") == "a docket number")
        #expect(Self.defect("Smith Court Description: ORDER") == "site or docket text")
        #expect(Self.defect("Ord Scec-22-0000734") == "a docket number")
        #expect(Self.defect("Southern Division Christopher L. Stevens") == "a division")
        #expect(Self.defect("Robert M. Dow, Jr., District Judge") == "a judge's line")
        #expect(Self.defect("Is Further Ordered Granting") == "site or docket text")
        #expect(Self.defect("T.D.C.J. Parole Division Agency") == nil)
        #expect(Self.defect("Doe Defendants 1-20") == nil)
        #expect(Self.defect("State of Montana, CV 16-35-H-DLC") == "a docket number")
        #expect(Self.defect("Filed July 15, 2010 Keith A. Fowler") == "a month")
        #expect(Self.defect("April Jones") == nil)
        #expect(Self.defect("Clifton Jerel Jones") == nil)
        #expect(Self.defect("DOES 1 through 10") == nil)
    }
}
