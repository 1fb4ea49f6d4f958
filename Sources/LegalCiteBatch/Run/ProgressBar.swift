import Foundation

/// The live line on a terminal's standard error: documents, MB/s, a bar and the ETA once the
/// total input size is known. Redrawn at most five times a second.
final class ProgressBar {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    func draw(documents: Int, errors: Int, bytes: Int64, consumed: Int64, total: Int64?, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        var line = "\r\(Self.grouped(documents)) docs  \(Self.megabytes(bytes)) MB  \(String(format: "%.1f", Double(bytes) / seconds / 1e6)) MB/s"
        if errors > 0 { line += "  \(Self.grouped(errors)) errors" }
        if let total, total > 0 {
            let fraction = min(1, Double(consumed) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            line += "  [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
            line += String(format: " %3.0f%%", fraction * 100)
            if fraction > 0.001 && fraction < 1 {
                line += "  ETA " + Self.duration(seconds * (1 - fraction) / fraction)
            }
        }
        Self.write(line + "\u{1B}[K")
    }

    func finish() {
        guard enabled else { return }
        Self.write("\r\u{1B}[K")
    }

    /// To standard error with write(2): a full or closed terminal loses the bar, nothing more.
    private static func write(_ text: String) {
        _ = Array(text.utf8).withUnsafeBufferPointer { Foundation.write(2, $0.baseAddress!, $0.count) }
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    static func megabytes(_ bytes: Int64) -> String { String(format: "%.1f", Double(bytes) / 1e6) }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600
            ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
            : String(format: "%d:%02d", total / 60, total % 60)
    }
}
