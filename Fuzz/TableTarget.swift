#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) let fuzzPath = "/dev/shm/hiendien-fuzz-\(getpid()).bin"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let fd = open(fuzzPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { return 0 }
    _ = write(fd, data, size)
    close(fd)
    var options = OpenOptions()
    options.includeHiddenSheets = true
    guard let reader = try? TableOpener.open(path: fuzzPath, options: options) else { return 0 }
    for sheet in reader.sheets where sheet.kind == .worksheet {
        var cells = 0
        _ = try? reader.forEachRow(inSheet: sheet.index) { row in
            cells += row.count
            return cells < 1_000_000
        }
    }
    return 0
}
