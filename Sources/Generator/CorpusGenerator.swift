import Foundation

/// `patnav generate`: a deterministic synthetic corpus with the statistical shape of real patent data, written
/// as real office XML that `PatentReader` reads (DOCDB exchange-document bundles for every publication, CNIPA
/// 2021+ documents for the Chinese ones).
///
/// Same options → byte-identical files. Cost: O(publications + citations) time; memory holds the plan (about
/// 1 KB per publication) while writing.
public struct CorpusGenerator: Sendable {
  /// Publications to generate (the last family may add a few more).
  public var patents: Int
  /// Seed.
  public var seed: UInt64
  /// Profile.
  public var profile: GeneratorProfile
  /// Publications per DOCDB bundle.
  public var bundleSize = 2000
  /// When set (yyyymmdd), only what had been published by that day is written: publications dated on or before
  /// it and legal events dated on or before it, from the same plan as the whole corpus (what a workspace that
  /// stopped ingesting that day would hold; the as-of property tests compare the two).
  public var publishedBy: Int?

  /// Creates a generator.
  public init(patents: Int, seed: UInt64, profile: GeneratorProfile) {
    self.patents = patents
    self.seed = seed
    self.profile = profile
  }

  /// Writes the corpus into `directory` (created if needed) and returns its manifest (also written there,
  /// with `aliases-truth.tsv`: the Chinese and English names of every Chinese applicant, for checking
  /// harmonization, and `legal-truth.tsv`: every legal event written with its meaning, for checking status).
  public func write(to directory: URL) throws -> GeneratorManifest {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var random = SeededRandom(seed: seed)
    let population = ApplicantFactory(profile: profile).make(count: max(30, patents / 8), random: &random)
    let (documents, _, coreFamilies) = CorpusSynthesizer(profile: profile, applicants: population)
      .documents(target: patents, random: &random)
    let lives = LegalEventPlanner.plan(documents, lastYear: profile.years.upperBound, random: &random)
    var operationStream = SeededRandom(seed: seed &+ 0x6F70_6572_6174_6531)  // its own stream: see OperationPlanner
    let planned =
      (lives
      + OperationPlanner.plan(
        documents, events: lives,
        buyers: (population.filter { $0.country == "CN" }.map(\.nameZH), population.map(\.nameEN)),
        lastYear: profile.years.upperBound, random: &operationStream))
      .enumerated().sorted {
        ($0.element.document, $0.element.date, $0.offset) < ($1.element.document, $1.element.date, $1.offset)
      }
      .map(\.element)
    let cut = publishedBy ?? Int.max
    func published(_ index: Int) -> Bool { (Int(documents[index].publicationDate) ?? 0) <= cut }
    let written = documents.indices.filter(published)
    let events = planned.filter { published($0.document) && (Int($0.date.filter(\.isNumber)) ?? 0) <= cut }
    var files: [String] = []
    // DOCDB bundles are one XML document each; the other formats concatenate complete documents.
    files += try writeBundles(written, prefix: "docdb", to: directory) { name, indices in
      DOCDBWriter.header(file: name, count: indices.count)
        + indices.map { DOCDBWriter.document(documents[$0], docID: $0 + 1, all: documents) }.joined()
        + DOCDBWriter.footer
    }
    let chinese = written.map { documents[$0] }.filter { $0.office == "CN" }
    files += try writeBundles(chinese, prefix: "cnipa", to: directory) { _, slice in
      slice.map { CNIPAWriter.document($0, applicant: population[$0.applicant], profile: profile) }.joined()
    }
    let grantsUS = written.map { documents[$0] }.filter { $0.office == "US" && $0.kind.hasPrefix("B") }
    files += try writeBundles(grantsUS, prefix: "uspto", to: directory) { _, slice in
      slice.map { USPTOWriter.document($0, applicant: population[$0.applicant], all: documents) }.joined()
    }
    var byFamily: [Int: [(SyntheticDocument, [SyntheticEvent])]] = [:]
    var eventsByDocument: [Int: [SyntheticEvent]] = [:]
    for event in events { eventsByDocument[event.document, default: []].append(event) }
    for index in eventsByDocument.keys.sorted() {
      let document = documents[index]
      byFamily[document.family, default: []].append((document, eventsByDocument[index] ?? []))
    }
    files += try writeBundles(byFamily.keys.sorted(), prefix: "legal", to: directory) { _, families in
      families.map { OPSLegalWriter.document(family: $0, members: byFamily[$0] ?? []) }.joined()
    }
    let legalTruth = events.map { e in
      let d = documents[e.document]
      return "\(d.office) \(d.number) \(d.kind)\t\(e.country)\t\(e.code)\t\(e.meaning)\t\(e.date)\t\(e.newOwner ?? "")"
    }
    try write(
      "# publication\tcountry\tcode\tmeaning\tdate\tnew_owner (generated ground truth: every legal event written)\n"
        + legalTruth.joined(separator: "\n") + "\n", to: directory, name: "legal-truth.tsv")
    // Documents of Chinese applicants written under a Latin-script name, with the Chinese name they belong to:
    // the document-level truth of cross-script linking.
    let latinDocuments = written.map { documents[$0] }.filter { d in
      population[d.applicant].country == "CN" && !d.applicantName.unicodeScalars.contains { $0.value >= 0x4E00 }
    }
    try write(
      "# publication\tcanonical\twritten (generated ground truth: documents of Chinese applicants under a Latin name)\n"
        + latinDocuments.map {
          "\($0.office) \($0.number) \($0.kind)\t\(population[$0.applicant].nameZH)\t\($0.applicantName)"
        }
        .joined(separator: "\n") + "\n", to: directory, name: "applicants-truth.tsv")
    let truth = population.filter { $0.country == "CN" }.map { "\($0.nameEN)\t\($0.nameZH)\t\(kindName($0.kind))" }
    try write(
      "# variant\tcanonical\ttype (generated ground truth)\n" + truth.joined(separator: "\n") + "\n",
      to: directory, name: "aliases-truth.tsv")
    let manifest = GeneratorManifest(
      profile: profile.name, seed: seed, patents: written.count,
      families: Set(written.map { documents[$0].family }).count,
      records: written.count + chinese.count + grantsUS.count + eventsByDocument.count, legalEvents: events.count,
      lapsed: Set(events.filter { $0.meaning == "lapse" || $0.meaning == "expiry" }.map(\.document)).count,
      eventTypes: Dictionary(grouping: events, by: \.meaning).mapValues(\.count),
      citations: written.reduce(0) { $0 + documents[$1].citations.count },
      ipcCodes: written.reduce(0) { $0 + documents[$1].ipc.count }, applicants: population.count,
      coreFamilies: coreFamilies,
      byOffice: Dictionary(grouping: written.map { documents[$0] }, by: \.office).mapValues(\.count), files: files,
      publishedBy: publishedBy)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(manifest).write(to: directory.appendingPathComponent("manifest.json"))
    return manifest
  }

  /// Writes `items` in bundles of ``bundleSize`` as `prefix-0001.xml`… (`render` gets the file name and the
  /// slice); returns the file names.
  private func writeBundles<Item>(
    _ items: [Item], prefix: String, to directory: URL, render: (String, ArraySlice<Item>) -> String
  ) throws -> [String] {
    var names: [String] = []
    for start in stride(from: 0, to: items.count, by: bundleSize) {
      let name = String(format: "\(prefix)-%04d.xml", names.count + 1)
      try write(render(name, items[start..<min(items.count, start + bundleSize)]), to: directory, name: name)
      names.append(name)
    }
    return names
  }

  private func kindName(_ kind: SyntheticApplicant.Kind) -> String {
    kind == .institute ? "institute" : kind.rawValue
  }

  private func write(_ text: String, to directory: URL, name: String) throws {
    try Data(text.utf8).write(to: directory.appendingPathComponent(name))
  }
}
