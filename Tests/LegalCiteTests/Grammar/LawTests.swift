import Testing
@testable import LegalCite

@Suite("Statutes and regulations")
struct LawTests {
    @Test(arguments: [
        ("42 U.S.C. § 1983", "U.S.C.", "42", "1983", nil),
        ("28 U.S.C. § 636(b)(1)(A)", "U.S.C.", "28", "636", "(b)(1)(A)"),
        ("21 U.S.C. Sec. 841(a)(1)", "U.S.C.", "21", "841", "(a)(1)"),
        ("50 U.S.C. 1701", "U.S.C.", "50", "1701", nil),
        ("29 C.F.R. § 1630.2(g)", "C.F.R.", "29", "1630.2", "(g)"),
        ("17 C.F.R. § 240.10b-5", "C.F.R.", "17", "240.10b-5", nil),
        ("42 USC 2000e-5", "U.S.C.", "42", "2000e-5", nil),
    ] as [(String, String, String, String, String?)])
    func federal(text: String, code: String, title: String, section: String, subsection: String?) {
        let found = extract("Under \(text), the court").mentions
        #expect(found.count == 1)
        let document = extract("Under \(text), the court")
        #expect(document.text(of: found[0].span) == text)
        let law = found[0].law
        #expect(law?.code == code)
        #expect(law?.title == title)
        #expect(law?.section == section)
        #expect(law?.subsection == subsection)
    }

    @Test func regulationKind() {
        #expect(extract("29 C.F.R. § 1630.2(g)").mentions.first?.citation.kind == "regulation")
    }

