#if canImport(Glibc)
import Glibc
#endif

/// Where a command writes: standard output (only what was asked for) and standard error
/// (diagnostics, logs, progress). Tests capture both in memory.
final class OutputStream {
    private let fd: Int32?
    private var buffer: [UInt8] = []
    /// Everything written, when capturing (tests).
    private(set) var captured = ""

    /// A stream that writes to a file descriptor (1 or 2), buffered.
    init(fd: Int32) { self.fd = fd; buffer.reserveCapacity(1 << 16) }
    /// A stream that keeps what is written (tests).
    init() { self.fd = nil }

    /// True when the stream is a terminal (progress lines are shown only then).
    var isTerminal: Bool { fd.map { isatty($0) == 1 } ?? false }

    func write(_ text: String) {
        guard fd != nil else { captured += text; return }
        buffer.append(contentsOf: text.utf8)
        // Standard error is for diagnostics: written at once, so logs interleave correctly.
        if buffer.count >= 1 << 16 || fd == 2 { flush() }
    }

    func line(_ text: String) { write(text + "\n") }

    /// Writes buffered bytes out, looping on short writes and EINTR.
    func flush() {
        guard let fd, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                guard let base = raw.baseAddress else { return }
                let n = Glibc.write(fd, base + done, raw.count - done)
                if n < 0 { if errno == EINTR { continue } else { return } }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
