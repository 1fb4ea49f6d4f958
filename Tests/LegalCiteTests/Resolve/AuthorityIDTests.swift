import Testing
@testable import LegalCite

/// Canonical authority ids (`Authority.id`): one per authority, the same across documents.
@Suite("Authority ids")
struct AuthorityIDTests {
    /// The ids of the authorities of `text`, in order of first mention.
    private func ids(_ text: String) -> [String?] { extract(text).resolution.authorities.map(\.id) }

    /// The kinds an index lists are the law's every kind, once each, with cases, rules,
    /// constitutions and journals; never the case's own papers.
    @Test func citedKindsCoverEveryLawKind() {
        let kinds = Authority.citedKinds
        #expect(Set(kinds).count == kinds.count)
        #expect(LawKind.allCases.allSatisfy { kinds.contains($0.rawValue) })
        #expect(kinds.contains("case") && kinds.contains("rule") && kinds.contains("constitution") && kinds.contains("journal"))
        #expect(!kinds.contains("docket_entry") && !kinds.contains("record"))
    }

    @Test func federalLawsRulesAndConstitution() {
        #expect(ids("42 U.S.C. § 1983; 29 C.F.R. § 1630.2(g); I.R.C. § 501(c)(3); Fed. R. Civ. P. 26(f); Fed. R. Evid. 702; U.S.S.G. § 2D1.1; U.S. Const. amend. XIV, § 1; U.S. Const. art. I, § 8.")
                    == ["usc/42/1983", "cfr/29/1630.2", "usc/26/501", "frcp/26", "fre/702", "ussg/2d1.1", "const/us/amend/14/1", "const/us/art/1/8"])
    }

    @Test func stateCodes() {
        // Kansas has one code in the laws table: no code in the id; California has several.
        #expect(ids("K.S.A. 60-513(a)(4); Cal. Penal Code § 187; TEX. CIV. PRAC. & REM. CODE ANN. § 14.002(a).")
                    == ["stat/ks/60-513", "stat/ca/cal-penal-code/187", "stat/tx/tex-civ-prac-rem-code-ann/14.002"])
    }

    @Test func casesByTheirPreferredCiteSoParallelSetsMeet() {
        // The same case cited with its parallels in two orders has one id: the U.S. cite.
        let first = ids("Ashcroft v. Iqbal, 556 U.S. 662, 678, 129 S. Ct. 1937, 173 L. Ed. 2d 868 (2009).")
        let second = ids("Ashcroft v. Iqbal, 129 S. Ct. 1937, 173 L. Ed. 2d 868, 556 U.S. 662 (2009).")
        #expect(first == ["case/us/556/662"])
        #expect(second == first)
        // A regional reporter before a database cite.
        #expect(ids("Doe v. Roe, 2012 WL 123456, 5 A.3d 1 (Pa. 2012).") == ["case/a3d/5/1"])
    }

    @Test func thisCasesDocketAndWhatCannotBeNamed() {
        #expect(ids("See ECF No. 21; ECF No. 99-1, at 3.") == ["ecf/21", "ecf/99/1"])
        // A bare section whose code no text gives has no id (precision first).
        #expect(ids("The claim under § 1983 fails.") == [nil])
    }
}
