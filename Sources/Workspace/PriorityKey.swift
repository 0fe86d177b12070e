import PatentModel

/// Canonical keys for filings (priorities and applications), so that the same earlier filing written in DOCDB,
/// EPODOC or office form gives the same key: `EP 10167109 (2010)`, `EP20100167109` → `EP2010-167109`;
/// PCT `US 2013064552` (PCT flag), `WO2013US64552` → `WO-US2013-64552`; US provisional `US201261713164P` →
/// `US2012-61713164`.
///
/// The key is the office, the filing year and the serial number without leading zeros. The year comes from
/// the number when it carries one (4-digit `YYYY…` prefix in numbers of 9+ digits, or the EP/WO 2-digit `YY`
/// prefix of 8-digit EP numbers), else from the filing date. O(n) in the number length.
public enum PriorityKey {
  /// The key of a priority claim; `nil` when the number is empty.
  public static func make(_ claim: PriorityClaim) -> String? {
    make(country: claim.country, number: claim.number, year: claim.date?.year, isPCT: claim.isPCT)
  }

  /// The key of an application; `nil` when the number is empty.
  public static func make(application: DocumentID) -> String? {
    make(country: application.country, number: application.number, year: application.date?.year, isPCT: false)
  }

  /// The key of a filing given its parts. ASCII parts (every office number seen) are read as bytes without
  /// `Character` property lookups; other text takes the general path with the same rules.
  public static func make(country: String, number: String, year: Int?, isPCT: Bool) -> String? {
    if country.utf8.allSatisfy({ $0 < 0x80 }) && number.utf8.allSatisfy({ $0 < 0x80 }) {
      return makeASCII(country: country, number: number, year: year, isPCT: isPCT)
    }
    return makeUnicode(country: country, number: number, year: year, isPCT: isPCT)
  }

  /// ``make(country:number:year:isPCT:)`` for ASCII parts: read and written as bytes in stack buffers, one
  /// allocation (the key, none when it fits a small string). O(n).
  static func makeASCII(country: String, number: String, year: Int?, isPCT: Bool) -> String? {
    var country = country
    var number = number
    return country.withUTF8 { office in
      number.withUTF8 { number in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: number.count + office.count) { scratch in
          withUnsafeTemporaryAllocation(of: UInt8.self, capacity: number.count + office.count + 48) { out in
            var key = ASCIIKey(scratch: scratch, out: out)
            return key.make(office, number, year, isPCT)
          }
        }
      }
    }
  }

  /// ``make(country:number:year:isPCT:)`` on `Character`s, for parts that are not all ASCII.
  static func makeUnicode(country: String, number: String, year: Int?, isPCT: Bool) -> String? {
    var text = Substring(number.uppercased().filter { $0.isLetter || $0.isNumber })
    var office = country.uppercased()
    // EPODOC form: the office is the number's two-letter prefix.
    if text.count > 2, text.prefix(2).allSatisfy(\.isLetter) {
      let prefix = String(text.prefix(2))
      if office.isEmpty || office == prefix || prefix == "WO" {
        office = prefix
        text = text.dropFirst(2)
      }
    }
    guard !text.isEmpty, !office.isEmpty else { return nil }
    // PCT: `WO` + year + receiving office + serial (EPODOC), or receiving office + year·serial with the PCT flag.
    if office == "WO" || isPCT {
      let digits = text.prefix(while: \.isNumber)
      let afterYear = text.dropFirst(min(4, digits.count))
      if digits.count >= 4, afterYear.prefix(2).allSatisfy(\.isLetter), afterYear.count > 2 {
        return "WO-\(afterYear.prefix(2))\(digits.prefix(4))-\(serial(afterYear.dropFirst(2)))"
      }
      if isPCT, office != "WO", digits.count >= 6 {
        return "WO-\(office)\(digits.prefix(4))-\(serial(digits.dropFirst(4)))"
      }
    }
    // Drop kind letters at the end (`P` provisional, `A`, `U`), keep the digits.
    while let last = text.last, last.isLetter { text = text.dropLast() }
    let digits = String(text.filter(\.isNumber))
    guard !digits.isEmpty else { return nil }
    if digits.count >= 9, let y = Int(digits.prefix(4)), (1900...2100).contains(y) {
      return "\(office)\(y)-\(serial(digits.dropFirst(4)))"
    }
    if (office == "EP" || office == "WO") && digits.count == 8, let yy = Int(digits.prefix(2)) {
      return "\(office)\(yy >= 78 ? 1900 + yy : 2000 + yy)-\(serial(digits.dropFirst(2)))"
    }
    return "\(office)\(year.map(String.init) ?? "")-\(serial(Substring(digits)))"
  }

  private static func serial(_ digits: Substring) -> String {
    let trimmed = digits.drop { $0 == "0" }
    return trimmed.isEmpty ? "0" : String(trimmed)
  }
}
