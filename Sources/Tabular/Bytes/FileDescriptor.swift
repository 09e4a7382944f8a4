#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open, read-only file descriptor that closes itself.
///
/// Non-copyable so that exactly one owner closes it; readers hold one for the duration of a
/// read and never share it between tasks.
public struct FileDescriptor: ~Copyable {
    public let rawValue: Int32
    /// The path it was opened from, for error messages.
    public let path: String

    /// Opens `path` for reading. Refuses directories, devices and sockets.
    ///
    /// - Throws: ``ReadError`` of kind `cannotOpen` or `notARegularFile`.
    public init(readingFrom path: String) throws(ReadError) {
        var fd: Int32
        repeat {
            fd = open(path, O_RDONLY | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            throw ReadError(.cannotOpen, subject: path, detail: String(cString: strerror(errno)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw ReadError(.notARegularFile, subject: path)
        }
        self.rawValue = fd
        self.path = path
    }

    deinit { close(rawValue) }

    /// The file's size in bytes at the time of the call.
    public func size() -> Int {
        var info = stat()
        return fstat(rawValue, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Reads up to `count` bytes into `buffer` at `offset`, retrying on EINTR.
    /// Returns the number of bytes read; 0 means end of file.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = Glibc.read(rawValue, base, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ReadError(.ioError, subject: path, detail: String(cString: strerror(errno)))
        }
    }

    /// Reads exactly `count` bytes at absolute `offset` (pread), or fewer at end of file.
    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(ReadError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        var done = 0
        while done < buffer.count {
            let n = pread(rawValue, base + done, buffer.count - done, off_t(offset + done))
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(.ioError, subject: path, detail: String(cString: strerror(errno)))
            }
            done += n
        }
        return done
    }
}
