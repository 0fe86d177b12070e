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
  ///
  /// Complexity: O(length); no allocation for keys of up to 15 bytes (most are), one otherwise.
  public var normalized: String {
    var result = country
    func add(_ part: String) {
      guard !part.isEmpty else { return }
      if !result.isEmpty { result += " " }
      result += part
    }
    add(number)
    add(kind)
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
  /// Complexity: O(n), one allocation (the result). Native strings are read in place as bytes: the readers
  /// normalize every document number they meet, several per citation.
  public static func normalize(
    _ raw: some StringProtocol, country: String, isApplication: Bool = false
  )
    -> String
  {
    raw.withUTF8Bytes(Rules(country: country, isApplication: isApplication).apply(to:))
  }

  /// ``normalize(_:country:isApplication:)`` for a `String`, the readers' case: its bytes are reached without
  /// going through `StringProtocol` (unspecialized across modules, that costs more than the rules).
  public static func normalize(_ raw: String, country: String, isApplication: Bool = false) -> String {
    raw.withUTF8Bytes(Rules(country: country, isApplication: isApplication).apply(to:))
  }

  /// The office-specific rules of ``normalize(_:country:isApplication:)``, resolved once per call.
  private struct Rules {
    /// The office's two letters, when it has two.
    let country: (UInt8, UInt8)?
    let isApplication: Bool
    /// CN and EP application numbers lose their check digit (`.5`).
    let cutAtDot: Bool
    /// WO, JP and KR numbers keep their leading zeros.
    let keepZeros: Bool

    init(country: String, isApplication: Bool) {
      let code = Array(country.utf8)
      self.country = code.count == 2 ? (code[0], code[1]) : nil
      self.isApplication = isApplication
      cutAtDot = isApplication && (country == "CN" || country == "EP")
      keepZeros = country == "WO" || country == "JP" || country == "KR"
    }

    /// Drops separators and upper-cases ASCII letters; then, for publications, drops a repeated office prefix,
    /// dots and (outside WO/JP/KR) leading zeros after an alphabetic series prefix (US designs D, plants PP,
    /// reissues RE…); for applications, cuts a CN/EP check digit. Other characters are kept as they are.
    func apply(to raw: UnsafeBufferPointer<UInt8>) -> String {
      String(unsafeUninitializedCapacity: raw.count) { out in
        var n = 0
        for byte in raw {
          switch byte {
          case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "-"): continue
          case UInt8(ascii: "a")...UInt8(ascii: "z"): out[n] = byte - 32
          default: out[n] = byte
          }
          n += 1
        }
        if isApplication {
          guard cutAtDot else { return n }
          return (0..<n).first { out[$0] == UInt8(ascii: ".") } ?? n
        }
        var start = 0
        if let (c0, c1) = country, n > 2, out[0] == c0, out[1] == c1, out[2] >= 0x30, out[2] <= 0x39 { start = 2 }
        var count = 0  // dots dropped, moved to the front
        for i in start..<n where out[i] != UInt8(ascii: ".") {
          out[count] = out[i]
          count += 1
        }
        var prefix = 0
        while prefix < count, out[prefix] >= UInt8(ascii: "A"), out[prefix] <= UInt8(ascii: "Z") { prefix += 1 }
        var digits = prefix
        if !keepZeros {
          while count - digits > 1, out[digits] == UInt8(ascii: "0") { digits += 1 }
        }
        guard digits > prefix else { return count }
        for i in digits..<count { out[prefix + i - digits] = out[i] }
        return count - (digits - prefix)
      }
    }
  }
}
