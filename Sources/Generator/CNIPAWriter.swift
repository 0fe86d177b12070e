/// Writes a generated Chinese publication as a CNIPA 2021+ document (`business:PatentDocumentAndRelated`), with
/// the applicant's address and division code, in the shape of `Corpora/cnipa-business/`.
enum CNIPAWriter {
  /// One complete XML document (with its declaration; bundles concatenate them).
  static func document(_ d: SyntheticDocument, applicant: SyntheticApplicant, profile: GeneratorProfile) -> String {
    let e = XMLText.escape
    var address: String
    var province = "0"
    var country = "CN"
    if let region = applicant.region.map({ profile.regions[$0] }) {
      let street = ["科教城", "高新区创新路", "经济开发区", "科技园"][applicant.index % 4]
      address =
        "\(region.province == region.city ? region.city : region.province + region.city)\(street)\(applicant.index % 300 + 1)号"
      province = region.divisionCode
    } else {
      country = applicant.country
      address = ["JP": "日本东京都", "KR": "韩国京畿道", "US": "美国加利福尼亚州", "DE": "德国斯图加特"][applicant.country] ?? "境外"
    }
    var x = """
      <?xml version="1.0" encoding="utf-8" standalone="no"?>
      <business:PatentDocumentAndRelated xmlns:base="http://www.sipo.gov.cn/XMLSchema/base" \
      xmlns:business="http://www.sipo.gov.cn/XMLSchema/business" lang="zh" country="CN" docNumber="\(d.number)" \
      kind="\(d.kind)" datePublication="\(d.publicationDate)"><business:BibliographicData>\
      <business:PublicationReference dataFormat="standard"><base:DocumentID><base:WIPOST3Code>CN</base:WIPOST3Code>\
      <base:DocNumber>\(d.number)</base:DocNumber><base:Kind>\(d.kind)</base:Kind><base:Date>\(d.publicationDate)</base:Date>\
      </base:DocumentID></business:PublicationReference><business:ApplicationReference dataFormat="standard">\
      <base:DocumentID><base:WIPOST3Code>CN</base:WIPOST3Code><base:DocNumber>\(d.application.number)</base:DocNumber>\
      <base:Date>\(d.application.date)</base:Date></base:DocumentID></business:ApplicationReference>
      """
    if !d.priorities.isEmpty {
      x += "<business:PriorityDetails>"
      for (i, p) in d.priorities.enumerated() {
        x += """
          <business:Priority kind="\(p.isPCT ? "international" : "national")" sequence="\(i + 1)">\
          <base:WIPOST3Code>\(p.isPCT ? "WO" : p.office)</base:WIPOST3Code>\
          <base:DocNumber>\(p.isPCT ? "PCT/\(p.office)\(p.number.prefix(4))/\(p.number.dropFirst(4))" : p.number)</base:DocNumber>\
          <base:Date>\(p.date)</base:Date></business:Priority>
          """
      }
      x += "</business:PriorityDetails>"
    }
    x += "<business:ClassificationIPCRDetails>"
    for (i, symbol) in d.ipc.enumerated() {
      let parts = symbol.split(separator: " ")
      let subclass = Array(parts[0])
      let group = parts[1].split(separator: "/")
      x += """
        <business:ClassificationIPCR sequence="\(i + 1)"><business:Section>\(subclass[0])</business:Section>\
        <business:MainClass>\(String(subclass[1...2]))</business:MainClass><business:Subclass>\(subclass[3])</business:Subclass>\
        <business:MainGroup>\(group[0])</business:MainGroup><business:Subgroup>\(group[1])</business:Subgroup>\
        <business:SymbolPosition>\(i == 0 ? "F" : "L")</business:SymbolPosition>\
        <business:ClassificationValue>\(i == 0 ? "I" : "N")</business:ClassificationValue></business:ClassificationIPCR>
        """
    }
    x += """
      </business:ClassificationIPCRDetails><business:InventionTitle lang="zh">\(e(d.title))</business:InventionTitle>\
      <business:Parties><business:ApplicantDetails><business:Applicant sequence="1" appType="\(applicant.kind.rawValue)">\
      <base:AddressBook lang="zh"><base:Name>\(e(d.applicantName))</base:Name><base:Address>\
      <base:WIPOST3Code>\(country)</base:WIPOST3Code><base:Province>\(province)</base:Province>\
      <base:Text>\(e(address))</base:Text></base:Address></base:AddressBook></business:Applicant>\
      </business:ApplicantDetails><business:InventorDetails>
      """
    for (i, inventor) in d.inventors.enumerated() {
      x += """
        <business:Inventor sequence="\(i + 1)"><base:AddressBook lang="zh"><base:Name>\(e(inventor))</base:Name>\
        </base:AddressBook></business:Inventor>
        """
    }
    x += """
      </business:InventorDetails></business:Parties></business:BibliographicData>\
      <business:Abstract lang="zh"><base:Paragraphs>\(e(d.abstract))</base:Paragraphs></business:Abstract>\
      </business:PatentDocumentAndRelated>

      """
    return x
  }
}
