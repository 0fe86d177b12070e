import PatentModel
import Testing

/// Every printed IPC notation met in the corpora parses to the same normalized symbol.
@Suite("IPC/CPC symbols")
struct ClassificationSymbolTests {
  @Test(
    "notations",
    arguments: [
      ("H01M 10/052", "H01M 10/052"),
      ("B65D  51/18        20060101AFI20191003BHEP", "B65D 51/18"),  // EPO/DOCDB IPCR text
      ("A41D013/00", "A41D 13/00"),  // USPTO v4.0 classification-ipc
      ("H01J001/62", "H01J 1/62"),  // USPTO PAP
      (" 7C 07C 29/44 A", "C07C 29/44"),  // EP v1.0 B511, edition prefix
      ("7H01L 21/00", "H01L 21/00"),
      ("H02K0016000000", "H02K 16/00"),  // DPMA compact
      ("H01M0010052000", "H01M 10/052"),
      ("E03C 104", "E03C 1/04"),  // Red Book, implied slash
      ("H01L 2100", "H01L 21/00"),
      ("A24B   15/18    (2006.01)", "A24B 15/18"),  // CNIPA
      ("H01L  21/301       20060101AFI20210219BHJP", "H01L 21/301"),  // JPO
      ("A61K   9/1075", "A61K 9/1075"),  // CPC
      ("h04w84/20", "H04W 84/20"),
    ])
  func parses(_ input: String, _ expected: String) {
    #expect(ClassificationSymbol(parsing: input)?.description == expected)
  }

  @Test("garbage is rejected", arguments: ["", "XYZ", "H1", "Z01M 10/00", "H01m"])
  func rejects(_ input: String) {
    #expect(ClassificationSymbol(parsing: input) == nil)
  }

  @Test("level parts")
  func levels() throws {
    let symbol = try #require(ClassificationSymbol(parsing: "H01M 10/052"))
    #expect(symbol.section == "H")
    #expect(symbol.classSymbol == "H01")
    #expect(symbol.subclassSymbol == "H01M")
    #expect(symbol.mainGroupSymbol == "H01M 10/00")
    #expect(!symbol.isMainGroup)
  }
}
