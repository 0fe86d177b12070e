import PatentModel
import Testing

@Test("CSV fields are quoted only when they must be (RFC 4180)")
func csvQuoting() {
  #expect(CSV.field("H01M 10/052") == "H01M 10/052")
  #expect(CSV.field("Samsung Electronics Co., Ltd.") == "\"Samsung Electronics Co., Ltd.\"")
  #expect(CSV.field("a \"quoted\" word") == "\"a \"\"quoted\"\" word\"")
  #expect(CSV.table(["a", "b"], [["1", "x,y"]]) == "a,b\r\n1,\"x,y\"\r\n")
}

@Test("line breaks of any kind, CJK text and commas under combining marks are handled as bytes")
func csvQuotingBytes() {
  #expect(CSV.field("line\r\nbreak") == "\"line\r\nbreak\"")  // CR LF is one Character
  #expect(CSV.field("a,\u{301}b") == "\"a,\u{301}b\"")  // a comma with a combining accent is one Character
  #expect(CSV.field("比亚迪股份有限公司，深圳") == "比亚迪股份有限公司，深圳")  // the full-width comma needs no quotes
  #expect(CSV.field("") == "")
  #expect(CSV.row(["a", "", "c,d"]) == "a,,\"c,d\"\r\n")
  #expect(CSV.row([]) == "\r\n")
  for value in ["plain", "x,y", "q\"q", "比亚迪，深圳", "a,\u{301}b"] {  // round trip (one-line values)
    #expect(CSV.fields(String(CSV.row([value, "z"]).dropLast())) == [value, "z"])  // CR LF: one Character
  }
}

/// Cells a spreadsheet would run as formulas are written as text.
@Test(
  arguments: [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+1+2", "'+1+2"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tDOKA", "'\tDOKA"), ("\rX", "'\rX"), ("＝1+1", "'＝1+1"), ("-0.33", "-0.33"),
    ("+12", "+12"), ("-1", "-1"), ("ACME = 1", "ACME = 1"), ("", ""), ("杭州通亿电", "杭州通亿电"),
  ] as [(String, String)])
func formulaLeadingCellsAreText(_ c: (String, String)) {
  #expect(CSV.cell(c.0) == c.1)
}

@Test func aFormulaCellIsNeutralizedThenQuotedInARow() {
  #expect(CSV.row(["=1+1", "a,b", "-5"]) == "'=1+1,\"a,b\",-5\r\n")
}
