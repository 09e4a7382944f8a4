#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Schema

/// The few file operations the workspace needs, each with the guarantee it must give:
/// writes are atomic (a temporary file in the same directory, flushed, then renamed over the
/// target, then the directory flushed), moves are renames, and nothing is ever deleted.
public enum FileSystem {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }

    public static func createDirectory(_ path: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, message: "cannot create the directory: \(error.localizedDescription)")
        }
    }

    public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// What is at a path, without following a final symbolic link.
    public enum Kind: Sendable { case regular, directory, symbolicLink, other, missing }

    public static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Where a symbolic link points (its text, not resolved).
    public static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
    }

    /// Size and modification time (seconds since 1970) of a regular file.
    public static func status(_ path: String) -> (size: Int, modified: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec))
    }

    /// The names in a directory, sorted (byte order), without `.` and `..`.
    public static func list(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The SHA-256 of a file's bytes, read in 1 MiB chunks.
    public static func sha256(of path: String) throws(Failure) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, message: "cannot open: \(errorText())") }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, message: "read error: \(errorText())")
            }
            if n == 0 { break }
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
        return hasher.finalizeHex()
    }

    /// Writes `bytes` to `path` atomically: readers see the old file or the new one, never a
    /// half-written one, even if the process is killed or the power fails.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let directory = (path as NSString).deletingLastPathComponent
        try createDirectory(directory)
        let temporary = directory + "/.tmp-" + String(getpid()) + "-" + ((path as NSString).lastPathComponent)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: temporary, message: "cannot create: \(errorText())") }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let message = errorText()
                close(fd)
                unlink(temporary)
                throw Failure(path: temporary, message: "write error: \(message)")
            }
            written += n
        }
        guard fsync(fd) == 0 else {
            let message = errorText()
            close(fd)
            unlink(temporary)
            throw Failure(path: temporary, message: "cannot flush: \(message)")
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let message = errorText()
            unlink(temporary)
            throw Failure(path: path, message: "cannot rename into place: \(message)")
        }
        syncDirectory(directory)
    }

    public static func writeAtomically(_ text: String, to path: String) throws(Failure) {
        try writeAtomically(Array(text.utf8), to: path)
    }

    /// Moves a file by renaming it (the workspace is one file system); never overwrites.
    public static func move(_ source: String, to target: String) throws(Failure) {
        let directory = (target as NSString).deletingLastPathComponent
        try createDirectory(directory)
        guard !exists(target) else { throw Failure(path: target, message: "already exists") }
        guard rename(source, target) == 0 else { throw Failure(path: source, message: "cannot move to \(target): \(errorText())") }
        // A file keeps the permissions its sender gave it; once the engine holds it, only the
        // engine's user may read it (a link's own mode does not matter and is left).
        if kind(target) == .regular { chmod(target, 0o600) }
        syncDirectory(directory)
        syncDirectory((source as NSString).deletingLastPathComponent)
    }

    /// Appends one line to a file and flushes it to disk (the ledger).
    public static func appendLine(_ line: String, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, message: "cannot open for appending: \(errorText())") }
        defer { close(fd) }
        let bytes = Array((line + "\n").utf8)
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count else { throw Failure(path: path, message: "append failed: \(errorText())") }
        guard fsync(fd) == 0 else { throw Failure(path: path, message: "cannot flush: \(errorText())") }
    }

    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    public static func readBytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
