import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where tests write their files: one folder per test process under the system's temporary
/// directory, removed when the process exits, so that a run of the suite leaves nothing behind.
public enum Scratch {
    /// `legalcite-tests-<pid>`, made on first use.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("legalcite-tests-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { Scratch.removeRoot() }
        return url
    }()

    /// A fresh empty folder named `prefix-<uuid>` inside the root.
    public static func folder(_ prefix: String) throws -> URL {
        let url = path(prefix)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh name `prefix-<uuid><suffix>` inside the root, not created.
    public static func path(_ prefix: String, suffix: String = "") -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }

    /// Tests make files and folders read-only to check refusals; those are made writable again
    /// first, or their removal would fail.
    static func removeRoot() {
        let manager = FileManager.default
        _ = chmod(root.path, 0o755)
        if let walk = manager.enumerator(atPath: root.path) {
            for case let relative as String in walk {
                _ = chmod(root.appendingPathComponent(relative).path, 0o755)
            }
        }
        try? manager.removeItem(at: root)
    }
}
