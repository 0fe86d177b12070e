/// Writes a generated US grant as a USPTO full-text grant (`us-patent-grant`, ICE DTD v4.5), in the shape of
/// the weekly `ipg` bundles (documents concatenated, each with its declaration and DOCTYPE).
enum USPTOWriter {
  /// One complete XML document.
  static func document(_ d: SyntheticDocument, applicant: SyntheticApplicant, all: [SyntheticDocument]) -> String {
    let e = XMLText.escape
    let app = d.application
    var x = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v45-2014-04-03.dtd" [ ]>
      <us-patent-grant lang="EN" dtd-version="v4.5 2014-04-03" file="US\(d.number)-\(d.publicationDate).XML" \
      status="PRODUCTION" id="us-patent-grant" country="US" date-produced="\(d.publicationDate)" \
      date-publ="\(d.publicationDate)"><us-bibliographic-data-grant><publication-reference><document-id>\
      <country>US</country><doc-number>\(d.number)</doc-number><kind>\(d.kind)</kind><date>\(d.publicationDate)</date>\
      </document-id></publication-reference><application-reference appl-type="utility"><document-id>\
      <country>US</country><doc-number>\(app.number)</doc-number><date>\(app.date)</date></document-id>\
      </application-reference><classifications-ipcr>
      """
    for (i, symbol) in d.ipc.enumerated() {
      let parts = symbol.split(separator: " ")
      let subclass = Array(parts[0])
      let group = parts[1].split(separator: "/")
      x += """
        <classification-ipcr><ipc-version-indicator><date>20060101</date></ipc-version-indicator>\
        <classification-level>A</classification-level><section>\(subclass[0])</section>\
        <class>\(String(subclass[1...2]))</class><subclass>\(subclass[3])</subclass><main-group>\(group[0])</main-group>\
        <subgroup>\(group[1])</subgroup><symbol-position>\(i == 0 ? "F" : "L")</symbol-position>\
        <classification-value>\(i == 0 ? "I" : "N")</classification-value></classification-ipcr>
        """
    }
    x += "</classifications-ipcr><invention-title id=\"d2e53\">\(e(d.title))</invention-title>"
    if !d.citations.isEmpty {
      x += "<us-references-cited>"
      for (i, c) in d.citations.enumerated() {
        let cited = all[c]
        x += """
          <us-citation><patcit num="\(String(format: "%05d", i + 1))"><document-id><country>\(cited.office)</country>\
          <doc-number>\(cited.number)</doc-number><kind>\(cited.kind)</kind><date>\(cited.publicationDate)</date>\
          </document-id></patcit><category>cited by examiner</category></us-citation>
          """
      }
      x += "</us-references-cited>"
    }
    if !d.priorities.isEmpty {
      x += "<priority-claims>"
      for (i, p) in d.priorities.enumerated() where !p.isPCT {
        x += """
          <priority-claim sequence="\(String(format: "%02d", i + 1))" kind="national"><country>\(p.office)</country>\
          <doc-number>\(p.number)</doc-number><date>\(p.date)</date></priority-claim>
          """
      }
      x += "</priority-claims>"
    }
    let person = applicant.kind == .individual
    let nameParts = d.applicantName.split(separator: " ", maxSplits: 1).map(String.init)
    let book =
      person && nameParts.count == 2
      ? "<last-name>\(e(nameParts[0]))</last-name><first-name>\(e(nameParts[1]))</first-name>"
      : "<orgname>\(e(d.applicantName))</orgname>"
    x += """
      <us-parties><us-applicants><us-applicant sequence="001" app-type="applicant" designation="us-only">\
      <addressbook>\(book)<address><country>\(d.applicantCountry)</country></address></addressbook>\
      <residence><country>\(d.applicantCountry)</country></residence></us-applicant></us-applicants><inventors>
      """
    for (i, inventor) in d.inventors.enumerated() {
      let parts = inventor.split(separator: " ", maxSplits: 1).map(String.init)
      let name =
        parts.count == 2
        ? "<last-name>\(e(parts[1]))</last-name><first-name>\(e(parts[0]))</first-name>"
        : "<last-name>\(e(inventor))</last-name>"
      x += """
        <inventor sequence="\(String(format: "%03d", i + 1))" designation="us-only"><addressbook>\(name)\
        <address><country>\(d.applicantCountry)</country></address></addressbook></inventor>
        """
    }
    x += "</inventors></us-parties>"
    if !person {
      x += """
        <assignees><assignee><addressbook><orgname>\(e(d.applicantName))</orgname><role>\
        \(d.applicantCountry == "US" ? "02" : "03")</role><address><country>\(d.applicantCountry)</country></address>\
        </addressbook></assignee></assignees>
        """
    }
    x += """
      </us-bibliographic-data-grant><abstract id="abstract"><p id="p-0001" num="0000">\(e(d.abstract))</p></abstract>\
      </us-patent-grant>

      """
    return x
  }
}
