import Foundation

/// All reference data PatentNav uses, loaded once and passed by value to the parts that need it.
///
/// Loads the bundled files, or the files of the same name in a user's directory when given (to use newer
/// lists without a new release). Loading takes about 100 ms (dominated by 8.5 k IPC titles and 4.4 k codes).
public struct ReferenceData: Sendable {
  /// IPC titles (en/zh).
  public let ipcTitles: IPCTitles
  /// WIPO technology fields.
  public let technologyFields: TechnologyFields
  /// Countries and regional offices.
  public let countries: CountryTable
  /// INPADOC legal-event codes.
  public let legalEvents: LegalEventCatalog
  /// Legal forms for harmonization.
  public let legalForms: LegalFormTable
  /// Terms of rights by office and right type.
  public let terms: RightTermTable
  /// Restoration of rights lapsed for non-payment, by office.
  public let restoration: RestorationRules
  /// Pinyin readings of the GB 2312 hanzi.
  public let pinyin: PinyinTable
  /// Chinese provinces.
  public let chinaDivisions: ChinaDivisions

  /// Loads every file, preferring those in `directory`.
  public init(overrides directory: URL? = nil) throws {
    ipcTitles = try IPCTitles(table: ReferenceFile.ipcTitles.load(overrides: directory))
    technologyFields = try TechnologyFields(table: ReferenceFile.technologyFields.load(overrides: directory))
    countries = try CountryTable(table: ReferenceFile.countries.load(overrides: directory))
    legalEvents = try LegalEventCatalog(
      table: ReferenceFile.legalEventCodes.load(overrides: directory),
      types: ReferenceFile.legalEventTypes.load(overrides: directory))
    terms = try RightTermTable(table: ReferenceFile.rightTerms.load(overrides: directory))
    restoration = try RestorationRules(table: ReferenceFile.restorationRules.load(overrides: directory))
    pinyin = try PinyinTable(table: ReferenceFile.hanziPinyin.load(overrides: directory))
    legalForms = try LegalFormTable(table: ReferenceFile.legalForms.load(overrides: directory))
    chinaDivisions = try ChinaDivisions(table: ReferenceFile.chinaDivisions.load(overrides: directory))
  }

  /// Each file's provenance lines, by file name (for reports and `patnav stats`).
  public var provenance: [(file: String, lines: [String])] {
    [
      (ReferenceFile.ipcTitles.rawValue, ipcTitles.provenance),
      (ReferenceFile.technologyFields.rawValue, technologyFields.provenance),
      (ReferenceFile.countries.rawValue, countries.provenance),
      (ReferenceFile.legalEventCodes.rawValue, legalEvents.provenance),
      (ReferenceFile.legalForms.rawValue, legalForms.provenance),
      (ReferenceFile.rightTerms.rawValue, terms.provenance),
      (ReferenceFile.restorationRules.rawValue, restoration.provenance),
      (ReferenceFile.hanziPinyin.rawValue, pinyin.provenance),
      (ReferenceFile.chinaDivisions.rawValue, chinaDivisions.provenance),
    ]
  }
}
