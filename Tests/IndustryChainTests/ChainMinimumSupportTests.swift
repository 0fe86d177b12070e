import IndustryChain
import Testing

/// Minimum support: a subject with a handful of families gets no level and no advice.
@Suite struct ChainMinimumSupportTests {
  @Test func aThinSubjectReadsInsufficientEvidence() throws {
    let chain = try ChainOracleTests.chain()
    var p = ChainOracleTests.parameters()
    p.thresholds.minimumSubject = 30
    p.thresholds.minimumReference = 0
    let result = ChainAnalysis.run(
      ChainOracleTests.corpus(), chain: chain, keywordHits: .none(segments: chain.segments.count), parameters: p)
    #expect(result.subjectFamilies == 5)
    for segment in result.segments where segment.families > 0 {
      #expect(segment.position.level == .insufficientEvidence, "\(segment.id)")
      #expect(segment.position.quadrant == nil && segment.position.labelZH == "证据不足")
      #expect(segment.position.adviceEN.contains("no advice"))
    }
    #expect(result.segments.filter { $0.families == 0 }.allSatisfy { $0.position.level == .empty })
  }
}
