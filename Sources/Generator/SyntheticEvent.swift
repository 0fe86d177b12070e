/// A generated INPADOC legal event on one publication.
struct SyntheticEvent: Sendable {
  /// Index of the publication.
  let document: Int
  /// INPADOC code of the publication's office (`GR01`, `CF01`, `PG25`…).
  let code: String
  /// The code's English description.
  let description: String
  /// `+` or `-`.
  let influence: String
  /// Country the event applies to (an EPC state for `PG25`).
  let country: String
  /// Gazette date `YYYY-MM-DD`.
  let date: String
  /// What it means (PatentNav's event meaning: `grant`, `lapse`, `licence`…), for the truth file.
  let meaning: String
  /// The new owner of a transfer (written as OPS `L509EP` OWNER).
  var newOwner: String? = nil
}

/// Draws legal events for granted publications: the grant, then for some a lapse for non-payment (after 3–8
/// years, if that is before the corpus ends) and for the oldest an expiry at 20 years. Codes are real INPADOC
/// codes of each office (see `Sources/ReferenceData/Resources/legal-event-codes.tsv`).
enum LegalEventPlanner {
  /// Codes per office: grant, lapse, expiry (nil when the office has none in the list).
  static let codes: [String: (grant: (String, String)?, lapse: (String, String)?, expiry: (String, String)?)] = [
    "CN": (
      ("GR01", "PATENT GRANT"), ("CF01", "TERMINATION OF PATENT RIGHT DUE TO NON-PAYMENT OF ANNUAL FEE"),
      ("CX01", "EXPIRY OF PATENT TERM")
    ),
    "US": (
      ("STCF", "INFORMATION ON STATUS: PATENT GRANT"), ("FP", "LAPSED DUE TO FAILURE TO PAY MAINTENANCE FEE"), nil
    ),
    "EP": (
      ("GRAA", "(EXPECTED) GRANT"),
      ("PG25", "LAPSED IN A CONTRACTING STATE [ANNOUNCED VIA POSTGRANT INFORMATION FROM NATIONAL OFFICE TO EPO]"), nil
    ),
    "JP": (("R150", "CERTIFICATE OF PATENT OR REGISTRATION OF UTILITY MODEL"), nil, nil),
    "KR": (nil, ("LAPS", "LAPSE DUE TO UNPAID ANNUAL FEE"), ("EXPY", "EXPIRATION OF TERM")),
  ]

  /// Events for the granted publications among `documents`, in document order.
  static func plan(
    _ documents: [SyntheticDocument], lastYear: Int, random: inout SeededRandom
  ) -> [SyntheticEvent] {
    var events: [SyntheticEvent] = []
    for (index, d) in documents.enumerated() where d.kind.hasPrefix("B") {
      guard let codes = codes[d.office] else { continue }
      let grantYear = Int(d.publicationDate.prefix(4)) ?? lastYear
      let filingYear = Int(d.application.date.prefix(4)) ?? grantYear
      let grantDate = iso(d.publicationDate)
      if let grant = codes.grant {
        events.append(
          .init(
            document: index, code: grant.0, description: grant.1, influence: "+", country: d.office, date: grantDate,
            meaning: "grant"))
      }
      if filingYear + 20 <= lastYear, let expiry = codes.expiry {
        events.append(
          .init(
            document: index, code: expiry.0, description: expiry.1, influence: "-", country: d.office,
            date: "\(filingYear + 20)\(grantDate.dropFirst(4))", meaning: "expiry"))
      } else if random.chance(0.25), let lapse = codes.lapse {
        let year = grantYear + random.int(3...8)
        guard year <= lastYear else { continue }
        let country = d.office == "EP" ? random.pick(["DE", "FR", "GB", "IT", "ES", "NL"]) : d.office
        events.append(
          .init(
            document: index, code: lapse.0, description: lapse.1, influence: "-", country: country,
            date: "\(year)\(grantDate.dropFirst(4))", meaning: "lapse"))
      }
    }
    return events
  }

  /// `20190312` → `2019-03-12`.
  static func iso(_ date: String) -> String {
    let c = Array(date)
    guard c.count == 8 else { return date }
    return String(c[0..<4]) + "-" + String(c[4..<6]) + "-" + String(c[6..<8])
  }
}
