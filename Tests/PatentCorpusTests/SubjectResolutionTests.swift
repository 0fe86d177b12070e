import Applicants
import PatentCorpus
import ReferenceData
import TestSupport
import Testing

/// Subjects must exist: misspelled, romanized and unknown regions against the applicants of a corpus.
@Suite struct SubjectResolutionTests {
  static let reference = TestCorpora.reference

  static func corpus() -> Corpus {
    var builder = CorpusBuilder()
    let places: [(String, String?, String?)] = [
      ("CN", "江苏省", "常州市"), ("CN", "江苏省", "苏州市"), ("CN", "重庆市", "重庆市"), ("CN", "福建省", "厦门市"),
      ("KR", nil, nil),
    ]
    for (i, p) in places.enumerated() {
      builder.add(
        CorpusEntity(
          workspaceID: Int64(i + 1), key: "e\(i)", name: "E\(i)", type: .company,
          location: ApplicantLocation(country: p.0, province: p.1, city: p.2)))
    }
    var patent = CorpusPatent(workspaceID: 1, publication: "CN 1 A", country: "CN", kind: "application")
    patent.applicants = [1, 2, 3, 4, 5]
    builder.append(patent)
    return builder.build()
  }

  static func resolve(_ spec: String) throws -> SubjectSpec {
    try SubjectSpec.parse(spec, divisions: reference.chinaDivisions, pinyin: reference.pinyin)
      .resolved(in: corpus(), pinyin: reference.pinyin, role: "--region")
  }

  @Test func pinyinAndEnglishNamesResolve() throws {
    #expect(try Self.resolve("city=Changzhou") == .cities(["常州市"]))
    #expect(try Self.resolve("city=chang zhou shi") == .cities(["常州市"]))
    #expect(try Self.resolve("city=Chongqing") == .cities(["重庆市"]))  // 重: chong, not the commoner zhong
    #expect(try Self.resolve("city=Xiamen") == .cities(["厦门市"]))
    #expect(try Self.resolve("city=常州") == .cities(["常州市"]))
    #expect(try Self.resolve("province=Jiangsu") == .provinces(["江苏省"]))
    #expect(try Self.resolve("province=jiang su sheng") == .provinces(["江苏省"]))
    #expect(try Self.resolve("country=KR") == .countries(["KR"]))
  }

  @Test func aSubjectThatMatchesNothingIsAnErrorNamingTheClosest() {
    func message(_ spec: String) -> String {
      do {
        _ = try Self.resolve(spec)
        return ""
      } catch { return "\(error)" }
    }
    #expect(message("city=常洲").contains("did you mean 常州市?"))
    #expect(message("city=Changzou").contains("did you mean 常州市"))
    #expect(message("city=北京").contains("no applicant of the selection is located in 北京市"))
    #expect(message("province=Xizang").contains("no applicant of the selection is located in 西藏自治区"))
    #expect(message("province=Atlantis").contains("unknown province Atlantis"))
    #expect(message("country=JP").contains("countries present: CN (4), KR (1)"))
    #expect(message("city=Changzhou,Atlantis").contains("Atlantis"))
  }

  @Test func theHomeOfARegionComesFromTheSpec() {
    #expect(SubjectSpec.cities(["常州市"]).homeCountries == ["CN"])
    #expect(SubjectSpec.countries(["KR"]).homeCountries == ["KR"])
    #expect(SubjectSpec.entities(["x"]).homeCountries == nil)
  }
}
