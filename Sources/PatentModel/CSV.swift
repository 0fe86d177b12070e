/// RFC 4180 CSV text: fields quoted only when they must be, rows ended by CRLF.
public enum CSV {
  /// The field as written in a CSV row (quoted when it holds a comma, a quote or a line break).
  public static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One row, CRLF-terminated.
  public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

  /// A header and rows.
  public static func table(_ header: [String], _ rows: [[String]]) -> String {
    ([header] + rows).map(row).joined()
  }
}
