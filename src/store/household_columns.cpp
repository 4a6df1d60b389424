// Columnar household load (household_columns.hpp): three raw sqlite3 scans merged by row key.
#include "ruralguard/household_columns.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <optional>

#include "ruralguard/error.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region_code.hpp"
#include "store/household_cache.hpp"
#include "store/household_columns_access.hpp"
#include "store/store_impl.hpp"

namespace rg {
namespace {

// The hot loop uses the C API directly: SQLiteCpp's Column objects cost a shared_ptr copy each.
class RawStatement {
 public:
  RawStatement(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st_, nullptr) != SQLITE_OK) {
      throw Error(ErrorCode::kIo, std::string("columnar load: ") + sqlite3_errmsg(db));
    }
  }
  ~RawStatement() { sqlite3_finalize(st_); }
  RawStatement(const RawStatement&) = delete;
  RawStatement& operator=(const RawStatement&) = delete;
  bool step() {
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw Error(rc == SQLITE_BUSY ? ErrorCode::kBusy : ErrorCode::kIo, std::string("columnar load: ") + sqlite3_errmsg(db_));
  }
  int64_t i64(int c) { return sqlite3_column_int64(st_, c); }
  int i32(int c) { return sqlite3_column_int(st_, c); }
  void bind(int i, int64_t v) { sqlite3_bind_int64(st_, i, v); }
  void reset() { sqlite3_reset(st_); }
  std::string_view text(int c) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, c));
    return p == nullptr ? std::string_view() : std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, c)));
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

// Reading through a memory map saves a copy of every page during the scans; the connection's
// previous setting is restored afterwards.
class MmapForScan {
 public:
  static constexpr int64_t kBytes = int64_t{1} << 31;  // SQLite caps it at its compile-time maximum
  explicit MmapForScan(sqlite3* db) : db_(db) {
    RawStatement q(db, "PRAGMA mmap_size");
    if (q.step()) before_ = q.i64(0);
    sqlite3_exec(db, ("PRAGMA mmap_size = " + std::to_string(kBytes)).c_str(), nullptr, nullptr, nullptr);
  }
  ~MmapForScan() { sqlite3_exec(db_, ("PRAGMA mmap_size = " + std::to_string(before_)).c_str(), nullptr, nullptr, nullptr); }
  MmapForScan(const MmapForScan&) = delete;
  MmapForScan& operator=(const MmapForScan&) = delete;

 private:
  sqlite3* db_;
  int64_t before_ = 0;
};

struct Range {
  int64_t lo = 0;
  int64_t hi = 999'999'999'999;
};

Range region_range(const std::string& prefix) {
  Range r;
  if (prefix.empty()) return r;
  const int digits = static_cast<int>(prefix.size());
  if ((digits != 2 && digits != 4 && digits != 6 && digits != 9 && digits != 12) ||
      prefix.find_first_not_of("0123456789") != std::string::npos) {
    throw Error(ErrorCode::kParse, "region prefix " + quote_for_message(prefix) + " is not 2, 4, 6, 9 or 12 digits");
  }
  int64_t scale = 1;
  for (int i = digits; i < 12; ++i) scale *= 10;
  r.lo = std::stoll(prefix) * scale;
  r.hi = r.lo + scale - 1;
  return r;
}

// Calls `row` for every row of `st` belonging to the selection: `st` is stepped through once (a
// table scan), or once per selected household with ?1 bound to its key (an index lookup each).
template <typename Fn>
void for_each_row(RawStatement& st, bool keyed, const std::vector<int64_t>& keys, Fn&& row) {
  if (!keyed) {
    while (st.step()) row(st);
    return;
  }
  for (const int64_t key : keys) {
    st.reset();
    st.bind(1, key);
    while (st.step()) row(st);
  }
}

}  // namespace

