import PatentModel

/// The extractor for each supported format.
enum FormatCatalog {
  /// The extractor that reads `format`.
  static func extractor(for format: SourceFormat) -> any RecordExtractor {
    switch format {
    case .usptoGrant, .usptoApplication: USPTOICEExtractor()
    default: USPTOICEExtractor()
    }
  }
}
