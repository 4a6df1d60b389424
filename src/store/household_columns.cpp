// Columnar household load (household_columns.hpp): three raw sqlite3 scans merged by row key.
#include "ruralguard/household_columns.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <optional>

#include "ruralguard/error.hpp"
#include "ruralguard/household_events.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region_code.hpp"
#include "store/column_rows.hpp"
#include "store/household_cache.hpp"
#include "store/household_columns_access.hpp"
#include "store/store_impl.hpp"

namespace rg {
namespace {

using store::MmapForScan;
using store::RawStatement;

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

// The selection being loaded and where each row key landed.
struct Selection {
  sqlite3* db = nullptr;
  RegionRange range;
  int64_t only = kAnyHousehold;  // one row key, or every household of the region prefix
  bool small_region = false;     // a township, a village or one household: read by index
  bool keyed = false;            // members and statements read by key (else one scan each)
  std::vector<int32_t> row_of;   // row key -> row index, -1 when outside the selection

  [[nodiscard]] int32_t row(int64_t key) const {
    return key < static_cast<int64_t>(row_of.size()) ? row_of[static_cast<std::size_t>(key)] : -1;
  }
};

// Phase 1: the households of the selection, with the household-level guarantee failures.
void load_households(Selection& sel, HouseholdColumnData& d) {
  // A county or wider is read by a table scan (the unary + keeps SQLite off the region index,
  // which would seek once per row); a township or a village through the region index.
  RawStatement hs(sel.db, std::string("SELECT id, region, type, relocated, unsafe_house, house_damaged, water_safe, "
                                      "household_id FROM rg_households WHERE ") +
                              (sel.only != kAnyHousehold ? "id = ?3 AND " : "") +
                              (sel.small_region ? "region" : "+region") + " BETWEEN ?1 AND ?2 ORDER BY id");
  d.id_offsets.push_back(0);
  hs.bind(1, static_cast<int64_t>(sel.range.lo));
  hs.bind(2, static_cast<int64_t>(sel.range.hi));
  if (sel.only != kAnyHousehold) hs.bind(3, sel.only);
  while (hs.step()) {
    const int64_t key = hs.i64(0);
    if (key >= static_cast<int64_t>(sel.row_of.size())) {
      sel.row_of.resize(static_cast<std::size_t>(key) + 1 + sel.row_of.size() / 2, -1);
    }
    sel.row_of[static_cast<std::size_t>(key)] = static_cast<int32_t>(d.household_key.size());
    d.household_key.push_back(key);
    d.region_code.push_back(static_cast<uint64_t>(hs.i64(1)));
    d.kind.push_back(static_cast<uint8_t>(hs.i32(2)));
    d.relocated.push_back(static_cast<uint8_t>(hs.i32(3)));
    d.guarantee_failures.push_back(household_column_guarantees(hs.i32(4) != 0, hs.i32(5) != 0, hs.i32(6) != 0));
    d.household_ids.append(hs.text(7));
    d.id_offsets.push_back(static_cast<uint32_t>(d.household_ids.size()));
  }
}

// Phase 2: active members counted by labour, health, age; member-level guarantee failures.
void load_members(const Selection& sel, const HouseholdColumnOptions& o, HouseholdColumnData& d) {
  MemberColumns columns(o, d);
  RawStatement ms(sel.db, std::string("SELECT household, birth_date, school_status, health, labour, medical_resident, "
                                      "medical_employee FROM rg_members WHERE ") +
                              (sel.keyed ? "household = ?1 AND " : "") + "status = ?2");
  ms.bind(2, static_cast<int64_t>(MemberStatus::kActive));
  for_each_row(ms, sel.keyed, d.household_key, [&](RawStatement& m) {
    const int32_t row = sel.row(m.i64(0));
    if (row < 0) return;
    columns.add(static_cast<std::size_t>(row), m.i32(1), static_cast<SchoolStatus>(m.i32(2)),
                static_cast<Health>(m.i32(3)), static_cast<Labour>(m.i32(4)), !uninsured(m.i32(5) != 0, m.i32(6) != 0));
  });
}

// Phase 3: per row, the latest statement (by period end) is current, the one before it previous.
void load_income(const Selection& sel, const HouseholdColumnOptions& o, HouseholdColumnData& d) {
  IncomeColumns columns(o, d);
  std::string sql = "SELECT household, period_end, family_size, wage, business_income, business_cost, property, "
                    "oop_medical, oop_education";
  for (std::size_t t = 0; t < kTransferItemCount; ++t) {
    sql += ", t_" + std::string(transfer_item_code(static_cast<TransferItem>(t)));
  }
  sql += sel.keyed ? " FROM rg_income_statements WHERE household = ?1 AND period_end <= ?2"
                   : " FROM rg_income_statements WHERE period_end <= ?2";
  RawStatement is(sel.db, sql);
  is.bind(2, o.as_of.days_since_epoch());
  IncomeStatement s;
  for_each_row(is, sel.keyed, d.household_key, [&](RawStatement& st) {
    const int32_t row = sel.row(st.i64(0));
    if (row < 0) return;
    const auto i = static_cast<std::size_t>(row);
    const int32_t end = st.i32(1);
    if (!columns.wanted(i, end)) return;
    s.family_size = st.i32(2);
    s.wage = Money::from_units(st.i64(3));
    s.business_income = Money::from_units(st.i64(4));
    s.business_cost = Money::from_units(st.i64(5));
    s.property = Money::from_units(st.i64(6));
    for (std::size_t t = 0; t < kTransferItemCount; ++t) s.transfers[t] = Money::from_units(st.i64(9 + static_cast<int>(t)));
    columns.add(i, end, s, st.i64(7), st.i64(8));
  });
}

// Phase 4: the events dated within the window before as_of, as HouseholdEvent bits (DOMAIN.md
// 1.4): one query over the date index, or one per selected household by its key.
void load_events(const Selection& sel, const HouseholdColumnOptions& o, HouseholdColumnData& d) {
  const EventWindow w = event_window(o.as_of);
  RawStatement es(sel.db, std::string("SELECT household, kind FROM rg_household_events WHERE ") +
                              (sel.keyed ? "household = ?1 AND " : "") + "date BETWEEN ?2 AND ?3");
  es.bind(2, w.first.days_since_epoch());
  es.bind(3, w.last.days_since_epoch());
  for_each_row(es, sel.keyed, d.household_key, [&](RawStatement& e) {
    const int32_t row = sel.row(e.i64(0));
    if (row < 0) return;
    add_event(d, static_cast<std::size_t>(row), e.i32(1));
  });
}

HouseholdColumnData load(Store& store, const HouseholdColumnOptions& o, ColumnAccess access, int64_t only) {
  Selection sel;
  sel.db = database_of(store).sql().getHandle();
  sel.range = region_prefix_range(o.region_prefix);
  sel.only = only;
  // Mapping the file for a few hundred rows (and unmapping it after) costs more than it saves.
  sel.small_region = o.region_prefix.size() >= 9 || only != kAnyHousehold;
  std::optional<MmapForScan> mmap;
  if (!sel.small_region) mmap.emplace(sel.db);
  HouseholdColumnData d;
  load_households(sel, d);
  // A small part of the store (a village, the region of one household) is read by key: scanning
  // the member and income tables for it cost 56 ms per call on a 100,000-household county.
  sel.keyed = access == ColumnAccess::kKeyed || only != kAnyHousehold;
  if (access == ColumnAccess::kAuto && !sel.keyed && !o.region_prefix.empty()) {
    RawStatement q(sel.db, "SELECT max(id) FROM rg_households");
    sel.keyed = q.step() && static_cast<int64_t>(d.size()) * kKeyedShareMax < q.i64(0);
  }
  load_members(sel, o, d);
  load_income(sel, o, d);
  load_events(sel, o, d);
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
