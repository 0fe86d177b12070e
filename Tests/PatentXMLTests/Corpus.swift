import Foundation
import PatentModel
import PatentXML

/// The real office files in `Corpora/` and what `Corpora/PROVENANCE.md` says they hold.
enum Corpus {
  /// The repository's `Corpora/` folder (found from this file, so tests run from any directory).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpora")

  /// Absolute path of a corpus file given relative to `Corpora/`.
  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  /// Every XML file in the corpus, relative paths, sorted.
  static var allFiles: [String] {
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    var files: [String] = []
    while let next = enumerator?.nextObject() as? String {
      if next.hasSuffix(".xml") { files.append(next) }
    }
    return files.sorted()
  }

  /// Reads one corpus file.
  static func read(
    _ relative: String, jobs: Int = 1
  ) -> (records: [PatentRecord], diagnostics: [XMLDiagnostic], summary: ReadSummary) {
    PatentReader(jobs: jobs).records([path(relative)])
  }

  /// The first record of a corpus file (tests fail clearly when there is none).
  static func first(_ relative: String) -> PatentRecord? { read(relative).records.first }

  /// Records per file, from the `docs` column of `Corpora/PROVENANCE.md` (see its notes for OPS).
  static let expectedRecords: [String: Int] = [
    "cnipa-business/ps_cn_new1.xml": 1, "cnipa-business/ps_cn_new3.xml": 1,
    "cnipa-legacy/200880114428_A.xml": 1, "cnipa-legacy/ps_cn_old1.xml": 1, "cnipa-legacy/ps_cn_old2.xml": 1,
    "docdb/AP-1206-A_302101161.xml": 1, "docdb/DE-backfile.xml": 10, "docdb/WO-2022259205-A1_544370561.xml": 1,
    "dpma-register/dpma_patent_info.xml": 1,
    "ep-publication/goeps_application_v1-0-A1.xml": 1, "ep-publication/goeps_application_v1-01-A1.xml": 1,
    "ep-publication/goeps_application_v1-2-A2.xml": 1, "ep-publication/goeps_application_v1-3-A2.xml": 1,
    "ep-publication/goeps_application_v1-4-A2.xml": 1, "ep-publication/goeps_application_v1-5-1-A1.xml": 1,
    "ep-publication/goeps_application_v1-5-A1.xml": 1, "ep-publication/goeps_grant_v1-0-B1.xml": 1,
    "ep-publication/goeps_grant_v1-1-B1.xml": 1, "ep-publication/goeps_grant_v1-2-B1.xml": 1,
    "ep-publication/goeps_grant_v1-3-B2.xml": 1, "ep-publication/goeps_grant_v1-4-B1.xml": 1,
    "ep-publication/goeps_grant_v1-5-1-B1.xml": 1, "ep-publication/goeps_grant_v1-5-1-B2.xml": 1,
    "ep-publication/goeps_grant_v1-5-B1.xml": 1, "ep-publication/ps_st36bexample_DOC00001.xml": 1,
    "jpo/ps_jp_example1.xml": 1, "jpo/ps_jp_example2.xml": 1, "jpo/ps_jp_example4.xml": 1,
    "kipris-api/kipris_patent_120050421158_1.xml": 14, "kipris-api/kipris_patent_120060342061_1.xml": 37,
    "kipris-api/kipris_patent_120070353675_1.xml": 33,
    "ops/epoops_convert_patent_number_original.xml": 0, "ops/epoops_get_abstract_multiple.xml": 3,
    "ops/epoops_get_biblio.xml": 1, "ops/epoops_get_biblio_multiple.xml": 3, "ops/epoops_get_claims.xml": 0,
    "ops/epoops_get_classification_statistics.xml": 0, "ops/epoops_get_description.xml": 0,
    "ops/epoops_get_family.xml": 5, "ops/epoops_get_family_with_biblio.xml": 5,
    "ops/epoops_get_family_with_legal.xml": 5, "ops/epoops_get_full_cycle_multiple.xml": 4,
    "ops/epoops_get_legal.xml": 1, "ops/epoops_get_published_equivalents.xml": 0,
    "ops/epoops_get_register_biblio.xml": 1, "ops/epoops_get_register_events.xml": 1, "ops/epoops_search.xml": 0,
    "ops/epoops_search_with_constituent.xml": 3, "ops/pclient_family_publication_docdb_EP.2906782.A2_.xml": 11,
    "ops/pclient_legal_fixtures_example_1.xml": 1, "ops/pclient_legal_publication_docdb_CA.2300029.C_.xml": 1,
    "ops/pclient_number-service_publication_original_WO.2018148832A1_docdb.xml": 0,
    "ops/pclient_published-data_application_docdb_EP.13844704.A_biblio.xml": 2,
    "ops/pclient_published-data_publication_docdb_CA.2944968.A1_claims.xml": 0,
    "ops/pclient_published-data_publication_docdb_CN.104968889.A_biblio.xml": 1,
    "ops/pclient_published-data_publication_docdb_EP.2906782.A4_biblio.xml": 1,
    "ops/pclient_published-data_publication_docdb_RU.2015117646.A_biblio.xml": 1,
    "ops/pclient_published-data_publication_docdb_US.9291047.B2_biblio.xml": 1,
    "ops/pclient_published-data_publication_docdb_WO.2018148832.A1_biblio.xml": 1,
    "ops/pclient_published-data_search4323a9ad5250bcd2c47c085a57969a71.xml": 0,
    "ops/pclient_published_test_biblio_example.xml": 1, "ops/pclient_published_test_full_cycle_example.xml": 2,
    "ops/pclient_register_publication_epodoc_EP.3082535.A1_biblio.xml": 1,
    "uspto-app-pap-v1x/US20010000943A1.xml": 1, "uspto-app-pap-v1x/US20010009014A1.xml": 1,
    "uspto-app-pap-v1x/gouspto_v1-5-A1_2.xml": 1,
    "uspto-app-v4/US20050004974A1.xml": 1, "uspto-app-v4/gouspto_v4-0-A2_1.xml": 1,
    "uspto-app-v4/gouspto_v4-4-A1.xml": 1, "uspto-app-v4/gouspto_v4-5-A1.xml": 1,
    "uspto-app-v4/gouspto_v4-5-A2.xml": 1, "uspto-app-v4/ipa130117.one.xml": 2, "uspto-app-v4/ps_us_example1.xml": 1,
    "uspto-app-v4/ps_us_example3.xml": 1,
    "uspto-grant-v4/US06859910.xml": 1, "uspto-grant-v4/US07272630B2.xml": 1, "uspto-grant-v4/US08926509.xml": 1,
    "uspto-grant-v4/US08930553.xml": 1, "uspto-grant-v4/gouspto_v4-0-B2.xml": 1,
    "uspto-grant-v4/gouspto_v4-5-B1.xml": 1,
    "uspto-grant-v4/grant_us11646472b2_17248024.xml": 1, "uspto-grant-v4/ipg050104.small.xml": 25,
    "uspto-grant-v4/ipg070102.small.xml": 25, "uspto-grant-v4/ipg120327.one.xml": 1,
    "uspto-grant-v4/ipg120327.two.xml": 2, "uspto-grant-v4/ipg130416.small.xml": 25,
    "uspto-grant-v4/pv_2009_1.xml": 1,
    "uspto-redbook-v25/US06337117.xml": 1, "uspto-redbook-v25/gouspto_v2-5-B1.xml": 1,
    "uspto-redbook-v25/gouspto_v2-5-B2.xml": 1,
    "wipo-st96/PatentPublication_Example.xml": 1, "wipo-st96/ps_xslt_us_example1_st96.xml": 1,
  ]

  /// Sequence listings interleaved in bundles (skipped, counted), from PROVENANCE.
  static let expectedSkipped: [String: Int] = [
    "uspto-grant-v4/ipg070102.small.xml": 1, "uspto-grant-v4/ipg130416.small.xml": 2,
  ]

  /// INPADOC legal events per OPS file, from PROVENANCE.
  static let expectedLegalEvents: [String: Int] = [
    "ops/epoops_get_family_with_legal.xml": 75, "ops/epoops_get_legal.xml": 69,
    "ops/pclient_legal_fixtures_example_1.xml": 50, "ops/pclient_legal_publication_docdb_CA.2300029.C_.xml": 1,
  ]
}
