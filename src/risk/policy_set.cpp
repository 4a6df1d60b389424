// A policy set: policies keyed by (province, year), threshold changes as records (DOMAIN.md 1.2,
// DOMAIN-2026 §7.3), and the batch assessment that looks each household's policy up.
#include "ruralguard/policy_set.hpp"

#include <algorithm>
#include <climits>
#include <type_traits>

#include "risk/compiled_policy.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

std::string key_text(std::string_view province, int32_t year) {
  return std::string(province) + "/" + std::to_string(year);
}

bool less_key(const Policy& p, std::string_view province, int32_t year) {
  return p.province != province ? p.province < province : p.year < year;
}

std::string province_of(uint64_t region_code) {
  const uint64_t province = region_code / 10'000'000'000ULL;
  std::string text = std::to_string(province);
  return text.size() < 2 ? std::string(2 - text.size(), '0') + text : text;
}

[[noreturn]] void bad_change(const ThresholdChange& c, const std::string& field, const std::string& why) {
  throw Error(ErrorCode::kRange, "threshold change " + key_text(c.province, c.year) +
                                     (c.county ? " county " + std::to_string(*c.county) : std::string()) + ": " + field +
                                     ": " + why);
}

}  // namespace

void ThresholdChange::validate() const {
  if (province.size() != 2 || province.find_first_not_of("0123456789") != std::string::npos) {
    bad_change(*this, "province", "must be a 2-digit province code, got " + quote_for_message(province));
  }
  if (year < 2020 || year > 2100) bad_change(*this, "year", "must be 2020..2100, got " + std::to_string(year));
  if (county && (*county < 110000 || *county > 999999 || std::to_string(*county).substr(0, 2) != province)) {
    bad_change(*this, "county", "must be a 6-digit county code in province " + province + ", got " +
                                    std::to_string(*county));
  }
  if (old_amount.is_negative()) bad_change(*this, "old_amount", "must not be negative, got " + old_amount.format({}));
  if (new_amount.is_negative() || new_amount.is_zero()) {
    bad_change(*this, "new_amount", "must be positive, got " + new_amount.format({}));
  }
  if (basis.empty() || basis.size() > 1000) bad_change(*this, "basis", "must have 1..1000 bytes (CPI, income growth, 低保...)");
  if (document.empty() || document.size() > 1000) bad_change(*this, "document", "must have 1..1000 bytes (the approving document)");
  if (effective.year() < year - 1 || effective.year() > year) {
    bad_change(*this, "effective", "date " + effective.to_string() + " is outside the policy year " +
                                       std::to_string(year) + " (or the year before it)");
  }
}

void PolicySet::add(Policy policy) {
  policy.validate();
  if (policies_.size() >= kPolicySetPoliciesMax) {
    throw Error(ErrorCode::kLimit, "policy set '" + id + "': more than kPolicySetPoliciesMax (" +
                                       std::to_string(kPolicySetPoliciesMax) + ") policies");
  }
  auto it = std::lower_bound(policies_.begin(), policies_.end(), policy,
                             [](const Policy& a, const Policy& b) { return less_key(a, b.province, b.year); });
  if (it != policies_.end() && it->province == policy.province && it->year == policy.year) {
    throw Error(ErrorCode::kConflict, "policy set '" + id + "': two policies for province " + policy.province +
                                          " year " + std::to_string(policy.year) + ": '" + it->id + "' and '" +
                                          policy.id + "'");
  }
  policies_.insert(it, std::move(policy));
}

void PolicySet::add_change(ThresholdChange change) {
  change.validate();
  changes_.push_back(std::move(change));
}

const Policy* PolicySet::find(std::string_view province, int32_t year) const noexcept {
  auto it = std::lower_bound(policies_.begin(), policies_.end(), 0, [&](const Policy& p, int) {
    return less_key(p, province, year);
  });
  return it != policies_.end() && it->province == province && it->year == year ? &*it : nullptr;
}

const Policy& PolicySet::lookup(std::string_view province, int32_t year) const {
  if (const Policy* p = find(province, year)) return *p;
  throw Error(ErrorCode::kNotFound, "no policy for province " + std::string(province) + " year " + std::to_string(year) +
                                        ": the policy set '" + id + "' has " + keys_text() +
                                        "; load the province's policy (policy_from_json / a policy set)");
}

const Policy& PolicySet::lookup(uint64_t region_code, Date income_period_end) const {
  return lookup(province_of(region_code), income_period_end.year());
}

std::string PolicySet::keys_text() const {
  if (policies_.empty()) return "no policy";
  std::string out;
  for (const Policy& p : policies_) out += (out.empty() ? "" : ", ") + key_text(p.province, p.year);
  return out;
}

