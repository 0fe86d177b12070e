import ReferenceData

extension SubjectSpec {
  /// The spec checked against the applicants of `corpus`: every city, province, country or entity it names must
  /// be one of theirs, or the spec is an error naming the closest known names ("city=常洲: no applicant of the
  /// selection is located in 常洲市; did you mean 常州市?"). Cities written in pinyin or English (`Changzhou`,
  /// `chang zhou shi`) resolve to the Chinese names that spell them. `role` names the spec in messages
  /// (`--region`, `reference`). O(entities × values).
  public func resolved(in corpus: Corpus, pinyin: PinyinTable, role: String) throws(SubjectSpecError) -> SubjectSpec {
    func fail(_ reason: String) -> SubjectSpecError { SubjectSpecError(spec: "\(role) \(description)", reason: reason) }
    func counts(_ value: (CorpusEntity) -> String?) -> [(String, Int)] {
      var n: [String: Int] = [:]
      for entity in corpus.entities { if let v = value(entity) { n[v, default: 0] += 1 } }
      return n.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }
    switch self {
    case .all:
      return self
    case .countries(let codes):
      let known = counts(\.location.country)
      for code in codes where !known.contains(where: { $0.0 == code }) {
        throw fail(
          "no applicant of the selection is from \(code); countries present: "
            + known.prefix(8).map { "\($0.0) (\($0.1))" }.joined(separator: ", "))
      }
      return self
    case .provinces(let names):
      let known = counts(\.location.province)
      for name in names where !known.contains(where: { $0.0 == name }) {
        let present = known.prefix(8).map { "\($0.0) (\($0.1))" }.joined(separator: ", ")
        throw fail(
          "no applicant of the selection is located in \(name)"
            + (present.isEmpty ? " (no applicant has a Chinese province)" : "; provinces present: \(present)"))
      }
      return self
    case .cities(let names):
      let known = counts(\.location.city).map(\.0)
      var resolved: [String] = []
      for name in names {
        if known.contains(name) {
          resolved.append(name)
          continue
        }
        let spelled =
          PinyinTable.latinKey(name).isEmpty
          ? []
          : known.filter { city in
            pinyin.spells(name, city) || pinyin.spells(name, Self.stem(city))
          }
        if !spelled.isEmpty {
          resolved += spelled
          continue
        }
        let closest = Self.closest(to: name, among: known, pinyin: pinyin)
        throw fail(
          "no applicant of the selection is located in \(name)"
            + (closest.isEmpty
              ? (known.isEmpty ? " (no applicant has a Chinese city)" : "")
              : "; did you mean \(closest.joined(separator: ", "))?"))
      }
      return .cities(resolved)
    case .entities(let keys):
      let known = Set(corpus.entities.map(\.key))
      let missing = keys.filter { !known.contains($0) }
      if missing.count == keys.count {
        throw fail(
          "none of its \(keys.count) entities files in the selection (\(missing.prefix(5).joined(separator: ", ")))")
      }
      return self
    }
  }

  /// The countries the subject is at home in, from the spec itself (Chinese cities and provinces: CN); nil for
  /// entity lists and `all`, whose home comes from their entities.
  public var homeCountries: [String]? {
    switch self {
    case .countries(let codes): codes
    case .provinces, .cities: ["CN"]
    case .all, .entities: nil
    }
  }

  /// `常州市` → `常州`.
  static func stem(_ city: String) -> String {
    for suffix in ["自治州", "地区", "市", "盟"] where city.hasSuffix(suffix) && city.count > suffix.count {
      return String(city.dropLast(suffix.count))
    }
    return city
  }

  /// Up to three known names nearest to `name` (edit distance over characters, or over pinyin for Latin input),
  /// within half the name's length.
  static func closest(to name: String, among known: [String], pinyin: PinyinTable) -> [String] {
    let latin = !PinyinTable.latinKey(name).isEmpty
    let probe = latin ? PinyinTable.latinKey(name) : stem(name)
    let scored = known.map { city -> (String, Int) in
      let other = latin ? pinyin.romanized(stem(city)) : stem(city)
      return (city, distance(Array(probe), Array(other)))
    }
    let limit = max(1, probe.count / 2)
    return scored.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
  }

  /// Levenshtein distance. O(a × b).
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
