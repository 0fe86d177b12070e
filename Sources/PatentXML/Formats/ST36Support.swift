import PatentModel

/// Readers for the WIPO ST.36 building blocks that USPTO, EPO, DOCDB/OPS, CNIPA, JPO and DPMA share.
enum ST36 {
  /// Reads a `document-id` (country, doc-number, kind, date); `defaultCountry` fills a missing country.
  static func documentID(
    _ node: XMLNode, isApplication: Bool = false, defaultCountry: String = ""
  )
    -> DocumentID?
  {
    guard node.exists, let raw = node["doc-number"].text else { return nil }
    let country = (node["country"].text ?? defaultCountry).uppercased()
    let number = DocumentNumber.normalize(raw, country: country, isApplication: isApplication)
    guard !number.isEmpty else { return nil }
    return DocumentID(
      country: country, number: number, kind: node["kind"].text ?? "",
      date: node["date"].text.flatMap(PatentDate.init(parsing:)))
  }

  /// Reads a split-field IPCR/CPC record (`section`, `class`, `subclass`, `main-group`, `subgroup`).
  static func splitClassification(_ node: XMLNode) -> ClassificationEntry? {
    guard
      let symbol = ClassificationSymbol(
        section: node["section"].text ?? "", classCode: node["class"].text ?? "",
        subclass: node["subclass"].text ?? "", mainGroup: node["main-group"].text ?? "",
        subgroup: node["subgroup"].text ?? "")
    else { return nil }
    let version =
      node["ipc-version-indicator"]["date"].exists
      ? node["ipc-version-indicator"]["date"] : node["cpc-version-indicator"]["date"]
    return ClassificationEntry(
      symbol: symbol, isInventive: inventive(node["classification-value"].text),
      isFirst: position(node["symbol-position"].text), version: version.text.flatMap(PatentDate.init(parsing:)))
  }

  /// Reads an IPCR text line: `B65D  51/18  20060101AFI20191003BHEP` (symbol, version, level, position, value).
  static func textClassification(_ text: String) -> ClassificationEntry? {
    guard let symbol = ClassificationSymbol(parsing: text) else { return nil }
    // After the symbol: an 8-digit version date, then level (A/C), position (F/L), value (I/N).
    var text = text
    let tail = text.withUTF8(IPCRTail.init(ascii:)) ?? IPCRTail(characters: text)
    return ClassificationEntry(
      symbol: symbol, isInventive: tail.isInventive, isFirst: tail.isFirst, version: tail.version)
  }

  /// What follows the symbol in an IPCR text line: the version date and the position and value flags, read from
  /// the first space-separated token of at least 11 characters that starts with 8 digits.
  struct IPCRTail {
    var version: PatentDate?
    var isFirst: Bool?
    var isInventive: Bool?

