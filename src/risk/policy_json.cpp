// Policy <-> JSON (docs/policy-format.md). Money is written as decimal strings, shares as
// fractions ("3/10"), so that no value ever passes through a binary float.
#include <nlohmann/json.hpp>
#include <set>

#include "ruralguard/error.hpp"
#include "ruralguard/policy.hpp"
#include "risk/policy_procedure_json.hpp"

namespace rg {
namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "ruralguard-policy";
constexpr int kFormatVersion = 1;

// A JSON object being read: knows its path and which keys were used, so unknown keys are errors.
class Object {
 public:
  Object(const json& value, std::string path) : value_(value), path_(std::move(path)) {
    if (!value_.is_object()) fail(path_.empty() ? "(top level)" : path_, "expected an object");
  }

  [[noreturn]] static void fail(const std::string& field, const std::string& why) {
    throw Error(ErrorCode::kParse, "policy: " + field + ": " + why);
  }

  std::string field(std::string_view key) const { return path_.empty() ? std::string(key) : path_ + "." + std::string(key); }

  const json& need(std::string_view key) {
    used_.insert(std::string(key));
    auto it = value_.find(key);
    if (it == value_.end()) fail(field(key), "missing field");
    return *it;
  }
  const json* maybe(std::string_view key) {
    used_.insert(std::string(key));
    auto it = value_.find(key);
    return it == value_.end() ? nullptr : &*it;
  }

  int32_t integer(std::string_view key, int64_t lo, int64_t hi) { return to_integer(need(key), field(key), lo, hi); }
  bool boolean(std::string_view key) {
    const json& v = need(key);
    if (!v.is_boolean()) fail(field(key), "expected true or false, got " + v.dump());
    return v.get<bool>();
  }
  std::string text(std::string_view key, std::size_t max_len) { return to_text(need(key), field(key), max_len); }
  Money money(std::string_view key) { return to_money(need(key), field(key)); }
  Ratio ratio(std::string_view key) { return to_ratio(need(key), field(key)); }
  Object child(std::string_view key) { return Object(need(key), field(key)); }

  void finish() const {
    for (auto it = value_.begin(); it != value_.end(); ++it) {
      if (!used_.contains(it.key())) fail(field(it.key()), "unknown field");
    }
  }

  static int32_t to_integer(const json& v, const std::string& field, int64_t lo, int64_t hi) {
    if (!v.is_number_integer()) fail(field, "expected an integer " + std::to_string(lo) + ".." + std::to_string(hi) + ", got " + v.dump());
    const auto x = v.get<int64_t>();
    if (x < lo || x > hi) fail(field, "expected an integer " + std::to_string(lo) + ".." + std::to_string(hi) + ", got " + v.dump());
    return static_cast<int32_t>(x);
  }
  static std::string to_text(const json& v, const std::string& field, std::size_t max_len) {
    if (!v.is_string()) fail(field, "expected a string, got " + v.dump());
    auto s = v.get<std::string>();
    if (s.size() > max_len) fail(field, "longer than " + std::to_string(max_len) + " bytes");
    return s;
  }
  // Free text with a named maximum (kPolicyIdBytesMax, kPolicySourceBytesMax): too long is kLimit.
  static std::string to_bounded_text(const json& v, const std::string& field, std::size_t max_len,
                                     std::string_view limit_name) {
    if (!v.is_string()) fail(field, "expected a string, got " + v.dump());
    auto s = v.get<std::string>();
    if (s.size() > max_len) {
      throw Error(ErrorCode::kLimit, "policy: " + field + ": " + std::to_string(s.size()) + " bytes is longer than " +
                                         std::string(limit_name) + " (" + std::to_string(max_len) + ")");
    }
    return s;
  }
  static Money to_money(const json& v, const std::string& field) {
    if (!v.is_string()) fail(field, "expected an amount as a string such as \"6000.00\" (numbers could lose precision), got " + v.dump());
    try {
      return Money::parse(v.get<std::string>());
    } catch (const Error& e) {
      fail(field, e.what());
    }
  }
  static Ratio to_ratio(const json& v, const std::string& field) {
    if (!v.is_string()) fail(field, "expected a ratio as a string such as \"3/10\", got " + v.dump());
    try {
      return Ratio::parse(v.get<std::string>());
    } catch (const Error& e) {
      fail(field, e.what());
    }
  }

