import Testing

@testable import Projects

/// Values inserted into the Markdown reports cannot make table cells, emphasis, code or links.
@Suite struct MarkdownSafetyTests {
  @Test func valuesAreInertInMarkdown() {
    let context: [String: Any] = [
      "name": "EVIL | 0.99 | alive", "rows": [["holder": "a*b*_c_`d`[x](javascript:y)\\"]], "n": 3,
      "lines": "one\ntwo",
    ]
    let safe = ReportStage.markdownSafe(context) as? [String: Any]
    #expect(safe?["name"] as? String == "EVIL \\| 0.99 \\| alive")
    let rows = safe?["rows"] as? [[String: Any]]
    #expect(rows?.first?["holder"] as? String == "a\\*b\\*\\_c\\_\\`d\\`\\[x\\](javascript:y)\\\\")
    #expect(safe?["n"] as? Int == 3 && safe?["lines"] as? String == "one two")
  }
}
