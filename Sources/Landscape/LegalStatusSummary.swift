import PatentCorpus
import ReferenceData

/// Legal status of the documents where legal events exist.
public struct LegalStatusSummary: Sendable, Codable, Equatable {
  /// Documents with any legal event.
  public let withEvents: Int
  /// Granted and not ended by a later event.
  public let alive: Int
  /// Lapsed (non-payment, ceased).
  public let lapsed: Int
  /// Expired at the end of the term.
  public let expired: Int
  /// Revoked or invalidated.
  public let revoked: Int
  /// Withdrawn, refused or surrendered.
  public let abandoned: Int
  /// With a licence recorded.
  public let licensed: Int
  /// With an ownership transfer recorded.
  public let transferred: Int
  /// How the figures were computed.
  public let method: String

  /// Counts the corpus's legal-event meanings. O(patents).
  public init(corpus: Corpus) {
    func count(_ test: (UInt32) -> Bool) -> Int { corpus.legalFlags.filter(test).count }
    let ends =
      LegalEventMeaning.allCases.filter(\.endsRight).reduce(UInt32(0)) { $0 | $1.bit }
    withEvents = count { $0 != 0 }
    alive = count { $0 & LegalEventMeaning.grant.bit != 0 && $0 & ends == 0 }
    lapsed = count { $0 & LegalEventMeaning.lapse.bit != 0 }
    expired = count { $0 & LegalEventMeaning.expiry.bit != 0 }
    revoked = count { $0 & LegalEventMeaning.revocation.bit != 0 }
    abandoned = count {
      $0 & (LegalEventMeaning.withdrawal.bit | LegalEventMeaning.refusal.bit | LegalEventMeaning.surrender.bit) != 0
    }
    licensed = count { $0 & (LegalEventMeaning.licence.bit | LegalEventMeaning.pledge.bit) != 0 }
    transferred = count { $0 & LegalEventMeaning.transfer.bit != 0 }
    method = """
      from INPADOC legal events mapped to meanings (reference legal-event-codes.tsv, 2024-W17); alive = a grant \
      event and no lapse, expiry, revocation, surrender, withdrawal or refusal; a document may count in several \
      rows (licensed and lapsed); documents without events are not judged
      """
  }
}
