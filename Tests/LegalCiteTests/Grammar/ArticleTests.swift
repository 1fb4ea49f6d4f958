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

    /// Without the code named anywhere, or of another law, an article is no statute here.
    @Test func notTheCodesArticles() {
        #expect(extract("Article 46.04 was amended. Under Art. 11.07 the court ruled.").mentions.isEmpty)
        let other = extract("Under Art. 11.07 of the Texas Code of Criminal Procedure, and Article 7.12 of the TBCA, and Article 9 of the UCC.")
        #expect(other.mentions.map { other.text(of: $0.span) } == ["Art. 11.07 of the Texas Code of Criminal Procedure"])
    }
}
