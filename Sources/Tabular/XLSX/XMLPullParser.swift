#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The XML namespaces the XLSX reader tells apart. Transitional (ECMA-376 Part 4) and Strict
/// (Part 1) URIs map to the same case, so a reader matches on meaning, not on spelling.
enum XMLNamespace: UInt8 {
    /// No namespace: an unprefixed name with no default namespace in scope.
    case none
    case spreadsheet
    case officeRelationships
    case packageRelationships
    case contentTypes
    /// Excel 2003 XML Spreadsheet (`urn:schemas-microsoft-com:office:spreadsheet`, prefix `ss`).
    case spreadsheet2003
    /// Excel 2003's workbook and sheet options (`urn:schemas-microsoft-com:office:excel`, prefix `x`).
    case excel2003
    case other

    init(uri: [UInt8]) {
        switch String(decoding: uri, as: UTF8.self) {
        case "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
             "http://purl.oclc.org/ooxml/spreadsheetml/main":
            self = .spreadsheet
        case "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
             "http://purl.oclc.org/ooxml/officeDocument/relationships":
            self = .officeRelationships
        case "http://schemas.openxmlformats.org/package/2006/relationships": self = .packageRelationships
        case "http://schemas.openxmlformats.org/package/2006/content-types": self = .contentTypes
        case "urn:schemas-microsoft-com:office:spreadsheet": self = .spreadsheet2003
        case "urn:schemas-microsoft-com:office:excel": self = .excel2003
        default: self = .other
        }
    }
}

/// One attribute of the current start tag, as byte offsets into the parser's buffer.
struct XMLAttribute {
    var nameStart: Int
    /// Start of the local name: past the colon, or `nameStart` when unprefixed.
    var localStart: Int
    var nameEnd: Int
    var valueStart: Int
    var valueEnd: Int
    var needsDecoding: Bool
    var isPrefixed: Bool { localStart != nameStart }
}

/// A streaming, non-validating XML 1.0 pull parser for the parts of an OOXML package.
///
/// ```
///  source ──read──▶ [ consumed | token being scanned … | free ]   one buffer, owned here
///                               ▲ position               ▲ limit
/// ```
/// `next()` scans one token (start tag, end tag, text) and reports byte ranges into the
/// buffer; they stay valid until the following `next()`. When a token runs past `limit`, the
/// unconsumed bytes move to the front and the source fills the tail; the buffer grows only for
/// a token larger than it, up to `maxTokenBytes`.
///
/// It checks what a reader of untrusted files needs: tags nest and match, attributes are
/// quoted, references are the five predefined entities or character references, depth stays
/// under the limit, the document is complete. A `<!DOCTYPE` is refused outright (the Open
/// Packaging Conventions forbid DTDs, ECMA-376 Part 2 §8.1.4), so no entity can be declared,
/// expanded (billion laughs) or fetched (XXE). Namespaces are resolved to ``XMLNamespace``.
struct XMLPullParser: ~Copyable {
    enum Token: Equatable {
        case startElement
        case endElement
        case text
        case endOfDocument
    }

    let subject: String
    private var source: any RawByteSource
    private var buffer: UnsafeMutableRawBufferPointer
    private var base: UnsafeMutableRawPointer
    private var position = 0
    private var limit = 0
    private var sourceDone = false
    private var atDocumentStart = true
    private let maxTokenBytes: Int
    private let maxDepth: Int
    private let chunkBytes: Int

    // The current token.
    private(set) var nameStart = 0
    private(set) var localStart = 0
    private(set) var nameEnd = 0
    private(set) var namespace = XMLNamespace.none
    /// Attributes of the current start tag are `attributeStorage[..<attributeCount]`; the
    /// storage is overwritten in place, so a tag allocates nothing.
    private(set) var attributeStorage: [XMLAttribute] = []
    private(set) var attributeCount = 0
    /// The attributes of the current start tag.
    var attributes: ArraySlice<XMLAttribute> { attributeStorage[..<attributeCount] }
    private(set) var textStart = 0
    private(set) var textEnd = 0
    private(set) var textNeedsDecoding = false
    private(set) var isEmptyElement = false
    /// Depth of the current element (the root is 1); for an end tag, the depth it closes.
    private(set) var depth = 0

    private var pendingEnd = false
    private var rootSeen = false
    /// One key per open element (its name packed, or hashed when longer than 7 bytes), to
    /// check that end tags match.
    private var openNames: [UInt64] = []

