/// Statutes numbered by article: Louisiana's codes (`La. Civ. Code art. 2315`, `La. C.C.P. art.
/// 966(A)(3)`: after the code's name only), and Texas's Code of Criminal Procedure, whose articles are a
/// chapter and a number (`46.04`, `11.07`, `42A.054`). Written with the code after the article
/// (`Article 46.04 of the Texas Code of Criminal Procedure`, `Art. 46.04, TEX. CODE OF CRIM.
/// PROC.`), with the code before it (`Texas Code of Criminal Procedure, Article 46.04`, `Tex. Code
/// Crim. Proc. Ann. art. 11.07`, `TEX . CODE CRIM . PROC. art. 11.07`), or alone (`Article
/// 46.04(f)`, `Art. 46.04`) in a document that names the code with an article elsewhere. The
/// code's name is in the span where it is written next to the article; the article is the
/// statute's `section`.
struct ArticleRecognizer: CitationForm {
    /// The code's names: `Code of Criminal Procedure` (with `Texas`, `Tex.`, `TEX.` before it),
    /// `CODE OF CRIM. PROC.`, `Code Crim. Proc. Ann.` in any case and spacing.
    /// Also Vernon's annotated code by its initials, as older opinions write it after the article
    /// (`Article 11.07, V.A.C.C.P.`, `V.A. C.C.P.`, `Vernon's Ann.C.C.P.`).
    private static let code = #"(?:(?:(?:Texas|TEXAS|Tex\s?\.|TEX\s?\.)\s*)?"#
        + #"(?i:code\s+of\s+crim(?:inal|\s?\.)\s*proc(?:edure|\s?\.)|code\s+crim\s?\.\s*proc\s?\.)(?:\s*(?i:ann\s?\.))?"#
        + #"|V\.\s?A\.\s?C\.\s?C\.\s?P\.|Vernon's\s+Ann\.\s?(?:C\.\s?C\.\s?P\.|Code\s+Crim\.\s?Proc\.))"#
    private static let article = #"(?:Articles?|ARTICLES?|Arts?\.|ARTS?\.|articles?|arts?\.)\s*"#
    /// A chapter and an article: `46.04`, `11.071`, `42A.054`; then subdivisions `(f)`, `(a)(1)`.
    private static let number = #"(\d{1,2}[A-Z]?\.\d{2,3}[A-Z]?)(?!\w|\.\w)((?:\([A-Za-z0-9]{1,4}\))*)"#

    /// The code after an article: `, TEX. CODE OF CRIM. PROC.`, ` of the Texas Code of …`.
    private static let codeAfter = #"(?:(?:\s*,\s*|\s+of\s+(?:the\s+)?)("# + code + #"))?"#
    /// The article, then the code: group 1 the number, 2 its subdivisions, 3 the code.
    static let articleFirstPattern = #"(?<![\w.])"# + article + number + codeAfter
    /// The next article of a list after `Articles` (`Articles 11.08 and 11.23, V.A. C.C.P.`), read
    /// where the list's joint ends: groups as `articleFirstPattern`.
    static let listedPattern = number + codeAfter
    /// The code, then the article: group 1 the code, 2 the number, 3 its subdivisions.
    static let codeFirstPattern = #"(?<![\w.])("# + code + #")\s*,?\s*"# + article + number

    /// Louisiana's codes, numbered by article alone (`La. Civ. Code art. 2315`, `La. Code Civ.
    /// Proc. art. 966(A)(3)`, `La. C.C.P. art. 1672`, `Louisiana Civil Code article 2315`): the code
    /// (group 1), then `art.`/`arts.`, then the articles, read as a section list.
    static let louisianaPattern = #"(?<![\w.])((?:La\.\s?(?:Civ\.\s?Code|Code\s+Civ\.\s?Proc\.|Code\s+Crim\.\s?Proc\.|Code\s+Evid\.|"#
        + #"C\.\s?C\.\s?P\.|C\.\s?Cr\.\s?P\.|C\.\s?E\.|C\.\s?C\.)|Louisiana\s+(?:Civil\s+Code|Code\s+of\s+(?:Civil|Criminal)\s+Procedure|Code\s+of\s+Evidence))"#
        + #"(?:\s*Ann\.)?)\s*,?\s*((?i:arts?\.|articles?))\s*(?=\d)"#

    let articleFirst: Pattern
    let listed: Pattern
    let codeFirst: Pattern
    let louisiana: Pattern

    init(tables: ReferenceTables) throws {
        articleFirst = try Pattern(Self.articleFirstPattern)
        listed = try Pattern(Self.listedPattern)
        codeFirst = try Pattern(Self.codeFirstPattern)
        louisiana = try Pattern(Self.louisianaPattern)
    }

    var stages: [TimedSearch] {
        [TimedSearch("pcre2: articles, then code", articleFirst), TimedSearch("pcre2: code, then articles", codeFirst),
         TimedSearch("pcre2: Louisiana's articles", louisiana)]
    }

