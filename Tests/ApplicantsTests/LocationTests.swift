import Applicants
import ReferenceData
import Testing

let resolver = LocationResolver(divisions: reference.chinaDivisions)

/// Addresses as the corpora give them (CNIPA legacy, EP publication) and CNIPA division codes.
@Test(
  arguments: [
    ("CN", "650231 云南省昆明市五华区红锦路367号云烟科技园C区", nil, "云南省", "昆明市"),
    ("CN", "No. 10 Jiuxianqiao Rd. Chaoyang District, Beijing 100015", nil, "北京市", "北京市"),
    ("CN", "No. 1188, Hezuo Road (West Zone), Hi-tech Development Zone Chengdu Sichuan 611731", nil, "四川省", nil),
    ("CN", "广东省深圳市南山区科技园", nil, "广东省", "深圳市"),
    ("CN", "上海市浦东新区张江路", nil, "上海市", "上海市"),
    ("CN", nil, "440300", "广东省", nil),
    ("CN", "新疆维吾尔自治区乌鲁木齐市", nil, "新疆维吾尔自治区", "乌鲁木齐市"),
    ("CN", "湖北省恩施土家族苗族自治州", nil, "湖北省", "恩施土家族苗族自治州"),
  ] as [(String, String?, String?, String?, String?)])
func chineseLocations(_ c: (String, String?, String?, String?, String?)) {
  let location = resolver.locate(country: c.0, address: c.1, city: nil, state: c.2, postcode: nil)
  #expect(location.province == c.3)
  #expect(location.city == c.4)
}

@Test func foreignAddressesKeepTheirCountryOnly() {
  let location = resolver.locate(country: "KR", address: "韩国京畿道", city: nil, state: nil, postcode: nil)
  #expect(location == ApplicantLocation(country: "KR"))
  let inferred = resolver.locate(country: nil, address: "江苏省苏州市工业园区", city: nil, state: nil, postcode: nil)
  #expect(inferred.country == "CN")
  #expect(inferred.city == "苏州市")
}

/// Countries shown by names alone (records without an address), and names that show none.
@Test(
  arguments: [
    ("주식회사 이노디스", "KR"), ("(주)마린바이오프로세스", "KR"), ("제주대학교 산학협력단", "KR"), ("김덕현", "KR"),
    ("어업회사법인 주식회사 해천마", "KR"), ("トヨタ自動車株式会社", "JP"), ("国立大学法人東京大学", "JP"),
    ("애플 인크.", nil), ("존 스미스", nil), ("로베르트 보쉬 게엠베하", nil), ("华为技术有限公司", nil), ("SIEMENS AG", nil),
  ] as [(String, String?)])
func countryFromName(_ c: (String, String?)) {
  #expect(NameCountry.infer(c.0)?.country == c.1, "\(c.0)")
}
