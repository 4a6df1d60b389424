// The in-memory household facts behind the columnar load (store/household_cache.hpp).
#include "store/household_cache.hpp"

#include <sqlite3.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "ruralguard/error.hpp"
#include "ruralguard/member.hpp"
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
};

namespace {

class Raw {
 public:
  Raw(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st_, nullptr) != SQLITE_OK) {
      throw Error(ErrorCode::kIo, std::string("columnar load: ") + sqlite3_errmsg(db));
    }
  }
  ~Raw() { sqlite3_finalize(st_); }
  Raw(const Raw&) = delete;
  Raw& operator=(const Raw&) = delete;
  bool step() {
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw Error(rc == SQLITE_BUSY ? ErrorCode::kBusy : ErrorCode::kIo, std::string("columnar load: ") + sqlite3_errmsg(db_));
  }
  int64_t i64(int c) { return sqlite3_column_int64(st_, c); }
  int i32(int c) { return sqlite3_column_int(st_, c); }
  std::string_view text(int c) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, c));
    return p == nullptr ? std::string_view() : std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, c)));
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

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

// The same check and message as the direct load (household_columns.cpp).
std::pair<int64_t, int64_t> region_range(const std::string& prefix) {
  if (prefix.empty()) return {0, 999'999'999'999};
  const int digits = static_cast<int>(prefix.size());
  if ((digits != 2 && digits != 4 && digits != 6 && digits != 9 && digits != 12) ||
      prefix.find_first_not_of("0123456789") != std::string::npos) {
    throw Error(ErrorCode::kParse, "region prefix " + quote_for_message(prefix) + " is not 2, 4, 6, 9 or 12 digits");
  }
  int64_t scale = 1;
  for (int i = digits; i < 12; ++i) scale *= 10;
  const int64_t lo = std::stoll(prefix) * scale;
  return {lo, lo + scale - 1};
}

// Reads the three tables (one read transaction: one snapshot). nullptr when the store is larger
// than the cache bound.
std::unique_ptr<HouseholdFactsCache> read_facts(sqlite3* db) {
  auto c = std::make_unique<HouseholdFactsCache>();
  exec(db, "BEGIN");
  struct EndRead {
    sqlite3* db;
    ~EndRead() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
  } end_read{db};
  // Reading through a memory map saves a copy of every page (as the direct load does).
  int64_t mmap_before = 0;
  {
    Raw q(db, "PRAGMA mmap_size");
    if (q.step()) mmap_before = q.i64(0);
  }
  sqlite3_exec(db, "PRAGMA mmap_size = 2147483648", nullptr, nullptr, nullptr);
  struct RestoreMmap {
    sqlite3* db;
    int64_t before;
    ~RestoreMmap() {
      sqlite3_exec(db, ("PRAGMA mmap_size = " + std::to_string(before)).c_str(), nullptr, nullptr, nullptr);
    }
  } restore{db, mmap_before};

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
      uint8_t g = 0;
      if (hs.i32(4) != 0 || hs.i32(5) != 0) g |= static_cast<uint8_t>(Guarantee::kHousing);
      if (hs.i32(6) == 0) g |= static_cast<uint8_t>(Guarantee::kWater);
      c->guarantees.push_back(g);
      c->ids.append(hs.text(7));
      c->id_offsets.push_back(static_cast<uint32_t>(c->ids.size()));
    }
  }
  auto household = [&](int64_t key) -> int32_t {
    return key >= 0 && key < static_cast<int64_t>(index_of.size()) ? index_of[static_cast<std::size_t>(key)] : -1;
  };
  {
    Raw ms(db, "SELECT household, birth_date, school_status, health, labour, medical_resident, medical_employee "
               "FROM rg_members WHERE status = 1");
    while (ms.step()) {
      const int32_t h = household(ms.i64(0));
      if (h < 0) continue;
      c->m_household.push_back(static_cast<uint32_t>(h));
      c->m_birth.push_back(ms.i32(1));
      c->m_school.push_back(static_cast<uint8_t>(ms.i32(2)));
      c->m_health.push_back(static_cast<uint8_t>(ms.i32(3)));
      c->m_labour.push_back(static_cast<uint8_t>(ms.i32(4)));
      c->m_uninsured.push_back(ms.i32(5) == 0 && ms.i32(6) == 0 ? 1 : 0);
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
  c->data_version = data_version(db);  // of this read transaction's snapshot
  return c;
}

// The columns of the direct load (household_columns.cpp), from the cached facts.
HouseholdColumnData derive(const HouseholdFactsCache& c, const HouseholdColumnOptions& o) {
  const auto [lo, hi] = region_range(o.region_prefix);
  HouseholdColumnData d;
  const std::size_t all = c.key.size();
  std::vector<int32_t> row_of(all, -1);  // household index -> output row
  d.id_offsets.push_back(0);
  for (std::size_t i = 0; i < all; ++i) {
    const auto r = static_cast<int64_t>(c.region[i]);
    if (r < lo || r > hi) continue;
    row_of[i] = static_cast<int32_t>(d.household_key.size());
    d.household_key.push_back(c.key[i]);
    d.region_code.push_back(c.region[i]);
    d.kind.push_back(c.kind[i]);
    d.relocated.push_back(c.relocated[i]);
    d.guarantee_failures.push_back(c.guarantees[i]);
    d.household_ids.append(c.ids, c.id_offsets[i], c.id_offsets[i + 1] - c.id_offsets[i]);
    d.id_offsets.push_back(static_cast<uint32_t>(d.household_ids.size()));
  }
  const std::size_t n = d.household_key.size();
  for (auto* v : {&d.members, &d.labour_capable, &d.weak_labour, &d.seriously_ill, &d.chronically_ill, &d.disabled,
                  &d.elderly, &d.school_age}) {
    v->assign(n, 0);
  }
  d.events.assign(n, 0);
  {
    const int32_t elder_born_by = o.as_of.add_months(-12 * 65).days_since_epoch();
    const int32_t school_oldest = o.as_of.add_months(-12 * (o.guarantees.compulsory_school_age_max + 1)).days_since_epoch();
    const int32_t school_youngest = o.as_of.add_months(-12 * o.guarantees.compulsory_school_age_min).days_since_epoch();
    const std::size_t members = c.m_household.size();
    for (std::size_t m = 0; m < members; ++m) {
      const int32_t row = row_of[c.m_household[m]];
      if (row < 0) continue;
      const auto i = static_cast<std::size_t>(row);
      const int32_t birth = c.m_birth[m];
      const auto school = static_cast<SchoolStatus>(c.m_school[m]);
      const auto health = static_cast<Health>(c.m_health[m]);
      const auto labour = static_cast<Labour>(c.m_labour[m]);
      ++d.members[i];
      d.labour_capable[i] += labour == Labour::kSkilled || labour == Labour::kOrdinary;
      d.weak_labour[i] += labour == Labour::kWeak;
      d.seriously_ill[i] += health == Health::kSeriousIllness;
      d.chronically_ill[i] += health == Health::kChronic;
      d.disabled[i] += health == Health::kDisabled;
      d.elderly[i] += birth <= elder_born_by;
      if (birth > school_oldest && birth <= school_youngest) {
        ++d.school_age[i];
        if (school == SchoolStatus::kDropout || school == SchoolStatus::kNotInSchool) {
          d.guarantee_failures[i] |= static_cast<uint8_t>(Guarantee::kEducation);
        }
      }
      if (c.m_uninsured[m] != 0) d.guarantee_failures[i] |= static_cast<uint8_t>(Guarantee::kMedical);
    }
  }
  d.per_capita_income.assign(n, 0);
  d.previous_per_capita_income.assign(n, HouseholdColumnData::kMoneyUnknown);
  d.net_income.assign(n, 0);
  d.medical_out_of_pocket.assign(n, 0);
  d.education_out_of_pocket.assign(n, 0);
  d.income_period_end.assign(n, HouseholdColumnData::kDateNone);
  d.has_income.assign(n, 0);
  {
    std::vector<int32_t> previous_end(n, HouseholdColumnData::kDateNone);
    const int32_t as_of = o.as_of.days_since_epoch();
    int cached_province = -1, cached_year = -1;
    IncomeItemPolicy policy(11, 2000);
    IncomeStatement s;
    const std::size_t statements = c.s_household.size();
    for (std::size_t k = 0; k < statements; ++k) {
      const int32_t end = c.s_end[k];
      if (end > as_of) continue;
      const int32_t row = row_of[c.s_household[k]];
      if (row < 0) continue;
      const auto i = static_cast<std::size_t>(row);
      const bool newest = end > d.income_period_end[i];
      if (!newest && end <= previous_end[i]) continue;  // older than both kept statements
      s.family_size = c.s_family_size[k];
      s.wage = Money::from_units(c.s_wage[k]);
      s.business_income = Money::from_units(c.s_business_income[k]);
      s.business_cost = Money::from_units(c.s_business_cost[k]);
      s.property = Money::from_units(c.s_property[k]);
      for (std::size_t t = 0; t < kTransferItemCount; ++t) s.transfers[t] = Money::from_units(c.s_transfers[k][t]);
      const Date end_date = Date::from_days_since_epoch(end);
      const int province = static_cast<int>(d.region_code[i] / 10'000'000'000ULL);
      if (province != cached_province || end_date.year() != cached_year) {
        cached_province = province;
        cached_year = end_date.year();
        policy = o.income_policies.find(province, cached_year);
      }
      const IncomeBreakdown b = compute_income(s, policy);
      if (newest) {
        if (d.has_income[i] != 0) {
          d.previous_per_capita_income[i] = d.per_capita_income[i];
          previous_end[i] = d.income_period_end[i];
        }
        d.per_capita_income[i] = b.per_capita.units();
        d.net_income[i] = b.net_income.units();
        d.medical_out_of_pocket[i] = c.s_oop_medical[k];
        d.education_out_of_pocket[i] = c.s_oop_education[k];
        d.income_period_end[i] = end;
        d.has_income[i] = 1;
      } else {
        d.previous_per_capita_income[i] = b.per_capita.units();
        previous_end[i] = end;
      }
    }
  }
  return d;
}

}  // namespace

std::optional<HouseholdColumnData> cached_household_columns(Store& store, const HouseholdColumnOptions& options) {
  sqlite3* db = store.impl().db.sql().getHandle();
  (void)region_range(options.region_prefix);  // a malformed prefix fails before any read
  if (sqlite3_get_autocommit(db) == 0) return std::nullopt;  // a transaction may yet roll back
  auto& cache = store.impl().household_cache;
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
