import CArchive
import Foundation
import LegalCiteTestSupport
@testable import LegalCiteBatch

/// Test inputs written on the fly: folders, archives (through libarchive's writer) and a runner
/// that returns the output records.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func corpus(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent("Corpus/\(name)")))
    }

    static let order = Array("""
        UNITED STATES DISTRICT COURT
        DISTRICT OF KANSAS

        See Ashcroft v. Iqbal, 556 U.S. 662, 678, 129 S. Ct. 1937 (2009); Fed. R. Civ. P. 26(f); \
        42 U.S.C. § 1983. Id. at 680. (ECF No. 21.)

        """.utf8)

    /// A fresh empty folder.
    static func folder() throws -> URL {
        let url = Scratch.path("batch")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ bytes: [UInt8], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    enum Member {
        case file(String, [UInt8])
        case directory(String)
        case symlink(String, to: String)
        /// A file whose name is bytes, not necessarily UTF-8.
        case rawFile([UInt8], [UInt8])
    }

    /// `zipUTF8`: names flagged as UTF-8 (general purpose bit 11), as Python, Java and Windows write them.
    enum Format { case zip, zipUTF8, tar, tarGzip, gzip }

    /// Writes an archive with libarchive's writer.
    static func archive(_ members: [Member], format: Format, to url: URL) throws {
        let writer = archive_write_new()!
        defer { archive_write_free(writer) }
        // A UTF-8 zip's writer reads names in the locale's charset: UTF-8, for this thread.
        let utf8 = format == .zipUTF8 ? newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) : nil
        let previous = utf8.map { uselocale($0) }
        defer {
            if let previous { uselocale(previous) }
            if let utf8 { freelocale(utf8) }
        }
        switch format {
        case .zip: archive_write_set_format_zip(writer)
        case .zipUTF8:
            archive_write_set_format_zip(writer)
            archive_write_set_format_option(writer, "zip", "hdrcharset", "UTF-8")
        case .tar: archive_write_set_format_pax_restricted(writer)
        case .tarGzip:
            archive_write_set_format_pax_restricted(writer)
            archive_write_add_filter_gzip(writer)
        case .gzip:
            archive_write_set_format_raw(writer)
            archive_write_add_filter_gzip(writer)
        }
        guard archive_write_open_filename(writer, url.path) == ARCHIVE_OK else {
            throw ArchiveFixtureError(message: String(cString: archive_error_string(writer)))
        }
        func writeFile(_ name: [UInt8], _ bytes: [UInt8], _ entry: OpaquePointer) {
            (name.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { archive_entry_copy_pathname(entry, $0.baseAddress!) }
            archive_entry_set_filetype(entry, 0o100000)
            archive_entry_set_perm(entry, 0o644)
            archive_entry_set_size(entry, Int64(bytes.count))
            archive_write_header(writer, entry)
            var offset = 0
            while offset < bytes.count {
                let count = min(1 << 20, bytes.count - offset)
                _ = bytes.withUnsafeBytes { archive_write_data(writer, $0.baseAddress! + offset, count) }
                offset += count
            }
        }
        for member in members {
            let entry = archive_entry_new()!
            defer { archive_entry_free(entry) }
            switch member {
            case .file(let name, let bytes):
                writeFile(Array(name.utf8), bytes, entry)
            case .rawFile(let name, let bytes):
                writeFile(name, bytes, entry)
            case .directory(let name):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, 0o040000)
                archive_entry_set_perm(entry, 0o755)
                archive_write_header(writer, entry)
            case .symlink(let name, let target):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, 0o120000)
                archive_entry_set_symlink(entry, target)
                archive_entry_set_perm(entry, 0o777)
                archive_write_header(writer, entry)
            }
        }
        archive_write_close(writer)
    }

    struct ArchiveFixtureError: Error { let message: String }

    /// Cuts a file to `fraction` of its length.
    static func truncate(_ url: URL, to fraction: Double) throws {
        let data = try Data(contentsOf: url)
        try data.prefix(Int(Double(data.count) * fraction)).write(to: url)
    }

    /// Runs a batch to an output file in a fresh folder; returns the records and the summary.
    static func run(_ inputs: [String], jobs: Int = 2, index: Bool = false, resume: Bool = false, output: URL? = nil,
                    limits: InputLimits = InputLimits()) throws -> (records: [[String: Any]], summary: BatchRunner.Summary, output: URL) {
        let out = try output ?? folder().appendingPathComponent("out.jsonl")
        let options = BatchRunner.Options(inputs: inputs, output: out.path, index: index ? out.deletingPathExtension().path + ".sqlite" : nil,
                                          jobs: jobs, resume: resume, limits: limits)
        let summary = try BatchRunner(options: options).run()
        return (try records(out), summary, out)
    }

    static func records(_ url: URL) throws -> [[String: Any]] {
        try String(decoding: Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    var name: String? { (self["source"] as? [String: Any])?["name"] as? String }
    var error: String? { self["error"] as? String }
    var citationCount: Int? { (self["citations"] as? [Any])?.count }
}
