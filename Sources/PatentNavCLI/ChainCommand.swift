import ArgumentParser
import ConfigFile
import Foundation
import IndustryChain

/// `patnav chain`: industry chains and the chain ↔ patent matching analysis.
struct ChainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chain",
    abstract: "Industry chains: list, show and validate chain files; match a region's patents to a chain.",
    subcommands: [ChainListCommand.self, ChainShowCommand.self, ChainValidateCommand.self, ChainAnalyzeCommand.self])

  /// A built-in chain id, or a chain file path; warnings go to stderr.
  static func load(_ idOrFile: String) throws -> ChainDefinition {
    let output = try BuiltinChains.resolve(idOrFile)
    for warning in output.warnings { StandardError.print("warning: \(warning)") }
    return output.chain
  }
}
