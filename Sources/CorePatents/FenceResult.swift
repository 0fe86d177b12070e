import PatentCorpus

/// The fence analysis as written to `fence.json`.
public struct FenceResult: Sendable, Codable, Equatable {
  /// The as-of date of legal status (the core scores'), `YYYY-MM-DD`.
  public let asOf: String
  /// Parameters used.
  public let parameters: FenceParameters
  /// The owner's harmonized names.
  public let owner: [String]
  /// The competitor's names, when one was named.
  public let competitor: [String]
  /// The owner's core families (the fence's centre), with their score breakdown.
  public let core: [FamilyScore]
  /// The core families the surrounding opportunities surround (the competitor's, or the area's strongest
  /// others').
  public let surroundedCore: [FamilyScore]
  /// The years of every per-year series.
  public let years: [Int]
  /// The cells of the owner's technical neighbourhood, largest first.
  public let cells: [FenceCell]
  /// 防御: cells next to the owner's core where others file and the owner holds little.
  public let defensive: [FenceOpportunity]
  /// 包绕: improvement cells among the families citing the surrounded core where its holder holds little.
  public let surrounding: [FenceOpportunity]
  /// 包围风险: cells around the owner's core where one competitor concentrates filings.
  public let encirclement: [FenceOpportunity]
  /// 失效核心专利: members of high-scoring families in the area whose right lapsed, expired or was revoked (free
  /// to practise in that office).
  public let lapsedCore: [LapsedPatent]
  /// How each list was produced.
  public let method: [String: String]
}

/// One IPC cell (subgroup or main group) of the neighbourhood with its holder distribution over time.
public struct FenceCell: Sendable, Codable, Equatable {
  /// The IPC code (`H01M10/0525` or `H01M10/00`).
  public let code: String
  /// Title, English and Chinese (nearest titled level).
  public let titleEN: String, titleZH: String
  /// How the cell relates to the owner's core (`core`, `citing`, `cited`, `main-group`): the closest relation.
  public let relation: String
  /// Families in the cell (the whole corpus).
  public let families: Int
  /// The owner's families in the cell.
  public let ownerFamilies: Int
  /// Families first filed in the recent window, and in the window before.
  public let recent: Int, previous: Int
  /// Families per year (`FenceResult.years`).
  public let perYear: [Int]
  /// Leading holders with their families per year.
  public let holders: [CellHolder]
}

/// A holder's filings in a cell.
public struct CellHolder: Sendable, Codable, Equatable {
  /// Harmonized name.
  public let name: String
  /// Families in the cell.
  public let families: Int
  /// Of them, in the recent window.
  public let recent: Int
  /// Families per year.
  public let perYear: [Int]
  /// Whether it is the owner.
  public let isOwner: Bool
}

/// A ranked opportunity or risk, with its rule and evidence.
public struct FenceOpportunity: Sendable, Codable, Equatable {
  /// The cell.
  public let code: String
  /// Cell title, English and Chinese.
  public let titleEN: String, titleZH: String
  /// The score the list is ranked by.
  public let score: Double
  /// The rule that produced it, with its values.
  public let rule: String
  /// The holder concerned (the encircling competitor, or the surrounded core's holder).
  public let holder: String?
  /// The core families it relates to (publications).
  public let core: [String]
  /// The families behind it (publications), most relevant first.
  public let evidence: [String]
}

/// A patent of a core family whose right ended: free to practise in its office (唤醒失效专利).
public struct LapsedPatent: Sendable, Codable, Equatable {
  /// The publication.
  public let publication: String
  /// Its office.
  public let office: String
  /// Its title.
  public let title: String
  /// Holders (harmonized names).
  public let holders: [String]
  /// Lapsed, expired, revoked or abandoned (coarse).
  public let status: FamilyStatus
  /// Its application's legal state (lapsed for non-payment, abandoned, expired, revoked).
  public let state: LegalState
  /// The date the right ended (the end event, or the end of the term), `YYYY-MM-DD`.
  public let date: String
  /// Its family's core score and rank.
  public let familyScore: Double, familyRank: Int
  /// Offices where the family has a member in force or pending.
  public let aliveElsewhere: [String]
  /// Offices where the family is free to practise on the as-of date: every member there ended, and no lapse
  /// there still restorable.
  public let freeIn: [String]
  /// For a lapse for non-payment still restorable on the as-of date: the last day (`YYYY-MM-DD`, or `no
  /// limit`); nil otherwise.
  public let restorableUntil: String?
  /// `free-to-practise` (in its office), `member-in-force` (another member of the family holds the office),
  /// `restore-or-drop` (the owner's own lapse, still restorable), `restorable-by-holder` (someone else's).
  public let action: String
  /// Whether the owner holds the family.
  public let owned: Bool
}
