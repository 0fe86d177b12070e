import Testing

@testable import PatentModel

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

/// The byte scanner that reads ASCII notations agrees with the general `Character` path on every combination
/// of the notation pieces office XML uses (edition prefixes, case, spacing, slash and compact group forms,
/// trailing version dates), including the malformed ones.
@Suite("IPC/CPC symbols: ASCII scanner against the general path")
struct ClassificationScannerTests {
  static let prefixes = ["", " ", "7", " 7 ", "12"]
  static let sections = ["H", "a", "Y", "Z", "1", ""]
  static let gaps = ["", " "]
  static let classes = ["01", "1", "001", "0 1"]
  static let subclasses = ["M", "m", "1", ""]
  static let groups = [
    "10/052", "010/52", " 10 / 052", "0016000000", "0010052000", "104", "2100", "1", "", "10 52", "/5", "000/00",
    "  21/301", "13/00", "1/0",
  ]
  static let suffixes = ["", " 20060101AFI20191003BHEP", " (2006.01)", " A", "/", "x"]

  @Test("printed notations", arguments: sections)
  func printed(_ section: String) {
    var compared = 0
    for prefix in Self.prefixes {
      for gap in Self.gaps {
        for cls in Self.classes {
          for subclass in Self.subclasses {
            for group in Self.groups {
              for suffix in Self.suffixes {
                let text = prefix + section + gap + cls + gap + subclass + group + suffix
                #expect(ClassificationSymbol(parsing: text) == ClassificationSymbol.parsedUnicode(text), "\(text)")
                compared += 1
              }
            }
          }
        }
      }
    }
    #expect(compared == 5 * 2 * 4 * 4 * 15 * 6)
  }

  @Test(
    "parts",
    arguments: [
      ("H", "01", "M", "10", "052"), (" h ", "01", "\tm", "0010", "5"), ("H", "1", "M", "10", "00"),
      ("H", "01", "M", "", "00"), ("H", "01", "M", "000", ""), ("Y", "02", "E", "60", "10"),
      ("I", "01", "M", "10", "00"), ("H", "01", "MM", "10", "00"), ("H", "0a", "M", "10", "00"),
      ("H", "01", "M", "1 0", "00"), ("H", "01", "M", "10", "0x"), ("\u{3000}H", "01", "M", "10", "00"),
    ])
  func parts(_ section: String, _ cls: String, _ subclass: String, _ main: String, _ sub: String) {
    #expect(
      ClassificationSymbol(section: section, classCode: cls, subclass: subclass, mainGroup: main, subgroup: sub)
        == ClassificationSymbol.fromUnicodeParts(section, cls, subclass, main, sub))
  }
}
