import Foundation

/// The five marked tones of Vietnamese, as combining characters: what the legacy tables are
/// written in terms of, so that each table lists bytes and never hand-typed precomposed letters.
enum VietnameseTone: UInt32, CaseIterable {
    case grave = 0x0300   // huyền
    case hook = 0x0309    // hỏi
    case tilde = 0x0303   // ngã
    case acute = 0x0301   // sắc
    case dot = 0x0323     // nặng

    /// The order legacy tables list toned vowels in: huyền, hỏi, ngã, sắc, nặng.
    static let marked: [VietnameseTone] = [.grave, .hook, .tilde, .acute, .dot]

    /// The precomposed letter for `base` carrying this tone (Unicode canonical composition).
    func apply(to base: Unicode.Scalar) -> Unicode.Scalar {
        Self.compose(base, [rawValue])
    }

    /// Composes `base` with combining `marks` into one scalar; `base` itself when Unicode has
    /// no single precomposed character for them (a bug in a table, caught by its tests).
    static func compose(_ base: Unicode.Scalar, _ marks: [UInt32]) -> Unicode.Scalar {
        var text = String(Character(base))
        for mark in marks { if let m = Unicode.Scalar(mark) { text.unicodeScalars.append(m) } }
        let composed = text.precomposedStringWithCanonicalMapping.unicodeScalars
        guard composed.count == 1, let single = composed.first else { return base }
        return single
    }
}