 private:
  const json& value_;
  std::string path_;
  std::set<std::string> used_;
};

std::string money_text(Money m) { return m.format({.decimals = 2}); }

// "regime": a name ("normalised_2026" or "2026 normalised": that regime's built-in rules) or an
// object whose fields override the named regime's built-in rules (docs/policy-format.md).
RegimeRules regime_from_json(const json& value) {
  auto named = [](const json& v, const std::string& field) {
    const std::string name = Object::to_text(v, field, 64);
    try {
      return regime_from_name(name);
    } catch (const Error& e) {
      throw Error(ErrorCode::kNotFound, "policy: " + field + ": " + e.what());
    }
  };
  if (value.is_string()) return builtin_regime_rules(named(value, "regime"));
  Object r(value, "regime");
  RegimeRules rules = builtin_regime_rules(named(r.need("name"), "regime.name"));
  if (const json* labels = r.maybe("category_labels")) {
    if (!labels->is_array() || labels->size() != rules.category_labels.size()) {
      Object::fail("regime.category_labels", "expected an array of 3 labels (脱贫不稳定户, 边缘易致贫户, 突发严重困难户)");
    }
    for (std::size_t i = 0; i < rules.category_labels.size(); ++i) {
      rules.category_labels[i] = Object::to_text((*labels)[i], "regime.category_labels[" + std::to_string(i) + "]", 200);
    }
  }
  if (r.maybe("deduct_rigid_expenditure")) rules.accounting.deduct_rigid_expenditure = r.boolean("deduct_rigid_expenditure");
  if (r.maybe("period_months")) rules.accounting.period_months = r.integer("period_months", 1, 24);
  if (r.maybe("assistance_exit")) rules.exit.assistance_exit = r.boolean("assistance_exit");
  if (r.maybe("exit_min_months_income_stable")) {
    rules.exit.exit_min_months_income_stable = r.integer("exit_min_months_income_stable", 0, 60);
  }
  if (r.maybe("unverified")) rules.unverified = r.boolean("unverified");
  r.finish();
  return rules;
}

json regime_to_json(const RegimeRules& rules) {
  return {{"name", std::string(regime_code(rules.regime))},
          {"category_labels", json::array({rules.category_labels[0], rules.category_labels[1], rules.category_labels[2]})},
          {"deduct_rigid_expenditure", rules.accounting.deduct_rigid_expenditure},
          {"period_months", rules.accounting.period_months},
          {"assistance_exit", rules.exit.assistance_exit},
          {"exit_min_months_income_stable", rules.exit.exit_min_months_income_stable},
          {"unverified", rules.unverified}};
}

}  // namespace

