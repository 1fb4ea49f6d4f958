import Testing
@testable import LegalCite

/// `treaty`: treaties in their series, by volume and page or by number.
@Suite("Treaties")
struct TreatyTests {
    @Test(arguments: [
        ("Convention on the Law of Treaties, May 23, 1969, 1155 U.N.T.S. 331.", "1155 U.N.T.S. 331", "U.N.T.S.", "1155", "331", "treaty/unts/1155/331"),
        ("Vienna Convention on Consular Relations, Apr. 24, 1963, 21 U.S.T. 77", "21 U.S.T. 77", "U.S.T.", "21", "77", "treaty/ust/21/77"),
        ("T.I.A.S. No. 6820", "T.I.A.S. No. 6820", "T.I.A.S.", nil, "6820", "treaty/tias/6820"),
        ("T.I.A.S. 11,060", "T.I.A.S. 11,060", "T.I.A.S.", nil, "11060", "treaty/tias/11060"),
        ("108 L.N.T.S. 187", "108 L.N.T.S. 187", "L.N.T.S.", "108", "187", "treaty/lnts/108/187"),
    ] as [(String, String, String, String?, String, String)])
    func series(text: String, span: String, code: String, volume: String?, page: String, id: String) {
        let found = mentions(text, kind: "treaty")
        #expect(found.map(\.text) == [span])
        let law = found.first?.mention.law
        #expect(law?.code == code)
        #expect(law?.title == volume)
        #expect(law?.section == page)
        #expect(extract(text).resolution.authorities.compactMap(\.id).contains(id))
    }

    /// The series without its periods, and a case reporter, are none.
    @Test(arguments: ["The UNTS 331 entry.", "See 21 U.S. 77 (1823).", "T.I.A.S. series volumes"])
    func notTreaties(text: String) {
        #expect(mentions(text, kind: "treaty").isEmpty)
    }
}
