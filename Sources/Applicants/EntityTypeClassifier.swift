import Foundation

/// Decides an applicant's ``EntityType`` from the format's own fields and name patterns in zh/en/ja/ko.
///
/// Order of evidence: the source says it is a person (structured name, `applicant-inventor`, USPTO assignee
/// type 04/05) or a government (USPTO 06–09); a hospital,
/// university or institute word (these win over a legal form only when no company form was stripped, so
/// `清华大学科技有限公司` stays a company); a legal form's sector; government words; a CJK personal-name shape
/// (2–4 Han or Hangul characters with no organisation word); otherwise `other`.
public struct EntityTypeClassifier: Sendable {
  /// Keyword lists per type, in token form (upper case); CJK words match anywhere, Latin at word boundaries.
  static let keywords: [(EntityType, [String])] = [
    (
      .hospital,
      ["HOSPITAL", "CLINIC", "KLINIKUM", "HOPITAL", "HOSPITALES", "医院", "醫院", "病院", "병원", "卫生院", "保健院"]
    ),
    (
      .university,
      [
        "UNIVERSITY", "UNIV", "UNIVERSITE", "UNIVERSIDADE", "UNIVERSITAT", "UNIVERSITÄT", "UNIVERSIDAD", "UNIVERSITA",
        "UNIVERSITEIT",
        "COLLEGE", "HOCHSCHULE", "POLYTECHNIC", "POLITECNICO", "INSTITUTE OF TECHNOLOGY", "SCHOOL", "大学", "大學",
        "学院", "學院", "大学校", "대학교", "대학", "산학협력단", "学校",
      ]
    ),
    (
      .institute,
      [
        "INSTITUTE", "INSTITUT", "INSTITUTO", "RECHERCHE", "RECHERCHES", "FORSCHUNG", "FORSCHUNGSZENTRUM", "ISTITUTO",
        "RESEARCH", "ACADEMY", "ACADEMIE", "FRAUNHOFER", "CNRS",
        "COMMISSARIAT", "CENTRE NATIONAL", "CONSEJO SUPERIOR", "MAX PLANCK", "NATIONAL LABORATORY", "研究院",
        "研究所", "科学院", "研究中心", "实验室", "實驗室", "研究開発", "연구원", "연구소", "技術研究",
      ]
    ),
    (
      .government,
      [
        "MINISTRY", "MINISTER", "GOVERNMENT", "SECRETARY OF", "REPRESENTED BY", "DEPARTMENT OF", "STATE OF",
        "REPUBLIC", "BUREAU", "AGENCY", "COMMISSION", "ADMINISTRATION", "ETAT", "MINISTRE", "MINISTERIELLE",
        "MINISTERIUM", "BUNDESREPUBLIK", "政府", "委员会", "管理局",
        "人民解放军", "部队", "省", "厅", "局", "庁", "省庁", "청",
      ]
    ),
  ]

  /// Words that mark a business when no legal form was found at the end (`DENSO CORPORATION, KARIYA-CITY`).
  static let companyWords = [
    "CORPORATION", "COMPANY", "CORP", "INC", "LTD", "LIMITED", "GMBH", "AG", "SA", "SPA", "BV", "NV", "OY", "AB", "AS",
    "AKTIENGESELLSCHAFT", "SOCIETE", "SOCIETA", "SOCIEDAD", "PODNIK", "INDUSTRIES", "INDUSTRIAL", "INT",
    "INTERNATIONAL", "TECHNOLOGIES", "TECHNOLOGY", "SYSTEMS", "ELECTRIC", "ELECTRONICS", "MANUFACTURING", "CIE",
    "ИНК", "カンパニー", "リミテッド", "インターナショナル", "会社", "회사", "公司", "企业", "集团", "厂",
  ]

  /// Creates a classifier.
  public init() {}

