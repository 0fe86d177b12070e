import PatentModel

/// The corpus folded to extended families (core scoring, fences, overseas layout): members, holders, IPC
/// symbols, offices, claims, dates and status. Built once; O(patents + IPC rows) plus sorts of small rows.
public struct FamilyView: Sendable {
  /// Number of families (dense ids `0..<count`, the corpus's extended families).
  public let count: Int
  /// Member patents (corpus indices) per family, ascending.
  public let members: RaggedArray<Int32>
  /// Applicant entities (corpus entity indices) per family, unique, ascending.
  public let holders: RaggedArray<Int32>
  /// IPC symbol ids (into `corpus.symbols`) per family, unique, ascending.
  public let symbols: RaggedArray<Int32>
  /// The member shown for the family: the most forward-cited, then the smallest publication.
  public let representative: [Int32]
  /// Earliest publication year (0 when none).
  public let year: [Int]
  /// Earliest filing date, yyyymmdd (0 when none).
  public let filed: [Int32]
  /// Earliest priority date, yyyymmdd (0 when none).
  public let priority: [Int32]
  /// Distinct publishing offices.
  public let offices: [Int]
  /// Most claims of any member.
  public let claims: [Int]
  /// Most backward citations of any member (all references, inside the corpus or not).
  public let references: [Int]
  /// Status as of `asOf` and the date it took effect (0 when alive or pending).
  public let status: [FamilyStatus]
  /// The date of the status (the first end event or the nominal expiry), yyyymmdd, 0 when none.
  public let statusDate: [Int32]
  /// The as-of date, yyyymmdd.
  public let asOf: Int32

  /// Folds the corpus; `asOf` decides expiry by term (filing + 20 years).
  public init(corpus: Corpus, asOf: Int32) {
    let count = corpus.extendedFamilyCount
    // Counting sort of the patents by family: members row after row without an array per family.
    var start = Array(repeating: 0, count: count + 1)
    for f in corpus.extendedFamilies { start[Int(f) + 1] += 1 }
    for f in 0..<count { start[f + 1] += start[f] }
    var order = Array(repeating: Int32(0), count: corpus.count)
    var fill = start
    for i in 0..<corpus.count {
      let f = Int(corpus.extendedFamilies[i])
      order[fill[f]] = Int32(i)
      fill[f] += 1
    }
    var members = RaggedArray<Int32>()
    members.reserve(rows: count, values: corpus.count)
    var holders = RaggedArray<Int32>()
    var symbols = RaggedArray<Int32>()
    var representative = Array(repeating: Int32(0), count: count)
    var year = Array(repeating: 0, count: count)
    var filed = Array(repeating: Int32(0), count: count)
    var priority = Array(repeating: Int32(0), count: count)
    var offices = Array(repeating: 0, count: count)
    var claims = Array(repeating: 0, count: count)
    var references = Array(repeating: 0, count: count)
    var status = Array(repeating: FamilyStatus.pending, count: count)
    var statusDate = Array(repeating: Int32(0), count: count)
    var holderRow: [Int32] = []
    var symbolRow: [Int32] = []
    var officeRow: [Int32] = []
    for f in 0..<count {
      let row = order[start[f]..<start[f + 1]]
      members.append(row)
      holderRow.removeAll(keepingCapacity: true)
      symbolRow.removeAll(keepingCapacity: true)
      officeRow.removeAll(keepingCapacity: true)
      var best = row.first ?? 0
      for m in row {
        let i = Int(m)
        holderRow.append(contentsOf: corpus.applicants[i])
        symbolRow.append(contentsOf: corpus.ipc[i])
        officeRow.append(corpus.countryIDs[i])
        let published = Int(corpus.publicationYears[i])
        if published > 0 && (year[f] == 0 || published < year[f]) { year[f] = published }
        let date = corpus.applicationDates[i]
        if date > 0 && (filed[f] == 0 || date < filed[f]) { filed[f] = date }
        let claimed = corpus.priorityDates[i]
        if claimed > 0 && (priority[f] == 0 || claimed < priority[f]) { priority[f] = claimed }
        claims[f] = max(claims[f], Int(corpus.claims[i]))
        references[f] = max(references[f], Int(corpus.backwardCitations[i]))
        let (a, b) = (corpus.forwardCitations[i], corpus.forwardCitations[Int(best)])
        if a > b || (a == b && corpus.publications[i] < corpus.publications[Int(best)]) { best = m }
      }
      if filed[f] == 0 {
        let first = row.lazy.map { Int32(corpus.applicationYears[Int($0)]) }.filter { $0 > 0 }.min()
        filed[f] = first.map { $0 * 10_000 + 101 } ?? 0
      }
      representative[f] = best
      holders.append(Self.sortedUnique(&holderRow))
      symbols.append(Self.sortedUnique(&symbolRow))
      offices[f] = Self.sortedUnique(&officeRow).count
      let expiry = filed[f] > 0 ? filed[f] + 200_000 : 0
      (status[f], statusDate[f]) = FamilyStatus.of(
        members: members[f], corpus: corpus, expiry: expiry, asOf: asOf)
    }
    self.count = count
    self.members = members
    self.holders = holders
    self.symbols = symbols
    self.representative = representative
    self.year = year
    self.filed = filed
    self.priority = priority
    self.offices = offices
    self.claims = claims
    self.references = references
    self.status = status
    self.statusDate = statusDate
    self.asOf = asOf
  }

  /// Sorts the buffer and drops repeats in place; returns the unique prefix.
  private static func sortedUnique(_ buffer: inout [Int32]) -> ArraySlice<Int32> {
    buffer.sort()
    var kept = 0
    for i in buffer.indices where kept == 0 || buffer[kept - 1] != buffer[i] {
      buffer[kept] = buffer[i]
      kept += 1
    }
    return buffer[..<kept]
  }

  /// Nominal expiry (filing + 20 years), yyyymmdd, 0 when the filing date is unknown.
  public func expiry(_ f: Int) -> Int32 { filed[f] > 0 ? filed[f] + 200_000 : 0 }

  /// Years of term left as of `asOf` (0 once ended). Dates as yyyymmdd, counted in days / 365.25.
  public func remainingYears(_ f: Int) -> Double {
    guard !status[f].isEnded, expiry(f) > asOf else { return 0 }
    return Double(DayNumber.days(expiry(f)) - DayNumber.days(asOf)) / 365.25
  }
}
