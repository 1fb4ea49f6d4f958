#if canImport(Glibc)
@preconcurrency import Glibc  // stdout, as swift-argument-parser reads stderr
#endif
import Foundation
import LegalCiteBatch

/// The process's standard streams, made safe before any work and checked at exit, so that a
/// failed write is one line and exit 74, never a crash (Foundation's `FileHandle.write` traps on
/// a full or closed descriptor).
enum StandardStreams {
    /// A closed standard descriptor is opened on /dev/null, so that no file the run opens takes
    /// its number (with `2>&-`, the output file would otherwise become descriptor 2 and receive
    /// the summary line). Standard input and error are then empty and discarded; standard output
    /// is opened read-only, so that writing to it still fails and is reported. At exit, what
    /// `print` left in stdio's buffer (eval, --help) is flushed, and a failure is exit 74.
    static func prepare() {
        for descriptor: Int32 in [0, 1, 2] where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            let opened = open("/dev/null", descriptor == 2 ? O_WRONLY : O_RDONLY)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        atexit {
            // A reader that closed the pipe (`| head`) is no failure, as in OutputStream.
            if (fflush(stdout) != 0 || ferror(stdout) != 0) && errno != EPIPE {
                StandardStreams.report("legalcite: standard output: write failed (\(String(cString: strerror(errno))))")
                _exit(ExitStatus.ioError)
            }
        }
    }

    /// One line on standard error, written with write(2); a closed or full standard error loses
    /// the line but never stops the process. What the line quotes of documents, names or
    /// arguments is shown with terminal controls escaped (`TerminalText`), a line break too.
    static func report(_ line: String) {
        let bytes = Array((TerminalText.escaped(line) + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { Foundation.write(2, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
