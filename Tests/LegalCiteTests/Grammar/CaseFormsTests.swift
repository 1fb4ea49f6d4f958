import Testing
@testable import LegalCite

/// Case-citation forms of issue 14 (names, nominative reporters, pages, years), each with the
/// words around it that must not be read as one.
@Suite("Case citation forms")
struct CaseFormsTests {
    /// `5 U.S. (1 Cranch) 137`: one cite of the U.S. Reports, the nominative volume between
    /// reporter and page.
    @Test func nominativeReporterInParentheses() {
        let found = mentions("See Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803).", kind: "case")
        #expect(found.map(\.text) == ["5 U.S. (1 Cranch) 137, 177"])
        let cite = found.first?.mention.caseCitation
        #expect(cite?.volume == "5")
        #expect(cite?.reporter == "U.S.")
        #expect(cite?.page == "137")
        #expect(cite?.pin == "177")
        #expect(cite?.year == 1803)
        #expect(cite?.caseName == "Marbury v. Madison")
        // A parenthesis after a reporter that holds no volume and name is no nominative cite.
        #expect(mentions("as in 5 U.S. (discussing the point) 137 times", kind: "case").isEmpty)
    }

    /// A page of a volume's front matter, in Roman numerals, before the year.
    @Test func romanNumeralPages() {
        let cite = mentions("State v. Doe, 12 Neb. App. lxiv (2004) (table).", kind: "case").first?.mention.caseCitation
        #expect(cite?.page == "lxiv")
        #expect(cite?.reporter == "Neb. Ct. App.")
        #expect(cite?.year == 2004)
        // Not a page: lower-case words, or a numeral with no parenthetical after it.
        #expect(mentions("in 12 Neb. App. mid 2004 and 5 U.S. vi.", kind: "case").isEmpty)
    }

    /// `P.R.` and `P. R.` are one spelling to the scanner: every edition either names is weighed
    /// by the year (Penrose and Watts in 1831, the Pacific Reporter in 1900).
    @Test func spacedAndUnspacedSpellingsShareTheirEditions() {
        #expect(mentions("1 P.R. 1 (1831)", kind: "case").first?.mention.caseCitation?.reporter == "Pen. & W.")
        #expect(mentions("1 P. R. 1 (1831)", kind: "case").first?.mention.caseCitation?.reporter == "Pen. & W.")
        #expect(mentions("60 P.R. 1 (1900)", kind: "case").first?.mention.caseCitation?.reporter == "P.")
    }

    /// `Saucier, 533 U.S. at 201, 121 S.Ct. 2151`: the parallel full cite after a named short cite
    /// is that case.
    @Test func parallelAfterANamedShortCite() {
        let document = extract("outlined in Saucier, 533 U.S. at 201, 121 S.Ct. 2151. But 5 F.3d 1 stands alone.")
        let cases = document.mentions.compactMap(\.caseCitation)
        #expect(cases.map(\.caseName) == ["Saucier", nil])
        #expect(document.mentions.first?.shortCitation?.name == "Saucier")
    }

    /// A short cite's name written without its comma: one capitalized word after prose.
    @Test func shortCiteNameWithoutAComma() {
        #expect(mentions("before Foo 1 U. S., at 2", kind: "short_case").first?.mention.shortCitation?.name == "Foo")
        // Not names: a court, a month, a signal, a word after a capitalized one.
        for text in ["as the Court 556 U.S. at 678 said", "decided in May 556 U.S. at 678", "See 556 U.S. at 678",
                     "In Smith Jones 556 U.S. at 678", "under FOIA 556 U.S. at 678"] {
            #expect(mentions(text, kind: "short_case").first?.mention.shortCitation?.name == nil, "\(text)")
        }
    }

    /// Procedural names without `v.`: Louisiana's successions, juvenile matters.
    @Test(arguments: [
        ("See Succession of Roy, 123 So. 3d 456 (La. App. 2013).", "Succession of Roy"),
        ("In the Interest of J.C., 123 S.W.3d 456 (Tex. App. 2003).", "In the Interest of J.C."),
        ("See In Interest of A.B., 5 N.W.2d 1 (Iowa 1999).", "In Interest of A.B."),
    ])
    func proceduralNames(text: String, name: String) {
        #expect(mentions(text, kind: "case").first?.mention.caseCitation?.caseName == name)
    }

