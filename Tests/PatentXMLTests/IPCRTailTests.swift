import PatentModel
import Testing

@testable import PatentXML

/// The tail of an IPCR text line (version date, position and value flags) is read from ASCII bytes; these tests
/// hold that path to the `Character` rules it replaced, on combinations of the tokens such lines are made of.
struct IPCRTailTests {
  private static let tokens = [
    "H01M", "10/052", "", " ", "  ", "20060101AFI20191003BHEP", "20100101ALN", "20100101CLI", "2006010", "20060101",
    "2006.01", "(2006.01)", "20060101AF", "20060101AXX", "2006010XAFI", "\t", "A", "12345678901",
  ]

  @Test("the byte path equals the character path on every ASCII combination")
  func oracle() throws {
    var compared = 0
    var withDate = 0
    for a in Self.tokens {
      for b in Self.tokens {
        for c in Self.tokens {
          let line = "H01M 10/052 " + a + " " + b + c
          var copy = line
          let read = copy.withUTF8(ST36.IPCRTail.init(ascii:))
          let bytes = try #require(read)
          let characters = ST36.IPCRTail(characters: line)
          #expect(bytes.version == characters.version, "\(line.debugDescription)")
          #expect(bytes.isFirst == characters.isFirst, "\(line.debugDescription)")
          #expect(bytes.isInventive == characters.isInventive, "\(line.debugDescription)")
          compared += 1
          if characters.version != nil { withDate += 1 }
        }
      }
    }
    #expect(compared == Self.tokens.count * Self.tokens.count * Self.tokens.count)
    #expect(withDate > compared / 4)  // most lines carry a tail, so the flags are compared, not only nils
  }

  @Test(
    "text that is not plain ASCII takes the character path",
    arguments: ["H01M 10/052 ２0060101AFI", "H01M\r\n20060101AFI"])
  func fallback(_ line: String) {
    var copy = line
    let read = copy.withUTF8(ST36.IPCRTail.init(ascii:))
    #expect(read == nil)
  }

  @Test("a DOCDB IPCR line")
  func docdb() throws {
    let entry = try #require(ST36.textClassification("B65D  51/18        20060101AFI20191003BHEP"))
    #expect(entry.symbol.description == "B65D 51/18")
    #expect(entry.version == PatentDate(year: 2006, month: 1, day: 1))
    #expect(entry.isFirst == true)
    #expect(entry.isInventive == true)
  }
}