static Policy decode_policy_from_json(std::string_view json_text) {
  if (json_text.size() > kPolicyJsonBytesMax) {
    throw Error(ErrorCode::kLimit, "policy: JSON text is " + std::to_string(json_text.size()) +
                                       " bytes, more than the maximum " + std::to_string(kPolicyJsonBytesMax) +
                                       " (kPolicyJsonBytesMax)");
  }
  json root;
  try {
    root = json::parse(json_text.begin(), json_text.end());
  } catch (const json::parse_error& e) {
    throw Error(ErrorCode::kParse, "policy: not valid JSON (byte " + std::to_string(e.byte) + "): " + e.what());
  } catch (const json::exception& e) {  // e.g. 406: a number too large for a double
    throw Error(ErrorCode::kParse, std::string("policy: not valid JSON: ") + e.what());
  }
  Object top(root, "");
  if (top.text("format", 64) != kFormat) Object::fail("format", "must be \"ruralguard-policy\"");
  const int format_version = top.integer("format_version", 1, 1000);
  if (format_version > kFormatVersion) {
    throw Error(ErrorCode::kVersion, "policy: format_version " + std::to_string(format_version) +
                                         " is newer than this library understands (" + std::to_string(kFormatVersion) + ")");
  }
  Policy p;
  p.id = Object::to_bounded_text(top.need("id"), "id", kPolicyIdBytesMax, "kPolicyIdBytesMax");
  p.version = top.integer("version", 1, 1'000'000);
  p.province = top.text("province", 2);
  p.year = top.integer("year", 2020, 2100);
  try {
    p.effective = Date::parse(top.text("effective", 10));
  } catch (const Error& e) {
    Object::fail("effective", e.what());
  }
  if (const json* src = top.maybe("source")) p.source = Object::to_bounded_text(*src, "source", kPolicySourceBytesMax, "kPolicySourceBytesMax");

  {
    Object t = top.child("threshold");
    p.threshold.amount = t.money("amount");
    if (const json* m = t.maybe("dibao_multiple")) p.threshold.dibao_multiple = Object::to_ratio(*m, t.field("dibao_multiple"));
    if (const json* d = t.maybe("dibao_annual")) p.threshold.dibao_annual = Object::to_money(*d, t.field("dibao_annual"));
    if (const json* o = t.maybe("county_overrides")) {
      Object overrides(*o, t.field("county_overrides"));
      for (auto it = o->begin(); it != o->end(); ++it) {
        const std::string& key = it.key();
        if (key.size() != 6 || key.find_first_not_of("0123456789") != std::string::npos) {
          Object::fail(overrides.field(key), "key must be a 6-digit county code");
        }
        p.threshold.county_overrides[static_cast<uint32_t>(std::stoul(key))] = overrides.money(key);
      }
      overrides.finish();
    }
    t.finish();
  }
  {
    const json& items = top.need("excluded_income_items");
    if (!items.is_array()) Object::fail("excluded_income_items", "expected an array of item codes");
    p.excluded_income_items.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
      p.excluded_income_items.push_back(Object::to_text(items[i], "excluded_income_items[" + std::to_string(i) + "]", 64));
    }
  }
  {
    Object s = top.child("screening");
    p.screening.medical_oop_formerly_poor = s.money("medical_oop_formerly_poor");
    p.screening.medical_oop_other = s.money("medical_oop_other");
    p.screening.outpatient_special_monthly = s.money("outpatient_special_monthly");
    p.screening.school_cost = s.money("school_cost");
    p.screening.rigid_expenditure_share = s.ratio("rigid_expenditure_share");
    p.screening.income_drop_share = s.ratio("income_drop_share");
    p.screening.lack_of_labour_share = s.ratio("lack_of_labour_share");
    s.finish();
  }
  {
    Object w = top.child("weights");
    p.weights.income_below_threshold = w.integer("income_below_threshold", 0, 1000);
    p.weights.income_gap_per_tenth = w.integer("income_gap_per_tenth", 0, 1000);
    p.weights.guarantee_failure = w.integer("guarantee_failure", 0, 1000);
    Object r = w.child("risk");
    for (int i = 0; i < kRiskTypeCount; ++i) {
      p.weights.risk[static_cast<std::size_t>(i)] = r.integer(risk_type_code(static_cast<RiskType>(i)), 0, 1000);
    }
    r.finish();
    w.finish();
  }
  {
    Object c = top.child("cutoffs");
    p.cutoffs.blue = c.integer("blue", 1, 100000);
    p.cutoffs.yellow = c.integer("yellow", 1, 100000);
    p.cutoffs.red = c.integer("red", 1, 100000);
    c.finish();
  }
  {
    Object v = top.child("visits");
    p.visits.red_days = v.integer("red_days", 1, 366);
    p.visits.yellow_months = v.integer("yellow_months", 1, 12);
    p.visits.blue_months = v.integer("blue_months", 1, 12);
    v.finish();
  }
  {
    Object e = top.child("elimination");
    p.elimination.min_months_monitored = e.integer("min_months_monitored", 0, 60);
    p.elimination.min_months_income_stable = e.integer("min_months_income_stable", 0, 60);
    p.elimination.min_measures_implemented = e.integer("min_measures_implemented", 0, 100);
    p.elimination.forbid_no_labour = e.boolean("forbid_no_labour");
    p.elimination.forbid_same_or_next_month = e.boolean("forbid_same_or_next_month");
    // Optional (format 1 files written before issue 16 lack them): the ◐ defaults of policy.hpp.
    if (const json* v = e.maybe("follow_up_months")) {
      p.elimination.follow_up_months = Object::to_integer(*v, e.field("follow_up_months"), 0, 120);
    }
    if (const json* v = e.maybe("post_check_interval_months")) {
      p.elimination.post_check_interval_months = Object::to_integer(*v, e.field("post_check_interval_months"), 1, 60);
    }
    const json& veto = e.need("veto_list");
    if (!veto.is_array()) Object::fail(e.field("veto_list"), "expected an array of veto item codes");
    p.elimination.veto_list.clear();
    for (std::size_t i = 0; i < veto.size(); ++i) {
      const std::string field = e.field("veto_list") + "[" + std::to_string(i) + "]";
      const auto item = veto_item_from_code(Object::to_text(veto[i], field, 64));
      if (!item) Object::fail(field, "unknown veto item " + veto[i].dump() + " (docs/policy.md lists them)");
      p.elimination.veto_list.push_back(*item);
    }
    e.finish();
  }
  if (const json* r = top.maybe("regime")) p.regime = regime_from_json(*r);
  if (const json* proc = top.maybe("procedure")) p.procedure = decode_procedure_json(*proc);  // issue 16
  top.finish();
  p.validate();
  return p;
}

