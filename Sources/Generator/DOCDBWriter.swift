/// Writes generated publications as a DOCDB exchange-documents bundle (one XML document per bundle, as EPO
/// ships them), in the shape `Corpora/docdb/DE-backfile.xml` has.
enum DOCDBWriter {
  /// The bundle's opening, up to and including the root start tag.
  static func header(file: String, count: Int) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <exch:exchange-documents xmlns:exch="http://www.epo.org/exchange" date-of-exchange="20250101" \
    dtd-version="2.5.9" file="\(file)" no-of-documents="\(count)" originating-office="EP">

    """
  }

  /// The bundle's closing tag.
  static let footer = "</exch:exchange-documents>\n"

  /// One `exch:exchange-document`.
  static func document(_ d: SyntheticDocument, docID: Int, all: [SyntheticDocument]) -> String {
    let e = XMLText.escape
    var x = """
      <exch:exchange-document country="\(d.office)" doc-number="\(d.number)" kind="\(d.kind)" doc-id="\(docID)" \
      date-publ="\(d.publicationDate)" family-id="\(d.family)" is-representative="NO"><exch:bibliographic-data>\
      <exch:publication-reference data-format="docdb"><document-id><country>\(d.office)</country>\
      <doc-number>\(d.number)</doc-number><kind>\(d.kind)</kind><date>\(d.publicationDate)</date></document-id>\
      </exch:publication-reference><exch:classifications-ipcr>
      """
    for (i, symbol) in d.ipc.enumerated() {
      x +=
        "<classification-ipcr sequence=\"\(i + 1)\"><text>\(XMLText.ipcr(symbol, first: i == 0, date: d.publicationDate))</text></classification-ipcr>"
    }
    let app = d.application
    x += """
      </exch:classifications-ipcr><exch:application-reference data-format="docdb"><document-id>\
      <country>\(app.office)</country><doc-number>\(app.number)</doc-number><kind>\(app.isPCT ? "W" : "A")</kind>\
      <date>\(app.date)</date></document-id></exch:application-reference>
      """
    if !d.priorities.isEmpty {
      x += "<exch:priority-claims>"
      for (i, p) in d.priorities.enumerated() {
        x += """
          <exch:priority-claim sequence="\(i + 1)" data-format="docdb"><document-id document-id-type="docdb">\
          <country>\(p.office)</country><doc-number>\(p.number)</doc-number><kind>\(p.isPCT ? "W" : "A")</kind>\
          <date>\(p.date)</date></document-id></exch:priority-claim>
          """
      }
      x += "</exch:priority-claims>"
    }
    x += """
      <exch:parties><exch:applicants><exch:applicant sequence="1" data-format="docdb"><exch:applicant-name>\
      <name>\(e(d.applicantDOCDBName))</name></exch:applicant-name><residence><country>\(residence(d))</country>\
      </residence></exch:applicant><exch:applicant sequence="1" data-format="original"><exch:applicant-name>\
      <name>\(e(d.applicantName))</name></exch:applicant-name></exch:applicant></exch:applicants><exch:inventors>
      """
    for (i, inventor) in d.inventors.enumerated() {
      x += """
        <exch:inventor sequence="\(i + 1)" data-format="original"><exch:inventor-name><name>\(e(inventor))</name>\
        </exch:inventor-name></exch:inventor>
        """
    }
    x += """
      </exch:inventors></exch:parties><exch:invention-title lang="\(d.language)">\(e(d.title))</exch:invention-title>
      """
    if !d.citations.isEmpty {
      x += "<exch:references-cited>"
      for (i, c) in d.citations.enumerated() {
        let cited = all[c]
        x += """
          <exch:citation cited-phase="search" sequence="\(i + 1)"><patcit num="\(i + 1)">\
          <document-id document-id-type="docdb"><country>\(cited.office)</country><doc-number>\(cited.number)</doc-number>\
          <kind>\(cited.kind)</kind></document-id></patcit><category>\(i == 0 ? "X" : "A")</category></exch:citation>
          """
      }
      x += "</exch:references-cited>"
    }
    x += """
      </exch:bibliographic-data><exch:abstract lang="\(d.language)"><p>\(e(d.abstract))</p></exch:abstract>\
      </exch:exchange-document>

      """
    return x
  }

  /// The applicant's residence.
  private static func residence(_ d: SyntheticDocument) -> String { d.applicantCountry }
}
