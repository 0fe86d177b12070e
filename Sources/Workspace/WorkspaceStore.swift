import Applicants
import PatentCorpus
import ReferenceData

/// The workspace interface the CLI and projects use; SQLite implements it today, PostgreSQL later.
public protocol WorkspaceStore: Sendable {
  /// Reads the inputs and stores their records, one transaction per file; files already ingested are skipped.
  func ingest(_ paths: [String], jobs: Int, progress: ((IngestProgress) -> Void)?) throws -> IngestReport
  /// Workspace ids of the patents the filter selects, ascending.
  func patentIDs(matching filter: PatentFilter) throws -> [Int64]
  /// Loads the selected patents into a compact in-memory corpus (titles in `language` where available; inventors
  /// only when asked).
  func loadCorpus(matching filter: PatentFilter, language: Language, inventors: Bool) throws -> Corpus
  /// Counts by format, country, kind, year and IPC subclass, and the recorded failures.
  func stats(matching filter: PatentFilter) throws -> WorkspaceStats
  /// Writes the selected patents as JSON Lines or CSV to `emit`, in id order; returns how many.
  func export(matching filter: PatentFilter, format: ExportFormat, emit: (String) -> Void) throws -> Int
  /// Applicant entities of the selection with their name variants and counts, largest first.
  func applicants(matching filter: PatentFilter) throws -> [ApplicantSummary]
  /// Replaces the alias table and re-keys every applicant; returns how many party rows changed entity.
  func setAliases(_ aliases: AliasTable) throws -> Int
}
