/// One generated publication, ready to be written in an office format.
struct SyntheticDocument: Sendable {
  /// DOCDB family id (1-based, one per generated family).
  let family: Int
  /// Publishing office.
  let office: String
  /// Publication number as the office writes it.
  let number: String
  /// Kind code.
  let kind: String
  /// Publication date `YYYYMMDD`.
  let publicationDate: String
  /// Application: office, number, date `YYYYMMDD`, and whether it is a PCT application.
  let application: (office: String, number: String, date: String, isPCT: Bool)
  /// Priority claims (the first filing, and the PCT application for national-phase members).
  let priorities: [(office: String, number: String, date: String, isPCT: Bool)]
  /// The applicant (index into the population) and the name as this document writes it.
  let applicant: Int
  let applicantName: String
  /// The applicant's name in DOCDB's upper-case standardized form.
  let applicantDOCDBName: String
  /// The applicant's home country.
  let applicantCountry: String
  /// Inventor names.
  let inventors: [String]
  /// Technology index.
  let technology: Int
  /// Printed IPC symbols; the first is the first/inventive one.
  let ipc: [String]
  /// Title and abstract, and their language.
  let title: String
  let abstract: String
  let language: String
  /// Indices of earlier documents this one cites.
  var citations: [Int]
}
