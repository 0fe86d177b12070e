import Foundation
import PatentCorpus
import ReferenceData

/// How the corpus spreads over the IPC (at every level, with titles) and over the 35 WIPO technology fields.
public struct IPCDistribution: Sendable, Codable, Equatable {
  /// One code's counts.
  public struct Entry: Sendable, Codable, Equatable {
    /// The code at its level (`H01M`, `H01M10/00`).
    public let code: String
    /// English title (nearest titled ancestor).
    public let titleEN: String
    /// Chinese title (nearest titled ancestor).
    public let titleZH: String
    /// Patents with the code among any of their IPC codes.
    public let allCodes: Int
    /// Patents whose first (inventive) IPC code is this one.
    public let firstCode: Int
  }

  /// Entries per level (keyed by ``IPCLevel`` raw value), most patents first (ties by code).
  public let levels: [String: [Entry]]
  /// WIPO technology fields: patents per field (a patent counts once per field of any of its codes).
  public let fields: [Entry]
  /// How the figures were computed.
  public let method: String

  /// Counts the corpus. O(Σ codes per patent × levels).
  public init(corpus: Corpus, reference: ReferenceData, top: Int = 50) {
    var levels: [String: [Entry]] = [:]
    for level in IPCLevel.allCases {
      // Each distinct symbol is cut to the level once; the patent loop then works on those strings.
      let cut = corpus.symbols.strings.map(level.cut)
      var all: [String: Int] = [:]
      var first: [String: Int] = [:]
      for i in 0..<corpus.count {
        let codes = Set(corpus.ipc[i].map { cut[Int($0)] })
        for code in codes { all[code, default: 0] += 1 }
        if let head = corpus.ipc[i].first { first[cut[Int(head)], default: 0] += 1 }
      }
      levels[level.rawValue] = all.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top).map { code, count in
        let title = reference.ipcTitles.nearest(code)
        return Entry(
          code: code, titleEN: title?.title(.en) ?? "", titleZH: title?.title(.zh) ?? "", allCodes: count,
          firstCode: first[code] ?? 0)
      }
    }
    var fieldAll: [Int: Int] = [:]
    var fieldFirst: [Int: Int] = [:]
    var fieldOfSymbol: [Int32: Int] = [:]
    for id in 0..<Int32(corpus.symbols.count) {
      if let field = reference.technologyFields.field(forCompactSymbol: corpus.symbols[id]) {
        fieldOfSymbol[id] = field.number
      }
    }
    for i in 0..<corpus.count {
      for field in Set(corpus.ipc[i].compactMap { fieldOfSymbol[$0] }) { fieldAll[field, default: 0] += 1 }
      if let head = corpus.ipc[i].first, let field = fieldOfSymbol[head] { fieldFirst[field, default: 0] += 1 }
    }
    fields = reference.technologyFields.fields.compactMap { field in
      guard let count = fieldAll[field.number] else { return nil }
      return Entry(
        code: String(field.number), titleEN: field.nameEN, titleZH: field.nameZH, allCodes: count,
        firstCode: fieldFirst[field.number] ?? 0)
    }.sorted { ($0.allCodes, $1.code) > ($1.allCodes, $0.code) }
    self.levels = levels
    method = """
      allCodes: patents having the code among any of their IPC codes (a patent counts once per code); firstCode: \
      patents whose first listed (inventive, where the office marks it) IPC code is the code; titles from IPC \
      2019.01 (en) and 2026.01 (zh), nearest titled ancestor; fields: WIPO IPC-technology concordance (2024)
      """
  }
}
