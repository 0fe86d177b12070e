import Applicants
import PatentModel
import ReferenceData

/// A parsed record with everything the writer needs computed ahead, on the parser threads: harmonized party
/// names and entity types, party locations, priority keys, legal-event meanings and the source rank.
struct PreparedRecord: Sendable {
  /// One party with its harmonization and location.
  struct PreparedParty: Sendable {
    let party: Party
    let harmonized: HarmonizedName
    let location: ApplicantLocation
  }

  let record: PatentRecord
  let parties: [PreparedParty]
  let priorityKeys: [String?]
  let applicationKey: String?
  let eventMeanings: [LegalEventMeaning]
  let rank: Int
  /// Earliest priority date, or the filing date when nothing is claimed.
  let earliestPriority: PatentDate?

  /// The context shared by every preparation (immutable, so safe on any thread).
  struct Context: Sendable {
    let harmonizer: HarmonizationCache
    let locations: LocationCache
    let legalEvents: LegalEventCatalog
  }

  init(_ record: PatentRecord, context: Context) {
    self.record = record
    parties = record.parties.map { party in
      let isOwner = party.role == .applicant || party.role == .assignee
      let harmonized =
        isOwner
        ? context.harmonizer.harmonize(party.name, typeHint: party.typeHint, isPerson: party.isPerson)
        : context.harmonizer.unharmonized(party.name)
      var location =
        !isOwner
        ? ApplicantLocation(country: party.country)
        : context.locations.locate(
          country: party.country, address: party.address, city: party.city, state: party.state,
          postcode: party.postcode)
      // No address: the name alone may show the country (Korean and Japanese names; see NameCountry).
      if isOwner, location.country == nil, let shown = NameCountry.infer(party.name) {
        location.country = shown.country
      }
      return PreparedParty(party: party, harmonized: harmonized, location: location)
    }
    priorityKeys = record.priorities.map(PriorityKey.make)
    // A WO publication's application is the PCT application itself.
    applicationKey = record.application.flatMap {
      PriorityKey.make(
        country: $0.country, number: $0.number, year: $0.date?.year, isPCT: record.publication.country == "WO")
    }
    eventMeanings = record.legalEvents.map {
      context.legalEvents.meaning(
        authority: $0.country ?? record.publication.country, code: $0.code, description: $0.description)
    }
    rank = SourceRank.of(record.source.format)
    earliestPriority = record.priorities.compactMap(\.date).min() ?? record.application?.date
  }
}

/// How much a source is trusted for scalar facts when two sources describe the same publication (lower wins).
enum SourceRank {
  /// Full-text office publications first, then WIPO ST.96, then bibliographic services, then registers.
  static func of(_ format: SourceFormat) -> Int {
    switch format {
    case .usptoGrant, .usptoApplication, .usptoPAP, .usptoRedBook, .epPublication, .cnipaLegacy, .cnipaBusiness,
      .jpo:
      1
    case .wipoST96: 2
    case .docdb, .kipris: 3
    case .ops: 4
    case .dpmaRegister: 5
    }
  }
}
