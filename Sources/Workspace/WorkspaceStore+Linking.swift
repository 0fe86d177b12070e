import Applicants
import PatentCorpus
import ReferenceData

extension WorkspaceStore {
  /// Loads the selection (``loadUnlinkedCorpus(matching:language:inventors:)``) with each applicant's Latin- and
  /// Chinese-script entities merged where ``EntityLinker`` finds them the same (aliases' `-` lines keep a
  /// variant apart). Every analysis reads its corpus through this. O(selected rows) plus the linking.
  public func loadCorpus(matching filter: PatentFilter, language: Language, inventors: Bool) throws -> Corpus {
    let corpus = try loadUnlinkedCorpus(matching: filter, language: language, inventors: inventors)
    return corpus.merging(try entityLinks(in: corpus))
  }

  /// The cross-script links among the entities of an unlinked corpus, best first (merged and for review).
  public func entityLinks(in corpus: Corpus) throws -> [EntityLink] {
    var linker = EntityLinker()
    let aliases = try self.aliases()
    if !aliases.rejections.isEmpty {
      let harmonizer = ApplicantHarmonizer(legalForms: reference.legalForms, aliases: AliasTable())
      linker.rejected = Set(aliases.rejections.map { harmonizer.harmonize($0).key })
    }
    return linker.links(in: corpus, pinyin: reference.pinyin)
  }
}