    /// The court that decided a case stands before its name and is no part of it.
    @Test(arguments: [
        ("The Court in Smith v. Jones, 123 F.3d 456 (5th Cir. 1999), held.", "Smith"),
        ("As the Ninth Circuit in Doe v. Roe, 5 F.4th 1 (9th Cir. 2021), explained,", "Doe"),
        ("the Court of Appeals in Able v. Baker, 5 F.4th 1 (9th Cir. 2021)", "Able"),
        // `in` inside a party's name stays.
        ("See Committee in Solidarity v. Sessions, 929 F.2d 742 (D.C. Cir. 1991).", "Committee in Solidarity"),
    ])
    func courtBeforeTheName(text: String, plaintiff: String) {
        #expect(mentions(text, kind: "case").first?.mention.caseCitation?.plaintiff == plaintiff)
    }

    /// A supra's name after a prose word that opens the sentence.
    @Test func supraNameAfterAnOpener() {
        #expect(mentions("As Smith, supra, held, the rule applies.", kind: "supra").first?.mention.supra?.name == "Smith")
        #expect(mentions("Under Twombly, supra, at 570, the rule applies.", kind: "supra").first?.mention.supra?.name == "Twombly")
        #expect(mentions("As we explained, supra, the rule applies.", kind: "supra").isEmpty)
    }

    /// A public-domain cite's volume is its year.
    @Test func neutralCitesHaveTheirYear() {
        #expect(mentions("State v. Smith, 2020 ND 12, ¶ 5.", kind: "case").first?.mention.caseCitation?.year == 2020)
        let illinois = mentions("People v. Smith, 2017 IL App (1st) 143684-B, ¶ 12.", kind: "case").first?.mention.caseCitation
        #expect(illinois?.year == 2017)
        #expect(illinois?.page == "143684-B")
        // A reporter's volume is not a year.
        #expect(mentions("Smith v. Jones, 1999 F.3d 1.", kind: "case").first?.mention.caseCitation?.year == nil)
    }

    /// A journal's volume for an academic year: the first year.
    @Test func yearSpans() {
        let document = extract("See 77 Marq. L. Rev. 475 (1993-94); 12 Harv. L. Rev. 1 (1998-1999).")
        let years = document.mentions.compactMap { mention -> Int? in
            if case .journal(let journal) = mention.citation { return journal.year } else { return nil }
        }
        #expect(years == [1993, 1998])
        // Not a span of years: a docket-like pair.
        #expect(mentions("Smith v. Jones, 5 F.3d 1 (No. 12-3456)", kind: "case").first?.mention.caseCitation?.year == nil)
    }

    /// A cite left blank: alone, it is the case's only cite (volume and page null); beside a real
    /// cite it adds nothing, and the parenthetical after it is the case's.
    @Test func blankCites() {
        let alone = mentions("See Smith v. Arizona, ___ U.S. ___ (2024).", kind: "case")
        #expect(alone.map(\.text) == ["___ U.S. ___"])
        #expect(alone.first?.mention.caseCitation?.volume == nil)
        #expect(alone.first?.mention.caseCitation?.page == nil)
        #expect(alone.first?.mention.caseCitation?.year == 2024)
        #expect(alone.first?.mention.caseCitation?.court == "scotus")
        #expect(alone.first?.mention.caseCitation?.caseName == "Smith v. Arizona")
        let beside = mentions("Houston Cmty. Coll. Sys. v. Wilson, ---- U.S. ----, 142 S. Ct. 1253, 1259, ---- L. Ed. 2d ---- (2022) (emphasis added).", kind: "case")
        #expect(beside.map(\.text) == ["142 S. Ct. 1253, 1259"])
        #expect(beside.first?.mention.caseCitation?.year == 2022)
        #expect(beside.first?.mention.caseCitation?.parenthetical == "emphasis added")
        // Dashes and underscores in prose are no cite.
        #expect(mentions("the word - Cal. - appears; ___ Main St. ___ too", kind: "case").isEmpty)
    }

    /// Looseleaf services cited by paragraph, with no volume (reporters-db's cite format).
    @Test func looseleafParagraphs() {
        let found = mentions("In re Smith, Bankr. L. Rep. (CCH) ¶ 77,123 (Bankr. S.D.N.Y. 1997); Fed. Sec. L. Rep. (CCH) P97,410.", kind: "case")
        #expect(found.map(\.text) == ["Bankr. L. Rep. (CCH) ¶ 77,123", "Fed. Sec. L. Rep. (CCH) P97,410"])
        #expect(found.first?.mention.caseCitation?.page == "77,123")
        #expect(found.first?.mention.caseCitation?.volume == nil)
        #expect(found.first?.mention.caseCitation?.year == 1997)
        #expect(found.first?.mention.caseCitation?.caseName == "In re Smith")
        // Not a looseleaf paragraph: Addison's Reports share the spelling of an addendum's page.
        #expect(mentions("See Add. 55 and Bankr. L. Rep. generally.", kind: "case").isEmpty)
    }