    /// Reads ASCII text as bytes (every IPCR line in office XML; one per classification, so this runs millions of
    /// times at scale). `nil` for other text, where bytes and characters differ (non-ASCII, CR LF).
    init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      let n = bytes.count
      var start = 0
      while start < n {
        while start < n, bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < n, bytes[end] != 0x20 { end += 1 }
        if end - start >= 11, (start..<start + 8).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) {
          version = PatentDate(parsingUTF8: UnsafeBufferPointer(rebasing: bytes[start..<start + 8]))
          isFirst = ST36.position(bytes[start + 9])
          isInventive = ST36.inventive(bytes[start + 10])
          return
        }
        start = end
      }
    }

    /// The same rules on `Character`s, for any text.
    init(characters text: String) {
      let tokens = text.split(separator: " ", omittingEmptySubsequences: true)
      guard let tail = tokens.first(where: { $0.count >= 11 && $0.prefix(8).allSatisfy(\.isNumber) }) else { return }
      version = PatentDate(parsing: tail.prefix(8))
      let flags = Array(tail.dropFirst(8))
      if flags.count >= 3 {
        isFirst = ST36.position(String(flags[1]))
        isInventive = ST36.inventive(String(flags[2]))
      }
    }
  }

  /// ``position(_:)-(String?)`` of one ASCII byte.
  static func position(_ byte: UInt8) -> Bool? {
    switch byte {
    case UInt8(ascii: "F"): true
    case UInt8(ascii: "L"): false
    default: nil
    }
  }

  /// ``inventive(_:)-(String?)`` of one ASCII byte.
  static func inventive(_ byte: UInt8) -> Bool? {
    switch byte {
    case UInt8(ascii: "I"): true
    case UInt8(ascii: "N"), UInt8(ascii: "A"): false
    default: nil
    }
  }

  /// `I` → inventive, `N`/`A` → additional.
  static func inventive(_ value: String?) -> Bool? {
    singleByte(value).flatMap(inventive)
  }

  /// `F` → first, `L` → later.
  static func position(_ value: String?) -> Bool? {
    singleByte(value).flatMap(position)
  }

  /// The byte of a one-byte value (the flag codes are single ASCII letters); `nil` for anything else.
  private static func singleByte(_ value: String?) -> UInt8? {
    guard let utf8 = value?.utf8, utf8.count == 1 else { return nil }
    return utf8.first
  }

  /// Reads an `addressbook` (or a node shaped like one) into a party.
  static func party(
    _ book: XMLNode, role: Party.Role, sequence: Int, typeHint: String? = nil, fallbackCountry: String? = nil
  ) -> Party? {
    guard book.exists else { return nil }
    let name: String
    let isPerson: Bool?
    if let org = book["orgname"].text {
      (name, isPerson) = (org, false)
    } else if let last = book["last-name"].text {
      name = [book["first-name"].text, book["middle-name"].text, last].compactMap { $0 }.joined(separator: " ")
      isPerson = true
    } else if let plain = book["name"].text {
      (name, isPerson) = (plain, nil)
    } else {
      return nil
    }
    let address = book["address"]
    let country = clean(address["country"].text) ?? clean(fallbackCountry)
    let lines = [
      address["street"].text, address["address-1"].text, address["address-2"].text,
      address["address-3"].text, address["text"].text,
    ].compactMap { $0 }
    return Party(
      role: role, name: name, country: country?.uppercased(),
      address: lines.isEmpty ? nil : lines.joined(separator: ", "), city: address["city"].text,
      state: address["state"].text, postcode: address["postcode"].text, sequence: sequence,
      typeHint: typeHint, registrationNumber: book["registered-number"].text, isPerson: isPerson)
  }

  /// Drops the placeholders offices print for "no country" (`omitted`, `unknown`, `XX`, `0`).
  static func clean(_ country: String?) -> String? {
    guard let country, country.count == 2, country != "XX", country.allSatisfy(\.isLetter) else { return nil }
    return country
  }

  /// Maps USPTO/ST.36 citation categories to who cited.
  static func citedBy(_ category: String?) -> CitedBy? {
    switch category {
    case "cited by examiner", "examiner": .examiner
    case "cited by applicant", "applicant", "Applicant": .applicant
    case "cited by other", "cited by third party", "third-party", "Other": .thirdParty
    default: nil
    }
  }

  /// Normalizes a language attribute (`EN`, `en`, `ja`, `zh`, `CN`→`zh`).
  static func language(_ value: String?) -> String {
    guard let value = value?.lowercased(), !value.isEmpty else { return "" }
    switch value {
    case "cn", "chi", "zho": return "zh"
    case "jp", "jpn": return "ja"
    case "kr", "kor": return "ko"
    case "eng": return "en"
    case "ger", "deu": return "de"
    case "fre", "fra": return "fr"
    default: return String(value.prefix(2))
    }
  }

  /// The texts of `nodes`, each tagged with its `lang` (ST.96: `languageCode`) attribute, else `fallbackLanguage`;
  /// empty texts are dropped.
  static func texts(_ nodes: [XMLNode], fallbackLanguage: String? = nil) -> [LocalizedText] {
    nodes.compactMap { node in
      node.text.map {
        LocalizedText(
          lang: language(node.attribute("lang") ?? node.attribute("languageCode") ?? fallbackLanguage), text: $0)
      }
    }
  }

  /// Reads a priority claim shaped as in ST.36 (`country`, `doc-number`, `date`, `kind` attribute).
  static func priority(_ node: XMLNode) -> PriorityClaim? {
    let id = node["document-id"].exists ? node["document-id"] : node
    guard let raw = id["doc-number"].text else { return nil }
    let country = (id["country"].text ?? "").uppercased()
    let isPCT = node.attribute("kind") == "international" || country == "WO" || raw.uppercased().hasPrefix("PCT")
    return PriorityClaim(
      country: country, number: DocumentNumber.normalize(raw, country: country, isApplication: true),
      date: id["date"].text.flatMap(PatentDate.init(parsing:)), isPCT: isPCT)
  }
}
