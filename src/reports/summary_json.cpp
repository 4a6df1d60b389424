// Region summaries as raw-sum JSON (exact integers), and back.
#include <nlohmann/json.hpp>

#include "ruralguard/error.hpp"
#include "ruralguard/summary.hpp"

namespace rg {

namespace {

using nlohmann::json;

// One visitor lists every field once, for writing and reading alike.
template <typename Summary, typename Visit>
void fields(Summary& s, Visit&& v) {
  v("households_by_type", s.households_by_type);
  v("people_by_type", s.people_by_type);
  v("assessed", s.assessed);
  v("monitored", s.monitored);
  v("monitored_formerly_poor", s.monitored_formerly_poor);
  v("monitored_by_category", s.monitored_by_category);
  v("monitored_by_level", s.monitored_by_level);
  v("cases_by_state", s.cases_by_state);
  v("cases_by_category", s.cases_by_category);
  v("cases_by_level", s.cases_by_level);
  v("cases_under_monitoring", s.cases_under_monitoring);
  v("cases_with_measure", s.cases_with_measure);
  v("cases_eliminated", s.cases_eliminated);
  v("fp_people_with_income", s.fp_people_with_income);
  v("fp_income_people_sum", s.fp_income_people_sum);
  v("fp_income_people_by_bucket", s.fp_income_people_by_bucket);
  v("fp_people_with_both_years", s.fp_people_with_both_years);
  v("fp_income_current_matched", s.fp_income_current_matched);
  v("fp_income_previous_matched", s.fp_income_previous_matched);
  v("funds_allocated", s.funds_allocated);
  v("funds_disbursed", s.funds_disbursed);
  v("industry_disbursed", s.industry_disbursed);
  v("projects_by_group", s.projects_by_group);
  v("completed_by_group", s.completed_by_group);
}

json to_json_value(int64_t v) { return v; }
json to_json_value(Money m) { return m.units(); }
template <typename T, std::size_t N>
json to_json_value(const std::array<T, N>& a) {
  json arr = json::array();
  for (const T& x : a) arr.push_back(to_json_value(x));
  return arr;
}

struct Reader {
  const json& j;
  std::string where;
  [[noreturn]] void bad(const std::string& field, const std::string& what) const {
    throw Error(ErrorCode::kParse, "summary JSON: " + where + ": field '" + field + "' " + what);
  }
  int64_t integer(const json& v, const std::string& field) const {
    if (!v.is_number_integer()) bad(field, "must be an integer");
    return v.get<int64_t>();
  }
  void read(const std::string& field, int64_t& out) const {
    if (!j.contains(field)) bad(field, "is missing");
    out = integer(j[field], field);
  }
  void read(const std::string& field, Money& out) const {
    int64_t units = 0;
    read(field, units);
    out = Money::from_units(units);
  }
  template <typename T, std::size_t N>
  void read(const std::string& field, std::array<T, N>& out) const {
    if (!j.contains(field) || !j[field].is_array()) bad(field, "must be an array");
    if (j[field].size() != N) bad(field, "must have " + std::to_string(N) + " values");
    for (std::size_t i = 0; i < N; ++i) {
      const int64_t v = integer(j[field][i], field);
      if constexpr (std::is_same_v<T, Money>) {
        out[i] = Money::from_units(v);
      } else {
        out[i] = v;
      }
    }
  }
};

}  // namespace

std::string summaries_to_json(const std::vector<RegionSummary>& summaries) {
  json regions = json::array();
  for (const RegionSummary& s : summaries) {
    json r = json::object();
    r["region"] = s.region;
    fields(s, [&](const char* name, const auto& value) { r[name] = to_json_value(value); });
    json assets = json::array();
    for (const auto& [key, t] : s.assets) {
      assets.push_back({key.asset_class, key.status, t.count, t.value.units(), t.income.units()});
    }
    r["assets"] = assets;
    regions.push_back(std::move(r));
  }
  return json{{"format", "ruralguard.summary/1"}, {"regions", regions}}.dump();
}

static std::vector<RegionSummary> decode_summaries_from_json(std::string_view json_text) {
  if (json_text.size() > kSummaryJsonBytesMax) {
    throw Error(ErrorCode::kLimit, "summary JSON: text is " + std::to_string(json_text.size()) +
                                       " bytes, more than the maximum " + std::to_string(kSummaryJsonBytesMax) +
                                       " (kSummaryJsonBytesMax)");
  }
  json doc;
  try {
    doc = json::parse(json_text);
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kParse, std::string("summary JSON: malformed: ") + e.what());
  }
  if (!doc.is_object() || doc.value("format", "") != "ruralguard.summary/1" || !doc.contains("regions") ||
      !doc["regions"].is_array()) {
    throw Error(ErrorCode::kParse, "summary JSON: expected {\"format\": \"ruralguard.summary/1\", \"regions\": [...]}");
  }
  std::vector<RegionSummary> out;
  std::size_t n = 0;
  for (const json& j : doc["regions"]) {
    ++n;
    if (!j.is_object() || !j.contains("region") || !j["region"].is_number_unsigned()) {
      throw Error(ErrorCode::kParse, "summary JSON: region #" + std::to_string(n) + " has no unsigned 'region'");
    }
    RegionSummary s;
    s.region = j["region"].get<uint64_t>();
    if (s.region != kRegionNone && s.region != kRegionSeveralProvinces) (void)RegionCode::from_value(s.region);
    const Reader reader{j, "region " + std::to_string(s.region)};
    fields(s, [&](const char* name, auto& value) { reader.read(name, value); });
    if (j.contains("assets")) {
      if (!j["assets"].is_array()) reader.bad("assets", "must be an array");
      for (const json& a : j["assets"]) {
        if (!a.is_array() || a.size() != 5) reader.bad("assets", "entries must be [class, status, count, value, income]");
        const int64_t cls = reader.integer(a[0], "assets"), st = reader.integer(a[1], "assets");
        if (cls < 0 || cls > 255 || st < 0 || st > 255) reader.bad("assets", "class and status must be 0..255");
        AssetTally& t = s.assets[AssetKey{static_cast<uint8_t>(cls), static_cast<uint8_t>(st)}];
        t.count = reader.integer(a[2], "assets");
        t.value = Money::from_units(reader.integer(a[3], "assets"));
        t.income = Money::from_units(reader.integer(a[4], "assets"));
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

// Any nlohmann exception left (a value of the wrong JSON type deep inside, a number that does
// not fit) is malformed input, never an internal error: found by tests/fuzz (docs/hardening.md).
std::vector<RegionSummary> summaries_from_json(std::string_view json_text) {
  try {
    return decode_summaries_from_json(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kParse, std::string("summary JSON: malformed JSON: ") + e.what());
  }
}

}  // namespace rg
