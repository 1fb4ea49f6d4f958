import Testing
@testable import LegalCite

@Suite("Full case citations")
struct CaseCitationTests {
    @Test func fullCiteWithParallelsPinAndYear() {
        let found = mentions("In citing *Ashcroft v. Iqbal*, 556 U.S. 662, 129 S. Ct. 1937, 1953-54 (2009), the court held", kind: "case")
        #expect(found.map(\.text) == ["556 U.S. 662", "129 S. Ct. 1937, 1953-54"])
        let first = found[0].mention.caseCitation!, second = found[1].mention.caseCitation!
        #expect(first.plaintiff == "Ashcroft")
        #expect(first.defendant == "Iqbal")
        #expect(first.pin == nil)
        #expect(second.pin == "1953-54")
        #expect(first.year == 2009 && second.year == 2009)
        #expect(first.court == "scotus")
        #expect(second.reporter == "S. Ct.")
    }

    @Test func parallelCitesShareOneAuthority() {
        let document = extract("Daubert v. Merrell Dow Pharm., Inc., 509 U.S. 579, 113 S.Ct. 2786, 125 L.Ed.2d 469 (1993).")
        #expect(document.mentions.count == 3)
        #expect(Set(document.resolution.links.compactMap { $0 }).count == 1)
        guard case .caseLaw(let name, let cites, let year, let court) = document.resolution.authorities[0] else {
            Issue.record("not a case"); return
        }
        #expect(name == "Daubert v. Merrell Dow Pharm., Inc.")
        #expect(cites == ["509 U.S. 579", "113 S. Ct. 2786", "125 L. Ed. 2d 469"])
        #expect(year == 1993)
        #expect(court == "scotus")
    }

    @Test(arguments: [
        ("Weyant v. Okst, 101 F.3d 845, 854 (2d Cir.1996).", "ca2", 1996),
        ("Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1178 (9th Cir. 2006)", "ca9", 2006),
        ("In re Bucchino, 439 B.R. 761 (Bankr. D.N.M. 2010).", "nmb", 2010),
        ("Calta v. N. Am. Arms, Inc., 2007 U.S. Dist. LEXIS 96116, * 8 (M.D. Fla. Nov. 27, 2007).", "flmd", 2007),
        ("Smith v. Jones, 2012 WL 1234567, at *3 (D. Kan. Oct. 1, 2012)", "ksd", 2012),
    ])
    func courtAndYearFromParenthetical(text: String, court: String, year: Int) {
        let cite = mentions(text, kind: "case").first?.mention.caseCitation
        #expect(cite?.court == court)
        #expect(cite?.year == year)
    }

    @Test func canonicalReporterForVariations() {
        let cites = mentions("1 U. S. 1 (1790); 5 S.Ct. 5 (1885); 10 F. Supp.2d 20 (D. Kan. 1998); 7 L.Ed. 9 (1820)", kind: "case")
        #expect(cites.map { $0.mention.caseCitation!.reporter } == ["U.S.", "S. Ct.", "F. Supp. 2d", "L. Ed."])
        #expect(cites.map { $0.mention.caseCitation!.reporterAsWritten } == ["U. S.", "S.Ct.", "F. Supp.2d", "L.Ed."])
    }

    @Test func editionChosenByYearForAmbiguousSpelling() {
        // `B.R.` is both the Bankruptcy Reporter (1979-) and Baltimore City Reports (older).
        let modern = mentions("In re X, 439 B.R. 761 (Bankr. D.N.M. 2010)", kind: "case")[0].mention.caseCitation!
        #expect(modern.reporter == "B.R.")
    }

    @Test(arguments: [
        ("1997 WL 195443, at *1", "*1"),
        ("2007 U.S. Dist. LEXIS 96116, * 8", "* 8"),
        ("556 U.S. 662, 678-79", "678-79"),
        ("447 F.3d 1172, 1178 n.3", "1178 n.3"),
        ("410 U.S. 113, 120, 125", "120, 125"),
    ])
    func pinCites(text: String, pin: String) {
        let found = mentions("See \(text) (2000).", kind: "case")
        #expect(found.first?.text == text)
        #expect(found.first?.mention.caseCitation?.pin == pin)
    }

