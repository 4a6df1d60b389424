// Region summaries from a store: households, the assessment run, cases, ledger and projects.
#include <SQLiteCpp/SQLiteCpp.h>

#include <unordered_map>

#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/ledger_queries.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/summary_store.hpp"
#include "store/store_impl.hpp"

namespace rg {

namespace {

struct Decision {
  uint8_t within = 0;
  uint8_t category = 0;
  uint8_t level = 0;
};

int64_t latest_run(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT coalesce(max(run_id), 0) FROM rg_assessment_runs");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::unordered_map<int64_t, Decision> load_run(SQLite::Database& db, int64_t run_id) {
  SQLite::Statement exists(db, "SELECT 1 FROM rg_assessment_runs WHERE run_id = ?");
  exists.bind(1, run_id);
  if (!exists.executeStep()) {
    throw Error(ErrorCode::kNotFound, "summary: assessment run " + std::to_string(run_id) + " does not exist");
  }
  std::unordered_map<int64_t, Decision> out;
  SQLite::Statement q(db, "SELECT household_key, within, category, level FROM rg_assessment_results WHERE run_id = ?");
  q.bind(1, run_id);
  while (q.executeStep()) {
    out[q.getColumn(0).getInt64()] = Decision{static_cast<uint8_t>(q.getColumn(1).getInt()),
                                              static_cast<uint8_t>(q.getColumn(2).getInt()),
                                              static_cast<uint8_t>(q.getColumn(3).getInt())};
  }
  return out;
}

std::vector<Decision> assess_on_the_fly(const HouseholdColumnData& c, const StoreSummaryOptions& options) {
  std::vector<Decision> out(c.size());
  if (c.size() == 0) return out;
  const std::string province = RegionCode::from_value(c.region_code[0]).to_string().substr(0, 2);
  const Policy policy = options.policy ? *options.policy : default_policy(province, options.as_of.year());
  HouseholdColumns in;
  in.region_code = c.region_code;
  in.kind = c.kind;
  in.per_capita_income = c.per_capita_income;
  in.previous_per_capita_income = c.previous_per_capita_income;
  in.net_income = c.net_income;
  in.medical_out_of_pocket = c.medical_out_of_pocket;
  in.education_out_of_pocket = c.education_out_of_pocket;
  in.income_period_end = c.income_period_end;
  in.members = c.members;
  in.labour_capable = c.labour_capable;
  in.weak_labour = c.weak_labour;
  in.seriously_ill = c.seriously_ill;
  in.chronically_ill = c.chronically_ill;
  in.disabled = c.disabled;
  in.guarantee_failures = c.guarantee_failures;
  in.events = c.events;
  std::vector<uint8_t> within(c.size()), category(c.size()), level(c.size());
  std::vector<int32_t> status(c.size());
  // Households without a statement have no income period: give them the as-of date so that the
  // rules see "no income" rather than a period in the future.
  std::vector<int32_t> period(c.income_period_end);
  for (auto& p : period) {
    if (p == HouseholdColumnData::kDateNone) p = options.as_of.days_since_epoch();
  }
  in.income_period_end = period;
  AssessmentColumns out_cols;
  out_cols.within_monitoring = within;
  out_cols.category = category;
  out_cols.level = level;
  out_cols.status = status;
  (void)assess_batch(in, policy, options.as_of, out_cols);
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (status[i] == 0) out[i] = Decision{within[i], category[i], level[i]};
  }
  return out;
}

void add_cases(SQLite::Database& db, const std::string& prefix, SummaryBuilder& builder) {
  SQLite::Statement q(db,
                      "SELECT h.region, c.state, c.category, c.level,"
                      " EXISTS (SELECT 1 FROM rg_measures m WHERE m.case_id = c.case_id AND m.status IN (1, 2))"
                      " FROM rg_cases c JOIN rg_households h ON h.id = c.household");
  while (q.executeStep()) {
    const auto region = static_cast<uint64_t>(q.getColumn(0).getInt64());
    if (!prefix.empty() && !RegionCode::from_value(region).is_within(prefix)) continue;
    builder.add_case(CaseSummaryRow{region, static_cast<uint8_t>(q.getColumn(1).getInt()),
                                    static_cast<MonitoringCategory>(q.getColumn(2).getInt()),
                                    static_cast<WarningLevel>(q.getColumn(3).getInt()), q.getColumn(4).getInt() != 0});
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

bool within(uint64_t region, const std::string& prefix) {
  if (prefix.empty()) return true;
  if (region == 0) return false;
  return RegionCode::from_value(region).is_within(prefix);
}

}  // namespace

namespace {

// Project assets registered on or before as_of, by class and current status, with their book value
// and the asset income credited to their income account up to as_of (an income account shared by
// several assets is counted once, with the first of them).
void add_assets(SQLite::Database& db, const Ledger& ledger, const StoreSummaryOptions& options,
                SummaryBuilder& builder) {
  SQLite::Statement q(db,
                      "SELECT region, class, status, value, income_account_id FROM rg_assets "
                      "WHERE registered <= ? ORDER BY id");
  q.bind(1, options.as_of.days_since_epoch());
  std::unordered_map<uint64_t, bool> income_seen;
  while (q.executeStep()) {
    const auto region = static_cast<uint64_t>(q.getColumn(0).getInt64());
    if (!within(region, options.region_prefix)) continue;
    const AssetKey key{static_cast<uint8_t>(q.getColumn(1).getInt()), static_cast<uint8_t>(q.getColumn(2).getInt())};
    const auto income_account = static_cast<uint64_t>(q.getColumn(4).getInt64());
    Money income;
    if (income_account != 0 && income_seen.emplace(income_account, true).second) {
      income = balance_as_of(ledger, income_account, options.as_of).credits_posted;
    }
    builder.add_asset(region, key, Money::from_units(q.getColumn(3).getInt64()), income);
  }
}

}  // namespace

StoreSummary summarize_store(Store& store, const StoreSummaryOptions& options) {
  StoreSummary result;
  SQLite::Database& db = store.impl().db.sql();
  HouseholdColumnOptions load;
  load.as_of = options.as_of;
  load.region_prefix = options.region_prefix;
  const HouseholdColumnData c = load_household_columns(store, load);

  SummaryBuilder builder;
  const int64_t run = options.run_id ? *options.run_id : latest_run(db);
  std::unordered_map<int64_t, Decision> recorded;
  std::vector<Decision> fresh;
  if (run != 0) {
    recorded = load_run(db, run);
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
  add_cases(db, options.region_prefix, builder);

  LedgerStore ledger(store);
  for (const FundFlow& f : fund_flows(ledger.ledger(), ledger.projects(), options.as_of)) {
    if (within(f.region, options.region_prefix)) builder.add_fund_flow(f);
  }
  for (const Project& p : ledger.projects().all()) {
    const auto proposed = p.date_of(ProjectStatus::kReserve);
    if (proposed && options.as_of < *proposed) continue;
    if (within(p.region.value(), options.region_prefix)) builder.add_project(status_as_of(p, options.as_of));
  }
  add_assets(db, ledger.ledger(), options, builder);
  result.regions = builder.summaries();
  return result;
}

}  // namespace rg
