import Foundation
import PatentCorpus
import Projects
import TestSupport
import Testing
import Workspace

/// Entity-list subjects read from files: an empty file, or one naming nobody of the selection, is an error.
@Suite struct SubjectSpecTests {
  @Test func anEmptyEntitiesFileIsAnError() throws {
    let workspace = try TestCorpora.realWorkspace()
    let directory = try TestCorpora.scratch()
    let empty = directory.appendingPathComponent("empty.txt")
    try Data("# nobody yet\n\n".utf8).write(to: empty)
    #expect(throws: SubjectSpecError.self) { try workspace.subject("entities=empty.txt", relativeTo: directory) }
    let unknown = directory.appendingPathComponent("unknown.txt")
    try Data("NOBODY AT ALL CORP\n".utf8).write(to: unknown)
    let spec = try workspace.subject("entities=unknown.txt", relativeTo: directory)
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    #expect(throws: SubjectSpecError.self) {
      try spec.resolved(in: corpus, pinyin: TestCorpora.reference.pinyin, role: "--region")
    }
  }
}
