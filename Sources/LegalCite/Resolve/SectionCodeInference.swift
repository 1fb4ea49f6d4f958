/// Gives a bare section (`§ 1983`, `Section 1915A(b)`) the code of an explicit cite of the same
/// section in the document (`42 U.S.C. § 1983` before or after it; `20 C.F.R. § 404.1520c` makes
/// a bare `Section 404.1520c(b)(2)` a regulation), and `Id. § 1988` the code of the statute or
/// regulation cited just before it (with none before, `Id.` is left the plain `Id.` it was). A bare
/// section the document never cites with its code keeps no code (null): precision first.
enum SectionCodeInference {
    /// `text`: the normalized text the finds' ranges index.
    static func place(_ found: [Found], text: [UInt8]) -> [Found] {
        guard found.contains(where: { $0.law?.isBare == true }) else { return found }
        var written: [String: LawCitation] = [:]
        for item in found {
            if let law = item.law, !law.isBare, !law.code.isEmpty, law.lawKind == .statute || law.lawKind == .regulation,
               written[law.section] == nil { written[law.section] = law }
        }
        var seen: [String: LawCitation] = [:]
        // The statute or regulation an `Id.` can stand for: the last one cited, as long as only
        // other `Id.`s came after it.
        var previous: LawCitation? = nil
        return found.compactMap { item in
            guard let foundLaw = item.law else {
                if case .id = item.citation {} else { previous = nil }
                return item
            }
            var law = foundLaw
            var range = item.range
            // `§ 1983.3 The …`: a footnote's marker after a section of a code whose sections have
            // no decimals (the document cites `42 U.S.C. § 1983`, never `§ 1983.3`).
            if case .bare = law.origin, law.subsection == nil, seen[law.section] == nil, written[law.section] == nil,
               let dot = law.section.lastIndex(of: "."), case let marker = law.section[law.section.index(after: dot)...],
               (1...2).contains(marker.count), marker.allSatisfy(\.isNumber),
               let whole = written[String(law.section[..<dot])] ?? seen[String(law.section[..<dot])], whole.code == "U.S.C.",
               // The span ends with the marker (not with a code named after it: `Section 1983.3 of
               // the Penal Code` is that code's section, and its span no place to cut).
               range.upperBound <= text.count, range.upperBound - marker.utf8.count - 1 >= range.lowerBound,
               text[(range.upperBound - marker.utf8.count - 1)..<range.upperBound].elementsEqual(("." + marker).utf8) {
                var trimmed = LawCitation(lawKind: law.lawKind, code: law.code, title: law.title, section: String(law.section[..<dot]),
                                          subsection: nil, jurisdiction: law.jurisdiction, etSeq: false)
                trimmed.origin = law.origin
                law = trimmed
                range = range.lowerBound..<(range.upperBound - marker.count - 1)
            }
            let source: LawCitation?
            switch law.origin {
            case .written:
                if !law.code.isEmpty, law.lawKind == .statute || law.lawKind == .regulation { seen[law.section] = law }
                previous = law
                return item
            case .bare: source = seen[law.section] ?? written[law.section]
            case .afterId: source = previous.flatMap { $0.code.isEmpty ? nil : $0 }
            }
            guard let source else {
                // `SPA § 12.06. … Id. § 12.10(b)`: no statute before, so `Id.` refers to something
                // else, cited by its own section; it stays the `Id.` it is (and the rest of its
                // list, `(r)(6)`, is that thing's too).
                if case .afterId(_, let first) = law.origin {
                    // (`Id.` stands where the section's find kept it, before the span's mark.)
                    let idStart = item.fullRange?.lowerBound ?? item.range.lowerBound
                    return first ? Found(citation: .id(IdCitation(pin: nil)), range: idStart..<(idStart + 3)) : nil
                }
                previous = law
                return Found(citation: law.citation, range: range)
            }
            var placed = LawCitation(lawKind: source.lawKind, code: source.code, title: source.title, section: law.section,
                                     subsection: law.subsection, jurisdiction: source.jurisdiction, etSeq: law.etSeq)
            if case .afterId(_, let first) = law.origin { placed.origin = .afterId(inferred: true, first: first) } else { placed.origin = .bare(inferred: true) }
            previous = placed
            return Found(citation: placed.citation, range: range)
        }
    }
}

extension LawCitation {
    /// Written without its code (`§ 1983`, `Id. § 1988`).
    var isBare: Bool { if case .written = origin { false } else { true } }
}

extension Found {
    /// The statute or regulation found, if that is what this is.
    var law: LawCitation? {
        switch citation {
        case .statute(let law), .regulation(let law): law
        default: nil
        }
    }
}
