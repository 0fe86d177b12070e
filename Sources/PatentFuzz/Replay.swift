import Foundation

#if !FUZZING
  /// Without libFuzzer: replays the files given (a crash reproducer, or a corpus) and prints what came out.
  @main
  struct Replay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
          continue
        }
        let (documents, diagnostics) = data.withUnsafeBytes { ReaderFuzzer.run($0) }
        print("\(path)\t\(documents) documents\t\(diagnostics) diagnostics")
      }
      try? FileManager.default.removeItem(atPath: ReaderFuzzer.scratch)
    }
  }
#endif
