import PatentModel
import Testing

@testable import Workspace

/// The byte path of ``PriorityKey`` that reads ASCII numbers agrees with the general `Character` path: on every
/// priority claim and application in the real corpora, and on combinations of the notations offices use.
@Suite("Priority keys: ASCII path against the general path")
struct PriorityKeyTests {
  @Test("every filing in the corpora")
  func corpora() {
    var compared = 0
    for record in QueryTests.records {
      var filings = record.priorities.map { ($0.country, $0.number, $0.date?.year, $0.isPCT) }
      if let app = record.application { filings.append((app.country, app.number, app.date?.year, false)) }
      for (country, number, year, isPCT) in filings {
        #expect(
          PriorityKey.makeASCII(country: country, number: number, year: year, isPCT: isPCT)
            == PriorityKey.makeUnicode(country: country, number: number, year: year, isPCT: isPCT), "\(number)")
        compared += 1
      }
    }
    #expect(compared > 300)
  }

  @Test("notation combinations", arguments: ["", "EP", "US", "WO", "cn", "JP", "wo", "E-P", "USA"])
  func combinations(_ country: String) {
    let numbers = [
      "", "10167109", "EP20100167109", "2013064552", "WO2013US64552", "wo2013us64552", "US201261713164P",
      "201261713164", "1010536", "NL19981010536", "PCT/US2013/064552", "2009/058797", "201410408762.5", "00012",
      "WO13US1", "AB", "ABC", "12A", "JP2005-123456", "78123456", "77123456", "0000", "P", "CN",
      "WO2013", "WO2013U", "WO2013US", "WO2013USA", "WOAB", "US2013064552A1", "2013-0064552", "EP0012345",
      "99000001", "19990000001", "20300000001", "2101000001", "CN201010536", "ep12345678", "US12345678P",
      "A1B2C3D4E5F6G7", "000000000", "2013US64552",
    ]
    for number in numbers {
      for year in [nil, 1998, 2013, -5, Int.min] as [Int?] {
        for isPCT in [false, true] {
          #expect(
            PriorityKey.makeASCII(country: country, number: number, year: year, isPCT: isPCT)
              == PriorityKey.makeUnicode(country: country, number: number, year: year, isPCT: isPCT),
            "\(country) \(number) \(String(describing: year)) \(isPCT)")
        }
      }
    }
  }
}
