import PatentModel
import Testing

@Test("CSV fields are quoted only when they must be (RFC 4180)")
func csvQuoting() {
  #expect(CSV.field("H01M 10/052") == "H01M 10/052")
  #expect(CSV.field("Samsung Electronics Co., Ltd.") == "\"Samsung Electronics Co., Ltd.\"")
  #expect(CSV.field("a \"quoted\" word") == "\"a \"\"quoted\"\" word\"")
  #expect(CSV.table(["a", "b"], [["1", "x,y"]]) == "a,b\r\n1,\"x,y\"\r\n")
}