  /// The type and the evidence for it.
  ///
  /// - Parameters:
  ///   - tokens: the name in token form (``ApplicantName/tokens(_:)``).
  ///   - strippedSector: the sector of the legal forms stripped from the name, if any.
  ///   - markerSector: the sector of an organisation word in the legal-form file (`大学`, `연구원`), if any.
  ///   - typeHint: the format's applicant-type field.
  ///   - isPerson: whether the source gave a structured person name.
  ///   - normalized: the normalized name with punctuation, for the `SURNAME, GIVEN` shape.
  public func classify(
    tokens: String, strippedSector: EntityType?, markerSector: EntityType?, typeHint: String?, isPerson: Bool?,
    normalized: String? = nil
  ) -> (type: EntityType, evidence: String) {
    if isPerson == true { return (.individual, "source gives a person name") }
    if let hint = typeHint?.lowercased(), hint == "applicant-inventor" || hint == "individual" {
      return (.individual, "source type \(hint)")
    }
    // USPTO assignee type codes: 04/05 US/foreign individual, 06–09 US federal/foreign/county/state government.
    switch typeHint {
    case "04", "05": return (.individual, "USPTO assignee type \(typeHint ?? "") (individual)")
    case "06", "07", "08", "09": return (.government, "USPTO assignee type \(typeHint ?? "") (government)")
    default: break
    }
    let organisation = isPerson == false || typeHint == "02" || typeHint == "03"
    // `科学院` (academy of sciences) contains `学院` (college): read it as an institute word only.
    let tokens =
      Self.occurs("學院", in: tokens, wordBoundaries: false) || Self.occurs("学院", in: tokens, wordBoundaries: false)
      ? tokens.replacingOccurrences(of: "科学院", with: "科研究院").replacingOccurrences(of: "科學院", with: "科研究院")
      : tokens
    let found = Self.compiledKeywords.first { _, words in words.contains { Self.occurs($0, in: tokens) } }
    if strippedSector == .company {
      return (.company, "company legal form")
    }
    if let (type, words) = found, type != .government {
      let word = words.first { Self.occurs($0, in: tokens) }?.text ?? ""
      return (type, "name contains \(word)")
    }
    if let strippedSector { return (strippedSector, "legal form of a \(strippedSector.rawValue)") }
    if let markerSector { return (markerSector, "organisation word of a \(markerSector.rawValue)") }
    if let (type, words) = found {
      return (type, "name contains \(words.first { Self.occurs($0, in: tokens) }?.text ?? "")")
    }
    if let word = Self.compiledCompanyWords.first(where: { Self.occurs($0, in: tokens) }) {
      return (.company, "name contains \(word.text)")
    }
    if isPersonalNameShape(tokens) { return (.individual, "CJK personal-name shape") }
    if let normalized, isWesternPersonShape(normalized) { return (.individual, "personal-name shape (SURNAME, GIVEN)") }
    if organisation { return (.company, "source gives an organisation name or type") }
    return (.other, "no evidence")
  }

  /// `RANKIN, DAVID` or DOCDB's `HERRALA SAMI,`: two to four words around one comma, letters only.
  func isWesternPersonShape(_ normalized: String) -> Bool {
    let commas = normalized.filter { $0 == "," }.count
    guard commas == 1 else { return false }
    let words = normalized.split { $0 == " " || $0 == "," }
    guard (2...4).contains(words.count) else { return false }
    return words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" } }
  }

  /// 2–4 Han characters, or 2–4 Hangul syllables, and nothing else.
  func isPersonalNameShape(_ tokens: String) -> Bool {
    let scalars = tokens.unicodeScalars.filter { $0 != " " && $0 != "·" && $0 != "." }
    guard (2...4).contains(scalars.count) else { return false }
    let han = scalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    let hangul = scalars.allSatisfy { (0xAC00...0xD7AF).contains($0.value) }
    return han || hangul
  }

  /// A keyword with its matching mode, decided once (the classifier tests about 80 keywords per name).
  struct Word: Sendable {
    let text: String
    /// CJK words match anywhere, Latin ones between spaces or the ends.
    let isCJK: Bool
    init(_ text: String) {
      self.text = text
      isCJK = ApplicantName.containsCJK(text)
    }
  }

  /// ``keywords`` with their matching modes.
  static let compiledKeywords: [(EntityType, [Word])] = keywords.map { ($0, $1.map(Word.init)) }
  /// ``companyWords`` with their matching modes.
  static let compiledCompanyWords: [Word] = companyWords.map(Word.init)

  /// Whether `word` occurs in `tokens` (CJK anywhere; Latin between spaces or the ends).
  private static func occurs(_ word: Word, in tokens: String) -> Bool {
    occurs(word.text, in: tokens, wordBoundaries: !word.isCJK)
  }

  /// Byte search on UTF-8 (see ``UTF8Search``), O(haystack × needle) worst case, no allocation.
  static func occurs(_ needle: String, in haystack: String, wordBoundaries: Bool) -> Bool {
    UTF8Search.contains(haystack, needle, wordBoundaries: wordBoundaries)
  }
}
