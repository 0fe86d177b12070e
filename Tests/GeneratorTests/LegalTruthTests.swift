import Foundation
import Generator
import PatentCorpus
import ReferenceData
import TestSupport
import Testing
import Workspace

/// Every status and operation of the generated demo against the generator's own record of what it planted
/// (`legal-truth.tsv`), at three as-of dates: the events go through the XML, the reader, the code tables, the
/// workspace and the corpus load, and come out as each granted application's state and operation counts.
@Suite struct LegalTruthTests {
  /// One planted event.
  struct Planted {
    let meaning: String
    let date: Int32
    let newOwner: String
  }

  /// The truth file's events of the office's own publications (not EPC states), by publication.
  static func truth(_ directory: URL) throws -> [String: [Planted]] {
    let text = try String(contentsOf: directory.appendingPathComponent("legal-truth.tsv"), encoding: .utf8)
    var events: [String: [Planted]] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == 6, cells[0].hasPrefix(cells[1] + " ") else { continue }
      events[cells[0], default: []].append(
        Planted(meaning: cells[3], date: Int32(cells[4].filter(\.isNumber)) ?? 0, newOwner: cells[5]))
    }
    return events
  }

  /// The expected state of a granted CN publication as of `asOf` from its planted events: the first end
  /// (unless a later restoration revived a lapse), else restored, partly invalidated or alive.
  static func expected(_ events: [Planted], asOf: Int32) -> LegalState {
    let known = events.filter { $0.date <= asOf }.sorted { $0.date < $1.date }
    let ends: [String: LegalState] = [
      "lapse": .lapsed, "surrender": .abandoned, "revocation": .revoked, "expiry": .expired,
    ]
    var ended: LegalState?
    var restored = false
    for e in known {
      if let state = ends[e.meaning], ended == nil { ended = state }
      if e.meaning == "revival", ended == .lapsed {
        ended = nil
        restored = true
      }
    }
    if let ended { return ended }
    if restored { return .restored }
    return known.contains { $0.meaning == "partial-invalidation" } ? .partiallyInvalidated : .alive
  }

  @Test(
    "each granted CN application's state and operations equal the planted truth",
    arguments: [
      2018_06_30, 2021_12_31, 2024_12_31,
    ])
  func statesEqualTheTruth(date: Int) throws {
    let (directory, _, workspace) = GeneratorTests.demo
    let truth = try Self.truth(directory)
    let asOf = Int32(date)
    var filter = PatentFilter()
    filter.asOf = asOf
    let corpus = try workspace.loadCorpus(matching: filter, language: .en)
    let law = LegalStatus(corpus: corpus, reference: TestCorpora.reference, asOf: asOf)
    var checked: [LegalState: Int] = [:]
    var operations = (licensed: 0, pledged: 0, open: 0)
    for i in 0..<corpus.count where corpus.country(of: i) == "CN" && corpus.kind(of: i) == "grant" {
      let planted = truth[corpus.publications[i]] ?? []
      let status = law.of(patent: i, in: corpus)
      let state = Self.expected(planted, asOf: asOf)
      #expect(status.state == state, "\(corpus.publications[i]) as of \(date)")
      checked[state, default: 0] += 1
      let known = planted.filter { $0.date <= asOf }
      func count(_ meaning: String) -> Int { known.filter { $0.meaning == meaning }.count }
      #expect(status.licences == count("licence") && status.licencesCancelled == count("licence-cancelled"))
      #expect(status.transfers == count("transfer"))
      #expect(status.pledged == (count("pledge") > count("pledge-released")))
      #expect(status.openLicence == (state.isInForce && count("open-licence") > count("open-licence-withdrawn")))
      if status.activeLicences > 0 { operations.licensed += 1 }
      if status.pledged { operations.pledged += 1 }
      if status.openLicence { operations.open += 1 }
    }
    // Not vacuous: by the last date every planted state occurs, and operations are in force.
    if date == 2024_12_31 {
      for state in [LegalState.alive, .lapsed, .abandoned, .revoked, .restored, .partiallyInvalidated] {
        #expect((checked[state] ?? 0) > 0, "\(state)")
      }
      #expect(operations.licensed > 0 && operations.pledged > 0 && operations.open > 0)
    }
  }
}

extension LegalTruthTests {
  @Test("every planted transfer arrives with its new owner")
  func transfersNameTheirNewOwner() throws {
    let (directory, _, workspace) = GeneratorTests.demo
    let planted = try Self.truth(directory).flatMap { publication, events in
      events.filter { $0.meaning == "transfer" }.map { "\(publication)\t\($0.newOwner)" }
    }
    var found: [String] = []
    _ = try workspace.export(matching: PatentFilter(), format: .jsonl) { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let events = object["legal_events"] as? [[String: Any]]
      else { return }
      let id = object["publication"] as? [String: Any] ?? [:]
      let publication = ["country", "number", "kind"].map { id[$0] as? String ?? "" }.joined(separator: " ")
      for event in events where ["TR01", "AS"].contains(event["code"] as? String ?? "") {
        found.append("\(publication)\t\(event["new_owner"] as? String ?? "")")
      }
    }
    #expect(planted.count > 20 && planted.allSatisfy { !$0.hasSuffix("\t") })
    #expect(found.sorted() == planted.sorted())
  }
}
