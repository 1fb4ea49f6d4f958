/// The Northern District of Illinois's docket references by `R.` (for "record entry"): `(R. 86,
/// 87.)`, `(R. 44, Second Am. Compl., ¶ 5.)`, `(R. 97, Defs.' Response, 1, 14.)`. Elsewhere `(R.
/// 86)` is a page of a record (an appeal's, or the administrative record a district court reviews
/// in a Social Security case), so the letter counts only once the document is known: a federal
/// district court's (by its caption's court, or, with no court read, by a civil or criminal
/// docket number) that reviews no record made elsewhere (no Social Security, administrative,
/// habeas or appeal record, no bankruptcy court below). Read after the document's structure,
/// and only where no other citation holds the bytes.
enum RecordLetterDocketEntries {
    /// `R.` opening a parenthesis or bracket, or after `; `, with the entry's number right after.
    static let pattern = DocketEntryRecognizer.pattern(designators: #"(?<=[(\[]|; )R\.(?=\s?\d)"#)

    /// Words of a document that reviews a record made elsewhere, whose `R.` is that record's
    /// (lower case: compared without case).
    private static let recordReviews: [StaticString] = ["social security", "administrative record", "habeas", "record on appeal", "bankruptcy court"]

    static func applies(court: CourtTable.Court?, docketTypes: [String?]) -> Bool {
        if let court { return court.isFederalDistrict && !court.name.contains("Bankruptcy") }
        return docketTypes.contains { ["cv", "civ", "cr", "c"].contains($0 ?? "") }
    }

    static func place(_ found: [Found], text: TextView, search: Pattern) -> [Found] {
        var added: [Found] = []
        search.forEachMatch(in: text.bytes, from: 0) { match in
            // `(R. 12-3 at 4)` of a record's page and line is no entry: a number and `:` never is.
            for item in DocketEntryRecognizer.entries(text, match: match)
            where !found.contains(where: { $0.range.overlaps(item.range) }) && !added.contains(where: { $0.range.overlaps(item.range) }) {
                added.append(item)
            }
        }
        // The document's words are read only where an `R.` entry stands (most documents have none).
        let whole = 0..<text.count
        guard !added.isEmpty, !recordReviews.contains(where: { text.containsCaseless($0, in: whole) }) else { return found }
        return (found + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
