import PatentModel
import ReferenceData

/// The corpus folded to extended families (core scoring, fences, overseas layout): members, holders, IPC
/// symbols, offices, claims, dates and legal status per office and overall (alive anywhere). Built once; O(patents + IPC rows) plus sorts of small rows.
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
  /// Status per office (offices ascending by id) per family.
  public let officeStatus: RaggedArray<OfficeStatus>
  /// The latest end of term of the family's applications that have one (yyyymmdd), else filing + 20 years.
  public let expiries: [Int32]
  /// The legal status of every application the view was folded with.
  public let law: LegalStatus

  /// Folds the corpus with its legal status as of `asOf` (``LegalStatus``: terms and restoration from the
  /// reference data).
  public init(corpus: Corpus, reference: ReferenceData, asOf: Int32) {
    self.init(corpus: corpus, law: LegalStatus(corpus: corpus, reference: reference, asOf: asOf))
  }

  /// Folds the corpus with the legal status already computed.
  public init(corpus: Corpus, law: LegalStatus) {
    let asOf = law.asOf
    let count = corpus.extendedFamilyCount
    let members = corpus.extendedFamilyMembers()
    var holders = RaggedArray<Int32>()
    var symbols = RaggedArray<Int32>()
    var representative = Array(repeating: Int32(0), count: count)
    var year = Array(repeating: 0, count: count)
    var filed = Array(repeating: Int32(0), count: count)
    var priority = Array(repeating: Int32(0), count: count)
    var offices = Array(repeating: 0, count: count)
    var officeRows = RaggedArray<OfficeStatus>()
    var expiries = Array(repeating: Int32(0), count: count)
    var officeRow: [OfficeStatus] = []
    var claims = Array(repeating: 0, count: count)
    var references = Array(repeating: 0, count: count)
    var status = Array(repeating: FamilyStatus.pending, count: count)
    var statusDate = Array(repeating: Int32(0), count: count)
    var holderRow: [Int32] = []
    var symbolRow: [Int32] = []
    var officeIDs: [Int32] = []
    for f in 0..<count {
      let row = members[f]
      holderRow.removeAll(keepingCapacity: true)
      symbolRow.removeAll(keepingCapacity: true)
      officeIDs.removeAll(keepingCapacity: true)
      officeRow.removeAll(keepingCapacity: true)
      var best = row.first ?? 0
      for m in row {
        let i = Int(m)
        holderRow.append(contentsOf: corpus.applicants[i])
        symbolRow.append(contentsOf: corpus.ipc[i])
        officeIDs.append(corpus.countryIDs[i])
        let app = law.of(patent: i, in: corpus)
        var row = OfficeStatus(
          office: app.office, state: app.state, since: app.since, restorableUntil: app.restorableUntil,
          expiry: app.state.isEnded ? 0 : app.expiry)
        if let k = officeRow.firstIndex(where: { $0.office == row.office }) {
          row.expiry = max(row.expiry, officeRow[k].expiry)
          if officeRow[k].isWeaker(than: row, on: asOf) { officeRow[k] = row } else { officeRow[k].expiry = row.expiry }
        } else {
          officeRow.append(row)
        }
        if !app.state.isEnded || app.state == .expired { expiries[f] = max(expiries[f], app.expiry) }
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
      offices[f] = Self.sortedUnique(&officeIDs).count
      officeRow.sort { $0.office < $1.office }
      officeRows.append(officeRow)
      if expiries[f] == 0 && filed[f] > 0 { expiries[f] = filed[f] + 200_000 }
      var overall = officeRow.first
      for row in officeRow.dropFirst() where overall.map({ $0.isWeaker(than: row, on: asOf) }) ?? true {
        overall = row
      }
      status[f] = overall?.state.familyStatus ?? .pending
      statusDate[f] = overall.map { $0.state.isInForce || $0.state == .pending ? 0 : $0.since } ?? 0
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
    self.officeStatus = officeRows
    self.expiries = expiries
    self.law = law
  }

  /// Years of term left in each office where family `f` is in force or pending, as of ``asOf``.
  public func remainingYears(_ f: Int, in row: OfficeStatus) -> Double {
    guard !row.state.isEnded, row.expiry > asOf else { return 0 }
    return Double(DayNumber.days(row.expiry) - DayNumber.days(asOf)) / 365.25
  }

  /// Family `f`'s state in `office` (a corpus country id); nil when it has no member there.
  public func status(_ f: Int, in office: Int32) -> OfficeStatus? { officeStatus[f].first { $0.office == office } }

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

  /// End of term (the latest of its applications' terms by office and right type, else filing + 20 years),
  /// yyyymmdd, 0 when the filing date is unknown.
  public func expiry(_ f: Int) -> Int32 { expiries[f] }

  /// Years of term left as of `asOf` (0 once ended). Dates as yyyymmdd, counted in days / 365.25.
  public func remainingYears(_ f: Int) -> Double {
    guard !status[f].isEnded, expiry(f) > asOf else { return 0 }
    return Double(DayNumber.days(expiry(f)) - DayNumber.days(asOf)) / 365.25
  }
}
