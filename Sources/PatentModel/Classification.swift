import Foundation

/// An IPC or CPC symbol with its level parts, printed as `H01M 10/052`.
public struct ClassificationSymbol: Sendable, Hashable, Comparable, PrintedCodable {
  /// Section letter `A`–`H` (CPC also `Y`).
  public var section: Character
  /// Two-digit class, e.g. `01`.
  public var classCode: String
  /// Subclass letter, e.g. `M`.
  public var subclass: Character
  /// Main group without leading zeros, e.g. `10`.
  public var mainGroup: String
  /// Subgroup with at least two digits, e.g. `052`, `00`.
  public var subgroup: String

  /// Creates a symbol from its parts, normalizing zeros (main group unpadded, subgroup ≥ 2 digits).
  public init?(
    section: some StringProtocol, classCode: some StringProtocol, subclass: some StringProtocol,
    mainGroup: some StringProtocol, subgroup: some StringProtocol
  ) {
    let sec = section.trimmingCharacters(in: .whitespaces).uppercased()
    let cls = classCode.trimmingCharacters(in: .whitespaces)
    let sub = subclass.trimmingCharacters(in: .whitespaces).uppercased()
    var main = Substring(mainGroup.trimmingCharacters(in: .whitespaces))
    var subg = subgroup.trimmingCharacters(in: .whitespaces)
    guard sec.count == 1, let s = sec.first, ("A"..."H").contains(s) || s == "Y",
      cls.count == 2, cls.allSatisfy(\.isASCIIDigit), sub.count == 1, let u = sub.first, u.isASCIIUppercase,
      !main.isEmpty, main.allSatisfy(\.isASCIIDigit), subg.allSatisfy(\.isASCIIDigit)
    else { return nil }
    while main.count > 1, main.first == "0" { main = main.dropFirst() }
    if subg.isEmpty { subg = "00" }
    if subg.count == 1 { subg += "0" }
    self.section = s
    self.classCode = cls
    self.subclass = u
    self.mainGroup = String(main)
    self.subgroup = subg
  }

  /// `H01M` — section, class and subclass.
  public var subclassSymbol: String { "\(section)\(classCode)\(subclass)" }
  /// `H01M`'s class part, `H01`.
  public var classSymbol: String { "\(section)\(classCode)" }
  /// `H01M 10/00` — the main group this symbol belongs to.
  public var mainGroupSymbol: String { "\(subclassSymbol) \(mainGroup)/00" }
  /// Whether this symbol is itself a main group (subgroup `00`).
  public var isMainGroup: Bool { subgroup.allSatisfy { $0 == "0" } }
  /// `H01M 10/052`.
  public var description: String { "\(subclassSymbol) \(mainGroup)/\(subgroup)" }

  /// Orders by the printed symbol's parts, numerically within groups.
  public static func < (lhs: ClassificationSymbol, rhs: ClassificationSymbol) -> Bool {
    if lhs.subclassSymbol != rhs.subclassSymbol { return lhs.subclassSymbol < rhs.subclassSymbol }
    let lm = Int(lhs.mainGroup) ?? 0
    let rm = Int(rhs.mainGroup) ?? 0
    if lm != rm { return lm < rm }
    return lhs.subgroup < rhs.subgroup
  }

  /// Parses a printed symbol (for ``PrintedCodable``).
  public static func parsed(_ text: String) -> ClassificationSymbol? { ClassificationSymbol(parsing: text) }
}

