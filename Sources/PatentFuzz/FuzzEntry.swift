import PatentXML

#if FUZZING
  /// libFuzzer's entry point (built with `-sanitize=fuzzer -DFUZZING`, see `Scripts/fuzz.sh`).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = ReaderFuzzer.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
  }

  /// libFuzzer's driver, started from the executable's entry point (SwiftPM names it `PatentFuzz_main`).
  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  /// The executable's entry point under SwiftPM: hands the command line to libFuzzer.
  @_cdecl("PatentFuzz_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
  }
#endif
