/// ASCII byte classes used by every scanner. Bytes of multi-byte characters are never letters.
enum ByteClass {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
    @inline(__always) static func isHorizontalSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    /// `( ) ; : " [ ]`: punctuation that no name runs across (a case name, a filing's name).
    @inline(__always) static func isNameBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x3B, 0x3A, 0x22, 0x5B, 0x5D: true
        default: false
        }
    }
}
