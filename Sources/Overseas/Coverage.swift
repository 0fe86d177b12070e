import PatentCorpus
import ReferenceData

/// How a family reaches a country.
public enum Coverage: String, Sendable, Codable, CaseIterable, Comparable {
  /// No member and no route recorded.
  case none
  /// A regional patent (EP, EA, AP, OA, GC) whose designated or validated states the data does not give:
  /// reported, never counted as coverage.
  case regionalUnknown = "regional-unknown"
  /// A regional patent whose recorded designated or validated states include the country.
  case regional
  /// A member published by the country's own office.
  case national

  /// Coverage counts for the rates (national, or regional with the state recorded).
  public var covers: Bool { self == .regional || self == .national }

  /// Declaration order.
  public static func < (a: Coverage, b: Coverage) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }

  /// The coverage of every target country by one family: national members, and regional members with the
  /// states the data records. O(members × (states + targets)).
  static func of(
    family members: ArraySlice<Int32>, corpus: Corpus, targets: [String], countries: CountryTable
  ) -> [Coverage] {
    var result = Array(repeating: Coverage.none, count: targets.count)
    for m in members {
      let i = Int(m)
      let office = corpus.country(of: i)
      if let k = targets.firstIndex(of: office) { result[k] = .national }
      guard ["EP", "EA", "AP", "OA", "GC"].contains(office) else { continue }
      let states = corpus.designatedStates[i].map { corpus.countries[$0] }
      for (k, code) in targets.enumerated() where result[k] < .regional {
        guard let country = countries[code],
          country.regionalRoutes.contains(office) || country.closedRoutes.contains(office)
        else { continue }
        result[k] = states.isEmpty ? max(result[k], .regionalUnknown) : (states.contains(code) ? .regional : result[k])
      }
    }
    return result
  }
}
