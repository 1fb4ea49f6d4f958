/// The text the scanners read: UTF-8 bytes after normalization, with the map back to the input.
///
/// Normalization does what citation grammar needs and nothing more: curly quotes become straight,
/// dashes become `-`, exotic spaces become ` `, soft hyphens and zero-width characters vanish,
/// `\r\n` becomes `\n`, words hyphenated across a line break are joined, pleading-paper line
/// numbers are dropped, Markdown emphasis markers (`*Iqbal*`) are dropped, and in HTML tags are
/// dropped (block tags become line breaks) and entities decoded.
struct NormalizedText: Sendable {
    let bytes: [UInt8]
    let map: OffsetMap

    var count: Int { bytes.count }
}
