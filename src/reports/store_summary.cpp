// Region summaries from a store: households, the assessment run, cases, ledger and projects.
#include <unordered_map>

#include "ruralguard/assessment_store.hpp"
#include "ruralguard/asset_store.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/ledger_queries.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/summary_store.hpp"

namespace rg {

namespace {


struct Decision {
  uint8_t within = 0;
  uint8_t category = 0;
  uint8_t level = 0;
};

std::unordered_map<int64_t, Decision> load_run(Store& store, int64_t run_id) {
  std::unordered_map<int64_t, Decision> out;
  for (const RunDecision& d : load_run_decisions(store, run_id)) {
    out[static_cast<int64_t>(d.household_key)] =
        Decision{static_cast<uint8_t>(d.within_monitoring ? 1 : 0), static_cast<uint8_t>(d.category),
                 static_cast<uint8_t>(d.level)};
  }
  return out;
}

std::vector<Decision> assess_on_the_fly(const HouseholdColumnData& c, const StoreSummaryOptions& options) {
  std::vector<Decision> out(c.size());
  if (c.size() == 0) return out;
  const TableAssessment t = options.policy_set ? assess_table(c, *options.policy_set, options.as_of)
                                               : assess_table(c, options.policy, options.as_of);
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (t.status[i] == 0) out[i] = Decision{t.within_monitoring[i], t.category[i], t.level[i]};
  }
  return out;
}

void add_cases(Store& store, const RegionRange& range, SummaryBuilder& builder) {
  CaseRepository cases(store);
  for (const CaseOverview& c : cases.overview()) {
    if (!range.contains(c.region)) continue;
    builder.add_case(CaseSummaryRow{c.region, static_cast<uint8_t>(c.state), c.category, c.level, c.has_active_measure});
  }
}

// The project as it stood on `as_of`: the last status entered on or before that date (the
// lifecycle only moves forward, so the dates are ordered).
Project status_as_of(Project p, Date as_of) {
  std::optional<Date> latest;
  for (int s = 1; s <= kProjectStatusCount; ++s) {
    const auto when = p.date_of(static_cast<ProjectStatus>(s));
    if (when && *when <= as_of && (!latest || *when >= *latest)) {
      latest = when;
      p.status = static_cast<ProjectStatus>(s);
    }
  }
  return p;
}


}  // namespace

namespace {

// Project assets registered on or before as_of, by class and current status, with their book value
// and the asset income credited to their income account up to as_of (an income account shared by
// several assets is counted once, with the first of them).
void add_assets(Store& store, const Ledger& ledger, const StoreSummaryOptions& options, const RegionRange& range,
                SummaryBuilder& builder) {
  std::unordered_map<uint64_t, bool> income_seen;
  for (const AssetOverview& a : registered_assets(store, options.as_of)) {
    if (!range.contains(a.region)) continue;
    const AssetKey key{static_cast<uint8_t>(a.asset_class), static_cast<uint8_t>(a.status)};
    Money income;
    if (a.income_account_id != 0 && income_seen.emplace(a.income_account_id, true).second) {
      income = balance_as_of(ledger, a.income_account_id, options.as_of).credits_posted;
    }
    builder.add_asset(a.region, key, a.value, income);
  }
}

}  // namespace

StoreSummary summarize_store(Store& store, const StoreSummaryOptions& options) {
  StoreSummary result;
  HouseholdColumnOptions load;
  load.as_of = options.as_of;
  load.region_prefix = options.region_prefix;
  // Each set policy's income items for its (province, year) (the regime's accounting rule).
  if (options.policy_set) load.income_policies = income_item_policies(*options.policy_set);
  const RegionRange range = region_prefix_range(options.region_prefix);  // parsed once, not per row
  const HouseholdColumnData c = load_household_columns(store, load);

  SummaryBuilder builder;
  const int64_t run = options.run_id ? *options.run_id : latest_assessment_run(store);
  std::unordered_map<int64_t, Decision> recorded;
  std::vector<Decision> fresh;
  if (run != 0) {
    recorded = load_run(store, run);
  } else {
    fresh = assess_on_the_fly(c, options);
  }
  result.run_id = run;
  for (std::size_t i = 0; i < c.size(); ++i) {
    HouseholdSummaryRow row;
    row.region = c.region_code[i];
    row.type = static_cast<HouseholdType>(c.kind[i]);
    row.members = c.members[i];
    row.has_income = c.has_income[i] != 0;
    row.per_capita_income = Money::from_units(c.per_capita_income[i]);
    if (c.previous_per_capita_income[i] != HouseholdColumnData::kMoneyUnknown) {
      row.previous_per_capita_income = Money::from_units(c.previous_per_capita_income[i]);
    }
    const Decision* d = nullptr;
    if (run != 0) {
      auto it = recorded.find(c.household_key[i]);
      if (it != recorded.end()) d = &it->second;
    } else {
      d = &fresh[i];
    }
    if (d != nullptr) {
      row.assessed = true;
      row.within_monitoring = d->within != 0;
      row.category = static_cast<MonitoringCategory>(d->category);
      row.level = static_cast<WarningLevel>(d->level);
    }
    builder.add_household(row);
  }
  add_cases(store, range, builder);

  LedgerStore ledger(store);
  for (const FundFlow& f : fund_flows(ledger.ledger(), ledger.projects(), options.as_of)) {
    if (range.contains(f.region)) builder.add_fund_flow(f);
  }
  for (const Project& p : ledger.projects().all()) {
    const auto proposed = p.date_of(ProjectStatus::kReserve);
    if (proposed && options.as_of < *proposed) continue;
    if (range.contains(p.region.value())) builder.add_project(status_as_of(p, options.as_of));
  }
  add_assets(store, ledger.ledger(), options, range, builder);
  result.regions = builder.summaries();
  return result;
}

}  // namespace rg
