import Testing
@testable import LegalCite

/// `executive_order`: a President's order by its number, with its authority id; a state's orders,
/// which share the words, are left alone.
@Suite("Executive orders")
struct ExecutiveOrderTests {
    @Test(arguments: [
        ("See Exec. Order No. 13,769, 82 Fed. Reg. 8977 (Jan. 27, 2017).", "Exec. Order No. 13,769", "13769"),
        ("as Executive Order 12866 requires of agencies", "Executive Order 12866", "12866"),
        ("EXECUTIVE ORDER NO. 9066 authorized the removal", "EXECUTIVE ORDER NO. 9066", "9066"),
        ("President Roosevelt's Executive Order No. 4417 of 1926", "Executive Order No. 4417", "4417"),
        ("under E.O. 12866, sec. 3(f)", "E.O. 12866", "12866"),
        ("Executive Order 14,042 applies to contractors.", "Executive Order 14,042", "14042"),
    ] as [(String, String, String)])
    func ordersByNumber(text: String, span: String, number: String) {
        let found = mentions(text, kind: "executive_order")
        #expect(found.map(\.text) == [span])
        #expect(found.first?.mention.law?.section == number)
        #expect(found.first?.mention.law?.code == "Exec. Order")
    }

    @Test func theRegisterCiteIsItsOwnMentionAndTheIdsMeet() {
        let document = extract("See Exec. Order No. 13,769, 82 Fed. Reg. 8977; Executive Order 13769.")
        #expect(document.mentions.map(\.citation.kind) == ["executive_order", "register", "executive_order"])
        #expect(document.resolution.authorities.map(\.id) == ["eo/13769", "fr/82/8977"])
    }

    /// States number their governors' orders otherwise (`202.8`, `2020-21`, `GA-38`), or alike
    /// (`No. 202`, New Jersey's `No. 107`): near a governor, in those forms, or below 5,000
    /// without a President or a Federal Register cite near, no federal order is read; nor one
    /// without a number of three digits.
    @Test(arguments: [
        "Governor Cuomo issued Executive Order No. 202 in March.",
        "Executive Order 202.8 tolled the deadlines.",
        "Exec. Order No. 2020-21 closed the schools.",
        "Executive Order GA-38 barred mandates.",
        "The executive order 30 days later was rescinded.",
        "Executive Order 30 of the club's board.",
        "Gov. Cuomo's Executive Order 202 closed the schools.",
        "Pursuant to Executive Order No. 107, residents stayed home.",
        "Executive Order 12 of the club.",
        "Executive Order No. 99,999 does not exist.",
    ])
    func notFederalOrders(text: String) {
        #expect(mentions(text, kind: "executive_order").isEmpty)
    }
}