namespace store {
namespace {

constexpr int64_t kAnyHousehold = -1;

// `only` selects one row key (kAnyHousehold: every household of the region prefix).
HouseholdColumnData load(Store& store, const HouseholdColumnOptions& o, ColumnAccess access, int64_t only) {
  sqlite3* db = store.impl().db.sql().getHandle();
  const Range range = region_range(o.region_prefix);
  // A township, a village or one household is a few hundred rows at most, read by index: mapping
  // the file for them (and unmapping it after) costs more than it saves.
  const bool small_region = o.region_prefix.size() >= 9 || only != kAnyHousehold;
  std::optional<MmapForScan> mmap;
  if (!small_region) mmap.emplace(db);
  HouseholdColumnData d;
  std::vector<int32_t> row_of;  // row key -> row index, -1 when outside the selection
  std::vector<uint8_t> school_out;  // per row: a school-age member out of school
  {
    // A county or wider is read by a table scan (the unary + keeps SQLite off the region index,
    // which would seek once per row); a township or a village through the region index.
    RawStatement hs(db, std::string("SELECT id, region, type, relocated, unsafe_house, house_damaged, water_safe, "
                                    "household_id FROM rg_households WHERE ") +
                            (only != kAnyHousehold ? "id = ?3 AND " : "") + (small_region ? "region" : "+region") +
                            " BETWEEN ?1 AND ?2 ORDER BY id");
    d.id_offsets.push_back(0);
    hs.bind(1, range.lo);
    hs.bind(2, range.hi);
    if (only != kAnyHousehold) hs.bind(3, only);
    while (hs.step()) {
      const int64_t key = hs.i64(0);
      if (key >= static_cast<int64_t>(row_of.size())) row_of.resize(static_cast<std::size_t>(key) + 1 + row_of.size() / 2, -1);
      row_of[static_cast<std::size_t>(key)] = static_cast<int32_t>(d.household_key.size());
      d.household_key.push_back(key);
      d.region_code.push_back(static_cast<uint64_t>(hs.i64(1)));
      d.kind.push_back(static_cast<uint8_t>(hs.i32(2)));
      d.relocated.push_back(static_cast<uint8_t>(hs.i32(3)));
      uint8_t g = 0;
      if (hs.i32(4) != 0 || hs.i32(5) != 0) g |= static_cast<uint8_t>(Guarantee::kHousing);
      if (hs.i32(6) == 0) g |= static_cast<uint8_t>(Guarantee::kWater);
      d.guarantee_failures.push_back(g);
      d.household_ids.append(hs.text(7));
      d.id_offsets.push_back(static_cast<uint32_t>(d.household_ids.size()));
    }
  }
  const std::size_t n = d.household_key.size();
  // A small part of the store (a village, the region of one household) is read by key: scanning
  // the member and income tables for it cost 56 ms per call on a 100,000-household county.
  bool keyed = access == ColumnAccess::kKeyed || only != kAnyHousehold;
  if (access == ColumnAccess::kAuto && !keyed && !o.region_prefix.empty()) {
    RawStatement q(db, "SELECT max(id) FROM rg_households");
    keyed = q.step() && static_cast<int64_t>(n) * kKeyedShareMax < q.i64(0);
  }
  for (auto* v : {&d.members, &d.labour_capable, &d.weak_labour, &d.seriously_ill, &d.chronically_ill, &d.disabled,
                  &d.elderly, &d.school_age}) {
    v->assign(n, 0);
  }
  d.events.assign(n, 0);
  {
    // Age thresholds as birth-date limits: born on or before `elder_born_by` means 65+ on as_of.
    const int32_t elder_born_by = o.as_of.add_months(-12 * 65).days_since_epoch();
    const int32_t school_oldest = o.as_of.add_months(-12 * (o.guarantees.compulsory_school_age_max + 1)).days_since_epoch();
    const int32_t school_youngest = o.as_of.add_months(-12 * o.guarantees.compulsory_school_age_min).days_since_epoch();
    RawStatement ms(db, std::string("SELECT household, birth_date, school_status, health, labour, medical_resident, "
                                    "medical_employee FROM rg_members WHERE ") +
                            (keyed ? "household = ?1 AND " : "") + "status = 1");
    for_each_row(ms, keyed, d.household_key, [&](RawStatement& ms) {
      const int64_t key = ms.i64(0);
      if (key >= static_cast<int64_t>(row_of.size())) return;
      const int32_t row = row_of[static_cast<std::size_t>(key)];
      if (row < 0) return;
      const auto i = static_cast<std::size_t>(row);
      const int32_t birth = ms.i32(1);
      const auto school = static_cast<SchoolStatus>(ms.i32(2));
      const auto health = static_cast<Health>(ms.i32(3));
      const auto labour = static_cast<Labour>(ms.i32(4));
      ++d.members[i];
      d.labour_capable[i] += labour == Labour::kSkilled || labour == Labour::kOrdinary;
      d.weak_labour[i] += labour == Labour::kWeak;
      d.seriously_ill[i] += health == Health::kSeriousIllness;
      d.chronically_ill[i] += health == Health::kChronic;
      d.disabled[i] += health == Health::kDisabled;
      d.elderly[i] += birth <= elder_born_by;
      // Compulsory school age: age in [min, max] <=> born in (as_of - (max+1) years, as_of - min years].
      if (birth > school_oldest && birth <= school_youngest) {
        ++d.school_age[i];
        if (school == SchoolStatus::kDropout || school == SchoolStatus::kNotInSchool) {
          d.guarantee_failures[i] |= static_cast<uint8_t>(Guarantee::kEducation);
        }
      }
      if (ms.i32(5) == 0 && ms.i32(6) == 0) d.guarantee_failures[i] |= static_cast<uint8_t>(Guarantee::kMedical);
    });
  }
  d.per_capita_income.assign(n, 0);
  d.previous_per_capita_income.assign(n, HouseholdColumnData::kMoneyUnknown);
  d.net_income.assign(n, 0);
  d.medical_out_of_pocket.assign(n, 0);
  d.education_out_of_pocket.assign(n, 0);
  d.income_period_end.assign(n, HouseholdColumnData::kDateNone);
  d.has_income.assign(n, 0);
  {
    // Per row: the latest statement (by period end) is current, the one before it is previous.
    std::vector<int32_t> previous_end(n, HouseholdColumnData::kDateNone);
    std::string sql = "SELECT household, period_end, family_size, wage, business_income, business_cost, property, "
                      "oop_medical, oop_education";
    for (std::size_t t = 0; t < kTransferItemCount; ++t) {
      sql += ", t_" + std::string(transfer_item_code(static_cast<TransferItem>(t)));
    }
    sql += keyed ? " FROM rg_income_statements WHERE household = ?1 AND period_end <= ?2"
                 : " FROM rg_income_statements WHERE period_end <= ?2";
    RawStatement is(db, sql);
    is.bind(2, o.as_of.days_since_epoch());
    // Policies are looked up once per (province, year) pair: a county has one or two.
    int cached_province = -1, cached_year = -1;
    IncomeItemPolicy policy(11, 2000);
    IncomeStatement s;
    for_each_row(is, keyed, d.household_key, [&](RawStatement& is) {
      const int64_t key = is.i64(0);
      if (key >= static_cast<int64_t>(row_of.size())) return;
      const int32_t row = row_of[static_cast<std::size_t>(key)];
      if (row < 0) return;
      const auto i = static_cast<std::size_t>(row);
      const int32_t end = is.i32(1);
      const bool newest = end > d.income_period_end[i];
      if (!newest && end <= previous_end[i]) return;  // older than both kept statements
      s.family_size = is.i32(2);
      s.wage = Money::from_units(is.i64(3));
      s.business_income = Money::from_units(is.i64(4));
      s.business_cost = Money::from_units(is.i64(5));
      s.property = Money::from_units(is.i64(6));
      for (std::size_t t = 0; t < kTransferItemCount; ++t) s.transfers[t] = Money::from_units(is.i64(9 + static_cast<int>(t)));
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
        d.medical_out_of_pocket[i] = is.i64(7);
        d.education_out_of_pocket[i] = is.i64(8);
        d.income_period_end[i] = end;
        d.has_income[i] = 1;
      } else {
        d.previous_per_capita_income[i] = b.per_capita.units();
        previous_end[i] = end;
      }
    });
  }
  return d;
}

}  // namespace

HouseholdColumnData load_household_columns(Store& store, const HouseholdColumnOptions& o, ColumnAccess access) {
  return load(store, o, access, kAnyHousehold);
}

HouseholdColumnData load_household_columns_of(Store& store, const HouseholdColumnOptions& o, int64_t household_key) {
  return load(store, o, ColumnAccess::kKeyed, household_key);
}

}  // namespace store

HouseholdColumnData load_household_columns(Store& store, const HouseholdColumnOptions& o) {
  if (auto cached = store::cached_household_columns(store, o)) return std::move(*cached);
  return store::load_household_columns(store, o, store::ColumnAccess::kAuto);
}

}  // namespace rg
