import Foundation
import ReferenceData
import TestSupport
import Testing

@testable import Applicants

/// The harmonizer built from the bundled legal forms (loaded once per test process).
let reference: ReferenceData = TestCorpora.reference

let harmonizer = ApplicantHarmonizer(legalForms: reference.legalForms)

/// Name variants found in the corpora (and their common spellings) that must become one entity.
@Test(arguments: [
  [
    "Samsung Electronics Co., Ltd.", "SAMSUNG ELECTRONICS CO LTD", "Samsung Electronics Co.,Ltd", "ＳＡＭＳＵＮＧ　ＥＬＥＣＴＲＯＮＩＣＳ",
  ],
  ["Canon Kabushiki Kaisha", "CANON KABUSHIKI KAISHA", "Canon Inc."],
  ["Honda Giken Kogyo Kabushiki Kaisha", "HONDA GIKEN KOGYO KK"],
  ["Matsushita Electric Industrial Co., Ltd.", "MATSUSHITA ELECTRIC INDUSTRIAL CO LTD"],
  ["BOE TECHNOLOGY GROUP CO., LTD.", "BOE Technology Group Co Ltd"],
  ["(주)마린바이오프로세스", "주식회사 마린바이오프로세스", "㈜마린바이오프로세스"],
  ["주식회사 테스크", "(주) 테스크"],
  ["株式会社ディスコ", "㈱ディスコ"],
  ["三星显示有限公司", "三星显示股份有限公司", "三星显示（中国）有限公司"],
  ["云南中烟工业有限责任公司", "云南中烟工业有限公司"],
  ["京东方科技集团股份有限公司", "京东方科技集团有限公司"],
  ["NEC Corporation", "NEC CORP."],
])
func variantsMerge(_ names: [String]) {
  let keys = Set(names.map { harmonizer.harmonize($0).key })
  #expect(keys.count == 1, "\(names) → \(keys)")
}

/// Different applicants that share words must stay apart.
@Test(arguments: [
  ("Samsung Electronics Co., Ltd.", "Samsung Display Co., Ltd."),
  ("Fuji Xerox Co., Ltd.", "Fuji Photo Film Co., Ltd."),
  ("Fujitsu Media Devices Limited", "Fujikura Ltd."),
  ("三星显示有限公司", "三星电子株式会社"),
  ("제주대학교 산학협력단", "가천대학교 산학협력단"),
  ("주식회사 제주", "주식회사 제"),
  ("Mitsubishi Heavy Industries, Ltd.", "Mitsubishi Chemical Corporation"),
])
func distinctStayApart(_ pair: (String, String)) {
  #expect(harmonizer.harmonize(pair.0).key != harmonizer.harmonize(pair.1).key)
}

/// Entity types from name patterns, on applicant names that occur in the corpora.
@Test(arguments: [
  ("국립부경대학교 산학협력단", EntityType.university),
  ("Research and Business Foundation, Korea University", .university),
  ("National Institute of Advanced Industrial Science and Technology", .institute),
  ("中国科学院化学研究所", .institute),
  ("清华大学", .university),
  ("北京大学第一医院", .hospital),
  ("清华大学科技开发有限公司", .company),
  ("NEC Corporation", .company),
  ("(주)마린바이오프로세스", .company),
  ("株式会社ディスコ", .company),
  ("김덕현", .individual),
  ("王达佐", .individual),
  ("国家知识产权局", .government),
  ("The United States of America as represented by the Secretary of the Navy", .government),
])
func entityTypes(_ entry: (String, EntityType)) {
  let result = harmonizer.harmonize(entry.0)
  #expect(result.type == entry.1, "\(entry.0): \(result.type) (\(result.typeEvidence))")
}

@Test func structuredPersonNamesAreIndividuals() {
  #expect(harmonizer.harmonize("Yasuo Manabe", isPerson: true).type == .individual)
  #expect(harmonizer.harmonize("Mi-Ching Tsai", typeHint: "applicant-inventor").type == .individual)
  #expect(harmonizer.harmonize("Bosch", isPerson: false).type == .company)
  // USPTO assignee type codes (the corpora's grants carry 02, 03 and 04).
  #expect(harmonizer.harmonize("Yennifer Feliciano", typeHint: "04").type == .individual)
  #expect(harmonizer.harmonize("Secretary of the Army", typeHint: "06").type == .government)
  #expect(harmonizer.harmonize("Bluestreak.com", typeHint: "02").type == .company)
  #expect(harmonizer.harmonize("The Regents of the University of California", typeHint: "02").type == .university)
}

