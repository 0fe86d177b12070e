extension ClassificationSymbol {
  /// Parses the many printed IPC/CPC notations found in office XML.
  ///
  /// Accepted: `H01M 10/052`, `H01M  10/052  20060101AFI…` (IPCR text), `A41D013/00`, `7H01L 21/00`,
  /// ` 7C 07C 29/44 A` (edition prefix, spaced class), `H01J001/62`, `H02K0016000000` (14-character
  /// compact form), `E03C 104` and `H01L 2100` (Red Book: the last two digits are the subgroup),
  /// `A24B 15/18 (2006.01)`, `H04W84/20`.
  ///
  /// Complexity: O(n). ASCII text (every notation seen in office XML) is scanned byte by byte without
  /// allocating; other text takes the general path with the same rules.
  public init?(parsing raw: some StringProtocol) {
    guard let symbol = Self.resolve(raw.withUTF8Bytes(Self.scanPrinted), raw) else { return nil }
    self = symbol
  }

  /// ``init(parsing:)`` for a `String`, the readers' case: its bytes are reached without going through
  /// `StringProtocol` (unspecialized across modules, that costs more than the scan). Same rules, same results.
  public init?(parsing raw: String) {
    guard let symbol = Self.resolve(raw.withUTF8Bytes(Self.scanPrinted), raw) else { return nil }
    self = symbol
  }

  /// The symbol a byte scan found, or the general path's for non-ASCII text.
  private static func resolve(_ scan: Scan, _ raw: some StringProtocol) -> ClassificationSymbol? {
    switch scan {
    case .parsed(let symbol): symbol
    case .rejected: nil
    case .notASCII: parsedUnicode(raw)
    }
  }

  /// The outcome of the byte scan.
  enum Scan {
    case parsed(ClassificationSymbol)
    case rejected
    case notASCII
  }

  /// ``init(parsing:)`` on ASCII bytes. O(n), no allocation.
  static func scanPrinted(_ c: UnsafeBufferPointer<UInt8>) -> Scan {
    let n = c.count
    if c.contains(where: { $0 >= 0x80 }) { return .notASCII }
    func skipSpaces(_ i: inout Int) { while i < n, c[i] == ASCII.space { i += 1 } }
    // Drop a leading edition number (`7H01L…`, ` 7C 07C…`).
    var pos = 0
    skipSpaces(&pos)
    var j = pos
    while j < n, ASCII.isDigit(c[j]) { j += 1 }
    if j > pos, j < n, c[j] == ASCII.space || ASCII.isSection(ASCII.upper(c[j])) { pos = j }
    // The subclass: section letter, two digits, subclass letter, possibly separated by spaces.
    skipSpaces(&pos)
    guard pos < n else { return .rejected }
    let section = c[pos]
    pos += 1
    skipSpaces(&pos)
    let classStart = pos
    while pos < n, ASCII.isDigit(c[pos]), pos - classStart < 2 { pos += 1 }
    guard pos - classStart == 2 else { return .rejected }
    skipSpaces(&pos)
    guard pos < n, ASCII.isUppercase(ASCII.upper(c[pos])) else { return .rejected }
    let subclass = c[pos]
    pos += 1
    // The group part: digits, optional `/` or spaces, digits; stop at anything else.
    var groupEnd = pos
    while groupEnd < n, ASCII.isDigit(c[groupEnd]) || c[groupEnd] == ASCII.space || c[groupEnd] == ASCII.slash {
      groupEnd += 1
    }
    var t = pos
    skipSpaces(&t)
    let group = UnsafeBufferPointer(rebasing: c[t..<groupEnd])
    let symbol: ClassificationSymbol?
    func make(_ main: some Collection<UInt8>, _ sub: some Collection<UInt8>) -> ClassificationSymbol? {
      assemble(
        section: section, classCode: (c[classStart], c[classStart + 1]), subclass: subclass, mainGroup: main,
        subgroup: sub)
    }
    if let slash = group.firstIndex(of: ASCII.slash) {
      symbol = make(group[..<slash].lazy.filter(ASCII.isDigit), group[(slash + 1)...].prefix(while: ASCII.isDigit))
    } else {
      let digits = group.prefix(while: ASCII.isDigit)
      let firstIsSpace = pos < groupEnd && c[pos] == ASCII.space
      if digits.count == 10, group.count == digits.count || !firstIsSpace {
        // Compact 4+6: `0016000000` → 16 / 00.
        var sub = digits.dropFirst(4)
        while sub.count > 2, sub.last == ASCII.zero { sub = sub.dropLast() }
        symbol = make(digits.prefix(4), sub)
      } else if let space = group.firstIndex(of: ASCII.space), space + 1 < group.count,
        ASCII.isDigit(group[space + 1])
      {
        symbol = make(group[..<space], group[(space + 1)...].prefix(while: ASCII.isDigit))
      } else if digits.count >= 3 {
        symbol = make(digits.dropLast(2), digits.suffix(2))
      } else if !digits.isEmpty {
        symbol = make(digits, EmptyCollection<UInt8>())
      } else {
        return .rejected
      }
    }
    return symbol.map(Scan.parsed) ?? .rejected
  }

  /// The symbol from parts already cut out and trimmed (ASCII): section and subclass letters of either case,
  /// class digits, a non-empty main group and a subgroup of digits; zeros normalized. O(length).
  static func assemble(
    section: UInt8, classCode: (UInt8, UInt8), subclass: UInt8, mainGroup: some Collection<UInt8>,
    subgroup: some Collection<UInt8>
  ) -> ClassificationSymbol? {
    let section = ASCII.upper(section)
    let subclass = ASCII.upper(subclass)
    guard ASCII.isSection(section), ASCII.isDigit(classCode.0), ASCII.isDigit(classCode.1),
      ASCII.isUppercase(subclass), !mainGroup.isEmpty, mainGroup.allSatisfy(ASCII.isDigit),
      subgroup.allSatisfy(ASCII.isDigit)
    else { return nil }
    let main = mainGroup.drop { $0 == ASCII.zero }
    let sub: String
    switch subgroup.count {
    case 0: sub = "00"
    case 1: sub = String(decoding: subgroup, as: UTF8.self) + "0"
    default: sub = String(decoding: subgroup, as: UTF8.self)
    }
    return ClassificationSymbol(
      checkedSection: Character(Unicode.Scalar(section)),
      classCode: String(unsafeUninitializedCapacity: 2) {
        $0[0] = classCode.0
        $0[1] = classCode.1
        return 2
      },
      subclass: Character(Unicode.Scalar(subclass)),
      mainGroup: main.isEmpty ? "0" : String(decoding: main, as: UTF8.self), subgroup: sub)
  }

  /// ``init(parsing:)`` for text that is not all ASCII: the same rules on `Character`s. O(n).
  static func parsedUnicode(_ raw: some StringProtocol) -> ClassificationSymbol? {
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
    return ClassificationSymbol(
      section: String(section), classCode: classDigits, subclass: String(subclass), mainGroup: mainGroup,
      subgroup: subgroup)
  }
}
