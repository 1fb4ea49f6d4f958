/// The readers read names and titles from the normalized text, where typographic apostrophes are
/// the ASCII one (`KEN’S` is read `KEN'S`). A name is given back its apostrophes as the original
/// writes them, where the original holds that name with them: a party is called what the caption
/// calls it.
enum Typography {
    static func restoringApostrophes(_ caption: Caption, original: [UInt8]) -> Caption {
        guard caption.parties.contains(where: { $0.name.contains("'") }) || caption.title?.contains("'") == true,
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
        result.panel = caption.panel
        return result
    }
}
