import GRDB
import PatentCorpus
import ReferenceData

extension SQLiteWorkspace {
  /// Loads the selection into a ``Corpus`` (see ``SelectionQueries/corpus(_:language:inventors:)``): O(selected
  /// rows), about 0.3 µs per row. Inventors are read only when `inventors` is set.
  public func loadCorpus(
    matching filter: PatentFilter, language: Language, inventors withInventors: Bool
  )
    throws -> Corpus
  {
    try withSelection(filter) { db in
      try SelectionQueries.corpus(SQLiteSession(db: db), language: language, inventors: withInventors)
    }
  }
}
