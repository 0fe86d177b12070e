import ConfigFile
import ReferenceData

/// Checks a chain's IPC patterns against the IPC titles shipped with the product: a pattern whose subclass or
/// main group is not in the IPC (either edition the titles carry) is reported. Symbols retired from the IPC
/// still match older patents, so this is a warning for user files and a test failure for built-in chains.
public enum ChainValidator {
  /// Patterns naming a subclass or main group the IPC titles do not know. O(patterns).
  public static func unknownSymbols(_ chain: ChainDefinition, titles: IPCTitles, file: String) -> [ConfigError] {
    var warnings: [ConfigError] = []
    for segment in chain.segments {
      for pattern in segment.ipc + segment.exclude {
        let probe = pattern.mainGroup ?? pattern.subclass ?? pattern.value
        guard probe.count >= 3, titles[probe] == nil else { continue }
        warnings.append(
          ConfigError(
            file: file, line: segment.line, field: segment.id,
            message: "IPC pattern \(pattern) names \(probe), which is not in the IPC titles (retired or mistyped?)"))
      }
    }
    return warnings
  }
}
