import Foundation

/// The text steps of applicant-name harmonization: normalization and tokenization.
///
/// All steps are O(n) in the name length and allocate one string each.
public enum ApplicantName {
  /// The normalized display form: NFKC (full-width → half-width, `㈱` → `(株)`), upper case, CJK and typographic
  /// punctuation mapped to ASCII, whitespace collapsed. `Ｓａｍｓｕｎｇ　Electronics Co.，Ltd.` →
  /// `SAMSUNG ELECTRONICS CO.,LTD.`
  public static func normalize(_ name: String) -> String {
    // NFKC leaves ASCII as it is: only other text pays for Foundation's normalization (about 17,000 instructions
    // a name).
    let compatible = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCompatibilityMapping
    return collapse(compatible.uppercased(), map: punctuationMap) {
      $0.value < 128 ? asciiWhitespace[Int($0.value)] : $0.properties.isWhitespace
    }
  }

  /// The matching form: the normalized name with punctuation (other than `&`) turned into spaces, spaces
  /// collapsed. `SAMSUNG ELECTRONICS CO.,LTD.` → `SAMSUNG ELECTRONICS CO LTD`.
  public static func tokens(_ normalized: String) -> String {
    collapse(normalized, map: { $0 }) { $0.value < 128 ? asciiTokenSeparator[Int($0.value)] : isTokenSeparator($0) }
  }

  /// Whitespace, or punctuation other than `&` and `+`: what ``tokens(_:)`` turns into spaces.
  static func isTokenSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || (scalar != "&" && scalar != "+" && isPunctuation(scalar))
  }

  /// ``isTokenSeparator(_:)`` for the 128 ASCII scalars, computed once from the same Unicode properties: names are
  /// mostly ASCII, and a property lookup costs hundreds of instructions per scalar.
  static let asciiTokenSeparator: [Bool] = (0..<128).map { isTokenSeparator(Unicode.Scalar(UInt8($0))) }

  /// Unicode `White_Space` for the 128 ASCII scalars, computed once.
  static let asciiWhitespace: [Bool] = (0..<128).map { Unicode.Scalar(UInt8($0)).properties.isWhitespace }

  /// Maps each scalar, turns runs of separators into one space and drops them at both ends.
  private static func collapse(
    _ text: String, map: (Unicode.Scalar) -> Unicode.Scalar, isSeparator: (Unicode.Scalar) -> Bool
  ) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let mapped = map(scalar)
      if isSeparator(mapped) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(mapped)
    }
    return String(out)
  }

  /// The key form: spaces next to CJK characters removed (`国立 부경대학교 산학협력단` → no spaces), trailing
  /// `&`/`+` dropped.
  ///
  /// Latin letters lose their diacritics, German umlauts become two letters as DOCDB writes them
  /// (`KYLMÄNEN` → `KYLMAENEN`, `É` → `E`).
  public static func key(_ tokens: String) -> String {
    let scalars = Array(foldLatin(tokens).unicodeScalars)
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      if scalar == " " {
        let before = i > 0 ? scalars[i - 1] : " "
        let after = i + 1 < scalars.count ? scalars[i + 1] : " "
        if isCJK(before) || isCJK(after) { continue }
      }
      out.append(scalar)
    }
    var key = String(out)
    while let last = key.last, last == "&" || last == "+" || last == " " { key.removeLast() }
    return key
  }

  /// Umlauts to two letters, other Latin diacritics removed; non-Latin text untouched.
  static func foldLatin(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0xC0...0x24F).contains($0.value) }) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "Ä": out.append(contentsOf: "AE".unicodeScalars)
      case "Ö": out.append(contentsOf: "OE".unicodeScalars)
      case "Ü": out.append(contentsOf: "UE".unicodeScalars)
      case "ß", "ẞ": out.append(contentsOf: "SS".unicodeScalars)
      case "Æ": out.append(contentsOf: "AE".unicodeScalars)
      case "Ø": out.append("O")
      case "Ł": out.append("L")
      default:
        guard (0xC0...0x24F).contains(scalar.value) else {
          out.append(scalar)
          continue
        }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        out.append(contentsOf: decomposed.filter { !(0x300...0x36F).contains($0.value) })
      }
    }
    return String(out)
  }

  /// Han, kana, Hangul and CJK symbol scalars.
  public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3100...0x312F, 0x3130...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x1100...0x11FF:
      true
    default: false
    }
  }

  /// Whether the text contains any CJK scalar.
  public static func containsCJK(_ text: some StringProtocol) -> Bool { text.unicodeScalars.contains(where: isCJK) }

  /// Unicode punctuation (categories Pc, Pd, Ps, Pe, Pi, Pf, Po).
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      true
    default: false
    }
  }

  /// Maps CJK and typographic punctuation that NFKC leaves alone to ASCII.
  private static func punctuationMap(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "、", "，", "､": ","
    case "。", "｡", "・", "･": "."
    case "「", "」", "『", "』", "“", "”", "„", "‘", "’", "`", "´": "\""
    case "【", "〔", "［": "("
    case "】", "〕", "］": ")"
    case "–", "—", "―", "−", "‐", "‑": "-"
    case "\u{3000}", "\u{00A0}": " "
    default: scalar
    }
  }
}
