import ReferenceData

/// A named set of target countries: `bri`, `rcep`, `asean`, `bri+rcep`, ISO codes, or a mix (`rcep,IN,RU`).
/// ASEAN is the RCEP membership less its five non-ASEAN parties (CN, JP, KR, AU, NZ), as the country file
/// records it.
public struct TargetSet: Sendable, Codable, Equatable {
  /// How the set was named.
  public let name: String
  /// Country codes, sorted (regional offices never included).
  public let codes: [String]

  /// Creates a set.
  public init(name: String, codes: [String]) {
    self.name = name
    self.codes = Array(Set(codes)).sorted()
  }

  /// Parses a comma-separated list of set names and country codes. O(countries × names).
  public static func parse(_ text: String, countries: CountryTable) throws(OverseasError) -> TargetSet {
    var codes: [String] = []
    let states = countries.all.filter { !$0.isRegionalOffice }
    for token in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !token.isEmpty {
      for part in token.split(separator: "+").map(String.init) {
        switch part.lowercased() {
        case "bri": codes += states.filter(\.isBeltAndRoad).map(\.code)
        case "rcep": codes += states.filter(\.isRCEP).map(\.code)
        case "asean": codes += states.filter { $0.isRCEP && !nonASEAN.contains($0.code) }.map(\.code)
        default:
          let code = part.uppercased()
          guard let country = countries[code], !country.isRegionalOffice else {
            throw .badTargets(text, "`\(part)` is neither bri, rcep, asean nor a country code of the country file")
          }
          codes.append(code)
        }
      }
    }
    guard !codes.isEmpty else { throw .badTargets(text, "no target country") }
    return TargetSet(name: text, codes: codes)
  }

  /// RCEP parties outside ASEAN.
  static let nonASEAN: Set<String> = ["CN", "JP", "KR", "AU", "NZ"]
}

/// Why an overseas analysis cannot run.
public enum OverseasError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A target list that does not parse.
  case badTargets(String, String)

  /// What went wrong.
  public var description: String {
    switch self {
    case .badTargets(let text, let reason): "targets `\(text)`: \(reason)"
    }
  }
}