    private struct Binding {
        var prefix: [UInt8]
        var namespace: XMLNamespace
        var depth: Int
    }
    private var bindings: [Binding] = [Binding(prefix: Array("xml".utf8), namespace: .other, depth: 0)]
    private var bindingsVersion = 0
    private var cacheVersion = -1
    private var cachePrefix: UInt64 = 0
    private var cacheNamespace = XMLNamespace.none
    private var defaultVersion = -1
    private var defaultNamespace = XMLNamespace.none
    /// Depth of the innermost namespace binding, so closing an element rarely looks at `bindings`.
    private var innermostBindingDepth = 0

    init(source: any RawByteSource, subject: String, limits: ReadLimits) {
        self.source = source
        self.subject = subject
        self.chunkBytes = max(64, min(limits.chunkBytes, 1 << 20))
        self.maxTokenBytes = max(limits.maxRecordBytes, chunkBytes) + chunkBytes
        self.maxDepth = limits.maxXMLDepth
        buffer = .allocate(byteCount: chunkBytes, alignment: 16)
        base = buffer.baseAddress!
        attributeStorage.reserveCapacity(16)
        openNames.reserveCapacity(32)
    }

    deinit { buffer.deallocate() }

    func malformed(_ detail: String) -> ReadError {
        ReadError(.malformedXML, subject: subject, detail: detail)
    }

    // MARK: Reading tokens

    /// Scans the next token.
    ///
    /// - Throws: ``ReadError`` `malformedXML`, `limitExceeded`, or the source's error.
    mutating func next() throws(ReadError) -> Token {
        if pendingEnd {
            pendingEnd = false
            closeElement()
            return .endElement
        }
        while true {
            if position < limit {
                switch try scan() {
                case .token(let token): return token
                case .skipped: continue
                case .needMore: break
                }
                if sourceDone { throw malformed("the XML ends inside a tag or text (truncated)") }
            } else if sourceDone {
                guard rootSeen && depth == 0 else { throw malformed("the XML ends before its root element closes (truncated)") }
                return .endOfDocument
            }
            try refill()
        }
    }

    private enum Scan {
        case token(Token)
        case skipped
        case needMore
    }

    @inline(__always) private func byte(_ i: Int) -> UInt8 { base.load(fromByteOffset: i, as: UInt8.self) }

    @inline(__always) private func isSpace(_ b: UInt8) -> Bool {
        b <= 0x20 && (Self.spaceMask >> UInt64(b)) & 1 != 0
    }

    /// Bits set for space, tab, LF and CR; and for those plus `/`, `=` and `>` (which end a name).
    private static let spaceMask: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D
    private static let nameEndMask: UInt64 = spaceMask | 1 << 0x2F | 1 << 0x3D | 1 << 0x3E

    @inline(__always) private func endsName(_ b: UInt8) -> Bool {
        b <= 0x3E && (Self.nameEndMask >> UInt64(b)) & 1 != 0
    }

    /// Finds `b` in `[from, limit)`.
    @inline(__always) private func find(_ b: UInt8, from: Int) -> Int? {
        guard from < limit, let hit = memchr(base + from, Int32(b), limit - from) else { return nil }
        return base.distance(to: hit)
    }

    private mutating func scan() throws(ReadError) -> Scan {
        let start = position
        if byte(start) != .lessThan {
            return try scanText(from: start)
        }
        guard start + 1 < limit else { return .needMore }
        switch byte(start + 1) {
        case .slash: return try scanEndTag(from: start)
        case .question:
            // A processing instruction or the XML declaration.
            var i = start + 2
            while true {
                guard let q = find(.question, from: i), q + 1 < limit else { return .needMore }
                if byte(q + 1) == .greaterThan { position = q + 2; return .skipped }
                i = q + 1
            }
        case .exclamation: return try scanMarkup(from: start)
        default: return try scanStartTag(from: start)
        }
    }

