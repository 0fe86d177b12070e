import Foundation

/// The reference files PatentNav ships, by the file name a user's override directory must use.
public enum ReferenceFile: String, Sendable, CaseIterable {
  /// IPC sections, classes, subclasses and main groups with English and Chinese titles.
  case ipcTitles = "ipc-titles.tsv"
  /// WIPO IPC → 35 technology fields.
  case technologyFields = "technology-fields.tsv"
  /// Countries with RCEP, Belt-and-Road, PCT and regional-office facts.
  case countries = "countries.tsv"
  /// INPADOC legal-event codes with their meaning.
  case legalEventCodes = "legal-event-codes.tsv"
  /// Corrections of event meanings per code (licence vs cancellation, pledge release, open licence…).
  case legalEventTypes = "legal-event-types.tsv"
  /// Pinyin readings of the GB 2312 hanzi (romanized names of places and applicants).
  case hanziPinyin = "hanzi-pinyin.tsv"
  /// Kind-of-document codes by office: which kinds are granted rights (documents ``DocumentKind``'s rules).
  case kindCodes = "kind-codes.tsv"
  /// Terms of rights by office, right type and filing date.
  case rightTerms = "right-terms.tsv"
  /// How long a right lapsed for non-payment can be restored, by office.
  case restorationRules = "restoration-rules.tsv"
  /// Legal-form suffixes and organisation words for applicant harmonization.
  case legalForms = "legal-forms.tsv"
  /// Chinese province-level division codes and names.
  case chinaDivisions = "china-divisions.tsv"

  /// Loads this file from `directory` when it holds one, else from the bundled resources.
  public func load(overrides directory: URL?) throws -> ReferenceTable {
    if let directory {
      let url = directory.appendingPathComponent(rawValue)
      if FileManager.default.fileExists(atPath: url.path) { return try ReferenceTable(contentsOf: url) }
    }
    let name = (rawValue as NSString).deletingPathExtension
    guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources") else {
      throw ReferenceError.missing(file: rawValue)
    }
    return try ReferenceTable(contentsOf: url)
  }
}
