import ArgumentParser
import ConfigFile
import Foundation
import IndustryChain
import ReferenceData

/// `patnav chain validate`: checks a chain file (syntax, ids, patterns, overlaps, IPC symbols).
struct ChainValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a chain file: errors (exit 1) and warnings (overlaps, IPC groups not in the IPC titles).")

  @Argument(help: "A chain file or a built-in chain id.")
  var chain: String

  @Option(
    name: .customLong("reference-data"),
    help: "A directory of reference files that replace the bundled ones of the same name.")
  var referenceData: String?

  func run() throws {
    let output = try BuiltinChains.resolve(chain)
    let data = try ReferenceData(overrides: referenceData.map { URL(fileURLWithPath: $0) })
    let warnings =
      output.warnings + ChainValidator.unknownSymbols(output.chain, titles: data.ipcTitles, file: chain)
    for warning in warnings { StandardError.print("warning: \(warning)") }
    print("\(chain): \(output.chain.segments.count) segments, \(warnings.count) warning(s)")
  }
}
