import Foundation

/// Inline SVG charts for the reports: self-contained markup (no scripts, fonts or external references), fixed
/// number formatting so the same data gives the same bytes.
enum SVGChart {
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  static func f(_ value: Double) -> String { String(format: "%.1f", value) }

  static func frame(_ width: Int, _ height: Int, _ title: String, _ body: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" "
      + "aria-label=\"\(escape(title))\"><title>\(escape(title))</title>\(body)</svg>"
  }

  /// A line chart of one series over labelled x positions.
  static func line(_ points: [(String, Double)], title: String) -> String {
    let (w, h, left, bottom) = (640.0, 240.0, 40.0, 30.0)
    let top = max(1, points.map(\.1).max() ?? 1)
    let step = points.count > 1 ? (w - left - 10) / Double(points.count - 1) : 0
    let xy = points.enumerated().map { i, p in (left + Double(i) * step, h - bottom - p.1 / top * (h - bottom - 20)) }
    var body =
      "<line x1=\"\(f(left))\" y1=\"\(f(h - bottom))\" x2=\"\(f(w - 10))\" y2=\"\(f(h - bottom))\" class=\"axis\"/>"
    body +=
      "<polyline class=\"series\" fill=\"none\" points=\"" + xy.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
      + "\"/>"
    for (i, p) in points.enumerated() where points.count <= 12 || i % max(1, points.count / 10) == 0 {
      body += "<text x=\"\(f(xy[i].0))\" y=\"\(f(h - 10))\" class=\"tick\" text-anchor=\"middle\">\(escape(p.0))</text>"
    }
    body += "<text x=\"4\" y=\"16\" class=\"tick\">\(Int(top))</text>"
    return frame(Int(w), Int(h), title, body)
  }

  /// Horizontal bars, largest first as given.
  static func bars(_ items: [(String, Double)], title: String) -> String {
    let rowHeight = 22.0
    let h = Double(items.count) * rowHeight + 10
    let top = max(1, items.map(\.1).max() ?? 1)
    var body = ""
    for (i, item) in items.enumerated() {
      let y = 5 + Double(i) * rowHeight
      let width = item.1 / top * 340
      body +=
        "<text x=\"250\" y=\"\(f(y + 15))\" class=\"label\" text-anchor=\"end\">\(escape(String(item.0.prefix(28))))</text>"
      body += "<rect x=\"256\" y=\"\(f(y + 3))\" width=\"\(f(width))\" height=\"\(f(rowHeight - 6))\" class=\"bar\"/>"
      body += "<text x=\"\(f(262 + width))\" y=\"\(f(y + 15))\" class=\"tick\">\(escape(f(item.1)))</text>"
    }
    return frame(660, Int(h), title, body)
  }

  /// A heat map: rows × columns, darker for larger values.
  static func heatmap(rows: [String], columns: [String], values: [[Double]], title: String) -> String {
    let cell = 26.0
    let left = 220.0
    let top = 40.0
    let maximum = max(1, values.flatMap { $0 }.max() ?? 1)
    var body = ""
    for (j, column) in columns.enumerated() {
      body +=
        "<text x=\"\(f(left + Double(j) * cell + cell / 2))\" y=\"\(f(top - 8))\" class=\"tick\" text-anchor=\"middle\">\(escape(column))</text>"
    }
    for (i, row) in rows.enumerated() {
      let y = top + Double(i) * cell
      body +=
        "<text x=\"\(f(left - 6))\" y=\"\(f(y + 17))\" class=\"label\" text-anchor=\"end\">\(escape(String(row.prefix(26))))</text>"
      for j in columns.indices {
        let v = j < values[i].count ? values[i][j] : 0
        body +=
          "<rect x=\"\(f(left + Double(j) * cell))\" y=\"\(f(y))\" width=\"\(f(cell - 2))\" height=\"\(f(cell - 2))\" "
          + "class=\"heat\" fill-opacity=\"\(String(format: "%.2f", 0.05 + 0.95 * v / maximum))\"><title>\(escape(row)) × \(escape(columns[j])): \(Int(v))</title></rect>"
      }
    }
    return frame(Int(left + Double(columns.count) * cell + 10), Int(top + Double(rows.count) * cell + 10), title, body)
  }

  /// A scatter of labelled points with threshold lines (the matching matrix).
  static func matrix(
    _ points: [(String, Double, Double)], xLabel: String, yLabel: String, xLine: Double, yLine: Double, title: String
  ) -> String {
    let (w, h, pad) = (640.0, 360.0, 40.0)
    let maxX = max(xLine * 2, points.map(\.1).max() ?? 1)
    let maxY = max(yLine * 2, points.map(\.2).max() ?? 1)
    func x(_ v: Double) -> Double { pad + min(v, maxX) / maxX * (w - 2 * pad) }
    func y(_ v: Double) -> Double { h - pad - min(v, maxY) / maxY * (h - 2 * pad) }
    var body =
      "<rect x=\"\(f(pad))\" y=\"\(f(pad))\" width=\"\(f(w - 2 * pad))\" height=\"\(f(h - 2 * pad))\" class=\"plot\"/>"
    body +=
      "<line x1=\"\(f(x(xLine)))\" y1=\"\(f(pad))\" x2=\"\(f(x(xLine)))\" y2=\"\(f(h - pad))\" class=\"threshold\"/>"
    body +=
      "<line x1=\"\(f(pad))\" y1=\"\(f(y(yLine)))\" x2=\"\(f(w - pad))\" y2=\"\(f(y(yLine)))\" class=\"threshold\"/>"
    for p in points {
      body += "<circle cx=\"\(f(x(p.1)))\" cy=\"\(f(y(p.2)))\" r=\"5\" class=\"point\"/>"
      body += "<text x=\"\(f(x(p.1) + 7))\" y=\"\(f(y(p.2) + 4))\" class=\"label\">\(escape(p.0))</text>"
    }
    body += "<text x=\"\(f(w / 2))\" y=\"\(f(h - 8))\" class=\"tick\" text-anchor=\"middle\">\(escape(xLabel))</text>"
    body +=
      "<text x=\"12\" y=\"\(f(h / 2))\" class=\"tick\" transform=\"rotate(-90 12 \(f(h / 2)))\" text-anchor=\"middle\">\(escape(yLabel))</text>"
    return frame(Int(w), Int(h), title, body)
  }
}
