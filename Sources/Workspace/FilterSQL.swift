import Applicants
import Foundation
import PatentModel
import ReferenceData

/// Translates a ``PatentFilter`` into a SQL condition on `patents AS p`, with its arguments.
///
/// Every condition is an indexed column test or an `EXISTS` probe on a child table's primary key, so
/// selecting is O(patents scanned × conditions) with no joins that multiply rows.
struct FilterSQL {
  /// The condition on `patents AS p`, with `?` placeholders.
  let condition: String
  /// The placeholders' values, in order.
  let values: [SQLValue]

  init(
    _ filter: PatentFilter, harmonizer: ApplicantHarmonizer, divisions: ChinaDivisions, pinyin: PinyinTable? = nil
  ) throws {
    var clauses: [String] = []
    var args: [SQLValue] = []
    func list(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

    for (scheme, prefixes) in [("IPC", filter.ipcPrefixes), ("CPC", filter.cpcPrefixes)] where !prefixes.isEmpty {
      let normalized = try prefixes.map(Self.classificationPrefix)
      let tests = normalized.map { _ in "substr(c.compact, 1, ?) = ?" }.joined(separator: " OR ")
      clauses.append(
        "EXISTS (SELECT 1 FROM classifications c WHERE c.patent_id = p.id AND c.scheme = '\(scheme)' AND (\(tests)))")
      for prefix in normalized { args += [.of(prefix.count), .text(prefix)] }
    }
    if filter.fromYear != nil || filter.toYear != nil {
      let column =
        switch filter.yearField {
        case .application: "p.app_year"
        case .priority: "p.priority_year"
        case .publication: "p.pub_year"
        }
      clauses.append("\(column) BETWEEN ? AND ?")
      args += [.of(filter.fromYear ?? 0), .of(filter.toYear ?? 9999)]
    }
    if let asOf = filter.asOf {
      clauses.append("(p.pub_date IS NULL OR p.pub_date <= ?)")
      args.append(.text(DayNumber.iso(asOf)))
    }
    if !filter.countries.isEmpty {
      clauses.append("p.pub_country IN (\(list(filter.countries.count)))")
      args += filter.countries.map { .text($0.uppercased()) }
    }
    if !filter.kinds.isEmpty {
      clauses.append("p.kind IN (\(list(filter.kinds.count)))")
      args += filter.kinds.map { .text($0) }
    }
    if !filter.applicants.isEmpty {
      let keys = Set(filter.applicants.flatMap { [harmonizer.harmonize($0).key, $0] }).sorted()
      clauses.append(
        """
        EXISTS (SELECT 1 FROM parties a JOIN entities e ON e.id = a.entity_id WHERE a.patent_id = p.id \
        AND e.key IN (\(list(keys.count))))
        """)
      args += keys.map { .text($0) }
    }
    var partyTests: [String] = []
    if !filter.applicantCountries.isEmpty {
      partyTests.append("a.country IN (\(list(filter.applicantCountries.count)))")
      args += filter.applicantCountries.map { .text($0.uppercased()) }
    }
    if !filter.provinces.isEmpty {
      let names = try filter.provinces.map { try Self.province($0, divisions, pinyin) }
      partyTests.append("a.province IN (\(list(names.count)))")
      args += names.map { .text($0) }
    }
    if !filter.cities.isEmpty {
      let names = filter.cities.map(Self.city)
      partyTests.append("a.region_city IN (\(list(names.count)))")
      args += names.map { .text($0) }
    }
    if !partyTests.isEmpty {
      clauses.append(
        """
        EXISTS (SELECT 1 FROM parties a WHERE a.patent_id = p.id AND a.role IN ('applicant', 'assignee') \
        AND \(partyTests.joined(separator: " AND ")))
        """)
    }
    if !filter.keywords.isEmpty {
      let tests = filter.keywords.map { _ in "t.text LIKE ? ESCAPE '\\'" }.joined(separator: " OR ")
      clauses.append("EXISTS (SELECT 1 FROM texts t WHERE t.patent_id = p.id AND (\(tests)))")
      args += filter.keywords.map { .text("%" + Self.escapeLike($0) + "%") }
    }
    condition = clauses.isEmpty ? "TRUE" : clauses.joined(separator: " AND ")
    values = args
  }

  /// `H01M 10/05` → `H01M10/05`; a bare main group `H01M10` → `H01M10/` (so it does not match `H01M100`).
  static func classificationPrefix(_ raw: String) throws -> String {
    let compact = raw.uppercased().filter { !$0.isWhitespace }
    let chars = Array(compact)
    guard let first = chars.first, first.isLetter, first.isASCII else {
      throw WorkspaceError.invalidFilter("classification prefix \(raw) must start with a section letter")
    }
    if chars.count > 4, !compact.contains("/"), chars[4...].allSatisfy(\.isNumber) { return compact + "/" }
    return compact
  }

  /// A province name in any accepted form → the stored full Chinese name.
  static func province(_ raw: String, _ divisions: ChinaDivisions, _ pinyin: PinyinTable? = nil) throws -> String {
    guard let hit = divisions.province(named: raw.trimmingCharacters(in: .whitespaces), pinyin: pinyin) else {
      throw WorkspaceError.invalidFilter("unknown province \(raw) (use 广东, 广东省, Guangdong or 44)")
    }
    return hit.nameZH
  }

  /// `深圳` → `深圳市`, `常州` → `常州市`.
  static func city(_ raw: String) -> String { ChinaDivisions.cityName(raw.trimmingCharacters(in: .whitespaces)) }

  private static func escapeLike(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}
