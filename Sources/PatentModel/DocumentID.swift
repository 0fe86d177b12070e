/// A publication or application identifier in one normalized form: `US 7654321 B2`, `CN 104968889 A`.
///
/// `number` is normalized by ``DocumentNumber/normalize(_:country:isApplication:)``: spaces, slashes and
/// commas removed, leading zeros dropped where the office does not use them, check digits of CN/EP
/// application numbers dropped.
public struct DocumentID: Sendable, Hashable, Codable {
  /// ST.3 country or office code (`US`, `EP`, `WO`, `CN`…); empty when the source gives none.
  public var country: String
  /// The normalized number.
  public var number: String
  /// ST.16 kind code (`B2`, `A1`); empty when unknown (application numbers usually have none).
  public var kind: String
  /// The publication or filing date.
  public var date: PatentDate?

  /// Creates an identifier from already-normalized parts.
  public init(country: String, number: String, kind: String = "", date: PatentDate? = nil) {
    self.country = country
    self.number = number
    self.kind = kind
    self.date = date
  }

  /// `US 7654321 B2`; parts that are empty are left out.
  public var normalized: String {
    var result = country
    for part in [number, kind] where !part.isEmpty {
      if !result.isEmpty { result += " " }
      result += part
    }
    return result
  }
}

/// Number normalization rules shared by every format reader.
public enum DocumentNumber {
  /// Normalizes a raw document number as written in office XML.
  ///
  /// - Parameters:
  ///   - raw: the number as written, e.g. `07272630`, `D0584230`, `2009/058797`, `201410408762.5`.
  ///   - country: the office, used for office-specific rules.
  ///   - isApplication: application numbers keep their office-specific shape but lose CN/EP check digits.
  /// - Returns: the normalized number, or an empty string when nothing is left.
  ///
  /// Complexity: O(n).
  public static func normalize(
    _ raw: some StringProtocol, country: String, isApplication: Bool = false
  )
    -> String
  {
    // Work on ASCII bytes: drop separators, upper-case letters; other characters are kept as they are.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(raw.utf8.count)
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
    // Alphabetic series prefixes (US designs D, plants PP, reissues RE, statutory H, T…) keep their letters.
    let prefix = bytes.prefix { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    var digits = bytes.dropFirst(prefix.count)
    if country != "WO" && country != "JP" && country != "KR" {
      while digits.count > 1, digits.first == UInt8(ascii: "0") { digits = digits.dropFirst() }
    }
    return String(decoding: prefix + digits, as: UTF8.self)
  }
}