    @Test func sectionListsAreOneMentionEach() {
        let document = extract("jurisdiction under 28 U.S.C. §§ 1331, 1343 and venue")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["28 U.S.C. §§ 1331", "1343"])
        #expect(document.mentions.map { $0.law!.section } == ["1331", "1343"])
    }

    /// A subsection continuation (`and (b)(1)`, `, (b)(1)(C)`) is no mention of its own
    /// (Corpus/LABELING-MENTIONS.md): one per section number. From bankr-dnj-2019-in-re-campanile,
    /// ca8-2020-united-states-v-williams and tax-2002-isaac-v-commissioner.
    @Test func subsectionContinuations() {
        let document = extract("pursuant to 28 U.S.C. §§ 1334 and 157(a) and (b)(1). A core proceeding under 28 U.S.C. § 157(b)(2)(A) and (G).")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["28 U.S.C. §§ 1334", "157(a)", "28 U.S.C. § 157(b)(2)(A)"])
        #expect(document.mentions.map { $0.law!.subsection } == [nil, "(a)", "(b)(2)(A)"])
        let williams = extract("in violation of 21 U.S.C. § 841(a)(1), (b)(1)(C).")
        #expect(williams.mentions.map { williams.text(of: $0.span) } == ["21 U.S.C. § 841(a)(1)"])
        // The list reads on past a continuation to the next section number.
        let isaac = extract("additions to tax under sections 6651(a)(1), (a)(2), and 6654(a) in the respective amounts")
        #expect(isaac.mentions.map { isaac.text(of: $0.span) } == ["sections 6651(a)(1)", "6654(a)"])
        #expect(isaac.mentions.map { $0.law!.section } == ["6651", "6654"])
    }

    /// A list goes on after `et seq.` and after a joint that ends a line (nywd-2020-burt-v-
    /// commissioner-of-social-security, the ALJ's findings); not into the next numbered paragraph.
    @Test func listsAfterEtSeqAndAcrossLines() {
        let burt = extract("onset date (20 CFR 404.1571 et seq., and 416.971 et seq.).")
        #expect(burt.mentions.map { burt.text(of: $0.span) } == ["20 CFR 404.1571", "416.971"])
        #expect(burt.mentions.map { $0.law!.title } == ["20", "20"])
        let wrapped = extract("light work as defined in 20 CFR 404.1567(b) and \n   416.967(b) with the following")
        #expect(wrapped.mentions.map { wrapped.text(of: $0.span) } == ["20 CFR 404.1567(b)", "416.967(b)"])
        // A section, then prose: the number of the next paragraph is no section.
        let paragraph = extract("under 20 CFR 404.1571 et seq. The claimant\n\n3. The claimant has")
        #expect(paragraph.mentions.map { paragraph.text(of: $0.span) } == ["20 CFR 404.1571"])
        let joint = extract("under 20 CFR 404.1571 and\n\n3. The claimant has")
        #expect(joint.mentions.map { joint.text(of: $0.span) } == ["20 CFR 404.1571"])
    }

    /// Codes as the shared corpus's opinions write them: Puerto Rico's `L.P.R.A.` (capstone_590BR577),
    /// the older databases' `s`/`ss` for the section mark (courtlistener_opinion_text_appellate),
    /// codes named in full (`Ohio Revised Code`, eyecitets_cl10098001; `Tennessee Code Annotated`,
    /// eyecitets_cl1078001; `General Construction Law`, eyecitets_cl10890681) and Texas's written
    /// out (`Texas Insurance Code`, doctor_ca5_00516242060; `Texas Family Code Section`, eyecitets_cl4356015).
    @Test(arguments: [
        ("See 3 L.P.R.A. § 761 (2016).", "3 L.P.R.A. § 761", "P.R. Laws Ann.", "3", "761", nil),
        ("the Miller Act, 40 U.S.C. s 270b, which", "40 U.S.C. s 270b", "U.S.C.", "40", "270b", nil),
        ("work undertaken. 40 U.S.C. ss 270a-270f (1994).", "40 U.S.C. ss 270a-270f", "U.S.C.", "40", "270a-270f", nil),
        ("as defined by Ohio Revised Code § 1707.591, which", "Ohio Revised Code § 1707.591", "Ohio Rev. Code Ann.", nil, "1707.591", nil),
        ("limited by Tennessee Code Annotated section 48-217-101.", "Tennessee Code Annotated section 48-217-101", "Tenn. Code Ann.", nil, "48-217-101", nil),
        ("a default (General Construction Law § 20), and", "General Construction Law § 20", "N.Y. Gen. Constr. Law", nil, "20", nil),
        ("an agent under Texas Insurance Code § 4001.003(1), making", "Texas Insurance Code § 4001.003(1)", "Tex. Ins. Code Ann.", nil, "4001.003", "(1)"),
        ("Pursuant to Texas Family Code Section 54.02(a).", "Texas Family Code Section 54.02(a)", "Tex. Fam. Code Ann.", nil, "54.02", "(a)"),
    ] as [(String, String, String, String?, String, String?)])
    func codesAsTheCourtsWriteThem(text: String, span: String, code: String, title: String?, section: String, subsection: String?) {
        let document = extract(text)
        #expect(document.mentions.map { document.text(of: $0.span) } == [span])
        #expect(document.mentions.first?.law?.code == code)
        #expect(document.mentions.first?.law?.title == title)
        #expect(document.mentions.first?.law?.section == section)
        #expect(document.mentions.first?.law?.subsection == subsection)
    }

    /// A subject Texas has no code of, a lone `s` that is no section mark.
    /// New Jersey's `R.S. 52:27-2` (Corpus/mentions/nj-1959-schierstead) by its section's form;
    /// Louisiana's `La. R.S.` stays Louisiana's, and `R.S. 14:30.1` (no hyphen) is not New Jersey's.
    @Test func newJerseyRevisedStatutes() {
        let found = extract("with all of the powers set forth in the act. See R.S. 52:27-2. In section 103 the Legislature").mentions.filter { $0.law?.code == "N.J. Rev. Stat." }
        #expect(found.first?.law?.code == "N.J. Rev. Stat.")
        #expect(found.first?.law?.section == "52:27-2")
        #expect(extract("Under La. R.S. 9:2800-6, the claim").mentions.first?.law?.jurisdiction == "Louisiana")
        let louisiana = extract("convicted under R.S. 14:30.1 of murder").mentions.filter { $0.law?.jurisdiction == "New Jersey" }
        #expect(louisiana.isEmpty)
    }

    /// Illinois's `2 — 619` (an em dash set off by spaces, Corpus/mentions/illappct-1998-lykowski),
    /// and a later ILCS section of the first's act (`5/2-619`); not a range of four-digit sections.
    @Test func illinoisSpacedDashAndActOfAList() {
        let found = mentions("sections 2 \u{2014} 615 and 2 \u{2014} 619 of the Code of Civil Procedure ( 735 ILCS 5/2-615, 2 \u{2014} 619 (West 1996)) on defendants' motions", kind: "statute")
        #expect(found.map { $0.mention.law!.section } == ["2-615", "2-619", "5/2-615", "5/2-619"])
        let range = mentions("under 42 U.S.C. \u{A7}\u{A7} 1981 - 1983, the claims", kind: "statute")
        #expect(range.map { $0.mention.law!.section } == ["1981"])
    }

    @Test func notCodes() {
        #expect(extract("Texas Hamburger Code § 12.01 is a menu.").mentions.isEmpty)
        #expect(extract("42 U.S.C. s and 5 other things").mentions.isEmpty)
    }

    /// Values keep the text's dashes (Corpus/mentions/delsuperct-2022-reylek-v-albence, `29 Del. C.
    /// 10001–10007`; paed-2023-thompson-v-paxinosa-school, `(e)(2)(B)(i)–(iii)`); the authority is
    /// the same whichever dash the text used.
    @Test func dashesAsWritten() {
        let document = extract("See 29 Del. C. 10001\u{2013}10007, and 29 Del. C. 10001-10007. Under 28 U.S.C. \u{A7} 1915(e)(2)(B)(i)\u{2013}(iii).")
        #expect(document.mentions.map { $0.law!.section } == ["10001\u{2013}10007", "10001-10007", "1915"])
        #expect(document.mentions.map { $0.law!.subsection } == [nil, nil, "(e)(2)(B)(i)\u{2013}(iii)"])
        #expect(document.resolution.links[0] == document.resolution.links[1])
        let docket = extract("(ECF No. 25 at 2\u{2013}4.)")
        #expect(docket.mentions.first?.docketEntry?.pin == "2\u{2013}4")
        // The pin is read back from where pins stand, last: not from an attachment written the
        // same (`2-4`); every dash normalization folds is given back (U+2011, a non-breaking
        // hyphen), the same authority as the hyphen's (the review of 2026-12-02).
        let attached = extract("See ECF No. 2-4, at 2\u{2013}4.")
        #expect(attached.mentions.first?.docketEntry?.pin == "2\u{2013}4")
        let nonBreaking = extract("See 20 U.S.C. \u{A7} 10001\u{2011}10007 and 20 U.S.C. \u{A7} 10001-10007.")
        #expect(nonBreaking.mentions.map { $0.law!.section } == ["10001\u{2011}10007", "10001-10007"])
        #expect(nonBreaking.resolution.links[0] == nonBreaking.resolution.links[1])
    }

    /// California's subdivisions as its opinions write them (Corpus/mentions/calctapp2d-2014-in-re-joshua-m):
    /// written first (`subdivision (b) of Section 707`), inserted by a quotation (`section 707
    /// [subdivision] (b)`), on the next line (`subd.⏎(c)(2)(C)`); the code named after the
    /// section (`of the⏎Penal Code`); a section opening a paragraph under a heading in capitals.
    @Test func californiaSubdivisions() {
        let document = extract("""
            is not described in subdivision (b) of Section 707 or subdivision (c) of Section 290.008 of the
            Penal Code. It is listed in section 707 [subdivision] (b) or Penal Code section 290.008
            [subdivision] (c). One count (Pen. Code, § 286, subd.
            (c)(2)(C)), two counts.
                                DISCUSSION
                   Section 733 provides that a minor may not be committed
            """)
        #expect(document.mentions.map { document.text(of: $0.span) } == [
            "subdivision (b) of Section 707", "subdivision (c) of Section 290.008 of the\nPenal Code",
            "section 707 [subdivision] (b)", "Penal Code section 290.008\n[subdivision] (c)",
            "Pen. Code, § 286, subd.\n(c)(2)(C)", "Section 733"])
        #expect(document.mentions.map { $0.law!.section } == ["707", "290.008", "707", "290.008", "286", "733"])
        #expect(document.mentions.map { $0.law!.subsection } == ["(b)", "(c)", "(b)", "(c)", "(c)(2)(C)", nil])
        // (`Penal Code section 290.008` names the code; the one after `of the` is placed from it.)
        #expect(document.mentions[1].law?.code == "Cal. Penal Code")
        // Not a subdivision of the section: `of` after another word's parentheses.
        let other = extract("the rule in Smith (2001) of Section 707 and the Tax (b) of section 1012.")
        #expect(other.mentions.map { $0.law!.subsection } == [nil, nil])
    }

    /// A footnote's marker glued to a bare section (`§ 1983.3`) where the document cites the
    /// section with its code: the United States Code has no decimal sections. A state code's
    /// decimals (`§ 1630.2` of no U.S.C. cite, `§ 14.003`) stay.
    @Test func footnoteMarkerAfterABareSection() {
        let document = extract("Plaintiff sues under 42 U.S.C. § 1983. He brings a claim under § 1983.3 The defendants move. Also § 1630.2 and § 2254.12 apply.")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["42 U.S.C. § 1983", "§ 1983", "§ 1630.2", "§ 2254.12"])
        #expect(document.mentions[1].law?.section == "1983")
        #expect(document.mentions[1].law?.title == "42")
        #expect(document.mentions[2].law?.section == "1630.2")
    }

    /// A code named after the section is no footnote marker to cut: the span ends with the code's
    /// name, not with `.3` (the review of 2026-12-02 found `Section 1983.3 of the Penal Co` read as
    /// 42 U.S.C. § 1983).
    @Test func aCodeNamedAfterADecimalSectionKeepsItsSpanAndSection() {
        let document = extract("The court cites 42 U.S.C. § 1983 here. Plaintiff relies on Section 1983.3 of the Penal Code for that.")
        let spans = document.mentions.map { document.text(of: $0.span) }
        #expect(spans.contains("Section 1983.3 of the Penal Code"))
        #expect(!spans.contains { $0.hasSuffix("Penal Co") })
        #expect(document.mentions.last?.law?.section == "1983.3")
        #expect(document.mentions.last?.law?.code != "U.S.C.")
    }

    /// The states' administrative codes as their courts cite them (a table in `StateCodeSpellings`),
    /// and the section mark a word processor's conversion leaves as `'` (the Court of Federal
    /// Claims' vaccine opinions, shared corpus eyecitets_cl2970001_fedother: `42 U.S.C.A. ' 300aa-10`).
    @Test(arguments: [
        ("See 89 Ill. Adm. Code 140.1.", "89 Ill. Adm. Code 140.1", "Ill. Admin. Code", "89", "140.1"),
        ("under N.J.A.C. 10:122D-2.4(a), the", "N.J.A.C. 10:122D-2.4(a)", "N.J. Admin. Code", nil, "10:122D-2.4"),
        ("See WAC 296-17-31012.", "WAC 296-17-31012", "Wash. Admin. Code", nil, "296-17-31012"),
        ("See OAR 137-001-0005.", "OAR 137-001-0005", "Or. Admin. R.", nil, "137-001-0005"),
        ("See COMAR 10.01.01.01.", "COMAR 10.01.01.01", "Md. Code Regs.", nil, "10.01.01.01"),
        ("See K.A.R. 28-1-1.", "K.A.R. 28-1-1", "Kan. Admin. Regs.", nil, "28-1-1"),
        ("See 19 CSR 30-1.010.", "19 CSR 30-1.010", "Mo. Code Regs. Ann.", "19", "30-1.010"),
        ("See Ohio Adm.Code 5101:1-1-01.", "Ohio Adm.Code 5101:1-1-01", "Ohio Admin. Code", nil, "5101:1-1-01"),
    ] as [(String, String, String, String?, String)])
    func administrativeCodes(text: String, span: String, code: String, title: String?, section: String) {
        let document = extract(text)
        #expect(document.mentions.map { document.text(of: $0.span) } == [span])
        #expect(document.mentions.first?.citation.kind == "regulation")
        #expect(document.mentions.first?.law?.code == code)
        #expect(document.mentions.first?.law?.title == title)
        #expect(document.mentions.first?.law?.section == section)
    }

    @Test func wordProcessorSectionMark() {
        let document = extract("codified as amended, 42 U.S.C.A. ' 300aa-10 (2012). Under 42 U.S.C. ' 300aa-12(e), the")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["42 U.S.C.A. ' 300aa-10", "42 U.S.C. ' 300aa-12(e)"])
        #expect(document.mentions.map { $0.law!.section } == ["300aa-10", "300aa-12"])
        // Initials that are words of prose, and a quote after a code with no number, are no regulations.
        #expect(extract("The WAC was amended. OAR is a word. 3 CSR staff. 42 U.S.C.' s text.").mentions.isEmpty)
    }

    @Test func stateCodes() {
        let kansas = extract("Kan. Stat. Ann. § 44-501 et seq. and K.S.A. 60-513 apply.")
        #expect(kansas.mentions.map { kansas.text(of: $0.span) } == ["Kan. Stat. Ann. § 44-501", "K.S.A. 60-513"])
        #expect(kansas.mentions.allSatisfy { $0.law?.code == "Kan. Stat. Ann." })
        #expect(kansas.mentions[0].law?.etSeq == true)
    }

    /// The codes as states' own courts write them (`StateCodeSpellings`), with chapters, titles
    /// after the code, subjects, supplements and California's comma and `subd.`
    @Test(arguments: [
        ("CPLR 3211(a)(7)", "N.Y. C.P.L.R.", nil, "3211", "(a)(7)"),
        ("G.L. c. 93A, § 2", "Mass. Gen. Laws", "93A", "2", nil),
        ("Mass. Gen. L. c. 12 §§ 11H", "Mass. Gen. Laws", "12", "11H", nil),
        ("14 M.R.S. § 752", "Me. Rev. Stat.", "14", "752", nil),
        ("42 Pa.C.S. § 5524(2)", "Pa. Cons. Stat.", "42", "5524", "(2)"),
        ("10 Del. C. § 8106", "Del. Code Ann.", "10", "8106", nil),
        ("Del. Code Ann. tit. 10, § 8106", "Del. Code Ann.", "10", "8106", nil),
        ("RCW 4.16.080", "Wash. Rev. Code", nil, "4.16.080", nil),
        ("MCL 600.5805", "Mich. Comp. Laws", nil, "600.5805", nil),
        ("O.C.G.A. § 9-3-33", "Ga. Code Ann.", nil, "9-3-33", nil),
        ("N.J.S.A. 2A:14-2", "N.J. Stat. Ann.", nil, "2A:14-2", nil),
        ("735 ILCS 5/2-619(a)(9)", "Ill. Comp. Stat.", "735", "5/2-619", "(a)(9)"),
        ("K.S.A. 2019 Supp. 21-6804", "Kan. Stat. Ann.", nil, "21-6804", nil),
        ("Pen. Code, § 288, subd. (b)(1)", "Cal. Penal Code", nil, "288", "(b)(1)"),
        ("Welfare and Institutions Code section 602", "Cal. Welf. & Inst. Code", nil, "602", nil),
        ("Md. Code Ann., Cts. & Jud. Proc. § 5-101", "Md. Code Ann., Cts. & Jud. Proc.", nil, "5-101", nil),
        ("I.R.C. § 501(c)(3)", "I.R.C.", nil, "501", "(c)(3)"),
        ("20 C.F.R. § 404.1520(a)(4)(i)-(v)", "C.F.R.", "20", "404.1520", "(a)(4)(i)-(v)"),
        // Corpus/mentions/calctapp-2021-noguera and nysupct-2011-lacourt-v-shenanigans-knits.
        ("Code of Civ. Proc., § 425.16", "Cal. Civ. Proc. Code", nil, "425.16", nil),
        ("Civil Rights Law § 40-c", "N.Y. Civ. Rights Law", nil, "40-c", nil),
        ("Labor Law § 240(1)", "N.Y. Lab. Law", nil, "240", "(1)"),
    ] as [(String, String, String?, String, String?)])
    func statesOwnSpellings(text: String, code: String, title: String?, section: String, subsection: String?) {
        let document = extract("Under \(text), the court")
        let law = document.mentions.first?.law
        #expect(document.mentions.first.map { document.text(of: $0.span) } == text)
        #expect(law?.code == code)
        #expect(law?.title == title)
        #expect(law?.section == section)
        #expect(law?.subsection == subsection)
    }

    /// Sections without their code are statutes, given the code of an explicit cite of the same
    /// section, `Id. §` that of the statute before, `of title 42` its title.
    @Test func sectionsWithoutTheirCode() {
        let document = extract("""
            Plaintiff sues under 42 U.S.C. § 1983. Under § 1983, he must plead a right. Id. § 1988 allows \
            fees. His Section 1983 claim fails, and § 2254(d)(1) and sections 1681e(b) and 1681i apply, as \
            does section 1985 of title 42.
            """)
        let laws = document.mentions.compactMap(\.law)
        #expect(document.mentions.map { document.text(of: $0.span) }
            == ["42 U.S.C. § 1983", "§ 1983", "§ 1988", "Section 1983", "§ 2254(d)(1)", "sections 1681e(b)", "1681i", "section 1985 of title 42"])
        #expect(laws.map(\.section) == ["1983", "1983", "1988", "1983", "2254", "1681e", "1681i", "1985"])
        #expect(laws.map(\.title) == ["42", "42", "42", "42", nil, nil, nil, "42"])
        #expect(laws.map(\.code) == ["U.S.C.", "U.S.C.", "U.S.C.", "U.S.C.", "", "", "", "U.S.C."])
        #expect(document.resolution.links[0] == document.resolution.links[1])
    }

    /// A bare section mark after a name is that name's section, not a statute's: treatises,
    /// restatements, agreements, acts, constitutions, session laws, the Guidelines.
    @Test(arguments: ["Restatement (Second) of Torts § 402A", "5 Wright & Miller, Federal Practice and Procedure § 1357",
                      "SPA § 2.05(a)", "SPA §§ 1, 8.01(f)", "Section 2 of the Agreement", "section 5.1 of this Order",
                      "The court applied Section 2B1.1 of the Guidelines.", "section 509 of title 59 of the Oklahoma Statutes"])
    func sectionsOfOtherThings(text: String) {
        #expect(extract("As \(text) says.").mentions.filter { $0.citation.kind == "statute" }.isEmpty)
    }

    /// An act named by its initials before a whole-number section; a code written after the
    /// section; a bracketed code; `of this title`; an initialism's missing last period.
    @Test func codesAroundTheSection() {
        let document = extract("""
            Under ERISA § 502(a), section 13-17-201, C.R.S. 2018, [N.C.G.S.] § 14-306.4(b), section 1338 of this \
            title, and 11 U.S.C § 727(a)(4)(A).
            """)
        #expect(document.mentions.map { document.text(of: $0.span) }
            == ["ERISA § 502(a)", "section 13-17-201, C.R.S. 2018", "[N.C.G.S.] § 14-306.4(b)", "section 1338 of this title",
                "11 U.S.C § 727(a)(4)(A)"])
        #expect(document.mentions.compactMap(\.law).map(\.code) == ["ERISA", "Colo. Rev. Stat.", "N.C. Gen. Stat.", "", "U.S.C."])
    }

    /// Sections opening a sentence or a footnote, the Tax Court's forms, Texas's decimal ranges,
    /// and a footnote's marker after a section of the Code.
    @Test func sectionsWhereverTheyStand() {
        let document = extract("""
            The Eleventh Amendment bars it. U.S. Const. Amend. XI. Section 1983 does not override it. Accordingly, sec. 7491(a)(1) has no bearing, and section 7463 of the Internal Revenue Code applies. See sec. 1.1012-1(c)(1), Income Tax Regs. See TEX. CIV. PRAC. & REM. CODE ANN. §§ 101.001–.109 (Vernon 2011). He sued under 42 U.S.C. § 1983.3 The claim fails.
            4
                 Sec. 2(b)(1)(A)(i) defines it.
            """)
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == [
            "Section 1983", "sec. 7491(a)(1)", "section 7463 of the Internal Revenue Code", "sec. 1.1012-1(c)(1), Income Tax Regs.",
            "TEX. CIV. PRAC. & REM. CODE ANN. §§ 101.001–.109", "42 U.S.C. § 1983", "Sec. 2(b)(1)(A)(i)"])
        #expect(laws.map(\.citation.kind) == ["statute", "statute", "statute", "regulation", "statute", "statute", "statute"])
        // (Values as written: the range keeps its en dash.)
        #expect(laws.compactMap(\.law).map(\.section) == ["1983", "7491", "7463", "1.1012-1", "101.001\u{2013}.109", "1983", "2"])
        #expect(laws[2].law?.code == "I.R.C.")
    }

    /// `Id.` then a line break or two spaces before the mark is still the statute before's.
    @Test func idBeforeASectionAcrossALineBreak() {
        let document = extract("See 20 C.F.R. § 404.1520. See id.\n§ 404.1527(b). Id.  §§  404.1545(a)(3), 404.1546(c).")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["20 C.F.R. § 404.1520", "§ 404.1527(b)", "§§  404.1545(a)(3)", "404.1546(c)"])
        #expect(laws.map(\.citation.kind) == ["regulation", "regulation", "regulation", "regulation"])
        #expect(document.mentions.filter { $0.citation.kind == "id" }.isEmpty)
    }

    /// State regulations: New York's `NYCRR` after its title, California's title after a comma.
    @Test func stateRegulations() {
        let document = extract("See 22 NYCRR 202.8-g(a) and Cal. Code Regs., tit. 15, § 3084.1(b).")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["22 NYCRR 202.8-g(a)", "Cal. Code Regs., tit. 15, § 3084.1(b)"])
        #expect(laws.map(\.citation.kind) == ["regulation", "regulation"])
        #expect(laws.compactMap(\.law).map(\.title) == ["22", "15"])
        #expect(laws.compactMap(\.law).map(\.section) == ["202.8-g", "3084.1"])
    }

    /// An abbreviation before `Section` is a code's or a book's name, not a sentence's end.
    @Test func sectionAfterAnAbbreviationStaysAName() {
        #expect(extract("See 5 Wright & Miller, Fed. Prac. Section 1357.").mentions.filter { $0.law != nil }.isEmpty)
    }

    @Test func aConstitutionsSectionIsNoStatute() {
        #expect(extract("U.S. Const. art. I, § 9, cl. 3 applies.").mentions.map(\.citation.kind) == ["constitution"])
    }

    @Test(arguments: ["Under section 5 of the lease, rent is due.", "He was 42 years old in 1983.", "K.S.A. reads plainly."])
    func notStatutes(text: String) {
        #expect(extract(text).mentions.filter { $0.citation.kind == "statute" }.isEmpty)
    }

    @Test func constitution() {
        let document = extract("U.S. Const. amend. XIV, § 1 and U.S. Const. art. III, § 2, cl. 1 and the Fourth Amendment.")
        let provisions = document.mentions.compactMap(\.constitution)
        #expect(provisions.map(\.amendment) == ["XIV", nil, "IV"])
        #expect(provisions.map(\.article) == [nil, "III", nil])
        #expect(provisions[1].clause == "1")
        #expect(provisions.allSatisfy { $0.jurisdiction == "US" })
    }

    /// New York's subdivision in brackets, read as in parentheses, also after a signal glued to the
    /// code by its period (Corpus/mentions/nyappdiv-2015-miller-v-ny-state-div-of-human-rights,
    /// `( cf.CPLR 3211[b], authorizing`; Corpus/captions/nysupct-2025-leszyk-v-guthrie-corning-hosp,
    /// `(see CPLR 511[b]; General`). A bracket of digits first, or `[sic]`, is no subdivision.
    @Test func bracketedSubdivision() {
        let document = extract("( cf.CPLR 3211[b], authorizing a motion; see CPLR 5501[a][1]; CPLR 3211[1] and CPLR 3212[sic].")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["CPLR 3211[b]", "CPLR 5501[a][1]", "CPLR 3211", "CPLR 3212"])
        #expect(document.mentions.map { $0.law!.subsection } == ["(b)", "(a)(1)", nil, nil])
        // A code glued by its period to a word that is no signal is not read there.
        #expect(extract("the pages of this.CPLR 3211 text").mentions.isEmpty)
    }

    @Test func amendmentToAContractIsNotTheConstitution() {
        #expect(extract("the First Amendment to the Lease").mentions.isEmpty)
        #expect(extract("The First and Second Amendments to the Lease set the rent.").mentions.isEmpty)
    }

    /// Bluebook's small capitals typed as capitals, in the federal and the state forms, the state
    /// given back in Bluebook's case so that `TEX. CONST.` and `Tex. Const.` are one authority.
    @Test func constitutionsInCapitals() {
        let document = extract("Id.; see U.S. CONST. amend. XI. See TEX. CONST. art. I, § 9; Tex. Const. art. I, § 9; PA. CONST. art. I, § 8; W. Va. Const. art. III, § 10; N.Y. Const. art. I, § 6.")
        let provisions = document.mentions.compactMap(\.constitution)
        #expect(document.mentions.filter { $0.constitution != nil }.map { document.text(of: $0.span) }
                == ["U.S. CONST. amend. XI", "TEX. CONST. art. I, § 9", "Tex. Const. art. I, § 9", "PA. CONST. art. I, § 8",
                    "W. Va. Const. art. III, § 10", "N.Y. Const. art. I, § 6"])
        #expect(provisions.map(\.jurisdiction) == ["US", "Tex.", "Tex.", "Pa.", "W. Va.", "N.Y."])
        #expect(provisions[0].amendment == "XI")
        #expect(provisions[1].article == "I" && provisions[1].section == "9")
    }

    /// A constitution is one of the United States or of a state: a word that names no state is no place.
    @Test func aConstitutionOfNoPlaceIsNone() {
        #expect(extract("Our Const. art. 5 governs the club, and The Constitution art. 2 of the league.").mentions.isEmpty)
    }

    /// Amendments listed in prose are a mention each: the ordinal, the last with its `Amendments`;
    /// `to the Constitution` is this constitution's, not another instrument's.
    @Test func amendmentsListedInProse() {
        let document = extract("It violates the Fifth, Sixth, and Fourteenth Amendments, and the First and Fourteenth Amendments to the United States Constitution.")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["Fifth", "Sixth", "Fourteenth Amendments", "First", "Fourteenth Amendments"])
        #expect(document.mentions.compactMap(\.constitution).map(\.amendment) == ["V", "VI", "XIV", "I", "XIV"])
        // No `and` before the last: an enumeration's words, not a list (`Second, Fourth Amendment rights`).
        let enumerated = extract("Second, Fourth Amendment rights are personal.")
        #expect(enumerated.mentions.map { enumerated.text(of: $0.span) } == ["Fourth Amendment"])
    }
}