    private mutating func scanText(from start: Int) throws(ReadError) -> Scan {
        var end = start
        let shortEnd = min(limit, start + 32)
        while end < shortEnd && byte(end) != .lessThan { end += 1 }
        if end == shortEnd && end < limit {
            end = find(.lessThan, from: end) ?? limit
        }
        if end == limit && !sourceDone { return .needMore }
        position = end
        if depth == 0 {
            // Outside the root only white space (and a byte-order mark at the start) may appear.
            var i = start
            if atDocumentStart && end - start >= 3 && byte(i) == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF { i += 3 }
            while i < end {
                guard isSpace(byte(i)) else { throw malformed("text outside the root element") }
                i += 1
            }
            return .skipped
        }
        textStart = start
        textEnd = end
        var decode = false
        for k in start..<end {
            let b = byte(k)
            if b == .ampersand || b == .carriageReturn { decode = true; break }
        }
        textNeedsDecoding = decode
        return .token(.text)
    }

    private mutating func scanMarkup(from start: Int) throws(ReadError) -> Scan {
        // <!-- comment -->, <![CDATA[ … ]]>, or a <!DOCTYPE we refuse.
        guard start + 9 <= limit || sourceDone else { return .needMore }
        let head = Array(UnsafeRawBufferPointer(start: base + start, count: min(9, limit - start)))
        if head.starts(with: Array("<!--".utf8)) {
            var i = start + 4
            while true {
                guard let d = find(UInt8(ascii: "-"), from: i), d + 2 < limit else { return .needMore }
                if byte(d + 1) == UInt8(ascii: "-") && byte(d + 2) == .greaterThan { position = d + 3; return .skipped }
                i = d + 1
            }
        }
        if head == Array("<![CDATA[".utf8) {
            guard depth > 0 else { throw malformed("CDATA outside the root element") }
            var i = start + 9
            while true {
                guard let r = find(UInt8(ascii: "]"), from: i), r + 2 < limit else { return .needMore }
                if byte(r + 1) == UInt8(ascii: "]") && byte(r + 2) == .greaterThan {
                    textStart = start + 9
                    textEnd = r
                    textNeedsDecoding = false
                    position = r + 3
                    return .token(.text)
                }
                i = r + 1
            }
        }
        if head.starts(with: Array("<!DOCTYPE".utf8)) || head.starts(with: Array("<!ENTITY".utf8)) {
            throw malformed("a DOCTYPE or ENTITY declaration: DTDs are refused (OOXML parts may not have one), so no entity is ever expanded or fetched")
        }
        throw malformed("unexpected '<!' markup")
    }

    private mutating func scanStartTag(from start: Int) throws(ReadError) -> Scan {
        var i = start + 1
        var colon = -1
        while i < limit {
            let b = byte(i)
            if endsName(b) { break }
            if b == .colon && colon < 0 { colon = i }
            i += 1
        }
        guard i < limit else { return .needMore }
        guard i > start + 1 else { throw malformed("an element without a name") }
        let elementNameEnd = i
        attributeCount = 0
        var empty = false
        while true {
            while i < limit && isSpace(byte(i)) { i += 1 }
            guard i < limit else { return .needMore }
            let b = byte(i)
            if b == .greaterThan { i += 1; break }
            if b == .slash {
                guard i + 1 < limit else { return .needMore }
                guard byte(i + 1) == .greaterThan else { throw malformed("'/' inside a start tag") }
                i += 2
                empty = true
                break
            }
            let attrStart = i
            var attrColon = -1
            while i < limit {
                let c = byte(i)
                if endsName(c) { break }
                if c == .colon && attrColon < 0 { attrColon = i }
                i += 1
            }
            let attrEnd = i
            while i < limit && isSpace(byte(i)) { i += 1 }
            guard i < limit else { return .needMore }
            guard byte(i) == .equals, attrEnd > attrStart else { throw malformed("an attribute without a value") }
            i += 1
            while i < limit && isSpace(byte(i)) { i += 1 }
            guard i < limit else { return .needMore }
            let quote = byte(i)
            guard quote == .quote || quote == .apostrophe else { throw malformed("an unquoted attribute value") }
            // One pass finds the closing quote and whether the value needs decoding.
            var close = i + 1
            var needsDecoding = false
            while close < limit {
                let c = byte(close)
                if c == quote { break }
                if c == .ampersand || c < 0x20 { needsDecoding = true }
                close += 1
            }
            guard close < limit else { return .needMore }
            let attribute = XMLAttribute(
                nameStart: attrStart, localStart: attrColon < 0 ? attrStart : attrColon + 1, nameEnd: attrEnd,
                valueStart: i + 1, valueEnd: close, needsDecoding: needsDecoding)
            if attributeCount < attributeStorage.count {
                attributeStorage[attributeCount] = attribute
            } else {
                attributeStorage.append(attribute)
            }
            attributeCount += 1
            i = close + 1
        }
        // The whole tag is in the buffer: commit.
        if depth == 0 && rootSeen { throw malformed("a second root element") }
        position = i
        atDocumentStart = false
        rootSeen = true
        nameStart = start + 1
        localStart = colon < 0 ? nameStart : colon + 1
        nameEnd = elementNameEnd
        depth += 1
        guard depth <= maxDepth else {
            throw ReadError(.limitExceeded, subject: subject, detail: "XML nested deeper than \(maxDepth) elements")
        }
        for k in 0..<attributeCount where byte(attributeStorage[k].nameStart) == UInt8(ascii: "x") {
            try declareNamespace(attributeStorage[k])
        }
        namespace = resolve(prefixStart: nameStart, prefixEnd: colon < 0 ? nameStart : colon)
        isEmptyElement = empty
        if empty {
            pendingEnd = true
        } else {
            openNames.append(nameKey(nameStart, nameEnd))
        }
        return .token(.startElement)
    }

