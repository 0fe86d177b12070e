import Applicants
import Testing

/// Alias files: rejections and conflicting lines.
@Suite struct AliasTableTests {
  @Test func conflictingLinesAreAnErrorNamingBoth() {
    let text = "ACME\tACME CORP\nFOO\tBAR\nacme\tOTHER CORP\n"
    #expect(throws: ApplicantsError.self) { try AliasTable(text: text, path: "a.tsv") }
    do {
      _ = try AliasTable(text: text, path: "a.tsv")
    } catch { #expect("\(error)".contains("a.tsv:3") && "\(error)".contains("line 1")) }
  }

  @Test func aDashKeepsAVariantApart() throws {
    let table = try AliasTable(text: "TONGYIDIAN\t-\nFOO\tBAR\n", path: "a.tsv")
    #expect(table.rejections == ["TONGYIDIAN"] && table.aliases.map(\.variant) == ["FOO"])
    #expect(try AliasTable(text: table.text, path: "b.tsv") == table)
  }
}
