import PatentModel

/// Draws the typed events of the granted CN publications' lives beside their grant, lapse and expiry:
/// licences (some cancelled), transfers, pledges (some released), open-licence declarations (from 2022, some
/// withdrawn), partial and whole invalidations, voluntary abandonments and restorations of lapses, and US
/// assignments, with CNIPA's and the USPTO's INPADOC codes. Every event lies within the right's life (a
/// restoration after its lapse). Uses its own random stream, so the grant, lapse and expiry events and every
/// publication are the same as without it.
enum OperationPlanner {
  /// Code, description, influence and meaning of each event type.
  static let cn: [String: (code: String, description: String, influence: String)] = [
    "licence": ("EE01", "ENTRY INTO FORCE OF RECORDATION OF PATENT LICENSING CONTRACT", ""),
    "licence-cancelled": ("EC01", "CANCELLATION OF RECORDATION OF PATENT LICENSING CONTRACT", ""),
    "transfer": ("TR01", "TRANSFER OF PATENT RIGHT", ""),
    "pledge": ("PE01", "ENTRY INTO FORCE OF THE REGISTRATION OF THE CONTRACT FOR PLEDGE OF PATENT RIGHT", ""),
    "pledge-released": ("PC01", "CANCELLATION OF THE REGISTRATION OF THE CONTRACT FOR PLEDGE OF PATENT RIGHT", ""),
    "open-licence": ("OL01", "INTENTION TO LICENSE DECLARED", ""),
    "open-licence-withdrawn": ("OL02", "INTENTION TO LICENSE WITHDRAWN", ""),
    "partial-invalidation": ("IP01", "PARTIAL INVALIDATION OF PATENT RIGHT", "-"),
    "revocation": ("IW01", "FULL INVALIDATION OF PATENT RIGHT", "-"),
    "surrender": ("AV01", "PATENT RIGHT ACTIVELY ABANDONED", "-"),
    "revival": ("RR01", "REINSTATEMENT OF PATENT RIGHT", "+"),
  ]

  /// Operation events for `documents` given their planned grant/lapse/expiry `events`, in document order.
  /// Transfers name their new owner from `buyers` (Chinese names for CN, English for US).
  static func plan(
    _ documents: [SyntheticDocument], events: [SyntheticEvent], buyers: (zh: [String], en: [String]), lastYear: Int,
    random: inout SeededRandom
  ) -> [SyntheticEvent] {
    var ends: [Int: (meaning: String, date: Int)] = [:]
    for e in events where e.influence == "-" && e.country == documents[e.document].office {
      ends[e.document] = (e.meaning, Int(e.date.filter(\.isNumber)) ?? 0)
    }
    let horizon = lastYear * 10_000 + 1231
    var out: [SyntheticEvent] = []
    for (index, d) in documents.enumerated() where d.kind.hasPrefix("B") && (d.office == "CN" || d.office == "US") {
      let granted = Int(d.publicationDate) ?? horizon
      let end = ends[index]
      let last = min(horizon, (end?.date ?? horizon + 1) - 1)
      guard last > granted else { continue }
      func add(_ meaning: String, _ date: Int) {
        if d.office == "US" {
          out.append(
            SyntheticEvent(
              document: index, code: "AS", description: "ASSIGNMENT", influence: "", country: "US",
              date: iso(date), meaning: meaning, newOwner: buyers.en.isEmpty ? nil : random.pick(buyers.en)))
        } else if let c = cn[meaning] {
          let owner = meaning == "transfer" && !buyers.zh.isEmpty ? random.pick(buyers.zh) : nil
          out.append(
            SyntheticEvent(
              document: index, code: c.code, description: c.description, influence: c.influence, country: "CN",
              date: iso(date), meaning: meaning, newOwner: owner))
        }
      }
      if d.office == "US" {
        if random.chance(0.1) { add("transfer", day(granted, last, &random)) }
        continue
      }
      if random.chance(0.12) {
        let on = day(granted, last, &random)
        add("licence", on)
        if random.chance(0.4), on < last { add("licence-cancelled", day(on + 1, last, &random)) }
      }
      if random.chance(0.08) { add("transfer", day(granted, last, &random)) }
      if random.chance(0.06) {
        let on = day(granted, last, &random)
        add("pledge", on)
        if random.chance(0.5), on < last { add("pledge-released", day(on + 1, last, &random)) }
      }
      if random.chance(0.2), last > 2022_01_01 {
        let on = day(max(granted, 2022_01_01), last, &random)
        add("open-licence", on)
        if random.chance(0.3), on < last { add("open-licence-withdrawn", day(on + 1, last, &random)) }
      }
      if random.chance(0.04) { add("partial-invalidation", day(granted, last, &random)) }
      if end == nil {
        if random.chance(0.03) {
          add("surrender", day(granted, last, &random))
        } else if random.chance(0.02) {
          add("revocation", day(granted, last, &random))
        }
      } else if let end, end.meaning == "lapse", random.chance(0.25) {
        let on = min(horizon, Int(DayNumber.adding(months: random.int(2...10), to: Int32(end.date))))
        if on > end.date { add("revival", on) }
      }
    }
    return out
  }

  /// A day between `low` and `high` (yyyymmdd, inclusive), roughly uniform; days 1–28 only.
  static func day(_ low: Int, _ high: Int, _ random: inout SeededRandom) -> Int {
    let months = (high / 10_000 - low / 10_000) * 12 + (high / 100 % 100 - low / 100 % 100)
    let picked = Int(DayNumber.adding(months: random.int(0...max(0, months)), to: Int32(low / 100 * 100 + 1)))
    let candidate = picked / 100 * 100 + random.int(1...28)
    return min(high, max(low, candidate))
  }

  /// `20190312` → `2019-03-12`.
  static func iso(_ date: Int) -> String { LegalEventPlanner.iso(String(date)) }
}