    /// Louisiana's courts of appeal: docket year and number, circuit and date, then the reporter.
    @Test func louisianaPublicDomainCites() {
        let document = extract("Smith v. Jones, 2009-1359 (La. App. 1 Cir. 5/10/10), 40 So. 3d 123.")
        let cases = document.mentions.compactMap(\.caseCitation)
        #expect(cases.map(\.reporter) == ["La.App. 1 Cir.", "So. 3d"])
        #expect(cases.first?.volume == "2009")
        #expect(cases.first?.page == "1359")
        #expect(cases.first?.year == 2010)
        #expect(document.resolution.links[0] != nil && document.resolution.links[0] == document.resolution.links[1])
        // A docket number with a page before the court is the name's, not a cite.
        #expect(mentions("Our Lady of the Lake Hosp. v. Vanner, 95-0754, p. 3 (La.App. 1 Cir. 12/15/95), 669 So.2d 463", kind: "case").count == 1)
    }

    /// California's style for another court's case: the court and year between name and cite.
    @Test func californiaCourtAndYearBeforeTheCite() {
        let cite = mentions("(Grant v. Esquire, Inc. (S.D.N.Y. 1973) 367 F.Supp. 876, 879.)", kind: "case").first?.mention.caseCitation
        #expect(cite?.caseName == "Grant v. Esquire, Inc.")
        #expect(cite?.year == 1973)
        #expect(cite?.court == "nysd")
        #expect(mentions("(Grant v. Esquire, Inc., supra, 316 F.Supp. at 884.)", kind: "short_case").first?.mention.shortCitation?.name == "Grant v. Esquire, Inc.")
    }

    /// Reporters that print one court's decisions name it; regional ones do not.
    @Test(arguments: [
        ("State v. Smith, 123 Wash. App. 456 (2004).", "washctapp" as String?),
        ("People v. Smith, 12 Cal.App.5th 456 (2017).", "calctapp"),
        ("Rogers v Rogers, 63 NY2d 582 [1984]", "ny"),
        ("State v. Smith, 2020 ND 12, ¶ 5.", "nd"),
        ("State v. Smith, 123 P.3d 456 (2004).", nil),
        ("Smith v. Jones, 12 Wis. 2d 1 (1960).", nil),
    ])
    func oneCourtReporters(text: String, court: String?) {
        #expect(mentions(text, kind: "case").first?.mention.caseCitation?.court == court)
    }

    /// Georgia's parallel in parentheses after the pin and division: one case, and the year after.
    @Test func georgiaParallelInParentheses() {
        let document = extract("See Harper v. State, 286 Ga. 216, 218 (1) (686 SE2d 786) (2009).")
        let cases = document.mentions.compactMap(\.caseCitation)
        #expect(cases.map(\.reporter) == ["Ga.", "S.E.2d"])
        #expect(cases.map(\.caseName) == ["Harper v. State", "Harper v. State"])
        #expect(cases.map(\.year) == [2009, 2009])
        #expect(document.resolution.links[0] == document.resolution.links[1])
        // A cite quoted inside an explanatory parenthetical is a case of its own.
        let quoted = extract("Smith v. Jones, 5 F.3d 1 (9th Cir. 1993) (citing Doe v. Roe, 1 U.S. 1 (1801)).")
        #expect(quoted.mentions.compactMap(\.caseCitation).map(\.caseName) == ["Smith v. Jones", "Doe v. Roe"])
    }

    /// Michigan's parallels joined by `;` (Corpus/citator/michctapp-2007-griswold-properties-v-lexington:
    /// `233 Mich App 143; 594 NW2d 74`) are one case; a `;` before another reporter still parts two.
    @Test func michiganParallelsAfterASemicolon() {
        let document = extract("See People v Smith, 233 Mich App 143; 594 NW2d 74 (1999); Jones v Doe, 450 Mich 1, 5; 537 NW2d 1 (1995). Compare 233 Mich App 143; 12 F.3d 4.")
        let links = document.resolution.links
        #expect(document.mentions.count == 6)
        #expect(links[0] == links[1])
        #expect(links[2] == links[3])
        #expect(links[0] != links[2])
        #expect(links[4] != links[5])
        #expect(document.mentions[1].caseCitation?.year == 1999)
        #expect(document.mentions[2].caseCitation?.pin == "5")
    }

}