    /// Westlaw's numbers reached eight digits in 2021 (`2021 WL 11628682` in
    /// Corpus/citator/kywd-2024-catlett-v-avis-budget-group was read as `2021 WL 1162868`);
    /// nine digits are no page.
    @Test func eightDigitWestlawNumberIsWholeAndNineDigitsAreNoPage() {
        let eight = mentions("Catlett v. Cox, 2021 WL 11628682, at *2 (D. Kan. 2021).", kind: "case")
        #expect(eight.map(\.text) == ["2021 WL 11628682, at *2"])
        #expect(eight.first?.mention.caseCitation?.page == "11628682")
        #expect(mentions("Catlett v. Cox, 2021 WL 116286821 (D. Kan. 2021).", kind: "case").isEmpty)
    }

    @Test func blankPageInSlipOpinion() {
        let found = mentions("Smith v. Jones, 590 U.S. ___ (2020)", kind: "case")
        #expect(found.first?.text == "590 U.S. ___")
        #expect(found.first?.mention.caseCitation?.page == nil)
    }

    @Test(arguments: [
        ("See United States v. Ross, 920 F.2d 1530 (10th Cir. 1990)", "United States", "Ross"),
        ("Cf. Brown v. Board of Education, 347 U.S. 483 (1954)", "Brown", "Board of Education"),
        ("See also United States ex rel. Smith v. Jones, 100 F.3d 1 (1st Cir. 1996)", "United States ex rel. Smith", "Jones"),
        ("as the Court held in Roe v. Wade, 410 U.S. 113 (1973)", "Roe", "Wade"),
    ])
    func caseNames(text: String, plaintiff: String, defendant: String) {
        let cite = mentions(text, kind: "case").first?.mention.caseCitation
        #expect(cite?.plaintiff == plaintiff)
        #expect(cite?.defendant == defendant)
    }

    @Test func inReAndExParteNames() {
        #expect(mentions("See In re Bucchino, 439 B.R. 761 (Bankr. D.N.M. 2010)", kind: "case")[0].mention.caseCitation?.caseName == "In re Bucchino")
        #expect(mentions("Ex parte Young, 209 U.S. 123 (1908)", kind: "case")[0].mention.caseCitation?.caseName == "Ex parte Young")
    }

    @Test func yearIsNeverBorrowedFromALaterCite() {
        let found = mentions("Smith v. Jones, 100 F.3d 1; Brown v. Green, 200 F.3d 2 (9th Cir. 1999)", kind: "case")
        #expect(found.count == 2)
        #expect(found[0].mention.caseCitation?.year == nil)
        #expect(found[1].mention.caseCitation?.year == 1999)
    }

    @Test func explanatoryParenthetical() {
        let cite = mentions("Id. See Smith v. Jones, 100 F.3d 1, 5 (9th Cir. 1999) (holding that a stay is proper).", kind: "case")[0]
        #expect(cite.mention.caseCitation?.parenthetical == "holding that a stay is proper")
    }

    @Test func fullSpanRunsFromNameToParenthetical() {
        let document = extract("In *Weyant v. Okst*, 101 F.3d 845, 854 (2d Cir.1996), the court")
        let mention = document.mentions[0]
        #expect(document.text(of: mention.fullSpan!) == "Weyant v. Okst*, 101 F.3d 845, 854 (2d Cir.1996)")
    }

    // Real negatives reported by eyecite's users.
    @Test(arguments: [
        "He lived at 662 Main St. for years.",
        "Star paging *684 and *685 marks the reporter's pages.",
        "as printed at 135 *355 Mass. 147 in the old volumes",
        "On October 31, 2012, the court ruled.",
        "Section 1 of the Act and 2 of the rules.",
        "The 2d Cir. has held so.",
    ])
    func notCaseCitations(text: String) {
        #expect(mentions(text, kind: "case").isEmpty)
    }

    @Test func federalRulesServiceIsAReporterNotARule() {
        let texts = mentionTexts("Jarvis, 985 F.2d 1419, 24 Fed. R. Serv. 3d 1492 (10th Cir. 1993)")
        #expect(texts == ["case: 985 F.2d 1419", "case: 24 Fed. R. Serv. 3d 1492"])
    }

    @Test func lawJournal() {
        let found = mentions("See Note, 100 Harv. L. Rev. 1234, 1240 (1987).", kind: "journal")
        #expect(found.first?.text == "100 Harv. L. Rev. 1234, 1240")
    }
}
