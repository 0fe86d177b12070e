/// Escaping for text and attribute values written into generated XML.
enum XMLText {
  /// `&`, `<`, `>` and `"` escaped.
  static func escape(_ text: String) -> String {
    guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return text }
    var out = ""
    out.reserveCapacity(text.count + 8)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// The IPCR text field DOCDB writes (`H01M   4/525       20060101AFI20190312BHEP`).
  static func ipcr(_ printed: String, first: Bool, date: String) -> String {
    let parts = printed.split(separator: " ")
    let subclass = parts.first.map(String.init) ?? printed
    let group = parts.count > 1 ? parts[1].split(separator: "/") : []
    let main = group.first.map(String.init) ?? ""
    let sub = group.count > 1 ? String(group[1]) : "00"
    let paddedMain = String(repeating: " ", count: max(0, 4 - main.count)) + main
    let paddedSub = sub + String(repeating: " ", count: max(0, 10 - sub.count))
    return "\(subclass)\(paddedMain)/\(paddedSub)20060101A\(first ? "F" : "L")\(first ? "I" : "N")\(date)BHEP"
  }
}