@Test func aliasesMergeAcrossScripts() throws {
  let aliases = try AliasTable(
    text: "# zh = en\n华为技术有限公司\tHUAWEI TECHNOLOGIES CO LTD\tcompany\n", path: "aliases.tsv")
  let withAliases = ApplicantHarmonizer(legalForms: reference.legalForms, aliases: aliases)
  let zh = withAliases.harmonize("华为技术有限公司")
  let en = withAliases.harmonize("Huawei Technologies Co., Ltd.")
  #expect(zh.key == en.key)
  #expect(zh.aliased && en.aliased)
  #expect(zh.displayName == "HUAWEI TECHNOLOGIES CO LTD")
  #expect(harmonizer.harmonize("华为技术有限公司").key != harmonizer.harmonize("Huawei Technologies Co., Ltd.").key)
}

@Test func unknownEntityTypeInAliasesIsReportedWithItsLine() {
  #expect(
    throws: ApplicantsError.malformedAlias(path: "a.tsv", line: 3, reason: "unknown entity type college")
  ) {
    try AliasTable(text: "# aliases\nA CO\tACME\tcompany\nB UNIV\tB\tcollege\n", path: "a.tsv")
  }
}

@Test func malformedAliasLineIsReportedWithItsLine() {
  #expect(throws: ApplicantsError.malformedAlias(path: "a.tsv", line: 2, reason: "expected variant<TAB>canonical")) {
    try AliasTable(text: "A\tB\nonly-one-cell\n", path: "a.tsv")
  }
}

@Test func normalizationFoldsWidthAndPunctuation() {
  #expect(ApplicantName.normalize("Ｓａｍｓｕｎｇ　Co.，Ltd.") == "SAMSUNG CO.,LTD.")
  #expect(ApplicantName.tokens("SAMSUNG CO.,LTD.") == "SAMSUNG CO LTD")
  #expect(ApplicantName.key("국립부경대학교 산학협력단") == "국립부경대학교산학협력단")
}

/// The ASCII fast paths of name normalization answer as the Unicode properties they stand for.
struct ASCIIFastPathTests {
  @Test("the separator tables equal the Unicode properties on all 128 ASCII scalars")
  func tables() {
    for value in UInt8(0)..<128 {
      let scalar = Unicode.Scalar(value)
      #expect(ApplicantName.asciiWhitespace[Int(value)] == scalar.properties.isWhitespace)
      let punctuation = scalar != "&" && scalar != "+" && ApplicantName.isPunctuation(scalar)
      #expect(ApplicantName.asciiTokenSeparator[Int(value)] == (scalar.properties.isWhitespace || punctuation))
    }
    #expect(ApplicantName.asciiTokenSeparator[Int(UInt8(ascii: ","))])
    #expect(!ApplicantName.asciiTokenSeparator[Int(UInt8(ascii: "&"))])
    #expect(!ApplicantName.asciiTokenSeparator[Int(UInt8(ascii: "A"))])
  }

  @Test(
    "ASCII and non-ASCII names normalize and tokenize as before",
    arguments: [
      ("Samsung Electronics Co., Ltd.", "SAMSUNG ELECTRONICS CO., LTD.", "SAMSUNG ELECTRONICS CO LTD"),
      ("  AT&T  Corp. ", "AT&T CORP.", "AT&T CORP"),
      ("Ｓａｍｓｕｎｇ　Electronics Co.，Ltd.", "SAMSUNG ELECTRONICS CO.,LTD.", "SAMSUNG ELECTRONICS CO LTD"),
      ("比亚迪股份有限公司", "比亚迪股份有限公司", "比亚迪股份有限公司"),
    ])
  func names(_ raw: String, _ normalized: String, _ tokens: String) {
    #expect(ApplicantName.normalize(raw) == normalized)
    #expect(ApplicantName.tokens(ApplicantName.normalize(raw)) == tokens)
  }
}

/// `strip` skips the literal rules for names without a bracket; that is exact only while every literal pattern
/// has one.
@Test("every literal legal-form pattern has a bracket, and bracketed forms are still stripped")
func literalRulesHaveBrackets() {
  let rules = LegalFormRules(table: reference.legalForms)
  let literal = rules.literalStart + rules.literalEnd + rules.literalAnywhere
  #expect(!literal.isEmpty)
  for rule in literal { #expect(rule.pattern.contains("(") || rule.pattern.contains(")"), "\(rule.pattern)") }
  #expect(harmonizer.harmonize("(주)테스크").key == harmonizer.harmonize("테스크").key)
}