IncomeItemPolicyTable income_item_policies(const PolicySet& set) {
  IncomeItemPolicyTable table;
  for (const Policy& p : set.policies()) {
    if (p.province == "00") continue;  // a national policy in a set is the policy of province 00 only
    table.add(income_item_policies(p).find(std::stoi(p.province), p.year));
  }
  return table;
}

std::size_t assess_batch(const HouseholdColumns& in, const PolicySet& set, Date as_of, const AssessmentColumns& out) {
  const std::size_t n = in.size();
  if (n > kBatchRowsMax) {
    throw Error(ErrorCode::kLimit, "assess_batch: " + std::to_string(n) + " rows exceed kBatchRowsMax (" +
                                       std::to_string(kBatchRowsMax) + ")");
  }
  auto check = [n](std::size_t len, const char* name) {
    check_column_length(len, n, "assessment output", name, "the input", true);
  };
  check(out.within_monitoring.size(), "within_monitoring");
  check(out.category.size(), "category");
  check(out.risk_mask.size(), "risk_mask");
  check(out.score.size(), "score");
  check(out.level.size(), "level");
  check(out.next_visit.size(), "next_visit");
  check(out.status.size(), "status");
  // Pass 1: each row's policy, through a tiny table of (province, year span) -> compiled policy.
  struct Slot {
    uint64_t province;
    int32_t first_day, end_day;  // the policy year as days since the epoch, [first, end)
    std::size_t compiled;
  };
  std::vector<Slot> slots;
  std::vector<const Policy*> used;
  std::vector<uint32_t> row_policy(n);
  constexpr uint32_t kNoPolicy = UINT32_MAX;  // bad region code: the row fails on its own
  std::size_t last = SIZE_MAX;
  for (std::size_t i = 0; i < n; ++i) {
    const uint64_t region = in.region_code[i];
    const uint64_t province = region / 10'000'000'000ULL;
    const int32_t day = in.income_period_end[i];
    if (region < 110'000'000'000ULL || region > 999'999'999'999ULL) {
      row_policy[i] = kNoPolicy;
      continue;
    }
    auto fits = [&](const Slot& s) { return s.province == province && day >= s.first_day && day < s.end_day; };
    if (last == SIZE_MAX || !fits(slots[last])) {
      last = SIZE_MAX;
      for (std::size_t k = 0; k < slots.size() && last == SIZE_MAX; ++k) {
        if (fits(slots[k])) last = k;
      }
      if (last == SIZE_MAX) {
        const Date period_end = Date::from_days_since_epoch(day);
        const int32_t year = period_end.year();
        const Policy* p = set.find(province_of(region), year);
        if (p == nullptr) {
          throw Error(ErrorCode::kNotFound, "assess_batch: row " + std::to_string(i) + " (region " +
                                                std::to_string(region) + ", income period ending " +
                                                period_end.to_string() + "): no policy for province " +
                                                province_of(region) + " year " + std::to_string(year) +
                                                ": the policy set '" + set.id + "' has " + set.keys_text());
        }
        auto at = std::find(used.begin(), used.end(), p);
        if (at == used.end()) at = used.insert(used.end(), p);
        slots.push_back(Slot{province, Date::from_ymd(year, 1, 1).days_since_epoch(),
                             Date::from_ymd(year + 1, 1, 1).days_since_epoch(),
                             static_cast<std::size_t>(at - used.begin())});
        last = slots.size() - 1;
      }
    }
    row_policy[i] = static_cast<uint32_t>(slots[last].compiled);
  }
  // Pass 2: every distinct policy compiled once, every row evaluated with its own.
  std::vector<risk::CompiledPolicy> compiled;
  compiled.reserve(used.size());
  for (const Policy* p : used) compiled.emplace_back(*p, as_of);
  auto put = [](const auto& column, std::size_t i, auto value) {
    if (!column.empty()) column[i] = static_cast<typename std::decay_t<decltype(column)>::value_type>(value);
  };
  auto fail = [&](std::size_t i, ErrorCode code) {
    put(out.within_monitoring, i, 0);
    put(out.category, i, 0);
    put(out.risk_mask, i, 0);
    put(out.score, i, 0);
    put(out.level, i, 0);
    put(out.next_visit, i, INT32_MIN);
    put(out.status, i, static_cast<int32_t>(code));
  };
  std::size_t failed = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (row_policy[i] == kNoPolicy) {
      fail(i, ErrorCode::kRange);
      ++failed;
      continue;
    }
    try {
      const risk::Outcome o = risk::evaluate(in.facts(i), compiled[row_policy[i]], nullptr);
      put(out.within_monitoring, i, o.within ? 1 : 0);
      put(out.category, i, o.category);
      put(out.risk_mask, i, o.risk_mask);
      put(out.score, i, o.score);
      put(out.level, i, o.level);
      put(out.next_visit, i, o.next_visit);
      put(out.status, i, 0);
    } catch (const Error& e) {
      fail(i, e.code());
      ++failed;
    }
  }
  return failed;
}

}  // namespace rg
