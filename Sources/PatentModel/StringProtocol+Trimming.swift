extension StringProtocol {
  /// Without leading and trailing ASCII spaces (other whitespace is kept). O(n).
  public func trimmingSpaces() -> String {
    var s = Substring(self)
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
