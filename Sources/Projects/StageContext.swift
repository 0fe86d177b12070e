import PatentCorpus
import Workspace

/// What the stages of one run share: the selection's corpus, loaded from the workspace once and reused by every
/// analysis stage after it (at 1 M patents a load is 5–7 s of a run). The collect stage changes the workspace
/// and so drops it.
///
/// Lives for one ``ProjectRunner/run(only:from:until:force:progress:)`` call, on the calling thread.
final class StageContext {
  private var corpus: Corpus?

  /// The selection's corpus, inventors included (the chain stage reads them); loaded on first use.
  func corpus(_ load: () throws -> Corpus) rethrows -> Corpus {
    if let corpus { return corpus }
    let loaded = try load()
    corpus = loaded
    return loaded
  }

  /// Forgets the corpus (after the workspace changed).
  func invalidate() { corpus = nil }
}
