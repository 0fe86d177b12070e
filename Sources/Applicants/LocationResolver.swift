import ReferenceData

/// Places a party: the country as given (or inferred from a Chinese address), and for Chinese parties the
/// province and city from CNIPA division codes, Chinese addresses (`云南省昆明市五华区…`) or pinyin province
/// names in English addresses (`Chengdu Sichuan`).
///
/// Complexity: O(address length × 34 provinces) per call; callers resolve each distinct address once.
public struct LocationResolver: Sendable {
  private let divisions: ChinaDivisions
  private static let municipalities: Set<String> = ["11", "12", "31", "50"]

  /// Creates a resolver over the province table.
  public init(divisions: ChinaDivisions) { self.divisions = divisions }

  /// The location of a party given its address parts.
  public func locate(
    country: String?, address: String?, city: String?, state: String?, postcode: String?
  ) -> ApplicantLocation {
    var location = ApplicantLocation(country: country)
    let texts = [state, city, address].compactMap { $0 }.filter { !$0.isEmpty }
    let chinese = texts.first { ApplicantName.containsCJK($0) }
    if location.country == nil, let chinese, hasProvince(chinese) { location.country = "CN" }
    guard location.country == "CN" || location.country == "TW" || location.country == "HK" || location.country == "MO"
    else { return location }
    if let state, let province = divisions.province(code: state) {
      set(province, on: &location)
    }
    if let chinese { readChinese(chinese, into: &location) }
    if location.province == nil {
      for text in texts where !ApplicantName.containsCJK(text) {
        if let province = pinyinProvince(text) {
          set(province, on: &location)
          break
        }
      }
    }
    return location
  }

  private func set(_ province: ChinaDivisions.Province, on location: inout ApplicantLocation) {
    location.province = province.nameZH
    location.provinceCode = province.code
    if Self.municipalities.contains(province.code) { location.city = province.nameZH }
  }

  private func hasProvince(_ text: String) -> Bool {
    divisions.provinces.contains { UTF8Search.contains(text, $0.nameZH) || UTF8Search.contains(text, $0.shortZH) }
  }

  /// Finds the earliest province name in the text, then a city name right after it.
  private func readChinese(_ text: String, into location: inout ApplicantLocation) {
    var best: (range: Range<String.Index>, province: ChinaDivisions.Province)?
    for province in divisions.provinces {
      for name in [province.nameZH, province.shortZH] {
        guard let offset = UTF8Search.firstOffset(of: name, in: text) else { continue }
        let range = UTF8Search.index(text, offset: offset)..<UTF8Search.index(text, offset: offset + name.utf8.count)
        if best.map({ range.lowerBound < $0.range.lowerBound }) ?? true { best = (range, province) }
      }
    }
    let rest: Substring
    if let best {
      if location.province == nil { set(best.province, on: &location) }
      var after = text[best.range.upperBound...]
      for suffix in ["省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"] where after.hasPrefix(suffix) {
        after = after.dropFirst(suffix.count)
      }
      rest = after
    } else {
      rest = Substring(text)
    }
    guard location.city == nil else { return }
    // A city name ends in 市, 自治州, 地区 or 盟 within the first 12 characters (市 preferred: `苏州市`).
    let head = rest.prefix(12)
    for suffix in ["市", "自治州", "地区", "盟"] {
      guard let range = head.range(of: suffix) else { continue }
      let name = head[..<range.upperBound]
      if name.count > suffix.count + 1,
        !name.contains(where: { $0.isNumber || $0 == "省" || $0 == "区" && suffix != "地区" })
      {
        location.city = String(name)
      }
      return
    }
  }

  private func pinyinProvince(_ text: String) -> ChinaDivisions.Province? {
    let words = text.uppercased().split { !$0.isLetter }.map(String.init)
    for province in divisions.provinces {
      let name = province.nameEN.uppercased().split(separator: " ").map(String.init)
      guard !name.isEmpty else { continue }
      for i in words.indices where i + name.count <= words.count && Array(words[i..<i + name.count]) == name {
        return province
      }
    }
    return nil
  }
}
