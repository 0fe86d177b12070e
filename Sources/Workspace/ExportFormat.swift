/// Output formats of `patnav export`.
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
  /// One JSON object per patent: the record schema of `patnav parse` plus a `workspace` object.
  case jsonl
  /// One CSV row per patent (RFC 4180, UTF-8, header row), for spreadsheets and pandas.
  case csv
}
