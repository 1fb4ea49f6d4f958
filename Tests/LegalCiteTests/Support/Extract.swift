import LegalCite

/// One extractor for the whole test run: building it compiles the patterns and tables.
let sharedExtractor: Extractor = {
    do { return try Extractor() } catch { fatalError("cannot build the extractor: \(error)") }
}()

/// Extracts `text` and returns the document; failures of input are test failures.
func extract(_ text: String, format: TextFormat = .auto) -> ExtractedDocument {
    do {
        return try sharedExtractor.extract(Array(text.utf8), name: "test", options: .init(format: format))
    } catch {
        fatalError("extraction refused test input: \(error)")
    }
}

/// The mentions of `text` as (kind, text as sliced from the original) pairs.
func mentionTexts(_ text: String, format: TextFormat = .auto) -> [String] {
    let document = extract(text, format: format)
    return document.mentions.map { "\($0.citation.kind): \(document.text(of: $0.span))" }
}

/// The mentions of one kind in `text`.
func mentions(_ text: String, kind: String) -> [(mention: Mention, text: String)] {
    let document = extract(text)
    return document.mentions.filter { $0.citation.kind == kind }.map { ($0, document.text(of: $0.span)) }
}

extension Mention {
    var caseCitation: CaseCitation? { if case .fullCase(let value) = citation { value } else { nil } }
    var shortCitation: ShortCaseCitation? { if case .shortCase(let value) = citation { value } else { nil } }
    var rule: RuleCitation? { if case .rule(let value) = citation { value } else { nil } }
    var law: LawCitation? {
        switch citation {
        case .statute(let value), .regulation(let value): value
        default: nil
        }
    }
    var docketEntry: DocketEntryCitation? { if case .docketEntry(let value) = citation { value } else { nil } }
    var constitution: ConstitutionCitation? { if case .constitution(let value) = citation { value } else { nil } }
    var id: IdCitation? { if case .id(let value) = citation { value } else { nil } }
    var supra: SupraCitation? { if case .supra(let value) = citation { value } else { nil } }
}
