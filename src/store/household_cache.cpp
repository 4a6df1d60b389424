// The in-memory household facts behind the columnar load (store/household_cache.hpp).
#include "store/household_cache.hpp"

#include <sqlite3.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "ruralguard/error.hpp"
#include "ruralguard/household_events.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region_code.hpp"
#include "store/column_rows.hpp"
#include "store/store_impl.hpp"

namespace rg::store {

struct HouseholdFactsCache {
  int64_t data_version = 0;
  int64_t total_changes = 0;
  // Households in row-key order.
  std::vector<int64_t> key;
  std::vector<uint64_t> region;
  std::vector<uint8_t> kind, relocated, guarantees;  // guarantees: housing and water bits
  std::string ids;
  std::vector<uint32_t> id_offsets{0};
  // Active members, in table order: index of their household in the arrays above.
  std::vector<uint32_t> m_household;
  std::vector<int32_t> m_birth;
  std::vector<uint8_t> m_school, m_health, m_labour, m_uninsured;
  // Income statements, in table order (the order the direct load applies them).
  std::vector<uint32_t> s_household;
  std::vector<int32_t> s_end, s_family_size;
  std::vector<int64_t> s_wage, s_business_income, s_business_cost, s_property, s_oop_medical, s_oop_education;
  std::vector<std::array<int64_t, kTransferItemCount>> s_transfers;
  // Household events (every date; the window is applied per load).
  std::vector<uint32_t> e_household;
  std::vector<int32_t> e_date;
  std::vector<uint8_t> e_kind;
};

namespace {

using Raw = RawStatement;

void exec(sqlite3* db, const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    const std::string what = msg != nullptr ? msg : "unknown error";
    sqlite3_free(msg);
    throw Error(sqlite3_errcode(db) == SQLITE_BUSY ? ErrorCode::kBusy : ErrorCode::kIo, "columnar load: " + what);
  }
}

int64_t data_version(sqlite3* db) {
  Raw q(db, "PRAGMA data_version");
  return q.step() ? q.i64(0) : 0;
}

// Reads the four tables (one read transaction: one snapshot). nullptr when the store is larger
// than the cache bound.
std::unique_ptr<HouseholdFactsCache> read_facts(sqlite3* db) {
  auto c = std::make_unique<HouseholdFactsCache>();
  exec(db, "BEGIN");
  struct EndRead {
    sqlite3* db;
    ~EndRead() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
  } end_read{db};
  const MmapForScan mmap(db);  // as the direct load reads
  std::vector<int32_t> index_of;  // row key -> household index, -1 when absent
  {
    Raw hs(db, "SELECT id, region, type, relocated, unsafe_house, house_damaged, water_safe, household_id "
               "FROM rg_households ORDER BY id");
    while (hs.step()) {
      if (c->key.size() >= kCachedHouseholdsMax) return nullptr;
      const int64_t key = hs.i64(0);
      if (key < 0) return nullptr;  // row keys are rowids from 1: leave anything else to the direct load
      if (key >= static_cast<int64_t>(index_of.size())) {
        index_of.resize(static_cast<std::size_t>(key) + 1 + index_of.size() / 2, -1);
      }
      index_of[static_cast<std::size_t>(key)] = static_cast<int32_t>(c->key.size());
      c->key.push_back(key);
      c->region.push_back(static_cast<uint64_t>(hs.i64(1)));
      c->kind.push_back(static_cast<uint8_t>(hs.i32(2)));
      c->relocated.push_back(static_cast<uint8_t>(hs.i32(3)));
      c->guarantees.push_back(household_column_guarantees(hs.i32(4) != 0, hs.i32(5) != 0, hs.i32(6) != 0));
      c->ids.append(hs.text(7));
      c->id_offsets.push_back(static_cast<uint32_t>(c->ids.size()));
    }
  }
  auto household = [&](int64_t key) -> int32_t {
    return key >= 0 && key < static_cast<int64_t>(index_of.size()) ? index_of[static_cast<std::size_t>(key)] : -1;
  };
  {
    Raw ms(db, "SELECT household, birth_date, school_status, health, labour, medical_resident, medical_employee "
               "FROM rg_members WHERE status = ?1");
    ms.bind(1, static_cast<int64_t>(MemberStatus::kActive));
    while (ms.step()) {
      const int32_t h = household(ms.i64(0));
      if (h < 0) continue;
      c->m_household.push_back(static_cast<uint32_t>(h));
      c->m_birth.push_back(ms.i32(1));
      c->m_school.push_back(static_cast<uint8_t>(ms.i32(2)));
      c->m_health.push_back(static_cast<uint8_t>(ms.i32(3)));
      c->m_labour.push_back(static_cast<uint8_t>(ms.i32(4)));
      c->m_uninsured.push_back(uninsured(ms.i32(5) != 0, ms.i32(6) != 0) ? 1 : 0);
    }
  }
  {
    std::string sql = "SELECT household, period_end, family_size, wage, business_income, business_cost, property, "
                      "oop_medical, oop_education";
    for (std::size_t t = 0; t < kTransferItemCount; ++t) {
      sql += ", t_" + std::string(transfer_item_code(static_cast<TransferItem>(t)));
    }
    sql += " FROM rg_income_statements";
    Raw is(db, sql);
    while (is.step()) {
      const int32_t h = household(is.i64(0));
      if (h < 0) continue;
      c->s_household.push_back(static_cast<uint32_t>(h));
      c->s_end.push_back(is.i32(1));
      c->s_family_size.push_back(is.i32(2));
      c->s_wage.push_back(is.i64(3));
      c->s_business_income.push_back(is.i64(4));
      c->s_business_cost.push_back(is.i64(5));
      c->s_property.push_back(is.i64(6));
      c->s_oop_medical.push_back(is.i64(7));
      c->s_oop_education.push_back(is.i64(8));
      auto& t = c->s_transfers.emplace_back();
      for (std::size_t k = 0; k < kTransferItemCount; ++k) t[k] = is.i64(9 + static_cast<int>(k));
    }
  }
  {
    Raw es(db, "SELECT household, date, kind FROM rg_household_events");
    while (es.step()) {
      const int32_t h = household(es.i64(0));
      if (h < 0) continue;
      c->e_household.push_back(static_cast<uint32_t>(h));
      c->e_date.push_back(es.i32(1));
      c->e_kind.push_back(static_cast<uint8_t>(es.i32(2)));
    }
  }
  c->data_version = data_version(db);  // of this read transaction's snapshot
  return c;
}

// The columns of the direct load (household_columns.cpp), from the cached facts.
HouseholdColumnData derive(const HouseholdFactsCache& c, const HouseholdColumnOptions& o) {
  const RegionRange range = region_prefix_range(o.region_prefix);
  HouseholdColumnData d;
  const std::size_t all = c.key.size();
  std::vector<int32_t> row_of(all, -1);  // household index -> output row
  d.id_offsets.push_back(0);
  for (std::size_t i = 0; i < all; ++i) {
    if (!range.contains(c.region[i])) continue;
    row_of[i] = static_cast<int32_t>(d.household_key.size());
    d.household_key.push_back(c.key[i]);
    d.region_code.push_back(c.region[i]);
    d.kind.push_back(c.kind[i]);
    d.relocated.push_back(c.relocated[i]);
    d.guarantee_failures.push_back(c.guarantees[i]);
    d.household_ids.append(c.ids, c.id_offsets[i], c.id_offsets[i + 1] - c.id_offsets[i]);
    d.id_offsets.push_back(static_cast<uint32_t>(d.household_ids.size()));
  }
  MemberColumns members(o, d);
  for (std::size_t m = 0; m < c.m_household.size(); ++m) {
    const int32_t row = row_of[c.m_household[m]];
    if (row < 0) continue;
    members.add(static_cast<std::size_t>(row), c.m_birth[m], static_cast<SchoolStatus>(c.m_school[m]),
                static_cast<Health>(c.m_health[m]), static_cast<Labour>(c.m_labour[m]), c.m_uninsured[m] == 0);
  }
  IncomeColumns income(o, d);
  const int32_t as_of = o.as_of.days_since_epoch();
  IncomeStatement s;
  for (std::size_t k = 0; k < c.s_household.size(); ++k) {
    const int32_t end = c.s_end[k];
    const int32_t row = end > as_of ? -1 : row_of[c.s_household[k]];
    if (row < 0 || !income.wanted(static_cast<std::size_t>(row), end)) continue;
    s.family_size = c.s_family_size[k];
    s.wage = Money::from_units(c.s_wage[k]);
    s.business_income = Money::from_units(c.s_business_income[k]);
    s.business_cost = Money::from_units(c.s_business_cost[k]);
    s.property = Money::from_units(c.s_property[k]);
    for (std::size_t t = 0; t < kTransferItemCount; ++t) s.transfers[t] = Money::from_units(c.s_transfers[k][t]);
    income.add(static_cast<std::size_t>(row), end, s, c.s_oop_medical[k], c.s_oop_education[k]);
  }
  const EventWindow w = event_window(o.as_of);
  const int32_t first = w.first.days_since_epoch();
  for (std::size_t k = 0; k < c.e_household.size(); ++k) {
    const int32_t row = c.e_date[k] < first || c.e_date[k] > as_of ? -1 : row_of[c.e_household[k]];
    if (row >= 0) add_event(d, static_cast<std::size_t>(row), c.e_kind[k]);
  }
  return d;
}

}  // namespace

std::optional<HouseholdColumnData> cached_household_columns(Store& store, const HouseholdColumnOptions& options) {
  sqlite3* db = store::database_of(store).sql().getHandle();
  (void)region_prefix_range(options.region_prefix);  // a malformed prefix fails before any read
  if (sqlite3_get_autocommit(db) == 0) return std::nullopt;  // a transaction may yet roll back
  auto& cache = store::impl_of(store).household_cache;
  const int64_t changes = sqlite3_total_changes64(db);
  if (!cache || cache->total_changes != changes || cache->data_version != data_version(db)) {
    cache.reset();
    std::unique_ptr<HouseholdFactsCache> fresh = read_facts(db);
    if (!fresh) return std::nullopt;
    fresh->total_changes = changes;
    cache = std::move(fresh);
  }
  return derive(*cache, options);
}

}  // namespace rg::store
