@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = ReadLimits.default
    limits.maxRecordBytes = 1 << 16
    limits.maxColumns = 1024
    guard let reader = try? CSVReader(bytes: bytes, limits: limits, chunk: 7) else { return 0 }
    var rows = 0
    _ = try? reader.forEachRow(inSheet: 0) { row in
        rows += row.count
        return rows < 100_000
    }
    return 0
}
