/// The office format a document was detected as (from its root element and namespace, never its file name).
public enum SourceFormat: String, Sendable, CaseIterable, Codable, Hashable {
  /// USPTO full-text grant, ICE DTD v4.0–v4.7 (`us-patent-grant`).
  case usptoGrant = "uspto-grant-v4"
  /// USPTO pre-grant publication, ICE DTD v4.0–v4.6 (`us-patent-application`).
  case usptoApplication = "uspto-app-v4"
  /// USPTO pre-grant publication 2001–2004, PAP DTD v1.5/v1.6 (`patent-application-publication`).
  case usptoPAP = "uspto-app-pap-v1x"
  /// USPTO Red Book grant 2002–2004, ST.32 v2.5 (`PATDOC`).
  case usptoRedBook = "uspto-redbook-v25"
  /// EPO publication server (`ep-patent-document` v1.0–v1.5.1).
  case epPublication = "ep-publication"
  /// EPO DOCDB exchange documents (`exch:exchange-document(s)`).
  case docdb = "docdb"
  /// EPO OPS REST responses (`ops:world-patent-data`).
  case ops = "ops"
  /// CNIPA legacy full text (`cn-patent-document`).
  case cnipaLegacy = "cnipa-legacy"
  /// CNIPA 2021+ format (`business:PatentDocumentAndRelated`).
  case cnipaBusiness = "cnipa-business"
  /// JPO publication gazette (`jp-official-gazette`).
  case jpo = "jpo"
  /// WIPO ST.96 patent publication (`pat:PatentPublication`).
  case wipoST96 = "wipo-st96"
  /// KIPO KIPRIS Plus API response (`response/body/items/PatentUtilityInfo`).
  case kipris = "kipris-api"
  /// DPMA register (DPMAconnectPlus `dpma-patent-document`).
  case dpmaRegister = "dpma-register"
}
