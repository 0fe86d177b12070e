import PatentModel
import ReferenceData

/// Who the analysis is about (the region or subject) or compared with (the reference): applicants by country,
/// province or city (from CN addresses and CNIPA division codes, as harmonized at ingest), an explicit list of
/// entities, or everyone. A patent belongs when any of its applicants does.
public enum SubjectSpec: Sendable, Codable, Equatable, CustomStringConvertible {
  /// Every applicant.
  case all
  /// Applicants of these countries (ISO codes).
  case countries([String])
  /// Applicants located in these provinces (full Chinese names, `江苏省`).
  case provinces([String])
  /// Applicants located in these cities (`常州市`).
  case cities([String])
  /// These entities (harmonized keys).
  case entities([String])

  /// Parses `all`, `country=CN,JP`, `province=江苏` (or `32`, `Jiangsu`), `city=常州`; entity lists come from a
  /// file the caller reads (`entities=FILE`), so they are not parsed here.
  /// With `pinyin`, provinces may also be spelled in pinyin (`Xizang`).
  public static func parse(
    _ text: String, divisions: ChinaDivisions, pinyin: PinyinTable? = nil
  ) throws(SubjectSpecError) -> SubjectSpec {
    let trimmed = text.trimmingSpaces()
    if trimmed == "all" || trimmed.isEmpty { return .all }
    guard let equals = trimmed.firstIndex(of: "=") else {
      throw SubjectSpecError(spec: text, reason: "expected all, country=…, province=…, city=… or entities=FILE")
    }
    let kind = trimmed[..<equals].trimmingSpaces().lowercased()
    let values = trimmed[trimmed.index(after: equals)...].split(whereSeparator: { $0 == "," || $0 == "，" })
      .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    guard !values.isEmpty else { throw SubjectSpecError(spec: text, reason: "no values after `=`") }
    switch kind {
    case "country", "countries":
      return .countries(values.map { $0.uppercased() })
    case "province", "provinces":
      var names: [String] = []
      for value in values {
        guard let province = divisions.province(named: value, pinyin: pinyin)?.nameZH else {
          throw SubjectSpecError(spec: text, reason: "unknown province \(value) (use 江苏, 江苏省, Jiangsu or 32)")
        }
        names.append(province)
      }
      return .provinces(names)
    case "city", "cities":
      return .cities(values.map(ChinaDivisions.cityName))
    default:
      throw SubjectSpecError(spec: text, reason: "unknown kind `\(kind)` (country, province, city, entities)")
    }
  }

  /// Whether the entity belongs. O(values).
  public func contains(_ entity: CorpusEntity) -> Bool {
    switch self {
    case .all: true
    case .countries(let codes): entity.location.country.map(codes.contains) ?? false
    case .provinces(let names): entity.location.province.map(names.contains) ?? false
    case .cities(let names): entity.location.city.map(names.contains) ?? false
    case .entities(let keys): keys.contains(entity.key)
    }
  }

  /// Which corpus entities belong. O(entities × values).
  public func members(of corpus: Corpus) -> [Bool] { corpus.entities.map(contains) }

  /// `city=常州市`.
  public var description: String {
    switch self {
    case .all: "all"
    case .countries(let codes): "country=" + codes.joined(separator: ",")
    case .provinces(let names): "province=" + names.joined(separator: ",")
    case .cities(let names): "city=" + names.joined(separator: ",")
    case .entities(let keys): "entities=\(keys.count) listed"
    }
  }
}

/// Why a subject specification does not parse.
public struct SubjectSpecError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The specification as given.
  public let spec: String
  /// What is wrong.
  public let reason: String

  /// Creates an error.
  public init(spec: String, reason: String) {
    self.spec = spec
    self.reason = reason
  }

  /// `region/reference `city=`: no values after `=``.
  public var description: String { "subject `\(spec)`: \(reason)" }
}
