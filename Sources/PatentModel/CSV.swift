import Foundation

/// RFC 4180 CSV text: fields quoted only when they must be, rows ended by CRLF.
///
/// **Formula injection.** A cell a spreadsheet would run as a formula (one beginning with `=`, `+`, `-`, `@`, a
/// tab or a carriage return, or their full-width forms, and not a plain number) is written with a leading `'`
/// (OWASP's advice), so an applicant named `=HYPERLINK(…)` stays text in Excel and WPS. Machine consumers that
/// want the bytes as stored set `PATNAV_CSV_FORMULAS=keep`.
public enum CSV {
  /// Whether formula-leading cells are neutralized (unless `PATNAV_CSV_FORMULAS=keep`); read once.
  public static let neutralizesFormulas = ProcessInfo.processInfo.environment["PATNAV_CSV_FORMULAS"] != "keep"

  /// The field as written in a CSV row (quoted when it holds a comma, a quote or a line break). The test reads
  /// UTF-8 bytes (the tables run to millions of rows), so a CR LF pair or a comma under a combining mark, which
  /// are single `Character`s, count too.
  public static func field(_ value: String) -> String {
    let value = cell(value)
    guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The cell with a leading `'` when a spreadsheet would read it as a formula (see the type's note); for TSV
  /// and CSV alike. O(1) unless the first character is a formula lead.
  public static func cell(_ value: String) -> String {
    guard neutralizesFormulas, let first = value.unicodeScalars.first else { return value }
    switch first {
    case "=", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": return "'" + value
    case "+", "-": return Double(value) == nil ? "'" + value : value  // numbers stay numbers
    default: return value
    }
  }

  /// One row, CRLF-terminated. O(total length), one string grown in place.
  public static func row(_ fields: [String]) -> String {
    var line = ""
    for (k, value) in fields.enumerated() {
      if k > 0 { line += "," }
      line += field(value)
    }
    line += "\r\n"
    return line
  }

  /// A header and rows.
  public static func table(_ header: [String], _ rows: [[String]]) -> String {
    ([header] + rows).map(row).joined()
  }

  /// Splits one CSV line into fields (RFC 4180 quoting with `""` escapes; no line breaks inside fields); a
  /// leading byte-order mark is dropped (spreadsheet exports carry one). O(line length).
  public static func fields(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var iterator = line.drop(while: { $0 == "\u{FEFF}" }).makeIterator()
    while let character = iterator.next() {
      if quoted {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              current.append("\"")
            } else {
              quoted = false
              if next == "," {
                fields.append(current)
                current = ""
              } else {
                current.append(next)
              }
            }
          } else {
            quoted = false
          }
        } else {
          current.append(character)
        }
      } else if character == "\"" && current.isEmpty {
        quoted = true
      } else if character == "," {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}
