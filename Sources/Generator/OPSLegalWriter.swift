/// Writes legal events as OPS family responses with INPADOC legal data (`ops:world-patent-data`, one per
/// family, in the shape of `Corpora/ops/epoops_get_family_with_legal.xml`).
enum OPSLegalWriter {
  /// One response for the members of one family that have events.
  static func document(family: Int, members: [(SyntheticDocument, [SyntheticEvent])]) -> String {
    let e = XMLText.escape
    var x = """
      <?xml version="1.0" encoding="UTF-8"?>
      <ops:world-patent-data xmlns="http://www.epo.org/exchange" xmlns:ops="http://ops.epo.org">\
      <ops:patent-family legal="true" total-result-count="\(members.count)">
      """
    for (d, events) in members {
      x += """
        <ops:family-member family-id="\(family)"><publication-reference><document-id document-id-type="docdb">\
        <country>\(d.office)</country><doc-number>\(d.number)</doc-number><kind>\(d.kind)</kind>\
        <date>\(d.publicationDate)</date></document-id></publication-reference>
        """
      for event in events {
        x += """
          <ops:legal code="\(event.code)" desc="\(e(event.description))" infl="\(event.influence)">\
          <ops:L001EP desc="Country Code">\(d.office)</ops:L001EP><ops:L007EP desc="Gazette DATE">\(event.date)</ops:L007EP>\
          \(details(event, office: d.office))\
          </ops:legal>
          """
      }
      x += "</ops:family-member>"
    }
    return x + "</ops:patent-family></ops:world-patent-data>\n"
  }

  /// `L500EP` with the state an EP event applies to and the new owner of a transfer, when there are any.
  static func details(_ event: SyntheticEvent, office: String) -> String {
    var inner = event.country == office ? "" : "<ops:L501EP>\(event.country)</ops:L501EP>"
    if let owner = event.newOwner { inner += "<ops:L509EP desc=\"OWNER\">\(XMLText.escape(owner))</ops:L509EP>" }
    return inner.isEmpty ? "" : "<ops:L500EP>\(inner)</ops:L500EP>"
  }
}
