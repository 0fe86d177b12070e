/// A value bound to a SQL parameter, the same for both workspace backends.
enum SQLValue: Sendable, Hashable {
  /// SQL NULL.
  case null
  /// A 64-bit integer (booleans are stored as 0 and 1).
  case integer(Int64)
  /// UTF-8 text.
  case text(String)

  /// An optional string: text or NULL.
  static func of(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }

  /// An optional integer: integer or NULL.
  static func of(_ value: Int?) -> SQLValue { value.map { .integer(Int64($0)) } ?? .null }

  /// An optional boolean as 0/1 or NULL.
  static func of(_ value: Bool?) -> SQLValue { value.map { .integer($0 ? 1 : 0) } ?? .null }

  /// The value as PostgreSQL's text format takes it (`nil` for NULL).
  var textForm: String? {
    switch self {
    case .null: nil
    case .integer(let value): String(value)
    case .text(let value): value
    }
  }
}
