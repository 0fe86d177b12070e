import Applicants
import PatentCorpus
import ReferenceData

/// The workspace interface the CLI and projects use: ``SQLiteWorkspace`` (the embedded default) and
/// `PostgresWorkspace` (with the `Postgres` package trait) implement it with the same behaviour.
public protocol WorkspaceStore: Sendable {
  /// Where the workspace lives (a file path or a `postgres://` URL), for messages.
  var location: String { get }
  /// Reference data used for harmonization, locations and legal-event meanings.
  var reference: ReferenceData { get }
  /// Reads the inputs and stores their records, one transaction per file; files already ingested are skipped.
  func ingest(_ paths: [String], jobs: Int, progress: ((IngestProgress) -> Void)?) throws -> IngestReport
  /// Workspace ids of the patents the filter selects, ascending.
  func patentIDs(matching filter: PatentFilter) throws -> [Int64]
  /// Loads the selected patents into a compact in-memory corpus (titles in `language` where available; inventors
  /// only when asked), each entity as stored, before cross-script linking (``loadCorpus(matching:language:inventors:)``
  /// links them).
  func loadUnlinkedCorpus(matching filter: PatentFilter, language: Language, inventors: Bool) throws -> Corpus
  /// Counts by format, country, kind, year and IPC subclass, and the recorded failures.
  func stats(matching filter: PatentFilter) throws -> WorkspaceStats
  /// Writes the selected patents as JSON Lines or CSV to `emit`, in id order; returns how many.
  func export(
    matching filter: PatentFilter, format: ExportFormat, legal: ((Int64) -> ExportLegal?)?, emit: (String) -> Void
  ) throws -> Int
  /// Applicant entities of the selection with their name variants and counts, largest first.
  func applicants(matching filter: PatentFilter) throws -> [ApplicantSummary]
  /// The `top` largest entities of the workspace spelled more than one way, with their spellings: samples to
  /// review harmonization. The same entries as the head of `applicants` filtered to several variants, at a
  /// fraction of its cost.
  func mergedApplicants(top: Int) throws -> [ApplicantSummary]
  /// Whole-workspace totals and the first `failures` recorded failures.
  func totals(failures: Int) throws -> WorkspaceTotals
  /// Replaces the alias table and re-keys every applicant; returns how many party rows changed entity.
  func setAliases(_ aliases: AliasTable) throws -> Int
  /// The aliases stored in the workspace.
  func aliases() throws -> AliasTable
  /// For each keyword list, the selected patents whose title or abstract contains one of its keywords.
  func textMatches(_ lists: [[String]], matching filter: PatentFilter) throws -> [[Int64]]
  /// Aggregates of the selection computed where the data lives (see ``WorkspaceAggregates``).
  func aggregates(matching filter: PatentFilter) throws -> WorkspaceAggregates
}

extension WorkspaceStore {
  /// Writes the selected patents without legal-status columns (see
  /// ``export(matching:format:legal:emit:)``).
  public func export(matching filter: PatentFilter, format: ExportFormat, emit: (String) -> Void) throws -> Int {
    try export(matching: filter, format: format, legal: nil, emit: emit)
  }

  /// Loads the selection without inventors.
  public func loadCorpus(matching filter: PatentFilter, language: Language) throws -> Corpus {
    try loadCorpus(matching: filter, language: language, inventors: false)
  }

  /// The entity keys names harmonize to under this workspace's aliases (each name also as given, so keys pass
  /// through). For entity-list files of the analyses.
  public func entityKeys(for names: [String]) throws -> [String] {
    let harmonizer = try harmonizer()
    return Set(names.flatMap { [harmonizer.harmonize($0).key, $0] }).sorted()
  }

  /// A harmonizer with the workspace's aliases (ingest, filters, entity lists).
  func harmonizer() throws -> ApplicantHarmonizer {
    ApplicantHarmonizer(legalForms: reference.legalForms, aliases: try aliases())
  }
}
