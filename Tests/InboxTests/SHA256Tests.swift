import Inbox
import Testing

@Suite("SHA-256")
struct SHA256Tests {
    func hex(_ text: String) -> String {
        var h = SHA256()
        h.update(Array(text.utf8))
        return h.finalizeHex()
    }

    @Test func fipsVectors() {
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func chunkingDoesNotMatter() {
        let text = Array((0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        var whole = SHA256()
        whole.update(text)
        let expected = whole.finalizeHex()
        for chunk in [1, 3, 63, 64, 65, 127, 999] {
            var h = SHA256()
            var i = 0
            while i < text.count {
                h.update(Array(text[i..<min(i + chunk, text.count)]))
                i += chunk
            }
            #expect(h.finalizeHex() == expected, "chunk \(chunk)")
        }
    }
}
