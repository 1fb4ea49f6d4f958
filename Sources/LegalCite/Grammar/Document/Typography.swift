/// The readers read names and titles from the normalized text, where typographic apostrophes are
/// the ASCII one (`KEN’S` is read `KEN'S`). A name is given back its apostrophes as the original
/// writes them, where the original holds that name with them: a party is called what the caption
/// calls it, a judge what the signature or head calls them (`O’SCANNLAIN`).
enum Typography {
    /// The caption's parties, title and panel and the signature's judge and author with their
    /// apostrophes restored; the original is searched and lower-cased once for both.
    static func restoringApostrophes(_ caption: Caption?, _ signature: Signature?, original: [UInt8]) -> (Caption?, Signature?) {
        let straight = caption.map { caption in
            caption.parties.contains(where: { $0.name.contains("'") }) || caption.title?.contains("'") == true
                || caption.panel.contains(where: { $0.contains("'") })
        } ?? false
            || signature?.judge?.contains("'") == true || signature?.author?.contains("'") == true
        guard straight, original.withUnsafeBufferPointer({ ByteSearch.contains(Array("\u{2019}".utf8), in: $0, from: 0) }) else {
            return (caption, signature)
        }
        // Where the original curls an apostrophe: a name is looked for only around those places,
        // its letters compared in either ASCII case (no lower-cased copy of the whole document).
        let curl = Array("\u{2019}".utf8)
        var curls: [Int] = []
        original.withUnsafeBufferPointer { buffer in
            var cursor = 0
            while cursor + curl.count <= buffer.count {
                cursor = ByteSearch.first(curl[0], in: buffer, from: cursor, before: buffer.count - curl.count + 1)
                guard cursor + curl.count <= buffer.count else { break }
                if buffer[cursor + 1] == curl[1] && buffer[cursor + 2] == curl[2] { curls.append(cursor) }
                cursor += 1
            }
        }
        var lowered: String?  // the slow way, for a name with letters beyond ASCII (`Yañez`)
        func written(_ curled: String) -> Bool {
            let name = Array(curled.utf8)
            guard let at = name.firstRange(of: curl)?.lowerBound else { return false }
            if name.allSatisfy({ $0 < 0x80 || curl.contains($0) }) {
                return curls.contains { position in
                    let start = position - at
                    guard start >= 0, start + name.count <= original.count else { return false }
                    return name.indices.allSatisfy { original[start + $0] == name[$0] || (ByteClass.isLetter(name[$0]) && original[start + $0] | 0x20 == name[$0] | 0x20) }
                }
            }
            if lowered == nil { lowered = String(decoding: original, as: UTF8.self).lowercased() }
            return lowered!.contains(curled.lowercased())
        }
        func restored(_ value: String) -> String {
            guard value.contains("'") else { return value }
            let curled = String(value.map { $0 == "'" ? "\u{2019}" : $0 })
            if written(curled) { return curled }
            // A value joined from lines (a title of three lines), written neither way whole: each
            // word as the original writes it.
            guard value.contains(" "), !original.withUnsafeBufferPointer({ ByteSearch.contains(Array(value.utf8), in: $0, from: 0) }) else { return value }
            return value.split(separator: " ", omittingEmptySubsequences: false).map { word in
                guard word.contains("'") else { return String(word) }
                let curledWord = String(word.map { $0 == "'" ? "\u{2019}" : $0 })
                return written(curledWord) ? curledWord : String(word)
            }.joined(separator: " ")
        }
        let restoredCaption = caption.map { caption in
            var result = caption
            result.parties = caption.parties.map { Caption.Party(name: restored($0.name), role: $0.role, etAl: $0.etAl) }
            result.title = caption.title.map(restored)
            result.panel = caption.panel.map(restored)
            return result
        }
        let restoredSignature = signature.map { signature in
            var result = Signature(judge: signature.judge.map(restored), title: signature.title, date: signature.date, place: signature.place,
                                   author: signature.author.map(restored))
            result.position = signature.position
            return result
        }
        return (restoredCaption, restoredSignature)
    }

    /// The caption's docket numbers with their dashes as the original writes them (`No. 16–399`,
    /// the Supreme Court's en dash, is read as `16-399` from the normalized text): a number is
    /// given its original's words where they differ from it by dashes only. `original(range)`
    /// maps a range of the normalized text back to the input.
    static func restoringDashes(_ caption: Caption?, original input: [UInt8], map original: (Range<Int>) -> Range<Int>) -> Caption? {
        guard let caption, caption.docketNumbers.contains(where: { $0.text.utf8.contains(0x2D) }) else { return caption }
        var changed = false
        let numbers = caption.docketNumbers.map { number -> Caption.DocketNumber in
            let range = original(number.span.start..<number.span.end)
            guard number.text.utf8.contains(0x2D), range.lowerBound >= 0, range.upperBound <= input.count, range.count <= 4 * number.text.utf8.count + 8 else { return number }
            let words = input[range].split(whereSeparator: ByteClass.isSpace).map { String(decoding: $0, as: UTF8.self) }
            let written = words.joined(separator: " ").trimmedASCII(" .,")
            guard written != number.text, written.contains(where: UnicodeFolding.isDash),
                  String(written.map { UnicodeFolding.isDash($0) ? "-" : $0 }) == number.text else { return number }
            changed = true
            return Caption.DocketNumber(text: written, normalized: number.normalized, office: number.office, year: number.year, type: number.type,
                                        sequence: number.sequence, judges: number.judges, span: number.span)
        }
        guard changed else { return caption }
        var result = caption
        result.docketNumbers = numbers
        return result
    }
}
