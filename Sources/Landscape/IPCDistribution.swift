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

  /// Counts the corpus. O(Σ codes per patent × levels); the patent loops count by integer ids (each distinct
  /// symbol is cut to each level and numbered once) and allocate nothing per patent.
  public init(corpus: Corpus, reference: ReferenceData, top: Int = 50) {
    var levels: [String: [Entry]] = [:]
    for level in IPCLevel.allCases {
      var numbers: [String: Int32] = [:]
      var codes: [String] = []
      let cut = corpus.symbols.strings.map { symbol -> Int32 in
        let code = level.cut(symbol)
        if let number = numbers[code] { return number }
        numbers[code] = Int32(codes.count)
        codes.append(code)
        return Int32(codes.count - 1)
      }
      let all = corpus.ipc.rowCounts(mappedBy: cut, slots: codes.count)
      let first = corpus.ipc.firstCounts(mappedBy: cut, slots: codes.count)
      let ranked = codes.indices.filter { all[$0] > 0 }.sorted { (all[$0], codes[$1]) > (all[$1], codes[$0]) }
      levels[level.rawValue] = ranked.prefix(top).map { k in
        let title = reference.ipcTitles.nearest(codes[k])
        return Entry(
          code: codes[k], titleEN: title?.title(.en) ?? "", titleZH: title?.title(.zh) ?? "", allCodes: all[k],
          firstCode: first[k])
      }
    }
    // Fields by symbol id (-1: none), counted by field number.
    let fieldOfSymbol = (0..<Int32(corpus.symbols.count)).map { id in
      Int32(reference.technologyFields.field(forCompactSymbol: corpus.symbols[id])?.number ?? -1)
    }
    let slots = (reference.technologyFields.fields.map(\.number).max() ?? 0) + 1
    let fieldAll = corpus.ipc.rowCounts(mappedBy: fieldOfSymbol, slots: slots)
    let fieldFirst = corpus.ipc.firstCounts(mappedBy: fieldOfSymbol, slots: slots)
    fields = reference.technologyFields.fields.compactMap { field in
      guard fieldAll[field.number] > 0 else { return nil }
      return Entry(
        code: String(field.number), titleEN: field.nameEN, titleZH: field.nameZH, allCodes: fieldAll[field.number],
        firstCode: fieldFirst[field.number])
    }.sorted { ($0.allCodes, $1.code) > ($1.allCodes, $0.code) }
    self.levels = levels
    method = """
      allCodes: patents having the code among any of their IPC codes (a patent counts once per code); firstCode: \
      patents whose first listed (inventive, where the office marks it) IPC code is the code; titles from IPC \
      2019.01 (en) and 2026.01 (zh), nearest titled ancestor; fields: WIPO IPC-technology concordance (2024)
      """
  }
}
