import PatentXML

#if FUZZING
  /// libFuzzer's entry point (built with `-sanitize=fuzzer -DFUZZING`, see `Scripts/fuzz.sh`).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = ReaderFuzzer.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
  }
#endif
