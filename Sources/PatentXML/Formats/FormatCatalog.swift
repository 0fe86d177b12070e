import PatentModel

/// The extractor for each supported format.
enum FormatCatalog {
  /// The extractor that reads `format`.
  static func extractor(for format: SourceFormat) -> any RecordExtractor {
    switch format {
    case .usptoGrant, .usptoApplication: USPTOICEExtractor()
    case .usptoPAP: USPTOPAPExtractor()
    case .usptoRedBook: USPTORedBookExtractor()
    case .epPublication: EPPublicationExtractor()
    case .docdb: DOCDBExtractor()
    case .ops: OPSExtractor()
    case .cnipaLegacy: CNIPALegacyExtractor()
    case .cnipaBusiness: CNIPABusinessExtractor()
    case .jpo: JPOExtractor()
    case .wipoST96: ST96Extractor()
    case .kipris: KIPRISExtractor()
    case .dpmaRegister: DPMARegisterExtractor()
    }
  }
}