std::string policy_to_json(const Policy& p) {
  json root = json::object();
  root["format"] = kFormat;
  root["format_version"] = kFormatVersion;
  root["id"] = p.id;
  root["version"] = p.version;
  root["province"] = p.province;
  root["year"] = p.year;
  root["effective"] = p.effective.to_string();
  root["source"] = p.source;
  json t = {{"amount", money_text(p.threshold.amount)}};
  if (p.threshold.dibao_multiple) {
    t["dibao_multiple"] = p.threshold.dibao_multiple->to_fraction();
    t["dibao_annual"] = money_text(p.threshold.dibao_annual);
  }
  if (!p.threshold.county_overrides.empty()) {
    json o = json::object();
    for (const auto& [county, amount] : p.threshold.county_overrides) o[std::to_string(county)] = money_text(amount);
    t["county_overrides"] = o;
  }
  root["threshold"] = t;
  root["excluded_income_items"] = p.excluded_income_items;
  root["screening"] = {{"medical_oop_formerly_poor", money_text(p.screening.medical_oop_formerly_poor)},
                       {"medical_oop_other", money_text(p.screening.medical_oop_other)},
                       {"outpatient_special_monthly", money_text(p.screening.outpatient_special_monthly)},
                       {"school_cost", money_text(p.screening.school_cost)},
                       {"rigid_expenditure_share", p.screening.rigid_expenditure_share.to_fraction()},
                       {"income_drop_share", p.screening.income_drop_share.to_fraction()},
                       {"lack_of_labour_share", p.screening.lack_of_labour_share.to_fraction()}};
  json risk = json::object();
  for (int i = 0; i < kRiskTypeCount; ++i) {
    risk[std::string(risk_type_code(static_cast<RiskType>(i)))] = p.weights.risk[static_cast<std::size_t>(i)];
  }
  root["weights"] = {{"income_below_threshold", p.weights.income_below_threshold},
                     {"income_gap_per_tenth", p.weights.income_gap_per_tenth},
                     {"guarantee_failure", p.weights.guarantee_failure},
                     {"risk", risk}};
  root["cutoffs"] = {{"blue", p.cutoffs.blue}, {"yellow", p.cutoffs.yellow}, {"red", p.cutoffs.red}};
  root["visits"] = {{"red_days", p.visits.red_days},
                    {"yellow_months", p.visits.yellow_months},
                    {"blue_months", p.visits.blue_months}};
  json veto = json::array();
  for (auto item : p.elimination.veto_list) veto.push_back(std::string(veto_item_code(item)));
  root["elimination"] = {{"min_months_monitored", p.elimination.min_months_monitored},
                         {"min_months_income_stable", p.elimination.min_months_income_stable},
                         {"min_measures_implemented", p.elimination.min_measures_implemented},
                         {"forbid_no_labour", p.elimination.forbid_no_labour},
                         {"forbid_same_or_next_month", p.elimination.forbid_same_or_next_month},
                         {"follow_up_months", p.elimination.follow_up_months},
                         {"post_check_interval_months", p.elimination.post_check_interval_months},
                         {"veto_list", veto}};
  if (p.regime) root["regime"] = regime_to_json(*p.regime);  // absent: by the effective date
  root["procedure"] = encode_procedure_json(p.procedure);
  return root.dump(2);
}

// Any nlohmann exception left (a value of the wrong JSON type deep inside, a number that does
// not fit) is malformed input, never an internal error: found by tests/fuzz (docs/hardening.md).
Policy policy_from_json(std::string_view json_text) {
  try {
    return decode_policy_from_json(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kParse, std::string("policy: malformed JSON: ") + e.what());
  }
}

}  // namespace rg
