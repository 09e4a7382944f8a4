/// The shared-strings table (`xl/sharedStrings.xml`, ECMA-376 Part 1 §18.4): every string
/// of the workbook once, which cells reference by index.
///
/// Kept as one byte arena plus end offsets, so a million strings cost two allocations:
/// ```
///  arena: H à  N ộ i | 0 1 8 4 0 | …        ends: [7, 12, …]   string i = arena[ends[i-1]..<ends[i]]
/// ```
/// Rich text runs (`<r><t>`) are joined; phonetic runs (`<rPh>`) are left out. The text is
/// decoded once here (`_xHHHH_` escapes, UTF-8 checked, NFC), so cells copy bytes as they are.
struct SharedStrings {
    private(set) var arena: [UInt8] = []
    private(set) var ends: [UInt32] = []
    /// Indexes of strings whose bytes were not valid UTF-8 (repaired with U+FFFD).
    private(set) var repaired: [Int] = []

    var count: Int { ends.count }

    init() {}

    /// Reads the table; at most `maxBytes` of text (each string also counts 8 bytes).
    init(parser: consuming XMLPullParser, maxBytes: Int) throws(ReadError) {
        var inItem = false
        var inText = false
        var itemStart = 0
        var budget = maxBytes
        while true {
            switch try parser.next() {
            case .endOfDocument: return
            case .text:
                if inText {
                    try parser.appendText(to: &arena)
                    guard arena.count <= budget else { throw limit(parser.subject, maxBytes) }
                }
            case .startElement:
                if parser.isElement("si") {
                    inItem = true
                    itemStart = arena.count
                } else if inItem && parser.isElement("t") {
                    inText = true
                } else if inItem && (parser.isElement("rPh") || parser.isElement("phoneticPr")) {
                    try parser.skipElement()
                }
            case .endElement:
                if parser.isElement("t") {
                    inText = false
                } else if parser.isElement("si") {
                    inItem = false
                    finishItem(from: itemStart)
                    budget -= 8
                    guard arena.count <= budget else { throw limit(parser.subject, maxBytes) }
                }
            }
        }
    }

    private func limit(_ subject: String, _ maxBytes: Int) -> ReadError {
        ReadError(.limitExceeded, subject: subject, detail: "shared strings larger than \(maxBytes) bytes")
    }

    private mutating func finishItem(from start: Int) {
        XMLText.decodeXEscapes(in: &arena, from: start)
        let ascii = arena.withUnsafeBytes { TextChecks.isASCII(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        if !ascii {
            let (valid, combining) = arena.withUnsafeBytes { all in
                let bytes = UnsafeRawBufferPointer(rebasing: all[start...])
                return (UTF8Validation.firstInvalidOffset(in: bytes) == nil, TextChecks.hasCombiningMarks(bytes))
            }
            if !valid || combining {
                if !valid { repaired.append(ends.count) }
                let text = TextChecks.nfc(String(decoding: arena[start...], as: UTF8.self))
                arena.removeSubrange(start...)
                arena.append(contentsOf: text.utf8)
            }
        }
        ends.append(UInt32(truncatingIfNeeded: arena.count))
    }

    /// The byte range of string `index` in ``arena``, or nil when out of range.
    @inline(__always)
    func range(_ index: Int) -> Range<Int>? {
        guard index >= 0 && index < ends.count else { return nil }
        return (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }
}
