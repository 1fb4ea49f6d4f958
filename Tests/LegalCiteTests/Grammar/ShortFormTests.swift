import Testing
@testable import LegalCite

@Suite("Short forms: Id., supra, short cites")
struct ShortFormTests {
    @Test(arguments: [
        ("Id. at 4.", "Id. at 4", "4"),
        ("See id. at 680-81.", "id. at 680-81", "680-81"),
        ("(Id.)", "Id.", nil),
        ("Ibid.", "Ibid.", nil),
        ("Id. ¶ 62.", "Id. ¶ 62", "¶ 62"),
        ("*Id.* at 4.", "Id.* at 4", "4"),
        // `Id` with its period lost, before a pin (Corpus/mentions/ohsd-2023-farrah-w-v-commissioner-of-social-security,
        // `conservative treatment history (Id at 6).`).
        ("conservative treatment history (Id at 6).", "Id at 6", "6"),
    ] as [(String, String, String?)])
    func idForms(text: String, span: String, pin: String?) {
        let found = mentions("Smith v. Jones, 100 F.3d 1 (9th Cir. 1999). " + text, kind: "id")
        #expect(found.map(\.text) == [span])
        #expect(found.first?.mention.id?.pin == pin)
    }

    @Test func idIsNotPartOfAWord() {
        #expect(mentions("The rule is valid. It was said.", kind: "id").isEmpty)
        // Without its period, `Id` is read only before a pin; `Idaho at 5`, `ID at 5` are none.
        #expect(mentions("Smith v. Jones, 100 F.3d 1 (9th Cir. 1999). Id was said. Idaho at 5. The ID at 5 shows.", kind: "id").isEmpty)
    }

    @Test func idResolvesToThePreviousAuthorityOfAnyKind() {
        let document = extract("See ECF No. 26. Id. at 4. See 42 U.S.C. § 1983. Id.")
        let links = document.resolution.links
        #expect(document.mentions.map(\.citation.kind) == ["docket_entry", "id", "statute", "id"])
        #expect(links[1] == links[0])
        #expect(links[3] == links[2])
        #expect(links[0] != links[2])
    }

    @Test func shortCiteResolvesToTheFullCite() {
        let document = extract("Ashcroft v. Iqbal, 556 U.S. 662 (2009). Later: Iqbal, 556 U.S. at 678.")
        let short = document.mentions.first { $0.citation.kind == "short_case" }!
        #expect(document.text(of: short.span) == "556 U.S. at 678")
        #expect(short.shortCitation?.name == "Iqbal")
        #expect(short.shortCitation?.pin == "678")
        #expect(document.resolution.links[1] == document.resolution.links[0])
    }

    @Test func supraWithPin() {
        let document = extract("Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007). As in Twombly, supra, at 570, the rule")
        let supra = document.mentions.first { $0.citation.kind == "supra" }!
        #expect(document.text(of: supra.span) == "Twombly, supra, at 570")
        #expect(supra.supra?.name == "Twombly")
        #expect(supra.supra?.pin == "570")
        #expect(document.resolution.links[1] == document.resolution.links[0])
    }
}
