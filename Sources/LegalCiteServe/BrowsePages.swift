import Foundation
import LegalCiteBatch

/// The pages over the index: home, search, documents, most cited, one authority, one document.
extension CiteServer {
    /// At most this many rows on a page.
    static let pageRows = 200

    func home() throws -> String {
        let overview = try browser.overview()
        var context: [String: Any] = [
            "documents": overview.documents, "mentions": overview.mentions, "authorities": overview.authorities,
            "max_upload": Self.bytesText(configuration.maxUploadBytes),
            "courts": overview.courts.map { ["court": $0.court, "documents": $0.documents] },
        ]
        if overview.errors > 0 { context["errors"] = overview.errors }
        if !overview.courts.isEmpty { context["has_courts"] = true }
        if let first = overview.firstDate, let last = overview.lastDate { context["first_date"] = first; context["last_date"] = last }
        return pages.render("home", title: "Annotate and browse", context)
    }

    /// The search parameters echoed into the form (`q_cite`, …), and the court and date range
    /// checked: a malformed date or a court id that is no id is 400.
    private func searchTerms(_ query: FormData, _ names: [String]) throws -> (terms: [String: String], context: [String: Any]) {
        var terms: [String: String] = [:]
        var context: [String: Any] = [:]
        for name in names {
            guard let value = try textField(query, name) else { continue }
            guard value.count <= 500 else { throw PageError.badRequest("the parameter \(name) is longer than 500 characters") }
            terms[name] = value
            context["q_\(name)"] = value
        }
        if let from = terms["from"], IndexBrowser.dateBound(from, end: false) == nil {
            throw PageError.badRequest("from: not a date: \(from) (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let to = terms["to"], IndexBrowser.dateBound(to, end: true) == nil {
            throw PageError.badRequest("to: not a date: \(to) (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let court = terms["court"], !court.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
            throw PageError.badRequest("court: not a courts-db id: \(court) (ksd, nysd, ca10)")
        }
        return (terms, context)
    }

    func search(_ query: FormData) throws -> String {
        let subjects = ["cite", "case", "rule", "statute"]
        let filters = ["docket", "judge", "party", "court", "from", "to"]
        let (terms, initial) = try searchTerms(query, subjects + filters)
        var context = initial
        let chosen = subjects.filter { terms[$0] != nil }
        guard chosen.count <= 1 else { throw PageError.badRequest("search for one of cite, case name, rule and statute at a time") }
        guard !terms.isEmpty else { return pages.render("search", title: "Search", context) }
        context["searched"] = true
        let filter = IndexBrowser.DocumentFilter(
            docket: terms["docket"], judge: terms["judge"], party: terms["party"], court: terms["court"],
            from: terms["from"].flatMap { IndexBrowser.dateBound($0, end: false) }, to: terms["to"].flatMap { IndexBrowser.dateBound($0, end: true) })
        context["limit"] = Self.pageRows
        if let subjectName = chosen.first, let text = terms[subjectName] {
            let subject: IndexBrowser.Subject =
                switch subjectName {
                case "cite": .cite(text)
                case "case": .caseName(text)
                case "rule": .rule(text)
                default: .statute(text)
                }
            let rows = try browser.mentions(of: subject, filter, limit: Self.pageRows + 1)
            var groups: [[String: Any]] = []
            for (row, sentence) in rows.prefix(Self.pageRows) {
                let doc = row["doc"]?.text ?? ""
                var hit = Self.sentenceContext(sentence)
                hit["kind"] = (row["kind"]?.text ?? "").replacingOccurrences(of: "_", with: " ")
                hit["authority"] = row["authority_label"]?.text ?? ""
                if let pin = row["pin"]?.text { hit["pin"] = pin }
                if let id = row["authority"]?.text { hit["authority_id"] = id }
                if var last = groups.last, last["doc"] as? String == doc {
                    last["hits"] = (last["hits"] as? [[String: Any]] ?? []) + [hit]
                    groups[groups.count - 1] = last
                } else {
                    var group: [String: Any] = ["doc": doc, "name": row["name"]?.text ?? "", "hits": [hit]]
                    for key in ["court", "date", "title"] { if let value = row[key]?.text { group[key] = value } }
                    groups.append(group)
                }
            }
            let shown = min(rows.count, Self.pageRows)
            context["result_title"] = rows.count > Self.pageRows
                ? "More than \(Self.pageRows) citations"
                : "\(shown) citation\(shown == 1 ? "" : "s") in \(groups.count) document\(groups.count == 1 ? "" : "s")"
            if rows.count > Self.pageRows { context["truncated"] = true }
            if groups.isEmpty { context["no_results"] = true } else { context["has_groups"] = true; context["groups"] = groups }
        } else {
            let documents = try browser.documents(filter, limit: Self.pageRows + 1)
            context.merge(documentRows(documents)) { $1 }
            context["result_title"] = documents.count > Self.pageRows ? "More than \(Self.pageRows) documents" : "\(documents.count) document\(documents.count == 1 ? "" : "s")"
        }
        return pages.render("search", title: "Search", context)
    }

    func documents(_ query: FormData) throws -> String {
        let (terms, initial) = try searchTerms(query, ["court", "from", "to"])
        var context = initial
        let filter = IndexBrowser.DocumentFilter(
            court: terms["court"], from: terms["from"].flatMap { IndexBrowser.dateBound($0, end: false) },
            to: terms["to"].flatMap { IndexBrowser.dateBound($0, end: true) })
        context.merge(documentRows(try browser.documents(filter, limit: Self.pageRows + 1))) { $1 }
        context["limit"] = Self.pageRows
        return pages.render("documents", title: "Documents", context)
    }

    /// Rows of the documents table, at most `pageRows`, and whether more were found.
    private func documentRows(_ rows: [ReadOnlyConnection.Row]) -> [String: Any] {
        var context: [String: Any] = [:]
        if rows.count > Self.pageRows { context["truncated"] = true }
        let shown = rows.prefix(Self.pageRows).map { row -> [String: Any] in
            var entry: [String: Any] = [:]
            for key in ["doc", "name", "court", "date", "title", "judge", "dockets", "mentions", "error"] {
                if let value = row[key]?.text { entry[key] = value }
            }
            return entry
        }
        if shown.isEmpty { context["no_results"] = true } else { context["has_documents"] = true; context["documents"] = shown }
        return context
    }

    func authorities(_ query: FormData) throws -> String {
        let (terms, initial) = try searchTerms(query, ["kind", "court", "from", "to", "limit"])
        var context = initial
        if let kind = terms["kind"], !IndexBrowser.kinds.contains(kind) {
            throw PageError.badRequest("kind must be one of \(IndexBrowser.kinds.joined(separator: ", ")), not \(kind)")
        }
        var limit = 100
        if let text = terms["limit"] {
            guard let number = Int(text), (1...1000).contains(number) else { throw PageError.badRequest("limit must be a number from 1 to 1000") }
            limit = number
        }
        let rows = try browser.top(kind: terms["kind"], court: terms["court"],
                                   from: terms["from"].flatMap { IndexBrowser.dateBound($0, end: false) },
                                   to: terms["to"].flatMap { IndexBrowser.dateBound($0, end: true) }, limit: limit)
        let most = max(1, rows.first?["documents"]?.integer ?? 1)
        context["kinds"] = IndexBrowser.kinds.map { ["value": $0, "label": $0.replacingOccurrences(of: "_", with: " "), "selected": $0 == terms["kind"]] }
        context["rows"] = rows.enumerated().map { rank, row -> [String: Any] in
            let documents = row["documents"]?.integer ?? 0
            return ["rank": rank + 1, "authority": row["authority"]?.text ?? "", "label": row["label"]?.text ?? "",
                    "kind": row["kind"]?.text ?? "", "documents": documents, "mentions": row["mentions"]?.integer ?? 0,
                    "bar": Int(documents * 100 / most)]
        }
        if rows.isEmpty { context["no_results"] = true } else { context["has_rows"] = true }
        return pages.render("authorities", title: "Most cited", context)
    }

    func authority(_ id: Int64, _ query: FormData) throws -> String {
        guard let row = try browser.authority(id) else { throw PageError.notFound("The index has no authority \(id).") }
        var offset = 0
        if let text = try textField(query, "offset") {
            guard let number = Int(text), number >= 0, number < Int(Int32.max) else { throw PageError.badRequest("offset must be a number, 0 or more") }
            offset = number
        }
        let total = Int(row["mentions"]?.integer ?? 0)
        // Prefixed: a document's fields inside the page's sections must not fall back on these.
        var context: [String: Any] = ["a_mentions": total, "a_documents": row["documents"]?.integer ?? 0]
        for key in ["label", "kind", "key", "cites", "year", "court"] { if let value = row[key]?.text { context["a_\(key)"] = value } }
        let citing = try browser.citing(id, limit: Self.pageRows, offset: offset)
        var groups: [[String: Any]] = []
        for (mention, sentence) in citing {
            var hit = Self.sentenceContext(sentence)
            if let pin = mention["pin"]?.text { hit["pin"] = pin }
            if let footnote = mention["footnote"]?.text { hit["footnote"] = footnote }
            let doc = mention["doc"]?.text ?? ""
            if var last = groups.last, last["doc"] as? String == doc {
                last["hits"] = (last["hits"] as? [[String: Any]] ?? []) + [hit]
                groups[groups.count - 1] = last
            } else {
                var group: [String: Any] = ["doc": doc, "name": mention["name"]?.text ?? "", "hits": [hit]]
                for key in ["court", "date", "title"] { if let value = mention[key]?.text { group[key] = value } }
                groups.append(group)
            }
        }
        context["groups"] = groups
        if offset > 0 || offset + citing.count < total {
            context["truncated"] = true
            context["first"] = offset + 1
            context["last"] = offset + citing.count
            if offset + citing.count < total { context["next"] = "/authority/\(id)?offset=\(offset + citing.count)" }
        }
        return pages.render("authority", title: row["label"]?.text ?? "Authority", context)
    }

    func document(_ doc: Int64) throws -> String {
        guard let row = try browser.document(doc) else { throw PageError.notFound("The index has no document \(doc).") }
        var context: [String: Any] = [:]
        for key in ["name", "bytes", "court", "court_name", "date", "judge", "title", "dockets", "parties", "error"] {
            if let value = row[key]?.text { context[key] = value }
        }
        if let judge = row["judge"]?.text { context["judge_query"] = Self.queryEscaped(judge) }
        let mentions = try browser.mentions(of: doc)
        context["mention_count"] = mentions.count
        context["rows"] = mentions.enumerated().map { index, item -> [String: Any] in
            let mention = item.row
            var entry = Self.sentenceContext(item.sentence)
            entry["n"] = index + 1
            for key in ["kind", "text", "authority", "authority_label", "target"] {
                if let value = mention[key]?.text { entry[key] = key == "kind" ? value.replacingOccurrences(of: "_", with: " ") : value }
            }
            return entry
        }
        if mentions.isEmpty { context["no_results"] = true } else { context["has_rows"] = true }
        return pages.render("document", title: row["title"]?.text ?? row["name"]?.text ?? "Document", context)
    }

    /// A value for a link's query string: everything but unreserved characters %-escaped.
    static func queryEscaped(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || "-._~".utf8.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// A sentence for the `sentence` partial.
    static func sentenceContext(_ sentence: Sentence) -> [String: Any] {
        ["before": sentence.before, "mention": sentence.mention, "after": sentence.after,
         "cut_before": sentence.cutBefore, "cut_after": sentence.cutAfter]
    }

    static func bytesText(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}