    private mutating func scanEndTag(from start: Int) throws(ReadError) -> Scan {
        var gt = start + 2
        while gt < limit && byte(gt) != .greaterThan { gt += 1 }
        guard gt < limit else { return .needMore }
        var end = start + 2
        var colon = -1
        while end < gt && !isSpace(byte(end)) {
            if byte(end) == .colon && colon < 0 { colon = end }
            end += 1
        }
        var k = end
        while k < gt { guard isSpace(byte(k)) else { throw malformed("junk in an end tag") }; k += 1 }
        guard let open = openNames.last else { throw malformed("an end tag without a start tag") }
        guard open == nameKey(start + 2, end) else { throw malformed("an end tag that does not match its start tag") }
        openNames.removeLast()
        position = gt + 1
        nameStart = start + 2
        localStart = colon < 0 ? nameStart : colon + 1
        nameEnd = end
        namespace = resolve(prefixStart: nameStart, prefixEnd: colon < 0 ? nameStart : colon)
        isEmptyElement = false
        closeElement()
        return .token(.endElement)
    }

    /// A name's key: its bytes packed with its length when it has at most 7, else a hash
    /// (FNV-1a) with the top bit set.
    @inline(__always) private func nameKey(_ start: Int, _ end: Int) -> UInt64 {
        let count = end - start
        if count <= 7 {
            var key = UInt64(count) << 56
            for k in 0..<count { key |= UInt64(byte(start + k)) << (8 * k) }
            return key
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end { hash = (hash ^ UInt64(byte(k))) &* 0x100_0000_01b3 }
        return hash | (1 << 63)
    }

    private mutating func closeElement() {
        depth -= 1
        if innermostBindingDepth > depth {
            bindings.removeAll { $0.depth > depth }
            innermostBindingDepth = bindings.last?.depth ?? 0
            bindingsVersion += 1
        }
    }

    private mutating func refill() throws(ReadError) {
        if position > 0 {
            let keep = limit - position
            if keep > 0 { memmove(base, base + position, keep) }
            limit = keep
            position = 0
        }
        if limit == buffer.count {
            guard buffer.count < maxTokenBytes else {
                throw ReadError(.limitExceeded, subject: subject, detail: "an XML token longer than \(maxTokenBytes) bytes")
            }
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(buffer.count * 2, maxTokenBytes), alignment: 16)
            bigger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[..<limit]))
            buffer.deallocate()
            buffer = bigger
            base = bigger.baseAddress!
        }
        let room = min(buffer.count - limit, max(chunkBytes, buffer.count - limit))
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: base + limit, count: room))
        if n == 0 { sourceDone = true } else { limit += n }
    }

    // MARK: Namespaces

    private mutating func declareNamespace(_ attribute: XMLAttribute) throws(ReadError) {
        let name = bytes(attribute.nameStart, attribute.nameEnd)
        let xmlns = UnsafeRawBufferPointer(start: UnsafeRawPointer(("xmlns" as StaticString).utf8Start), count: 5)
        guard name.count >= 5, memcmp(name.baseAddress!, xmlns.baseAddress!, 5) == 0 else { return }
        let prefix: [UInt8]
        if name.count == 5 {
            prefix = []
        } else if name[5] == .colon {
            prefix = Array(name[6...])
        } else {
            return
        }
        var uri: [UInt8] = []
        guard XMLText.appendDecoded(bytes(attribute.valueStart, attribute.valueEnd), to: &uri, attribute: true) else {
            throw malformed("a bad reference in a namespace URI")
        }
        bindings.append(Binding(prefix: prefix, namespace: uri.isEmpty ? .none : XMLNamespace(uri: uri), depth: depth))
        innermostBindingDepth = depth
        bindingsVersion += 1
    }

    /// The namespace bound to the prefix in `[prefixStart, prefixEnd)` (empty: the default one).
    private mutating func resolve(prefixStart: Int, prefixEnd: Int) -> XMLNamespace {
        if prefixStart == prefixEnd && defaultVersion == bindingsVersion { return defaultNamespace }
        let key = nameKey(prefixStart, prefixEnd)
        if cacheVersion == bindingsVersion && cachePrefix == key { return cacheNamespace }
        let prefix = bytes(prefixStart, prefixEnd)
        var found = XMLNamespace.none
        var bound = false
        for binding in bindings.reversed() where binding.prefix.count == prefix.count {
            if prefix.isEmpty || binding.prefix.withUnsafeBytes({ memcmp($0.baseAddress!, prefix.baseAddress!, prefix.count) == 0 }) {
                found = binding.namespace
                bound = true
                break
            }
        }
        if !bound && !prefix.isEmpty { found = .other }
        cacheVersion = bindingsVersion
        cachePrefix = key
        cacheNamespace = found
        if prefix.isEmpty {
            defaultVersion = bindingsVersion
            defaultNamespace = found
        }
        return found
    }

    /// The namespace of a prefixed attribute (unprefixed attributes have none).
    mutating func namespace(of attribute: XMLAttribute) -> XMLNamespace {
        attribute.isPrefixed ? resolve(prefixStart: attribute.nameStart, prefixEnd: attribute.localStart - 1) : .none
    }

    // MARK: Access to the current token

    /// The bytes in `[start, end)` of the buffer; valid until the next call to `next()`.
    @inline(__always) func bytes(_ start: Int, _ end: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + start, count: end - start)
    }

    /// True when the current element's local name is `name` and it is in the SpreadsheetML
    /// namespace (or in none, as some hand-made packages write it).
    @inline(__always) func isElement(_ name: StaticString) -> Bool {
        (namespace == .spreadsheet || namespace == .none) && localNameIs(name)
    }

    @inline(__always) func localNameIs(_ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        return nameEnd - localStart == count && memcmp(base + localStart, name.utf8Start, count) == 0
    }

    /// The first attribute whose local name is `name` (unprefixed unless `prefixed`).
    func attribute(_ name: StaticString, prefixed: Bool = false) -> XMLAttribute? {
        let count = name.utf8CodeUnitCount
        for attribute in attributeStorage[..<attributeCount]
        where attribute.isPrefixed == prefixed && attribute.nameEnd - attribute.localStart == count {
            if memcmp(base + attribute.localStart, name.utf8Start, count) == 0 { return attribute }
        }
        return nil
    }

    /// The decoded value of an attribute, as a String.
    func string(_ attribute: XMLAttribute) throws(ReadError) -> String {
        let raw = bytes(attribute.valueStart, attribute.valueEnd)
        guard attribute.needsDecoding else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        guard XMLText.appendDecoded(raw, to: &out, attribute: true) else { throw malformed("a bad reference in an attribute") }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decoded value of the attribute called `name`, or nil.
    func attributeString(_ name: StaticString) throws(ReadError) -> String? {
        guard let attribute = attribute(name) else { return nil }
        return try string(attribute)
    }

    /// Appends the current text token, decoded, to `out`.
    @inline(__always)
    func appendText(to out: inout [UInt8]) throws(ReadError) {
        let raw = bytes(textStart, textEnd)
        if !textNeedsDecoding {
            // A typed buffer makes append a memcpy (a raw buffer is copied byte by byte).
            out.append(contentsOf: UnsafeBufferPointer(start: (base + textStart).assumingMemoryBound(to: UInt8.self),
                                                       count: textEnd - textStart))
        } else if !XMLText.appendDecoded(raw, to: &out) {
            throw malformed("an undefined entity or a bad character reference")
        }
    }

    /// Skips to the end of the current element (after a start tag).
    mutating func skipElement() throws(ReadError) {
        let target = depth - 1
        while depth > target {
            if try next() == .endOfDocument { return }
        }
    }
}
