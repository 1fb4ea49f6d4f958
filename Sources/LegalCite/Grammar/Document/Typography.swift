/// The readers read names and titles from the normalized text, where typographic apostrophes are
/// the ASCII one (`KEN’S` is read `KEN'S`). A name is given back its apostrophes as the original
/// writes them, where the original holds that name with them: a party is called what the caption
/// calls it.
enum Typography {
    static func restoringApostrophes(_ caption: Caption, original: [UInt8]) -> Caption {
        guard caption.parties.contains(where: { $0.name.contains("'") }) || caption.title?.contains("'") == true
                || caption.panel.contains(where: { $0.contains("'") }),
              original.withUnsafeBufferPointer({ ByteSearch.contains(Array("\u{2019}".utf8), in: $0, from: 0) }) else { return caption }
        let text = String(decoding: original, as: UTF8.self).lowercased()
        func restored(_ value: String) -> String {
            guard value.contains("'") else { return value }
            let curled = String(value.map { $0 == "'" ? "\u{2019}" : $0 })
            return text.contains(curled.lowercased()) ? curled : value
        }
        var result = Caption(court: caption.court, lowerCourt: caption.lowerCourt, docketNumbers: caption.docketNumbers,
                             parties: caption.parties.map { Caption.Party(name: restored($0.name), role: $0.role, etAl: $0.etAl) },
                             title: caption.title.map(restored))
        result.panel = caption.panel.map(restored)
        return result
    }

    /// The judges' names of the signature, as the original writes them (`O’SCANNLAIN`).
    static func restoringApostrophes(_ signature: Signature, original: [UInt8]) -> Signature {
        guard signature.judge?.contains("'") == true || signature.author?.contains("'") == true,
              original.withUnsafeBufferPointer({ ByteSearch.contains(Array("\u{2019}".utf8), in: $0, from: 0) }) else { return signature }
        let text = String(decoding: original, as: UTF8.self).lowercased()
        func restored(_ value: String) -> String {
            guard value.contains("'") else { return value }
            let curled = String(value.map { $0 == "'" ? "\u{2019}" : $0 })
            return text.contains(curled.lowercased()) ? curled : value
        }
        var result = Signature(judge: signature.judge.map(restored), title: signature.title, date: signature.date, place: signature.place,
                               author: signature.author.map(restored))
        result.position = signature.position
        return result
    }
}
