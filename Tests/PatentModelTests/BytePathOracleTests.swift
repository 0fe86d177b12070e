import Testing

@testable import PatentModel

/// `DocumentNumber.normalize` and `PatentDate(parsing:)` read their input as bytes in place. These tests hold
/// them to the character-generic versions they replaced (kept below as oracles) on every combination of the
/// pieces office numbers and dates are made of, as `String` and as `Substring`.
struct BytePathOracleTests {
  /// Pieces of raw numbers: office prefixes, series letters, zeros, digits, separators, check digits, case,
  /// non-ASCII (full-width digits, CJK, an accented letter).
  private static let numberPieces = [
    "", "US", "cn", "EP", "wo", "D", "pp", "RE", "0", "00", "07", "2009", "/", "-", " ", ",", ".", ".5", ".X",
    "\t", "\n", "１２", "号", "é", "a1",
  ]
  private static let offices = ["US", "CN", "EP", "WO", "JP", "KR", "DE", "", "X", "USA"]

  private static var numbers: [String] {
    var inputs: [String] = []
    for a in numberPieces {
      for b in numberPieces {
        for c in ["", "0", "123", "0456", ".7", "/89", "Ab"] { inputs.append(a + b + c) }
      }
    }
    return inputs
  }

  @Test("normalize equals the character-generic rules", arguments: offices)
  func numbers(_ country: String) {
    var mismatches: [String] = []
    for raw in Self.numbers {
      for isApplication in [false, true] {
        let expected = Self.oracleNormalize(raw, country: country, isApplication: isApplication)
        let fromString = DocumentNumber.normalize(raw, country: country, isApplication: isApplication)
        let padded = "<" + raw + ">"
        let slice = padded.dropFirst().dropLast()
        let fromSubstring = DocumentNumber.normalize(slice, country: country, isApplication: isApplication)
        if fromString != expected || fromSubstring != expected {
          mismatches.append("\(raw.debugDescription) app=\(isApplication): \(fromString) vs \(expected)")
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    #expect(Self.numbers.count == Self.numberPieces.count * Self.numberPieces.count * 7)
  }

  @Test("date parsing equals the character-generic rules")
  func dates() {
    let pieces = [
      "", "2005", "1699", "2201", "0", "00", "01", "12", "13", "31", "32", "-", ".", "/", " ", "\n", "x", "２",
    ]
    var mismatches: [String] = []
    var parsed = 0
    for a in pieces {
      for b in pieces {
        for c in pieces {
          for d in ["", "04", "1"] {
            let raw = a + b + c + d
            let expected = Self.oracleDate(raw)
            let fromString = PatentDate(parsing: raw)
            let fromSubstring = PatentDate(parsing: ("[" + raw + "]").dropFirst().dropLast())
            if fromString != expected || fromSubstring != expected { mismatches.append(raw.debugDescription) }
            if expected != nil { parsed += 1 }
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    #expect(parsed > 100)  // the combinations include many real dates, not only garbage
  }

  // MARK: - The character-generic versions (before 2026-12-07), as oracles

  private static func oracleNormalize(_ raw: some StringProtocol, country: String, isApplication: Bool) -> String {
    var bytes: [UInt8] = []
    for byte in raw.utf8 {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "-"): continue
      case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(byte - 32)
      default: bytes.append(byte)
      }
    }
    let countryBytes = Array(country.utf8)
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    if !isApplication, countryBytes.count == 2, bytes.count > 2, bytes[0] == countryBytes[0],
      bytes[1] == countryBytes[1], isDigit(bytes[2])
    {
      bytes.removeFirst(2)
    }
    if isApplication {
      if country == "CN" || country == "EP", let dot = bytes.firstIndex(of: UInt8(ascii: ".")) {
        bytes.removeSubrange(dot...)
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    bytes.removeAll { $0 == UInt8(ascii: ".") }
    let prefix = bytes.prefix { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    var digits = bytes.dropFirst(prefix.count)
    if country != "WO" && country != "JP" && country != "KR" {
      while digits.count > 1, digits.first == UInt8(ascii: "0") { digits = digits.dropFirst() }
    }
    return String(decoding: prefix + digits, as: UTF8.self)
  }

  private static func oracleDate(_ text: some StringProtocol) -> PatentDate? {
    var value = 0
    var count = 0
    for byte in text.utf8 {
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
}