extension ClassificationSymbol {
  /// Parses the many printed IPC/CPC notations found in office XML.
  ///
  /// Accepted: `H01M 10/052`, `H01M  10/052  20060101AFI…` (IPCR text), `A41D013/00`, `7H01L 21/00`,
  /// ` 7C 07C 29/44 A` (edition prefix, spaced class), `H01J001/62`, `H02K0016000000` (14-character
  /// compact form), `E03C 104` and `H01L 2100` (Red Book: the last two digits are the subgroup),
  /// `A24B 15/18 (2006.01)`, `H04W84/20`.
  ///
  /// Complexity: O(n).
  public init?(parsing raw: some StringProtocol) {
    var chars = Array(raw.uppercased().unicodeScalars.map(Character.init))
    // Drop a leading edition number (`7H01L…`, ` 7C 07C…`).
    var i = 0
    while i < chars.count, chars[i] == " " { i += 1 }
    var j = i
    while j < chars.count, chars[j].isASCIIDigit { j += 1 }
    if j > i, j < chars.count, chars[j] == " " || ("A"..."H").contains(chars[j]) || chars[j] == "Y" { i = j }
    chars = Array(chars[i...])
    // Compact the subclass: section letter, two digits, subclass letter, possibly separated by spaces.
    var pos = 0
    func skipSpaces() { while pos < chars.count, chars[pos] == " " { pos += 1 } }
    skipSpaces()
    guard pos < chars.count else { return nil }
    let section = chars[pos]
    pos += 1
    skipSpaces()
    var classDigits = ""
    while pos < chars.count, chars[pos].isASCIIDigit, classDigits.count < 2 {
      classDigits.append(chars[pos])
      pos += 1
    }
    skipSpaces()
    guard classDigits.count == 2, pos < chars.count, chars[pos].isASCIIUppercase else { return nil }
    let subclass = chars[pos]
    pos += 1
    // The group part: digits, optional `/` or spaces, digits; stop at anything else.
    let rest = chars[pos...]
    let groupText = rest.prefix { $0.isASCIIDigit || $0 == " " || $0 == "/" }
    let trimmed = groupText.drop { $0 == " " }
    let mainGroup: String
    let subgroup: String
    if let slash = trimmed.firstIndex(of: "/") {
      mainGroup = String(trimmed[..<slash].filter(\.isASCIIDigit))
      subgroup = String(trimmed[trimmed.index(after: slash)...].prefix { $0.isASCIIDigit })
    } else {
      let digits = String(trimmed.prefix { $0.isASCIIDigit })
      if digits.count == 10, trimmed.count == digits.count || groupText.first != " " {
        // Compact 4+6: `0016000000` → 16 / 00.
        let sub = digits.dropFirst(4)
        var subDigits = Substring(sub)
        while subDigits.count > 2, subDigits.last == "0" { subDigits = subDigits.dropLast() }
        mainGroup = String(digits.prefix(4))
        subgroup = String(subDigits)
      } else if let space = trimmed.firstIndex(of: " "), trimmed[..<space].allSatisfy(\.isASCIIDigit),
        trimmed[trimmed.index(after: space)...].first?.isASCIIDigit == true
      {
        mainGroup = String(trimmed[..<space])
        subgroup = String(trimmed[trimmed.index(after: space)...].prefix { $0.isASCIIDigit })
      } else if digits.count >= 3 {
        mainGroup = String(digits.dropLast(2))
        subgroup = String(digits.suffix(2))
      } else if !digits.isEmpty {
        mainGroup = digits
        subgroup = "00"
      } else {
        return nil
      }
    }
    self.init(
      section: String(section), classCode: classDigits, subclass: String(subclass), mainGroup: mainGroup,
      subgroup: subgroup)
  }
}

/// One classification of a record: the symbol plus the facts the IPCR/CPC record carries.
public struct ClassificationEntry: Sendable, Hashable, Codable {
  /// The symbol, `H01M 10/052`.
  public var symbol: ClassificationSymbol
  /// `true` for inventive (`I`), `false` for additional/non-inventive (`N`/`A`); `nil` when not stated.
  public var isInventive: Bool?
  /// `true` when stated as the first symbol (`F`), `false` for later (`L`); `nil` when not stated.
  public var isFirst: Bool?
  /// The scheme version date, e.g. `2006-01-01`.
  public var version: PatentDate?

  /// Creates an entry.
  public init(
    symbol: ClassificationSymbol, isInventive: Bool? = nil, isFirst: Bool? = nil,
    version: PatentDate? = nil
  ) {
    self.symbol = symbol
    self.isInventive = isInventive
    self.isFirst = isFirst
    self.version = version
  }
}

/// A national classification kept apart from IPC/CPC: USPC, FI, F-terms, Locarno, theme codes.
public struct NationalClassification: Sendable, Hashable, Codable {
  /// The scheme: `USPC`, `FI`, `F-term`, `JP-theme`, `Locarno`.
  public var scheme: String
  /// The symbol as the office writes it, whitespace-collapsed.
  public var symbol: String

  /// Creates an entry.
  public init(scheme: String, symbol: String) {
    self.scheme = scheme
    self.symbol = symbol
  }
}

extension Character {
  /// ASCII `0`–`9` only (not other Unicode digits).
  var isASCIIDigit: Bool { isASCII && isNumber }
  /// ASCII `A`–`Z` only.
  var isASCIIUppercase: Bool { isASCII && isUppercase }
}
