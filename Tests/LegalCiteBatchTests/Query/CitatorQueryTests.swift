import Foundation
import Testing
import LegalCite
@testable import LegalCiteBatch

/// Issue 15's questions asked of the index of `CorpusQueryTests` (real documents, and two
/// orders written in the seed's court): rulings by court, disposition and motion, mentions by
/// signal, a case's subsequent history, authority ids in the rows. Expected answers read from
/// the texts by hand.
@Suite("query: rulings, signals, history, authority ids")
struct CitatorQueryTests {
    @Test func rulingsOfOneCourtByDisposition() throws {
        let (reader, _) = try CorpusQueryTests.index()
        let denied = try reader.run(IndexQuery(subject: .rulings, court: "ksd", undated: .include, limit: 0)
            .with { $0.disposition = "denied" })
        // The seed denies the Motion for Discovery (ECF No. 21) twice: in its opening and its decretal
        // sentence; the 2013 order and the criminal order each deny "the motion"; Moreno (D. Kan. 2017)
        // denies the motion to dismiss.
        let rows = denied.records.map { "\(URL(fileURLWithPath: $0["document"]!.display).lastPathComponent) | \($0["motion"]!.display) | \($0["docket_entry"]!.display)" }
        #expect(rows.filter { $0.hasPrefix("jones-v-kansas-2012-order.txt") } == [
            "jones-v-kansas-2012-order.txt | Motion for Discovery | 21", "jones-v-kansas-2012-order.txt | Motion for Discovery | 21"])
        #expect(rows.contains("jones-v-kansas-2013-order.txt | motion | "))
        #expect(rows.contains("united-states-v-jimenez-2013-order.txt | motion | "))
        #expect(CorpusQueryTests.names(denied).isSubset(of: ["jones-v-kansas-2012-order.txt", "jones-v-kansas-2013-order.txt",
                                                            "united-states-v-jimenez-2013-order.txt", "dkan-2017-moreno-v-kansas-city-steak.txt"]))
        let byMotion = try reader.run(IndexQuery(subject: .rulings, undated: .include, limit: 0).with { $0.motion = "motion for discovery" })
        #expect(CorpusQueryTests.names(byMotion) == ["jones-v-kansas-2012-order.txt"])
        #expect(throws: QueryFailure.self) { try reader.run(IndexQuery(subject: .rulings).with { $0.disposition = "grnted" }) }
    }

    @Test func mentionsBySignal() throws {
        let (reader, _) = try CorpusQueryTests.index()
        // In D. Kan., only the 2013 order cites Iqbal under `See`; the seed cites it plainly ("In citing *Ashcroft v. Iqbal*").
        let see = try reader.run(IndexQuery(subject: .cite("556 U.S. 662"), court: "ksd", undated: .include, limit: 0).with { $0.signal = "see" })
        #expect(CorpusQueryTests.names(see) == ["jones-v-kansas-2013-order.txt"])
        #expect(see.column("signal").allSatisfy { $0 == .text("see") })
        #expect(see.column("authority_id").allSatisfy { $0 == .text("case/us/556/662") })
        #expect(throws: QueryFailure.self) { try reader.run(IndexQuery(subject: .cite("556 U.S. 662")).with { $0.signal = "seee" }) }
    }

    @Test func aCasesSubsequentHistory() throws {
        let (reader, _) = try CorpusQueryTests.index()
        // M.D. Tenn. (eyecitets_cl10670001, l. 208): Skatemore, Inc. v. Whitmer, 40 F.4th 727, 733–34 (6th Cir.),
        // cert. denied, 143 S. Ct. 527 (2022).
        let history = try reader.run(IndexQuery(subject: .cite("40 F.4th 727"), undated: .include, limit: 0).with { $0.history = true })
        #expect(history.records.map { "\($0["relation"]!.display) | \($0["history"]!.display) | \($0["history_cite"]!.display)" }
                    == ["cert_denied | cert. denied | 143 S. Ct. 527"])
    }

    @Test func authorityIDsInTheTopRows() throws {
        let (reader, _) = try CorpusQueryTests.index()
        let top = try reader.run(IndexQuery(subject: .top(kind: "rule"), undated: .include, limit: 0))
        let ids = Dictionary(uniqueKeysWithValues: zip(top.column("authority").map(\.display), top.column("authority_id").map(\.display)))
        #expect(ids["FRCP 12"] == "frcp/12")
        #expect(ids["FRCP 26"] == "frcp/26")
    }
}

extension IndexQuery {
    /// A copy with `change` applied, for the fields `init` does not take.
    func with(_ change: (inout IndexQuery) -> Void) -> IndexQuery {
        var query = self
        change(&query)
        return query
    }
}
