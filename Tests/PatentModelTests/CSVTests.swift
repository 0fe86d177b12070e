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
