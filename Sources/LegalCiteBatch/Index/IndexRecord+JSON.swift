import Foundation
import LegalCite

/// Index rows read back from a result line (`legalcite.document/1` or `legalcite.error/1`), for
/// loading what `extract --jsonl` wrote elsewhere (a Spark job, GNU parallel shards). The rows
/// are the ones a batch run makes, except that the result holds no text around a mention, so
/// `context` is the mention's own text.
extension IndexRecord {
    struct DecodeFailure: Error, CustomStringConvertible {
        let description: String
    }

    init(resultLine line: [UInt8]) throws {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            throw DecodeFailure(description: "not a JSON object")
        }
        let source = object["source"] as? [String: Any] ?? [:]
        let name = source["name"] as? String ?? ""
        switch object["schema"] as? String {
        case DocumentEncoder.errorSchema:
            self.init(failedDocument: name, bytes: source["bytes"] as? Int, reason: object["error"] as? String ?? "")
            return
        case DocumentEncoder.schema:
            break
        default:
            throw DecodeFailure(description: "not a legalcite record (no \"schema\": \"\(DocumentEncoder.schema)\")")
        }
        let caption = object["caption"] as? [String: Any]
        let court = caption?["court"] as? [String: Any]
        let signature = object["signature"] as? [String: Any]
        let dockets = caption?["docket_numbers"] as? [String] ?? []
        let parties = (caption?["parties"] as? [[String: Any]] ?? []).compactMap { party in
            (party["name"] as? String).map { "\($0) (\(party["role"] as? String ?? "party"))" }
        }
        let topDate = (object["date"] as? [String: Any])?["date"] as? String
        var document = Document(
            name: name, bytes: source["bytes"] as? Int, sha256: source["sha256"] as? String,
            court: court?["id"] as? String, courtName: court?["name"] as? String, date: topDate ?? signature?["date"] as? String,
            judge: signature?["judge"] as? String, title: caption?["title"] as? String,
            dockets: dockets.isEmpty ? nil : dockets.joined(separator: "; "),
            parties: parties.isEmpty ? nil : parties.joined(separator: "; "))
        // The key is computed again from the number and the court, so that results written by
        // an older legalcite (no `key`) load alike.
        let courtID = court?["id"] as? String
        document.docketList = (caption?["dockets"] as? [[String: Any]])?.compactMap { docket in
            guard let text = docket["text"] as? String else { return nil }
            return (text, DocketKey(reading: text, court: courtID))
        } ?? dockets.map { ($0, DocketKey(reading: $0, court: courtID)) }
        document.judges = [signature?["judge"] as? String, signature?["author"] as? String].compactMap { $0 }
            + (caption?["panel"] as? [String] ?? [])
        document.partyList = (caption?["parties"] as? [[String: Any]] ?? []).compactMap { party in
            (party["name"] as? String).map { ($0, party["role"] as? String) }
        }
        let authorities = try (object["authorities"] as? [[String: Any]] ?? []).map { Self.describe(try Self.authority($0)) }
        let mentions = (object["citations"] as? [[String: Any]] ?? []).map { mention in
            let span = mention["span"] as? [Int] ?? [0, 0]
            let text = mention["text"] as? String ?? ""
            var row = Mention(kind: mention["kind"] as? String ?? "", text: text, start: span.first ?? 0, end: span.last ?? 0,
                              pin: mention["pin"] as? String,
                              subdivision: mention["kind"] as? String == "rule" ? mention["subdivision"] as? String : nil, footnote: mention["footnote"] as? String,
                              authority: (mention["authority"] as? Int).flatMap { $0 < authorities.count ? $0 : nil }, context: text)
            row.signal = mention["signal"] as? String
            row.history = (mention["history"] as? [[String: Any]] ?? []).map {
                History(relation: $0["relation"] as? String ?? "other", text: $0["text"] as? String ?? "", target: $0["mention"] as? Int)
            }
            return row
        }
        document.rulings = (object["rulings"] as? [[String: Any]] ?? []).compactMap { ruling in
            guard let disposition = ruling["disposition"] as? String, let span = ruling["span"] as? [Int], span.count == 2 else { return nil }
            return Ruling(motion: ruling["motion"] as? String, docketEntry: ruling["docket_entry"] as? String, disposition: disposition,
                          start: span[0], end: span[1])
        }
        self.init(document: document, authorities: authorities, mentions: mentions)
    }

    private static func authority(_ object: [String: Any]) throws -> LegalCite.Authority {
        func text(_ key: String) -> String? { object[key] as? String }
        switch text("kind") {
        case "case":
            return .caseLaw(name: text("name"), cites: object["cites"] as? [String] ?? [], year: object["year"] as? Int, court: text("court"))
        case let kind? where LawKind(rawValue: kind) != nil:
            return .law(kind: kind, code: text("code") ?? "", title: text("title"), section: text("section") ?? "", jurisdiction: text("jurisdiction"))
        case "rule":
            // A result line writes the court's id alone, not the court as written.
            return .rule(ruleSet: text("rule_set").flatMap(RuleSet.init(rawValue:)), rule: text("rule") ?? "", court: text("court"),
                         courtAsWritten: nil)
        case "docket_entry":
            return .docketEntry(number: text("number") ?? "", attachment: text("attachment"), description: text("description"))
        case "constitution":
            return .constitution(jurisdiction: text("jurisdiction") ?? "", article: text("article"), amendment: text("amendment"), section: text("section"))
        case "journal":
            return .journal(cite: text("cite") ?? "", year: object["year"] as? Int)
        case "record":
            guard let document = text("document").flatMap(RecordDocument.init(rawValue:)) else {
                throw DecodeFailure(description: "unknown record document \(text("document") ?? "nil")")
            }
            return .record(document: document, label: text("label"))
        default:
            throw DecodeFailure(description: "unknown authority kind \(text("kind") ?? "nil")")
        }
    }
}
