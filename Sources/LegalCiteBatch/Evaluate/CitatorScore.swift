import Foundation

/// Scoring of the citator sets (`"labels": "citator"`, `Corpus/LABELING-CITATOR.md`): each
/// labeled citation's signal, each history phrase, each ruling, for the kinds its
/// `citator_kinds` names.
///
/// - `signal`: a labeled citation is matched to the first mention whose span overlaps its anchor
///   (`556 U.S. 662` in `556 U.S. 662, 678`), an `Id.` anchor to the section mention just after
///   it (`Id. § 1988`, whose span starts at `§`); its signal against the label's. A labeled `null`
///   makes any signal found a false positive; a cite not found at all is a miss only when its
///   label has a signal.
/// - `history`: a phrase found on a mention that overlaps a labeled anchor, with the labeled
///   relation, is a hit; every other phrase found is a false positive. `history.target`: of the
///   hits, whether the cite linked overlaps the labeled target (or both are none).
/// - `ruling`: a ruling whose span overlaps a labeled disposition, with its disposition, is a
///   hit; `ruling.motion` and `ruling.docket_entry` score the hits' fields, folded for case and
///   white space.
extension Scorecard {
    mutating func scoreCitator(_ name: String, expected: [String: Any], got: [String: Any]) {
        let kinds = Set(expected["citator_kinds"] as? [String] ?? ["signal", "history", "ruling"])
        let mentions = got["citations"] as? [[String: Any]] ?? []
        let spans = mentions.map { Self.span($0["span"]) }
        func mentionOverlapping(_ span: Range<Int>?) -> Int? {
            guard let span else { return nil }
            return spans.firstIndex { $0.map { $0.overlaps(span) } ?? false }
        }
        if kinds.contains("signal") {
            for label in expected["signals"] as? [[String: Any]] ?? [] {
                let want = label["signal"] as? String
                let anchor = "\(label["anchor"] ?? "") at \(label["span"] ?? "")"
                // `Id. § 1988` is one mention of the section, its span from the `§` (the mention
                // sets' convention): an `Id.` anchor meets the mention starting just after it.
                let idAnchor = ["id.", "ibid."].contains((label["anchor"] as? String ?? "").lowercased())
                let after = Self.span(label["span"]).flatMap { anchor in
                    idAnchor ? spans.firstIndex { $0.map { (anchor.upperBound...anchor.upperBound + 3).contains($0.lowerBound) } ?? false } : nil
                }
                guard let found = mentionOverlapping(Self.span(label["span"])) ?? after else {
                    if let want { count("signal", falseNegative: 1, miss: "\(name): signal of \(anchor): expected \(want), cite not found") }
                    continue
                }
                let have = mentions[found]["signal"] as? String
                tally("\(name) at \(anchor)", "signal", want: want, have: have)
            }
        }
        if kinds.contains("history") {
            var labels = (expected["history"] as? [[String: Any]] ?? []).map { label -> (anchor: Range<Int>?, relation: String, target: Range<Int>?, used: Bool) in
                (Self.span(label["span"]), label["relation"] as? String ?? "", Self.span(label["target_span"]), false)
            }
            for (index, mention) in mentions.enumerated() {
                for entry in mention["history"] as? [[String: Any]] ?? [] {
                    let relation = entry["relation"] as? String ?? ""
                    let target = (entry["mention"] as? Int).flatMap { $0 < spans.count ? spans[$0] : nil }
                    let text = "\(relation) after \(mention["text"] ?? "")"
                    guard let span = spans[index],
                          let match = labels.indices.first(where: { !labels[$0].used && labels[$0].relation == relation && (labels[$0].anchor?.overlaps(span) ?? false) }) else {
                        count("history", falsePositive: 1, miss: "\(name): history extra \(text)")
                        continue
                    }
                    labels[match].used = true
                    count("history", truePositive: 1)
                    let right = switch (labels[match].target, target) {
                    case (nil, nil): true
                    case (let want?, let have?): want.overlaps(have)
                    default: false
                    }
                    if right { count("history.target", truePositive: 1) } else {
                        count("history.target", falsePositive: target == nil ? 0 : 1, falseNegative: labels[match].target == nil ? 0 : 1,
                              miss: "\(name): history.target of \(text) wrong")
                    }
                }
            }
            for label in labels where !label.used {
                count("history", falseNegative: 1, miss: "\(name): history missed \(label.relation) at \(label.anchor.map { "\($0)" } ?? "?")")
            }
        }
        if kinds.contains("ruling") {
            var labels = (expected["rulings"] as? [[String: Any]] ?? []).map { ($0, Self.span($0["span"]), false) }
            for ruling in got["rulings"] as? [[String: Any]] ?? [] {
                let disposition = ruling["disposition"] as? String ?? ""
                guard let span = Self.span(ruling["span"]),
                      let match = labels.indices.first(where: { !labels[$0].2 && (labels[$0].1?.overlaps(span) ?? false)
                          && labels[$0].0["disposition"] as? String == disposition }) else {
                    count("ruling", falsePositive: 1, miss: "\(name): ruling extra \(disposition) at \(ruling["span"] ?? "")")
                    continue
                }
                labels[match].2 = true
                count("ruling", truePositive: 1)
                for field in ["motion", "docket_entry"] {
                    tally("\(name) at \(ruling["span"] ?? "")", "ruling.\(field)",
                          want: labels[match].0[field].flatMap { Self.text($0, folding: true) }, have: ruling[field].flatMap { Self.text($0, folding: true) })
                }
            }
            for (label, span, used) in labels where !used {
                count("ruling", falseNegative: 1, miss: "\(name): ruling missed \(label["disposition"] ?? "") at \(span.map { "\($0)" } ?? "?")")
            }
        }
    }

    /// `[start, end]` of the JSON as a range, or nil.
    private static func span(_ value: Any?) -> Range<Int>? {
        guard let pair = value as? [Int], pair.count == 2, pair[0] <= pair[1] else { return nil }
        return pair[0]..<max(pair[1], pair[0] + 1)
    }
}
