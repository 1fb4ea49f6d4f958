import Testing
@testable import LegalCite

/// Signals and subsequent history, on sentences of real opinions (the Fifth Circuit's
/// `doctor_ca5_00516242060`, Texas courts of appeals, district orders) and on the negatives a
/// citator must not read as either.
@Suite("Signals and subsequent history")
struct SignalHistoryTests {
    /// (mention text, signal) for every mention of `text`.
    private func signals(_ text: String) -> [String] {
        let document = extract(text)
        return document.mentions.map { "\(document.text(of: $0.span)): \($0.signal?.rawValue ?? "-")" }
    }

    @Test func signalCarriesThroughAStringCiteUntilReplaced() {
        #expect(signals("""
            Plaintiff must show damages. See First Am. Title Co. of El Paso v. Prata, 783 S.W.2d 697, 701 (Tex.
            App.—El Paso 1989); Cruz v. Andrews Restoration, Inc., 364 S.W.3d 817, 823 (Tex. 2012); cf. Smith v. Jones, \
            500 F.2d 123 (9th Cir. 1990). Doe v. Roe, 400 U.S. 1 (1970).
            """) == ["783 S.W.2d 697, 701: see", "364 S.W.3d 817, 823: see", "500 F.2d 123: cf.", "400 U.S. 1: -"])
    }

    @Test func everySignalOfTheContract() {
        let text = """
            See, e.g., A v. B, 1 U.S. 1 (1801). See also C v. D, 2 U.S. 2 (1802). But see E v. F, 3 U.S. 3 (1803). \
            But cf. G v. H, 4 U.S. 4 (1804). See generally I v. J, 5 U.S. 5 (1805). Accord K v. L, 6 U.S. 6 (1806). \
            Contra M v. N, 7 U.S. 7 (1807). E.g., O v. P, 8 U.S. 8 (1808). Cf. Q v. R, 9 U.S. 9 (1809).
            """
        #expect(extract(text).mentions.map { $0.signal?.rawValue } == [
            "see, e.g.", "see also", "but see", "but cf.", "see generally", "accord", "contra", "e.g.", "cf."])
    }

    @Test func emphasizedSignalsAndOtherKinds() {
        #expect(signals("The claim fails. *See* Fed. R. Civ. P. 12(b)(6); *see also* 42 U.S.C. § 1983; id. § 1988.")
                    == ["Fed. R. Civ. P. 12(b)(6): see", "42 U.S.C. § 1983: see also", "§ 1988: see also"])
        // A rule's own `(6)` is not a parenthetical between two cites of one string.
        #expect(signals("de novo. See FED. R. CIV. P. 12(b)(6); Walker v. Beaumont Indep. Sch. Dist., 938 F.3d 724, 735 (5th Cir. 2019).")
                    == ["FED. R. CIV. P. 12(b)(6): see", "938 F.3d 724, 735: see"])
    }

    @Test func parentheticalCitesAreNotGovernedByTheOuterSignal() {
        #expect(signals("""
            See Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007) (quoting Conley v. Gibson, 355 U.S. 41, 47 (1957)); \
            Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009) (citing Smith v. Jones, 500 F.2d 123 (9th Cir. 1990); see also \
            Doe v. Roe, 400 U.S. 1 (1970)).
            """) == ["550 U.S. 544, 570: see", "355 U.S. 41, 47: -", "556 U.S. 662, 678: see", "500 F.2d 123: -", "400 U.S. 1: see also"])
    }

    @Test func signalOverTheWordsOfANameTheNameReaderLeft() {
        // prd-2018-in-re-financial-oversight-board-ers-v-altair: a bankruptcy name's parenthetical.
        #expect(signals("""
            against the assets of a debtor. See Webb Co. v. First City Bank (In re Softalk Pub. Co., Inc.), 856 F.2d 1328, 1330             (9th Cir. 1988).
            """) == ["856 F.2d 1328, 1330: see"])
        // eyecitets_cl10934576_appellate: abbreviations that look like a sentence's end.
        #expect(signals("because a case is\nunripe. See, e.g., Am. Petrol. Inst. v. EPA, 683 F.3d 382, 386–\n90 (D.C. Cir. 2012).")
                    == ["683 F.3d 382, 386: see, e.g."])
        // ca9-2010-schneider-v-verizon-internet: a page's stamp inside the name.
        #expect(signals("""
            This was an error. See Manzareµ v. St. Paul Fire &\n\n\n                                           8\n\u{0C}Marine Ins. Co., \
            519 F.3d 1025, 1034 (9th Cir. 2008).
            """) == ["519 F.3d 1025, 1034: see"])
        // wva-2011-brickstreet-v-summit-point-raceway: West Virginia's syllabus point before the name.
        #expect(signals("optional coverage. Cf. Syl. pt. 5, Pullano v. City of Bluefield, 176 W.Va. 198, 342 S.E.2d 164 (1986).")
                    == ["176 W.Va. 198: cf.", "342 S.E.2d 164: cf."])
        // eyecitets_cl4026002_state: California's year after a page's stamp.
        #expect(signals("appellate court. (see People v. Elize\n\n                                              11\n\u{0C}(1999) 71 Cal.App.4th 605, 615.)")
                    == ["71 Cal.App.4th 605, 615: see"])
        // A dash opens a clause.
        #expect(signals("The claim fails—see Smith v. Jones, 500 F.2d 123 (5th Cir. 1990).") == ["500 F.2d 123: see"])
        // Negatives: a sentence's end is no name word (`1983.`), nor a lower-case word of prose.
        #expect(signals("See 42 U.S.C. § 1983. Smith v. Jones, 500 F.2d 123 (5th Cir. 1990), held so.")
                    == ["42 U.S.C. § 1983: see", "500 F.2d 123: -"])
        #expect(signals("See the discussion above. Am. Petrol. Inst. v. EPA, 683 F.3d 382 (D.C. Cir. 2012), held so.")
                    == ["683 F.3d 382: -"])
        #expect(signals("We see Brown v. Board, 347 U.S. 483 (1954), as settled.") == ["347 U.S. 483: -"])
        // vactapp-2011-hodnett-v-stanco-masonry: the opinion's own page in brackets between the signal and the name.
        #expect(signals("with claimant's reading of the statute. See [ 58 Va.App. 253 ] Travelers Prop. Cas. Co. of Am. v. Ely, 276 Va. 339, 345 (2008).")
                    .last == "276 Va. 339, 345: see")
        #expect(signals("of the statute. See [58 Va.App. 253] Travelers Prop. Cas. Co. of Am. v. Ely, 276 Va. 339, 345 (2008).")
                    .last == "276 Va. 339, 345: see")
        // Negatives: a bracket holding words is no page; no signal before the bracketed page.
        #expect(signals("with claimant's reading. See [the record] Travelers Prop. Cas. Co. of Am. v. Ely, 276 Va. 339, 345 (2008).")
                    .last == "276 Va. 339, 345: -")
        #expect(signals("We so hold. [ 58 Va.App. 253 ] Travelers Prop. Cas. Co. of Am. v. Ely, 276 Va. 339, 345 (2008), agrees.")
                    .last == "276 Va. 339, 345: -")
    }

    @Test func aStringCiteCarriesPastACiteNotRead() {
        // vactapp-2003-fowlkes-v-fowlkes, with a section the recognizers do not read (`Code § 5`:
        // no code's punctuation; `Code § 20-107.3(D)` is read, CitatorRecallTests), then a case.
        #expect(signals("to husband. See Code § 5; McDavid v. McDavid, 19 Va.App. 406, 413 (1995).")
                    == ["19 Va.App. 406, 413: see"])
        // nysd-2019-knight-first-amendment-institute-v-dhs: `Id` without its period.
        #expect(signals("""
            Documents explaining precedent are not protected. See Id; Coastal States Gas Corp. v. Dep’t of Energy, 617 F.2d \
            854 (D.C. Cir. 1980); Tax Analysts v. IRS, 294 F.3d 71 (D.C. Cir. 2002).
            """) == ["617 F.2d 854: see", "294 F.3d 71: see"])
        // The last signal of the string's parts governs.
        #expect(signals("See Code § 5; cf. Code § 6; Doe v. Roe, 2 U.S. 2 (1991).") == ["2 U.S. 2: cf."])
        // Negatives: inside an explanatory parenthetical, in prose, past a sentence's end.
        #expect(signals("See Smith v. Jones, 1 U.S. 1 (1990) (citing Code § 5; Doe v. Roe, 2 U.S. 2 (1991)).")
                    == ["1 U.S. 1: see", "2 U.S. 2: -"])
        #expect(signals("The court applied Code § 5; McDavid v. McDavid, 19 Va.App. 406 (1995), held so.")
                    == ["19 Va.App. 406: -"])
        #expect(signals("See Code § 5. The rule is Code § 6; Doe v. Roe, 2 U.S. 2 (1991).") == ["2 U.S. 2: -"])
    }

    @Test func compareWith() {
        #expect(signals("Compare A v. B, 1 F.3d 1 (2d Cir. 1993), with C v. D, 2 F.3d 2 (3d Cir. 1993).")
                    == ["1 F.3d 1: compare", "2 F.3d 2: compare"])
    }

    @Test func seeAsAVerbIsNoSignal() {
        #expect(signals("We see no reason to depart from Smith v. Jones, 500 F.2d 123 (9th Cir. 1990).") == ["500 F.2d 123: -"])
        #expect(signals("Courts see 42 U.S.C. § 1983 as a remedy. As we see, Rule 56 applies.") == ["42 U.S.C. § 1983: -", "Rule 56: -"])
        // A new sentence starts plain, whatever the sentence before said.
        #expect(signals("See ECF No. 26. Id. at 4.") == ["ECF No. 26: see", "Id. at 4: -"])
    }

    @Test func footnoteMarkerBeforeTheSignal() {
        #expect(signals("day of November, 2012.\n\n¹See ECF No. 26.") == ["ECF No. 26: see"])
        // The sentence of texapp10-2012-in-re-mendenhall with a footnote's number as the text of a
        // page sets it: glued to the signal after a sentence's end or at a line's start (a superscript
        // flattened), in brackets, and as CourtListener's `*fn2` marker.
        let sentence = "See Ex parte Baltimore, 616 S.W.2d 205 (Tex. Crim. App. 1981)."
        #expect(signals("an adequate remedy by appeal.3" + sentence) == ["616 S.W.2d 205: see"])
        #expect(signals("remedy by appeal.\n4" + sentence) == ["616 S.W.2d 205: see"])
        #expect(signals("remedy by appeal.\n[2] " + sentence) == ["616 S.W.2d 205: see"])
        #expect(signals("remedy by appeal.\n*fn2 " + sentence) == ["616 S.W.2d 205: see"])
        // Negatives: a number in prose before the word, a bracket that is no footnote's number.
        #expect(signals("as the witness said on page 3See Ex parte Baltimore, 616 S.W.2d 205 (Tex. Crim. App. 1981).") == ["616 S.W.2d 205: -"])
        #expect(signals("the [defendant] See Ex parte Baltimore, 616 S.W.2d 205 (Tex. Crim. App. 1981)") == ["616 S.W.2d 205: -"])
    }

    @Test func spacedExampleAbbreviation() {
        // Clackamas Gastroenterology Associates v. Wells, 538 U.S. 440 (2003), as the U.S. Reports print it.
        #expect(signals("See, e. g., Birchem v. Knights of Columbus, 116 F.3d 310, 312-313 (CA8 1997); cf. Nationwide Mut. Ins. Co. v. Darden, 503 U. S. 318, 322-323 (1992).")
                    == ["116 F.3d 310, 312-313: see, e.g.", "503 U. S. 318, 322-323: cf."])
        // Negative: the initials of a name are no `e. g.`.
        #expect(signals("See E. G. Smith Co. v. Jones, 116 F.3d 310 (CA8 1997).") == ["116 F.3d 310: see"])
    }

    @Test func historyLinksTheCiteItIntroduces() {
        let document = extract("""
            See Smith v. Jones, 500 F.2d 123 (9th Cir. 1990), aff'd, 600 U.S. 456 (1991); Doe v. Roe, 1 F.3d 1 (2d Cir. 1993), \
            cert. denied, 510 U.S. 1 (1993).
            """)
        let mentions = document.mentions
        #expect(mentions.map { document.text(of: $0.span) } == ["500 F.2d 123", "600 U.S. 456", "1 F.3d 1", "510 U.S. 1"])
        #expect(mentions[0].history == [HistoryEntry(relation: .affirmed, text: "aff'd", mention: 1)])
        #expect(mentions[2].history == [HistoryEntry(relation: .certDenied, text: "cert. denied", mention: 3)])
        // The history's cite is governed by the signal of the cite whose history it is.
        #expect(mentions.map { $0.signal } == [.see, .see, .see, .see])
    }

    @Test func historyRuns() {
        let first = extract("Sandhill Amusements, Inc. v. State, 236 N.C. App. 340 (2014), rev’d per curiam, 368 N.C. 91 (2015).").mentions
        #expect(first[0].history == [HistoryEntry(relation: .reversed, text: "rev’d per curiam", mention: 1)])
        let second = extract("Foo v. Bar, 1 F.3d 1 (2d Cir. 1993), aff'd in part, rev'd in part, 2 F.4th 2 (2021).").mentions
        #expect(second[0].history.map(\.relation) == [.affirmed, .reversed])
        #expect(second[0].history.allSatisfy { $0.mention == 1 })
        let third = extract("Jones v. Bock, 1 F.3d 1 (6th Cir. 1993), overruled on other grounds by Jones v. Bock, 549 U.S. 199 (2007).").mentions
        #expect(third[0].history == [HistoryEntry(relation: .overruled, text: "overruled on other grounds by", mention: 1)])
    }

    @Test func moreHistoryForms() {
        // ca10-1996-castilleja-v-harwell-judgment: an explanatory parenthetical across double-spaced lines.
        let spaced = extract("""
            see United States v. Hurst, 951 F.2d 1490, 1501 (6th Cir.\n\n1991)(holding that relevance of conduct to truthfulness \
            depended on underlying\n\ncircumstances, and not statutory name of offense for which witness was\n\nconvicted), cert. \
            denied, 504 U.S. 915 (1992).
            """).mentions
        #expect(spaced[0].history == [HistoryEntry(relation: .certDenied, text: "cert. denied", mention: 1)])
        // michctapp-2007-griswold-properties-v-lexington: Michigan's parallel cites set off by `;`, `lv. den. sub. nom.`,
        // `rev'd in part on other grounds`.
        let michigan = extract("""
            Arco Industries Corp. v. American Motorists Ins. Co. 233 Mich.App. 143; 594 N.W.2d 74 (1998), aff'd 462 Mich. 896; \
            617 N.W.2d 330 (2000). Angott v. Chubb Group of Ins. Cos., 270 Mich.App. 465, 479, 717 N.W.2d 341 (2006), lv. den. \
            sub. nom. Kilby v. Chubb Group of Ins. Cos., 477 Mich. 941; 723 N.W.2d 900 (2006). Marketos v. American Employers \
            Ins. Co., 240 Mich.App. 684, 697-698, 612 N.W.2d 848 (2000), rev'd in part on other grounds 465 Mich. 407; 633 N.W.2d \
            371 (2001).
            """).mentions
        #expect(michigan.map { $0.history.map(\.relation) } == [[.affirmed], [], [], [], [.petitionDenied], [], [], [], [.reversed], [], [], []])
        #expect(michigan.map { $0.history.first?.mention } == [2, nil, nil, nil, 6, nil, nil, nil, 10, nil, nil, nil])
        // wva-2011-brickstreet-v-summit-point-raceway: `superseded by statute as recognized in`.
        let superseded = extract("""
            Bias v. Nationwide Mutual Insurance Co., 179 W.Va. 125, 365 S.E.2d 789 (1987), superseded by statute as recognized \
            in Luikart v. Valley Brook Concrete & Supply, Inc., 216 W.Va. 748, 613 S.E.2d 896 (2005).
            """).mentions
        #expect(superseded[0].history == [HistoryEntry(relation: .superseded, text: "superseded by statute as recognized in", mention: 2)])
        // Negative: a cite with a parenthetical of its own after `;` is a cite of another case.
        let string = extract("See Smith v. Jones, 1 U.S. 1 (1990); 2 F.3d 3 (5th Cir. 1995), aff'd, 3 U.S. 4 (1996).").mentions
        #expect(string.map { $0.history.count } == [0, 1, 0])
    }

    @Test func aChainOfHistoryIsTheHistoryOfTheCaseFirstCited() {
        // D.S.C.'s `Workman v. Perry`: adopted by the district judge, then affirmed.
        let mentions = extract("""
            See, e.g., Workman v. Perry, No. 6:17-cv-3416-RBH-KFM, 2018 WL 450592, at *1 (D.S.C. Apr. 19, 2018), adopted,             2018 WL 2454914 (D.S.C. June 1, 2018), aff’d, 740 F. App’x 365 (4th Cir. 2018).
            """).mentions
        #expect(mentions.count == 3)
        #expect(mentions[0].history.map(\.relation) == [.other, .affirmed])
        #expect(mentions[0].history.map(\.mention) == [1, 2])
        #expect(mentions[1].history.isEmpty)
        #expect(mentions.allSatisfy { $0.signal == .seeEg })
    }

    @Test func texasPetitionHistoryInTheParenthetical() {
        let mentions = extract("""
            Bell v. Tex. Dep't of Crim. Justice-Institutional Div., 962 S.W.2d 156, 158 (Tex. App.—Houston [14th Dist.] \
            1998, pet. denied); Leachman v. Dretke, 261 S.W.3d 297, 311 (Tex. App.—Fort Worth 2008, no pet.); \
            Hickson v. Moya, 926 S.W.2d 397, 398 (Tex. App.—Waco 1996, writ ref'd n.r.e.).
            """).mentions
        #expect(mentions.map { $0.history.map(\.relation) } == [[.petitionDenied], [.other], [.writRefused]])
        #expect(mentions.allSatisfy { $0.caseCitation?.court == "texapp" && $0.history.first?.mention == nil })
        #expect(mentions.map { $0.caseCitation?.year } == [1998, 2008, 1996])
        // Double-spaced PDF text breaks the court's name with a blank line.
        let paged = extract("Qi, 370 S.W.3d 406, 413 (Tex. App.—\n\nHouston [14th Dist.] 2012, no pet.) (stating that).").mentions
        #expect(paged.first?.caseCitation?.year == 2012 && paged.first?.history.first?.text == "no pet.")
    }

    @Test func indianaTransferHistory() {
        // indctapp-2013-fox-v-state: `trans. denied` after the court parenthetical, and after an explanatory one.
        let mentions = extract("""
            Delagrange v. State, 951 N.E.2d 593, 594 (Ind. Ct. App. 2011), trans. denied. See Williams v. State, 757 N.E.2d \
            1048, 1063 (Ind. Ct. App. 2001) (the State did not commit a Brady violation), trans. denied. Jones v. State, 689 \
            N.E.2d 722, 724 (Ind. 1997), trans. not sought.
            """).mentions
        #expect(mentions.map { $0.history.map(\.relation) } == [[.petitionDenied], [.petitionDenied], [.other]])
        #expect(mentions.map { $0.history.first?.text } == ["trans. denied", "trans. denied", "trans. not sought"])
        #expect(mentions.allSatisfy { $0.history.first?.mention == nil })
        // Negative: the word in prose is no history.
        let prose = extract("Delagrange v. State, 951 N.E.2d 593, 594 (Ind. Ct. App. 2011), transferred the case.").mentions
        #expect(prose.first?.history.isEmpty == true)
    }

    @Test func historyWordsThatAreNoHistory() {
        // Prose after the cite; a history word inside an explanatory parenthetical; prior history.
        for text in [
            "In Smith v. Jones, 500 F.2d 123 (9th Cir. 1990), reversed the judgment below and remanded.",
            "Smith v. Jones, 500 F.2d 123 (9th Cir. 1990) (holding the judgment was affirmed), is on point.",
            "Smith v. Jones, 500 F.2d 123 (9th Cir. 1990), rev'g 400 F. Supp. 1 (D. Kan. 1989).",
        ] {
            #expect(extract(text).mentions.allSatisfy { $0.history.isEmpty }, "\(text)")
        }
    }
}
