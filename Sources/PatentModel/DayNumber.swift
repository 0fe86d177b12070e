/// Calendar arithmetic on dates packed as yyyymmdd integers (the corpus's compact date form).
public enum DayNumber {
  /// Days since 0000-03-01 of a yyyymmdd date (Howard Hinnant's days-from-civil), for differences. O(1).
  public static func days(_ date: Int32) -> Int {
    var y = Int(date / 10_000)
    let m = Int(date / 100 % 100)
    let d = Int(date % 100)
    if m <= 2 { y -= 1 }
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
  }

  /// The date `months` later, on the same day of the month, or the month's last day when it has no such day
  /// (PCT Rule 80.2: 2020-02-29 + 12 months = 2021-02-28; 2021-08-31 + 30 months = 2024-02-29). O(1).
  public static func adding(months: Int, to date: Int32) -> Int32 {
    let total = Int(date / 10_000) * 12 + Int(date / 100 % 100) - 1 + months
    let year = total / 12
    let month = total % 12 + 1
    let day = min(Int(date % 100), daysIn(month: month, year: year))
    return Int32(year * 10_000 + month * 100 + day)
  }

  /// Days in a month of the Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// `2026-11-21` → 20261121; `nil` unless the text is `YYYY-MM-DD` with a valid month and day.
  public static func parse(_ text: String) -> Int32? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]),
      (1...daysIn(month: parts[1], year: parts[0])).contains(parts[2])
    else { return nil }
    return Int32(parts[0] * 10_000 + parts[1] * 100 + parts[2])
  }

  /// `20200501` → `2020-05-01` (the year padded to four digits, so dates compare as text); 0 → empty.
  public static func iso(_ date: Int32) -> String {
    guard date > 0 else { return "" }
    let (y, m, d) = (date / 10_000, date / 100 % 100, date % 100)
    let year = String(y)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year
      + "-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
  }
}
