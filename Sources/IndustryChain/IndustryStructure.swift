import PatentModel

/// The subject's industry structure, supplied by the user as CSV: `segment,<measure>[,reference]`. The
/// measure (output, enterprises, revenue…) is named by the header; `segment` is a segment id or its zh/en name;
/// the optional `reference` column gives the reference's value (national output…) for an industry location
/// quotient.
public struct IndustryStructure: Sendable, Codable, Equatable {
  /// One row.
  public struct Row: Sendable, Codable, Equatable {
    /// Segment index in the chain.
    public let segment: Int
    /// The subject's value.
    public let value: Double
    /// The reference's value, when given.
    public let reference: Double?
  }

  /// The measure's name (the header of the second column).
  public let measure: String
  /// Rows in file order.
  public let rows: [Row]

  /// Creates a structure.
  public init(measure: String, rows: [Row]) {
    self.measure = measure
    self.rows = rows
  }

  /// Parses the CSV; errors name the file and line. O(rows × segments).
  public static func parse(
    _ text: String, file: String, chain: ChainDefinition
  ) throws(ChainAnalysisError)
    -> IndustryStructure
  {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    guard let header = lines.first.map(CSV.fields), header.count >= 2 else {
      throw .industryCSV(file, 1, "expected a header `segment,<measure>[,reference]`")
    }
    guard header[0].trimmingSpaces().lowercased() == "segment" else {
      throw .industryCSV(file, 1, "the first column must be `segment`")
    }
    let hasReference = header.count >= 3 && header[2].trimmingSpaces().lowercased() == "reference"
    var rows: [Row] = []
    var seen: [Int: Int] = [:]
    for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingSpaces().isEmpty {
      let number = offset + 1
      let fields = CSV.fields(line).map { $0.trimmingSpaces() }
      guard fields.count >= 2 else { throw .industryCSV(file, number, "expected segment and value") }
      guard
        let segment = chain.segments.firstIndex(where: {
          $0.id == fields[0] || $0.name.zh == fields[0] || $0.name.en.lowercased() == fields[0].lowercased()
        })
      else {
        throw .industryCSV(
          file, number,
          "unknown segment `\(fields[0])` (chain \(chain.id) has: \(chain.segments.map(\.id).joined(separator: ", ")))")
      }
      if let first = seen[segment] {
        throw .industryCSV(file, number, "segment \(chain.segments[segment].id) repeats line \(first)")
      }
      let ancestors = chain.lineage(of: segment).dropFirst()
      if let clash = seen.keys.first(where: {
        ancestors.contains($0) || chain.lineage(of: $0).dropFirst().contains(segment)
      }) {
        throw .industryCSV(
          file, number,
          "segments \(chain.segments[clash].id) and \(chain.segments[segment].id) nest; list one level only")
      }
      guard let value = Double(fields[1]), value >= 0, value.isFinite else {
        throw .industryCSV(file, number, "value `\(fields[1])` is not a non-negative number")
      }
      var reference: Double?
      if hasReference, fields.count >= 3, !fields[2].isEmpty {
        guard let parsed = Double(fields[2]), parsed >= 0, parsed.isFinite else {
          throw .industryCSV(file, number, "reference `\(fields[2])` is not a non-negative number")
        }
        reference = parsed
      }
      seen[segment] = number
      rows.append(Row(segment: segment, value: value, reference: reference))
    }
    guard rows.count >= 2 else { throw .industryCSV(file, lines.count, "give at least two segments") }
    guard rows.contains(where: { $0.value > 0 }) else { throw .industryCSV(file, lines.count, "all values are zero") }
    return IndustryStructure(measure: header[1].trimmingSpaces(), rows: rows)
  }

  /// Per row, the industry index: the location quotient (v_k/Σv) / (r_k/Σr) when every row has a reference
  /// value, else the share over the equal share v_k / (Σv / K). O(rows).
  public var indices: [Double] {
    let total = rows.reduce(0) { $0 + $1.value }
    let references = rows.compactMap(\.reference)
    if references.count == rows.count {
      let referenceTotal = references.reduce(0, +)
      return rows.map { row in
        guard let reference = row.reference, reference > 0, total > 0, referenceTotal > 0 else { return 0 }
        return (row.value / total) / (reference / referenceTotal)
      }
    }
    return rows.map { total > 0 ? $0.value / (total / Double(rows.count)) : 0 }
  }

  /// Whether ``indices`` are location quotients.
  public var usesLocationQuotient: Bool { rows.allSatisfy { $0.reference != nil } }
}