    /// The Bluebook's name of the Louisiana code written `code`.
    static func louisianaCode(_ code: String) -> String {
        let key = String(code.filter { $0 != " " })
        if key.contains("Civ.Proc") || key.contains("C.C.P") || key.contains("CivilProcedure") { return "La. Code Civ. Proc. Ann." }
        if key.contains("Crim") || key.contains("C.Cr.P") || key.contains("CriminalProcedure") { return "La. Code Crim. Proc. Ann." }
        if key.contains("Evid") || key.contains("C.E.") { return "La. Code Evid. Ann." }
        return "La. Civ. Code Ann."
    }

    func louisianaArticles(_ text: TextView, into found: inout [Found]) {
        louisiana.forEachMatch(in: text.bytes, from: 0) { match in
            guard let codeRange = match.range(1), let marker = match.range(2) else { return }
            let code = Self.louisianaCode(text.words(codeRange))
            let plural = text.string(marker).lowercased().hasPrefix("arts") || text.string(marker).lowercased().hasSuffix("les")
            let items = SectionList.read(text, at: match.range.upperBound, allowList: plural)
            for (index, item) in items.enumerated() {
                let law = LawCitation(lawKind: .statute, code: code, title: nil, section: item.section, subsection: item.subsection,
                                      jurisdiction: "Louisiana", etSeq: item.etSeq)
                found.append(Found(citation: law.citation, range: index == 0 ? match.range.lowerBound..<item.range.upperBound : item.range))
            }
        }
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        louisianaArticles(text, into: &found)
        var named: [Found] = []
        var bare: [Found] = []
        codeFirst.forEachMatch(in: text.bytes, from: 0) { match in
            guard let number = match.range(2) else { return }
            named.append(Self.found(text, number: number, subdivisions: match.range(3), range: match.range))
        }
        articleFirst.forEachMatch(in: text.bytes, from: 0) { match in
            guard let number = match.range(1) else { return }
            // `Articles 11.08 and 11.23, V.A. C.C.P.`: after a plural marker, the list's articles;
            // a code after the last names every one.
            var items = [(number: number, subdivisions: match.range(2), range: match.range, code: match.range(3))]
            let marker = text.string(match.range.lowerBound..<number.lowerBound).lowercased()
            if marker.hasPrefix("articles") || marker.hasPrefix("arts"), items[0].code == nil {
                let data = MatchData(for: listed)
                var cursor = match.range.upperBound
                while items.count < 12, let next = ListJoin.next(text, after: cursor),
                      let more = listed.firstMatch(in: text.bytes, from: next, anchored: true, using: data), let listedNumber = more.range(1) {
                    items.append((listedNumber, more.range(2), more.range, more.range(3)))
                    cursor = more.range.upperBound
                    if more.range(3) != nil { break }
                }
            }
            let isNamed = items.last!.code != nil
            for item in items {
                if isNamed {
                    named.append(Self.found(text, number: item.number, subdivisions: item.subdivisions, range: item.range))
                } else if !Self.namesAnotherLaw(text.words(item.range.upperBound..<min(text.count, item.range.upperBound + 24))) {
                    let end = item.subdivisions.map { $0.isEmpty ? item.number.upperBound : $0.upperBound } ?? item.number.upperBound
                    bare.append(Self.found(text, number: item.number, subdivisions: item.subdivisions, range: item.range.lowerBound..<end))
                }
            }
        }
        guard !named.isEmpty else { return }
        // A bare article where a named one covers it (`Art. 46.04` of `Art. 46.04, TEX. CODE …`) is
        // that one. Named articles sorted by start, with the furthest end reached so far: a bare
        // one overlaps a named one when a named one starting before its end reaches past its start
        // (a binary search each, not a scan of every named article: a code's every article is found
        // both ways, and a long statute-heavy document has thousands).
        let starts = named.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var reach: [Int] = []
        reach.reserveCapacity(starts.count)
        for range in starts { reach.append(max(reach.last ?? Int.min, range.upperBound)) }
        let covered = bare.filter { article in
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle].lowerBound < article.range.upperBound { low = middle + 1 } else { high = middle }
            }
            return low == 0 || reach[low - 1] <= article.range.lowerBound
        }
        found.append(contentsOf: named)
        found.append(contentsOf: covered)
    }

    /// `of the TBCA`, `of the Business Corporation Act`, `of UCC`: another law's article (not `of
    /// two medical experts`).
    private static func namesAnotherLaw(_ following: String) -> Bool {
        var rest = Substring(following)
        guard rest.hasPrefix("of ") else { return false }
        rest = rest.dropFirst(3)
        if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
        return rest.first?.isUppercase ?? false
    }

    private static func found(_ text: TextView, number: Range<Int>, subdivisions: Range<Int>?, range: Range<Int>) -> Found {
        let subsection = subdivisions.flatMap { $0.isEmpty ? nil : text.string($0) }
        let law = LawCitation(lawKind: .statute, code: "Tex. Code Crim. Proc. Ann.", title: nil, section: text.string(number),
                              subsection: subsection, jurisdiction: "Texas", etSeq: false)
        return Found(citation: law.citation, range: range)
    }
}
