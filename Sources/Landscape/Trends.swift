import Foundation
import PatentCorpus

/// Filing trends: documents per year by application, priority and publication year, families per first
/// priority year, and the growth over the last years.
public struct Trends: Sendable, Codable, Equatable {
  /// One year's counts.
  public struct Year: Sendable, Codable, Equatable {
    /// The year.
    public let year: Int
    /// Documents filed (application year).
    public let byApplication: Int
    /// Documents by earliest priority year.
    public let byPriority: Int
    /// Documents published.
    public let byPublication: Int
    /// Extended families first filed (earliest priority year of any member).
    public let families: Int
  }

  /// Years from the earliest to the latest year seen, ascending.
  public let years: [Year]
  /// Compound annual growth of families over the last `growthWindow` complete years (0.12 = 12 %/year).
  public let familyGrowth: Double
  /// Years the growth is computed over.
  public let growthWindow: Int
  /// How the figures were computed.
  public let method: String

  /// Counts the corpus. O(patents).
  public init(corpus: Corpus, growthWindow: Int = 5) {
    var application: [Int: Int] = [:]
    var priority: [Int: Int] = [:]
    var publication: [Int: Int] = [:]
    var familyYear = Array(repeating: Int16.max, count: corpus.extendedFamilyCount)
    for i in 0..<corpus.count {
      if corpus.applicationYears[i] > 0 { application[Int(corpus.applicationYears[i]), default: 0] += 1 }
      if corpus.priorityYears[i] > 0 { priority[Int(corpus.priorityYears[i]), default: 0] += 1 }
      if corpus.publicationYears[i] > 0 { publication[Int(corpus.publicationYears[i]), default: 0] += 1 }
      let f = Int(corpus.extendedFamilies[i])
      let y = Int16(corpus.filingYear(of: i))
      if y > 0 { familyYear[f] = min(familyYear[f], y) }
    }
    var families: [Int: Int] = [:]
    for y in familyYear where y != Int16.max { families[Int(y), default: 0] += 1 }
    let all = Set(application.keys).union(priority.keys).union(publication.keys).union(families.keys)
    if let first = all.min(), let last = all.max() {
      years = (first...last).map {
        Year(
          year: $0, byApplication: application[$0] ?? 0, byPriority: priority[$0] ?? 0,
          byPublication: publication[$0] ?? 0, families: families[$0] ?? 0)
      }
    } else {
      years = []
    }
    // Growth between the family counts `growthWindow` years apart, ending at the last year with filings.
    let series = years.filter { $0.families > 0 }
    if let end = series.last, let start = series.first(where: { $0.year >= end.year - growthWindow }),
      end.year > start.year, start.families > 0
    {
      familyGrowth = pow(Double(end.families) / Double(start.families), 1 / Double(end.year - start.year)) - 1
    } else {
      familyGrowth = 0
    }
    self.growthWindow = growthWindow
    method = """
      documents counted once per year of application, earliest priority and publication; a family counts in the \
      earliest priority year of any member (application year when nothing is claimed); growth is the compound \
      annual rate between family counts up to \(growthWindow) years apart, ending at the last year with filings \
      (recent years are incomplete because of the 18-month publication delay)
      """
  }
}
