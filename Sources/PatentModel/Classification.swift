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

  /// Creates a symbol from its parts, normalizing zeros (main group unpadded, subgroup ≥ 2 digits). Each part
  /// is trimmed of spaces and tabs; section and subclass letters may be lower case. O(total length); ASCII
  /// parts are checked byte by byte without allocating.
  public init?(
    section: some StringProtocol, classCode: some StringProtocol, subclass: some StringProtocol,
    mainGroup: some StringProtocol, subgroup: some StringProtocol
  ) {
    func trimmed<S: StringProtocol>(_ s: S) -> S.UTF8View.SubSequence {
      let bytes = s.utf8
      guard let start = bytes.firstIndex(where: { !ASCII.isBlank($0) }) else { return bytes[bytes.endIndex...] }
      var end = start
      var i = start
      while i < bytes.endIndex {
        let next = bytes.index(after: i)
        if !ASCII.isBlank(bytes[i]) { end = next }
        i = next
      }
      return bytes[start..<end]
    }
    let sec = trimmed(section)
    let cls = trimmed(classCode)
    let sub = trimmed(subclass)
    let main = trimmed(mainGroup)
    let subg = trimmed(subgroup)
    func isASCII(_ part: some StringProtocol) -> Bool { part.utf8.allSatisfy { $0 < 0x80 } }
    let ascii = isASCII(section) && isASCII(classCode) && isASCII(subclass) && isASCII(mainGroup) && isASCII(subgroup)
    if ascii {
      guard sec.count == 1, cls.count == 2, sub.count == 1, let s = sec.first, let u = sub.first,
        let symbol = Self.assemble(
          section: s, classCode: (cls[cls.startIndex], cls[cls.index(after: cls.startIndex)]), subclass: u,
          mainGroup: main, subgroup: subg)
      else { return nil }
      self = symbol
      return
    }
    guard let symbol = Self.fromUnicodeParts(section, classCode, subclass, mainGroup, subgroup) else { return nil }
    self = symbol
  }

  /// The parts initializer for text that is not all ASCII (Unicode blanks are trimmed, uppercasing may make
  /// letters ASCII).
  static func fromUnicodeParts(
    _ section: some StringProtocol, _ classCode: some StringProtocol, _ subclass: some StringProtocol,
    _ mainGroup: some StringProtocol, _ subgroup: some StringProtocol
  ) -> ClassificationSymbol? {
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
    return ClassificationSymbol(
      checkedSection: s, classCode: cls, subclass: u, mainGroup: String(main), subgroup: subg)
  }

  /// Creates a symbol from parts already checked and normalized.
  init(checkedSection section: Character, classCode: String, subclass: Character, mainGroup: String, subgroup: String) {
    self.section = section
    self.classCode = classCode
    self.subclass = subclass
    self.mainGroup = mainGroup
    self.subgroup = subgroup
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
