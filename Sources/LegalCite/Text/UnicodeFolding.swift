/// Which characters normalization rewrites, and into what. Nil: keep the character.
enum UnicodeFolding {
    static func replacement(for scalar: UInt32) -> [UInt8]? {
        switch scalar {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: [0x20]
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: []
        case 0x2018...0x201B, 0x2032, 0x02BC: [0x27]
        case 0x201C...0x201F, 0x2033: [0x22]
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: [0x2D]
        case 0x2026: [0x2E, 0x2E, 0x2E]
        case 0x2028, 0x2029, 0x85: [0x0A]
        case 0xFB00: Array("ff".utf8)
        case 0xFB01: Array("fi".utf8)
        case 0xFB02: Array("fl".utf8)
        case 0xFB03: Array("ffi".utf8)
        case 0xFB04: Array("ffl".utf8)
        default: nil
        }
    }

    /// A dash normalization reads as `-` (hyphens, en and em dashes, the minus sign): one set for
    /// every reader that gives values back their dashes or folds them for identity.
    static func isDash(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, scalar.value >= 0x2010 else { return false }
        return replacement(for: scalar.value) == [0x2D]
    }
}
