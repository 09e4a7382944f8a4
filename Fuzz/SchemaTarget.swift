@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let json = try? JSONValue.parse(bytes, source: "fuzz.json") else { return 0 }
    _ = try? SchemaLoader.parse(json, source: "fuzz.json") { name throws(JSONError) in
        throw JSONError(source: name, path: "", message: "no fragments")
    }
    _ = try? FindingCatalogue(json: json, source: "fuzz.json")
    _ = json.serialized(indent: 2)
    return 0
}
