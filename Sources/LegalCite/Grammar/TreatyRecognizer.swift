/// Treaties in the series that publish them: the United Nations' (`1155 U.N.T.S. 331`), the
/// United States' (`21 U.S.T. 77`, `T.I.A.S. No. 6298`, `T.I.A.S. 11,060`) and the League of
/// Nations' (`108 L.N.T.S. 187`).
///
/// `code` is the series, `title` its volume (none for T.I.A.S., numbered alone), `section` the
/// page or the number. Precision first: the series is written with its periods (`UNTS` alone is
/// also a word of other things).
struct TreatyRecognizer: CitationForm {
    static let volumePattern =
        #"(?<![\w.,])(\d{1,4})\s+(U\.\s?N\.\s?T\.\s?S\.|U\.\s?S\.\s?T\.|L\.\s?N\.\s?T\.\s?S\.)\s+(\d{1,5})(?![\d,]*\d)"#
    static let numberPattern = #"(?<![\w.])T\.\s?I\.\s?A\.\s?S\.\s+(?:No\.\s*)?(\d{1,2},\d{3}|\d{1,5})(?![\d,]*\d)"#

    let volumes: Pattern
    let numbers: Pattern

    init(tables: ReferenceTables) throws {
        volumes = try Pattern(Self.volumePattern, requiring: ["T.S.", "T. S.", "S.T.", "S. T."])
        numbers = try Pattern(Self.numberPattern, requiring: ["A.S.", "A. S."])
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        volumes.forEachMatch(in: text.bytes, from: 0) { match in
            let series = String(text.string(match.range(2)!).filter { $0 != " " })
            found.append(Self.found(code: series, volume: text.string(match.range(1)!), section: text.string(match.range(3)!), range: match.range))
        }
        numbers.forEachMatch(in: text.bytes, from: 0) { match in
            let number = String(text.string(match.range(1)!).filter { $0 != "," })
            found.append(Self.found(code: "T.I.A.S.", volume: nil, section: number, range: match.range))
        }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: treaty series", volumes), TimedSearch("pcre2: T.I.A.S. numbers", numbers)] }

    private static func found(code: String, volume: String?, section: String, range: Range<Int>) -> Found {
        let law = LawCitation(lawKind: .treaty, code: code, title: volume, section: section, subsection: nil,
                              jurisdiction: nil, etSeq: false)
        return Found(citation: law.citation, range: range)
    }
}
