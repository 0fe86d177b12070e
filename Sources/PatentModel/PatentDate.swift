/// A calendar date as patent data gives it, possibly with only year or year and month known.
///
/// Parses `YYYYMMDD`, `YYYY-MM-DD`, `YYYY.MM.DD` and `YYYY-MM`; a `00` month or day means "unknown" and
/// `00000000`, `0` or blanks mean no date at all. Prints as ISO 8601 (`2005-01-04`, or `1992-05` when the day is
/// unknown).
public struct PatentDate: Sendable, Hashable, Comparable, PrintedCodable {
  /// The year, e.g. 2005.
  public var year: Int
  /// The month 1–12, or 0 when unknown.
  public var month: Int
  /// The day 1–31, or 0 when unknown.
  public var day: Int

  /// Creates a date; month and day may be 0 for "unknown".
  public init(year: Int, month: Int = 0, day: Int = 0) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses the date notations found in office XML; `nil` for placeholders and garbage.
  ///
  /// Complexity: O(n) in the length of `text`. Native strings are read in place as bytes (one call through the
  /// protocol, not one per byte: the readers parse a date for every document number they meet).
  public init?(parsing text: some StringProtocol) {
    guard let parsed = text.withUTF8Bytes(Self.parse) else { return nil }
    self = parsed
  }

  /// ``init(parsing:)`` for a `String`, the readers' case: its bytes are reached without going through
  /// `StringProtocol` (unspecialized across modules, that costs more than the parse).
  public init?(parsing text: String) {
    guard let parsed = text.withUTF8Bytes(Self.parse) else { return nil }
    self = parsed
  }

  /// ``init(parsing:)`` on UTF-8 bytes (the 8-digit dates of IPCR lines, read as bytes). O(n), no allocation.
  public init?(parsingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    guard let parsed = Self.parse(bytes) else { return nil }
    self = parsed
  }

  /// ``init(parsing:)`` on UTF-8 bytes. O(n), no allocation.
  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PatentDate? {
    var value = 0
    var count = 0
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard count < 8 else { return nil }
        value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        count += 1
      case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: " "), 0x09, 0x0A, 0x0D:
        continue
      default:
        return nil
      }
    }
    let year: Int
    var month = 0
    var day = 0
    switch count {
    case 8: (year, month, day) = (value / 10_000, value / 100 % 100, value % 100)
    case 6: (year, month) = (value / 100, value % 100)
    case 4: year = value
    default: return nil
    }
    guard year >= 1700, year <= 2200, month <= 12, day <= 31, !(month == 0 && day != 0) else { return nil }
    return PatentDate(year: year, month: month, day: day)
  }

  /// ISO 8601: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
  public var description: String {
    if (1000...9999).contains(year), (1...12).contains(month), (1...31).contains(day) {
      // `YYYY-MM-DD` written as bytes: this runs for every date of every record at ingest.
      return String(unsafeUninitializedCapacity: 10) { out in
        func digits(_ value: Int, _ count: Int, at start: Int) {
          var v = value
          for i in stride(from: start + count - 1, through: start, by: -1) {
            out[i] = UInt8(0x30 + v % 10)
            v /= 10
          }
        }
        digits(year, 4, at: 0)
        out[4] = 0x2D
        digits(month, 2, at: 5)
        out[7] = 0x2D
        digits(day, 2, at: 8)
        return 10
      }
    }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    if month == 0 { return "\(year)" }
    if day == 0 { return "\(year)-\(two(month))" }
    return "\(year)-\(two(month))-\(two(day))"
  }

  /// Orders by year, then month, then day (unknown parts sort first).
  public static func < (lhs: PatentDate, rhs: PatentDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Parses the ISO form (for ``PrintedCodable``).
  public static func parsed(_ text: String) -> PatentDate? { PatentDate(parsing: text) }
}
