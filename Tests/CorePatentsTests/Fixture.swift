import Applicants
import PatentCorpus
import ReferenceData
import TestSupport

/// A constructed corpus for the core and fence oracles: one patent per call, families by number, citations by
/// publication number.
struct Fixture {
  var builder = CorpusBuilder()
  var next: Int64 = 0

  init(entities: [(key: String, country: String)]) {
    for (i, e) in entities.enumerated() {
      builder.add(
        CorpusEntity(
          workspaceID: Int64(i + 1), key: e.key, name: e.key.uppercased(), type: .company,
          location: ApplicantLocation(country: e.country)))
    }
  }

  /// Adds `CN <number> B` in `family`, held by entity numbers (1-based), citing the given numbers.
  mutating func add(
    _ number: Int, family: Int64, ipc: [String], holders: [Int64], year: Int, cites: [Int] = [],
    office: String = "CN", flags: UInt32 = LegalEventMeaning.grant.bit, endDate: Int32 = 0, claims: Int16 = 10
  ) {
    next += 1
    var patent = CorpusPatent(workspaceID: next, publication: "\(office) \(number) B", country: office, kind: "B")
    patent.extendedFamily = family
    patent.simpleFamily = family
    patent.applicationYear = Int16(year)
    patent.applicationDate = Int32(year * 10_000 + 101)
    patent.publicationYear = Int16(year + 1)
    patent.ipc = ipc
    patent.applicants = holders
    patent.cited = cites.map { CitationKey.make(country: "CN", number: "\($0)") }
    patent.backwardCitations = Int32(cites.count)
    patent.legalFlags = flags
    patent.endDate = endDate
    patent.publicationDate = Int32((year + 1) * 10_000 + 101)
    // The status reads dated events: the grant a year after filing, an ending event on `endDate`.
    patent.events = LegalEventMeaning.allCases.filter { flags & $0.bit != 0 }.map { meaning in
      CorpusEvent(meaning: meaning, date: meaning.endsRight ? endDate : patent.publicationDate)
    }
    patent.claims = claims
    builder.append(patent)
  }

  func build() -> Corpus { builder.build() }

  static var reference: ReferenceData { TestCorpora.reference }
}
