// PolicySet <-> JSON (docs/policy-format.md, "Policy sets").
#include <nlohmann/json.hpp>

#include "ruralguard/error.hpp"
#include "ruralguard/policy_set.hpp"

namespace rg {
namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "ruralguard-policy-set";

[[noreturn]] void fail(const std::string& field, const std::string& why, ErrorCode code = ErrorCode::kParse) {
  throw Error(code, "policy set: " + field + ": " + why);
}

const json& need(const json& obj, const std::string& path, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) fail(path + key, "missing field");
  return *it;
}

std::string text(const json& v, const std::string& field, std::size_t max_len) {
  if (!v.is_string()) fail(field, "expected a string, got " + v.dump());
  std::string s = v.get<std::string>();
  if (s.size() > max_len) fail(field, "longer than " + std::to_string(max_len) + " bytes", ErrorCode::kLimit);
  return s;
}

int64_t integer(const json& v, const std::string& field, int64_t lo, int64_t hi) {
  if (!v.is_number_integer() || v.get<int64_t>() < lo || v.get<int64_t>() > hi) {
    fail(field, "expected an integer " + std::to_string(lo) + ".." + std::to_string(hi) + ", got " + v.dump());
  }
  return v.get<int64_t>();
}

Money money(const json& v, const std::string& field) {
  if (!v.is_string()) fail(field, "expected an amount as a string such as \"6000.00\", got " + v.dump());
  try {
    return Money::parse(v.get<std::string>());
  } catch (const Error& e) {
    fail(field, e.what(), ErrorCode::kRange);
  }
}

void only_keys(const json& obj, const std::string& path, std::initializer_list<std::string_view> keys) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (auto k : keys) known = known || k == it.key();
    if (!known) fail(path + it.key(), "unknown field");
  }
}

ThresholdChange change_from_json(const json& v, const std::string& path) {
  if (!v.is_object()) fail(path, "expected an object");
  only_keys(v, path + ".", {"province", "year", "county", "old_amount", "new_amount", "basis", "document", "effective"});
  ThresholdChange c;
  c.province = text(need(v, path + ".", "province"), path + ".province", 2);
  c.year = static_cast<int32_t>(integer(need(v, path + ".", "year"), path + ".year", 2020, 2100));
  if (auto it = v.find("county"); it != v.end()) {
    c.county = static_cast<uint32_t>(integer(*it, path + ".county", 110000, 999999));
  }
  c.old_amount = money(need(v, path + ".", "old_amount"), path + ".old_amount");
  c.new_amount = money(need(v, path + ".", "new_amount"), path + ".new_amount");
  c.basis = text(need(v, path + ".", "basis"), path + ".basis", 1000);
  c.document = text(need(v, path + ".", "document"), path + ".document", 1000);
  const std::string eff = text(need(v, path + ".", "effective"), path + ".effective", 10);
  try {
    c.effective = Date::parse(eff);
  } catch (const Error& e) {
    fail(path + ".effective", e.what(), ErrorCode::kRange);
  }
  try {
    c.validate();
  } catch (const Error& e) {
    fail(path, e.what(), e.code());
  }
  return c;
}

PolicySet decode(std::string_view json_text) {
  if (json_text.size() > kPolicySetJsonBytesMax) {
    fail("(text)", std::to_string(json_text.size()) + " bytes, more than kPolicySetJsonBytesMax (" +
                       std::to_string(kPolicySetJsonBytesMax) + ")",
         ErrorCode::kLimit);
  }
  json root;
  try {
    root = json::parse(json_text.begin(), json_text.end());
  } catch (const json::exception& e) {
    fail("(text)", std::string("not valid JSON: ") + e.what());
  }
  if (!root.is_object()) fail("(top level)", "expected an object");
  only_keys(root, "", {"format", "format_version", "id", "version", "policies", "threshold_changes"});
  if (text(need(root, "", "format"), "format", 64) != kFormat) fail("format", "must be \"ruralguard-policy-set\"");
  if (integer(need(root, "", "format_version"), "format_version", 1, 1000) > 1) {
    fail("format_version", "newer than this library understands (1)", ErrorCode::kVersion);
  }
  PolicySet set;
  if (auto it = root.find("id"); it != root.end()) set.id = text(*it, "id", kPolicyIdBytesMax);
  if (set.id.empty()) fail("id", "must not be empty", ErrorCode::kRange);
  if (auto it = root.find("version"); it != root.end()) set.version = static_cast<int32_t>(integer(*it, "version", 1, 1'000'000));
  const json& policies = need(root, "", "policies");
  if (!policies.is_array()) fail("policies", "expected an array of policies");
  if (policies.size() > kPolicySetPoliciesMax) {
    fail("policies", std::to_string(policies.size()) + " policies, more than kPolicySetPoliciesMax (" +
                         std::to_string(kPolicySetPoliciesMax) + ")",
         ErrorCode::kLimit);
  }
  for (std::size_t i = 0; i < policies.size(); ++i) {
    const std::string path = "policies[" + std::to_string(i) + "]";
    try {
      set.add(policy_from_json(policies[i].dump()));
    } catch (const Error& e) {
      fail(path, e.what(), e.code());
    }
  }
  if (auto it = root.find("threshold_changes"); it != root.end()) {
    if (!it->is_array()) fail("threshold_changes", "expected an array");
    for (std::size_t i = 0; i < it->size(); ++i) {
      set.add_change(change_from_json((*it)[i], "threshold_changes[" + std::to_string(i) + "]"));
    }
  }
  return set;
}

}  // namespace

PolicySet policy_set_from_json(std::string_view json_text) {
  try {
    return decode(json_text);
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kParse, std::string("policy set: malformed JSON: ") + e.what());
  }
}

std::string policy_set_to_json(const PolicySet& set) {
  json root = json::object();
  root["format"] = kFormat;
  root["format_version"] = 1;
  root["id"] = set.id;
  root["version"] = set.version;
  json policies = json::array();
  for (const Policy& p : set.policies()) policies.push_back(json::parse(policy_to_json(p)));
  root["policies"] = policies;
  json changes = json::array();
  for (const ThresholdChange& c : set.changes()) {
    json j = {{"province", c.province},
              {"year", c.year},
              {"old_amount", c.old_amount.format({.decimals = 2})},
              {"new_amount", c.new_amount.format({.decimals = 2})},
              {"basis", c.basis},
              {"document", c.document},
              {"effective", c.effective.to_string()}};
    if (c.county) j["county"] = *c.county;
    changes.push_back(j);
  }
  root["threshold_changes"] = changes;
  return root.dump(2);
}

}  // namespace rg
