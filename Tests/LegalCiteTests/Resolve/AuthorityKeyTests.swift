import Testing
@testable import LegalCite

/// One authority per `AuthorityKey`, derived from the authority alone.
@Suite("Authority keys")
struct AuthorityKeyTests {
    @Test func localRulesOfCourtsCourtsDBDoesNotKnowStayApart() {
        let document = extract("See D. Abc. Loc. R. 105.6 and D. Xyz. Loc. R. 105.6.")
        let rules = document.mentions.compactMap(\.rule)
        #expect(rules.map(\.courtText) == ["D. Abc.", "D. Xyz."])
        #expect(rules.map(\.court) == [nil, nil])
        #expect(document.resolution.links[0] != document.resolution.links[1])
    }

    @Test func oneCourtWrittenTwoWaysIsOneLocalRule() {
        let document = extract("See D. Kan. Rule 7.1 and D.Kan. Rule 7.1(c).")
        #expect(document.mentions.compactMap(\.rule).map(\.court) == ["ksd", "ksd"])
        #expect(document.resolution.links[0] == document.resolution.links[1])
        #expect(document.resolution.authorities[document.resolution.links[0]!].key.id == "rule|local|ksd|7.1")
    }

    @Test(arguments: [
        (Authority.rule(ruleSet: .frcp, rule: "26", court: nil, courtAsWritten: nil), "rule|FRCP||26"),
        (.law(kind: "statute", code: "U.S.C.", title: "42", section: "1983", jurisdiction: "United States"),
         "statute|United States|U.S.C.|42|1983"),
        (.constitution(jurisdiction: "US", article: nil, amendment: "XIV", section: "1"), "constitution|US||XIV|1"),
        (.caseLaw(name: "Ashcroft v. Iqbal", cites: ["556 U.S. 662", "129 S. Ct. 1937"], year: 2009, court: "scotus"),
         "case|556 U.S. 662"),
    ] as [(Authority, String)])
    func idText(authority: Authority, id: String) {
        #expect(authority.key.id == id)
        #expect(!authority.key.isLocal)
    }

    @Test func docketEntriesAndTheRecordAreTheCasesOwn() {
        #expect(Authority.docketEntry(number: "21", attachment: nil, description: "Motion").key.isLocal)
        #expect(Authority.record(document: .transcript, label: nil).key.isLocal)
        // The description is not part of the entry's identity.
        #expect(Authority.docketEntry(number: "21", attachment: nil, description: "Motion").key
                == Authority.docketEntry(number: "21", attachment: nil, description: nil).key)
    }
}
