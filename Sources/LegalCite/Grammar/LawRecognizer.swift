/// Statutes and regulations: `42 U.S.C. § 1983`, `28 U.S.C. §§ 1331, 1343`,
/// `21 U.S.C. Sec. 841(a)(1)`, `50 U.S.C. 1701`, `29 C.F.R. § 1630.2(g)`, and codes without a
/// title from the laws table: `Kan. Stat. Ann. § 44-501`, `K.S.A. 60-513`.
struct LawRecognizer: CitationForm {
    let table: LawTable
    let titledPattern: Pattern
    private let untitledTrie: ByteTrie
    private let untitledCodes: [LawTable.Code]
    private let titledBySpelling: [String: LawTable.Code]

    init(table: LawTable) throws {
        self.table = table
        titledPattern = try Pattern(
            #"(?<![\w.\xA7])(\d{1,3})\s*,?\s+("# + table.titledAlternation + #")\s*,?\s*"#
                + #"(?:(\xC2\xA7\s*\xC2\xA7|\xC2\xA7\xC2\xA7|\xC2\xA7|[Ss]ecs?\.|[Ss]ections?)\s*)?(?=\d)"#)
        untitledCodes = table.codes.filter { !$0.titled }
        untitledTrie = ByteTrie(keys: untitledCodes.enumerated().map { ($0.element.spelling, $0.offset) })
        var bySpelling: [String: LawTable.Code] = [:]
        for code in table.codes where code.titled {
            bySpelling[Self.key(code.spelling)] = bySpelling[Self.key(code.spelling)] ?? code
        }
        titledBySpelling = bySpelling
    }

    init(tables: ReferenceTables) throws { try self.init(table: tables.laws) }

    func recognize(_ text: TextView, into found: inout [Found]) {
        titledPattern.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: titled(text, match: $0)) }
        found.append(contentsOf: untitled(text))
    }

    var stages: [TimedSearch] {
        [TimedSearch("pcre2: titled codes", titledPattern),
         TimedSearch("scan: untitled codes (trie)") { [self] in untitled(TextView(bytes: $0)).count }]
    }

    private static func key(_ spelling: String) -> String { String(spelling.filter { $0 != " " && $0 != "\n" }) }

    func titled(_ text: TextView, match: Match) -> [Found] {
        guard let title = match.range(1), let spelled = match.range(2),
              let code = titledBySpelling[Self.key(text.string(spelled))] else { return [] }
        let marker = match.range(3).map { text.string($0) } ?? ""
        let plural = marker.hasPrefix("§§") || marker.hasPrefix("§ §") || marker.hasPrefix("Secs") || marker.hasPrefix("secs") || marker.hasSuffix("ions")
        // Without any section mark (`20 CFR 404.1567(b) and 416.967(b)`) a list is read too.
        let items = SectionList.read(text, at: match.range.upperBound, allowList: plural || marker.isEmpty)
        return items.enumerated().map { index, item in
            let citation = LawCitation(lawKind: code.isRegulation ? .regulation : .statute, code: code.code, title: text.string(title), section: item.section,
                                       subsection: item.subsection, jurisdiction: code.jurisdiction, etSeq: item.etSeq)
            let range = index == 0 ? title.lowerBound..<item.range.upperBound : item.range
            return Found(citation: citation.citation, range: range)
        }
    }

    /// Codes without a title number, tried at each capitalized word.
    func untitled(_ text: TextView) -> [Found] {
        var found: [Found] = []
        var hits: [ByteTrie.Hit] = []
        var index = 0
        let count = text.count
        let bytes = text.bytes
        while index < count {
            // To the next capital that starts a word (capitals found eight bytes at a time).
            while true {
                index = ByteSearch.firstUpper(in: bytes, from: index, before: count)
                guard index < count, index > 0, ByteClass.isAlphanumeric(bytes[index - 1]) || bytes[index - 1] == 0x2E else { break }
                index += 1
            }
            guard index < count else { break }
            hits.removeAll(keepingCapacity: true)
            untitledTrie.matches(in: text.bytes, at: index, into: &hits)
            guard let hit = hits.last else { index += 1; continue }
            let code = untitledCodes[hit.value]
            var cursor = text.skipSpaces(from: hit.end, limit: 12)
            var plural = false
            var marked = false
            if text[cursor] == 0xC2 && text[cursor + 1] == 0xA7 {
                marked = true
                cursor += 2
                if text[cursor] == 0xC2 && text[cursor + 1] == 0xA7 { cursor += 2; plural = true }
                cursor = text.skipSpaces(from: cursor, limit: 2)
            }
            let items = SectionList.read(text, at: cursor, allowList: plural)
            // Without `§`, only a section with inner punctuation (`60-513`) marks a statute.
            guard let first = items.first, cursor > hit.end || marked,
                  marked || first.section.contains(where: { $0 == "-" || $0 == "." || $0 == ":" }) else {
                index = hit.end
                continue
            }
            for (position, item) in items.enumerated() {
                let citation = LawCitation(lawKind: code.isRegulation ? .regulation : .statute, code: code.code, title: nil, section: item.section, subsection: item.subsection,
                                           jurisdiction: code.jurisdiction, etSeq: item.etSeq)
                let range = position == 0 ? index..<item.range.upperBound : item.range
                found.append(Found(citation: citation.citation, range: range))
            }
            index = items.last!.range.upperBound
        }
        return found
    }
}

extension LawCitation: CitationKind {
    var kind: String { lawKind.rawValue }
    static let precedence = 1

    /// The case of `Citation` this is: `.statute` or `.regulation`.
    var citation: Citation { lawKind == .regulation ? .regulation(self) : .statute(self) }

    var authority: Authority? {
        .law(kind: kind, code: code, title: title, section: section, jurisdiction: jurisdiction)
    }

    func encodeFields(_ json: inout JSONWriter) {
        json.field("code", code)
        json.field("title", title)
        json.field("section", section)
        json.field("subsection", subsection)
        json.field("jurisdiction", jurisdiction)
        if etSeq { json.field("et_seq", true) }
    }
}
