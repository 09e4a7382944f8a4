/// Charts as inline SVG inside a `<figure>`: no script, no `xmlns` URL (inline SVG in HTML needs
/// none), no external font or image.
///
/// Common rules of every chart:
/// - integer coordinates, so the output never depends on floating-point printing;
/// - values written next to the marks and `▼` on a mark below its target, so nothing is said
///   by colour alone, and it prints in black and white;
/// - `role="img"`, labelled by the caption and a `<desc>` that lists the values for screen
///   readers; the table after the figure is the full text equivalent;
/// - a fixed width in SVG units, scaled down by CSS (`max-width: 100%`) to the page.
enum SVGChart {
    static let width = 600

    static func figure(_ chart: Chart, id: String) -> String {
        switch chart {
        case .progress(let c): progress(c, id: id)
        case .quarters(let c): quarters(c, id: id)
        case .communes(let c): communes(c, id: id)
        case .completeness(let c): completeness(c, id: id)
        }
    }

    /// `<figure>`, caption and the opening `<svg>` with its description; close with ``close``.
    static func open(caption: String, description: [String], id: String, height: Int) -> String {
        let e = HTMLWriter.escape
        return "<figure>\n<figcaption id=\"\(id)-title\">" + e(caption) + "</figcaption>\n"
            + "<svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\">\n"
            + "<desc id=\"\(id)-desc\">" + e(description.joined(separator: "; ")) + "</desc>\n"
    }

    static let close = "</svg>\n</figure>\n"

    /// `<text>` at (x, y); `anchor` is `start`, `middle` or `end`.
    static func text(_ s: String, x: Int, y: Int, size: Int = 10, anchor: String = "start", bold: Bool = false) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\"" + (anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")
            + (bold ? " font-weight=\"bold\"" : "") + ">" + HTMLWriter.escape(s) + "</text>\n"
    }

    static func line(_ x1: Int, _ y1: Int, _ x2: Int, _ y2: Int, dashed: Bool = false, width: Int = 1) -> String {
        "<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"#000\""
            + (width == 1 ? "" : " stroke-width=\"\(width)\"") + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>\n"
    }

    static func rect(_ x: Int, _ y: Int, _ w: Int, _ h: Int, fill: String, stroke: Bool = false) -> String {
        "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(h)\" fill=\"\(fill)\"" + (stroke ? " stroke=\"#000\"" : "") + "/>\n"
    }
}
