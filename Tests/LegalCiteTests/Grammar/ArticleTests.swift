import Testing
@testable import LegalCite

/// Texas's Code of Criminal Procedure, cited by article (`ArticleRecognizer`).
@Suite("Articles of a code")
struct ArticleTests {
    /// The article with the code after it, before it, and alone once the code is named
    /// (Corpus/mentions/ca5-2000-caldwell-v-johnson, shared corpus eyecitets_cl4312001_state and
    /// eyecitets_cl2948009_state).
    @Test func texasCodeOfCriminalProcedure() {
        let document = extract("""
            competent to be executed, and Art. 46.04, TEX. CODE OF CRIM. PROC. The motion was construed as \
            a motion pursuant to Article 46.06 of the Texas Code of\n     Criminal Procedure, and under the \
            Texas Code of Criminal Procedure,\n\nArticle 46.04. The examination was required by Article 46.04(f). \
            He could trigger the appointment under Art. 46.04 of two medical experts.
            """)
        #expect(document.mentions.map { document.text(of: $0.span) } == [
            "Art. 46.04, TEX. CODE OF CRIM. PROC.", "Article 46.06 of the Texas Code of\n     Criminal Procedure",
            "Texas Code of Criminal Procedure,\n\nArticle 46.04", "Article 46.04(f)", "Art. 46.04"])
        #expect(document.mentions.map { $0.law!.section } == ["46.04", "46.06", "46.04", "46.04", "46.04"])
        #expect(document.mentions.map { $0.law!.subsection } == [nil, nil, nil, "(f)", nil])
        #expect(document.mentions.allSatisfy { $0.law?.code == "Tex. Code Crim. Proc. Ann." })
        let writ = extract("conditions set out in TEX . CODE CRIM . PROC. art. 11.07, § 3(d). Code of Criminal Procedure Article 36.14 applies.")
        #expect(writ.mentions.map { writ.text(of: $0.span) } == ["TEX . CODE CRIM . PROC. art. 11.07", "Code of Criminal Procedure Article 36.14"])
    }

    /// Thousands of articles in one document: every one found once (each is found both as named
    /// and as bare; telling them apart was a scan of every named article for each bare one, two
    /// minutes for 2 MB of them before the review of 2026-12-02).
    @Test func thousandsOfArticlesEachFoundOnce() {
        let text = String(repeating: "Under Tex. Code Crim. Proc. art. 11.07, and so on now. ", count: 20_000)
        let document = extract(text)
        #expect(document.mentions.count == 20_000)
        #expect(document.mentions.allSatisfy { $0.law?.section == "11.07" })
    }

    /// Vernon's annotated code by its initials after the article, and the articles of a list after
    /// `Articles`: a code after the last names them all (Corpus/mentions/texcrimapp-1986-ex-parte-twyman,
    /// `pursuant to Articles 11.08 and 11.23, V.A. C.C.P.`, `cited Article 11.07, V.A.C.C.P., as
    /// authority`); in a document that names the code, a bare list is read too (shared corpus
    /// eyecitets_cl2948009_state, `requirement of Articles 36.14, 36.15, 36.16, 36.17 and 36.18 has`).
    @Test func vernonsInitialsAndLists() {
        let document = extract("filed pursuant to Articles 11.08 and 11.23, V.A. C.C.P. Appellant cited Article 11.07, V.A.C.C.P., as authority.")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["Articles 11.08", "11.23, V.A. C.C.P.", "Article 11.07, V.A.C.C.P."])
        #expect(document.mentions.map { $0.law!.section } == ["11.08", "11.23", "11.07"])
        #expect(document.mentions.allSatisfy { $0.law?.code == "Tex. Code Crim. Proc. Ann." })
        let list = extract("See TEX .CODE CRIM . PROC. art. 36.19 (any requirement of Articles 36.14, 36.15 and 36.18 has been disregarded).")
        #expect(list.mentions.map { list.text(of: $0.span) } == ["TEX .CODE CRIM . PROC. art. 36.19", "Articles 36.14", "36.15", "36.18"])
        // A singular `Article` reads no list; without the code named, no list either.
        let single = extract("Article 11.07, V.A.C.C.P. and 11.08 apply.")
        #expect(single.mentions.map { single.text(of: $0.span) } == ["Article 11.07, V.A.C.C.P."])
        #expect(extract("Articles 11.08 and 11.23 of the bylaws were amended.").mentions.isEmpty)
    }

    /// Without the code named anywhere, or of another law, an article is no statute here.
    @Test func notTheCodesArticles() {
        #expect(extract("Article 46.04 was amended. Under Art. 11.07 the court ruled.").mentions.isEmpty)
        let other = extract("Under Art. 11.07 of the Texas Code of Criminal Procedure, and Article 7.12 of the TBCA, and Article 9 of the UCC.")
        #expect(other.mentions.map { other.text(of: $0.span) } == ["Art. 11.07 of the Texas Code of Criminal Procedure"])
    }

    /// Louisiana's codes by article after the code's name (shared corpus courtlistener_opinion_tax_fedother,
    /// `La. Civ. Code Ann. art. 3045`), one mention per article of a list; a bare `Article 2315`
    /// is not read (no decimal shape to tell it from another law's article).
    @Test func louisianaCodes() {
        let document = extract("La. Civ. Code Ann. art. 3045 (1988). La. Code Civ. Proc. art. 966(A)(3). La. C.C.P. art. 1672. Under Louisiana Civil Code article 2315, and La. C.C. arts. 2315 and 2316. Article 2315 alone.")
        #expect(document.mentions.map { document.text(of: $0.span) } == [
            "La. Civ. Code Ann. art. 3045", "La. Code Civ. Proc. art. 966(A)(3)", "La. C.C.P. art. 1672",
            "Louisiana Civil Code article 2315", "La. C.C. arts. 2315", "2316"])
        #expect(document.mentions.map { $0.law!.code } == ["La. Civ. Code Ann.", "La. Code Civ. Proc. Ann.", "La. Code Civ. Proc. Ann.",
                                                         "La. Civ. Code Ann.", "La. Civ. Code Ann.", "La. Civ. Code Ann."])
        #expect(document.mentions[1].law?.subsection == "(A)(3)")
    }

}
