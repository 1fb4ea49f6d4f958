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
        let text = String(decoding: original, as: UTF8.self).lowercased()
        func restored(_ value: String) -> String {
            guard value.contains("'") else { return value }
            let curled = String(value.map { $0 == "'" ? "\u{2019}" : $0 })
            return text.contains(curled.lowercased()) ? curled : value
        }
        let restoredCaption = caption.map { caption in
            var result = Caption(court: caption.court, lowerCourt: caption.lowerCourt, docketNumbers: caption.docketNumbers,
                                 parties: caption.parties.map { Caption.Party(name: restored($0.name), role: $0.role, etAl: $0.etAl) },
                                 title: caption.title.map(restored))
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
}
