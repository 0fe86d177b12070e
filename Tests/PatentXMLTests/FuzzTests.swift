import Foundation
import PatentXML
import Testing

/// A generative fuzzer over the reader, seeded with every real file of `Corpora/`: byte flips, deletions,
/// duplications, splices of two files and truncations, with a fixed seed (reproducible) and a bounded number of
/// runs. The reader must never crash and must account for every document: a record or a diagnostic.
/// `PATNAV_FUZZ_RUNS` raises the count for longer runs by hand.
@Suite("Fuzzing", .timeLimit(.minutes(3)))
struct FuzzTests {
  /// xorshift64*: small, deterministic.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state ^= state >> 12
      state ^= state << 25
      state ^= state >> 27
      return state &* 0x2545_F491_4F6C_DD1D
    }
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
  }

  static func mutate(_ data: Data, with other: Data, _ random: inout Random) -> Data {
    var bytes = [UInt8](data)
    guard !bytes.isEmpty else { return data }
    for _ in 0..<(1 + random.below(8)) {
      let at = random.below(bytes.count)
      switch random.below(6) {
      case 0: bytes[at] ^= UInt8(1 << random.below(8))  // flip a bit
      case 1: bytes[at] = [0x3C, 0x3E, 0x26, 0x22, 0x00, 0xFF, 0x2F][random.below(7)]  // a markup byte
      case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(64)))  // delete a run
      case 3:  // duplicate a run
        let end = min(bytes.count, at + 1 + random.below(256))
        bytes.insert(contentsOf: bytes[at..<end], at: random.below(bytes.count))
      case 4:  // splice in part of another file
        let source = [UInt8](other)
        guard !source.isEmpty else { continue }
        let start = random.below(source.count)
        bytes.insert(contentsOf: source[start..<min(source.count, start + random.below(512))], at: at)
      default: bytes.removeSubrange(at..<bytes.count)  // truncate
      }
      if bytes.isEmpty { break }
    }
    return Data(bytes)
  }

  @Test("mutated real files never crash the reader; every failure is located")
  func fuzz() throws {
    let scratch = try Scratch()
    let files = Corpus.allFiles.filter {
      (try? FileManager.default.attributesOfItem(atPath: Corpus.path($0))[.size] as? Int) ?? 0 < 400_000
    }
    let seeds = try files.map { try Data(contentsOf: URL(fileURLWithPath: Corpus.path($0))) }
    let runs = Int(ProcessInfo.processInfo.environment["PATNAV_FUZZ_RUNS"] ?? "") ?? 5_000
    var random = Random(state: 0x9E37_79B9_7F4A_7C15)
    var documents = 0
    var failures = 0
    for run in 0..<runs {
      let k = run % seeds.count
      let mutated = Self.mutate(seeds[k], with: seeds[random.below(seeds.count)], &random)
      let path = try scratch.write("fuzz-\(run % 8).xml", mutated)
      let (records, diagnostics, summary) = PatentReader().records([path])
      documents += summary.documents
      failures += summary.failedDocuments
      #expect(records.count <= max(summary.documents, 1) * 64, "run \(run) from \(files[k])")
      for diagnostic in diagnostics where diagnostic.severity == .error {
        #expect(diagnostic.file == path && !diagnostic.message.isEmpty, "run \(run) from \(files[k])")
      }
    }
    #expect(documents > 0 && failures > 0)
  }
}
