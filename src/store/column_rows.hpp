// Private: what the columnar load and the household-facts cache share — the raw statement of the
// hot loops, and the one mapping of a member row and an income statement onto the columns
// (household_columns.hpp), with the domain's guarantee rule (guarantee.hpp).
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/error.hpp"
#include "ruralguard/guarantee.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/member.hpp"

namespace rg::store {

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

// Adds active member `birth`, `school`, `health`, `labour` to row i's counts and guarantee bits.
class MemberColumns {
 public:
  MemberColumns(const HouseholdColumnOptions& o, HouseholdColumnData& d);
  void add(std::size_t i, int32_t birth, SchoolStatus school, Health health, Labour labour, bool insured);

 private:
  HouseholdColumnData& d_;
  int32_t elder_born_by_;  // born on or before: 65 or older on as_of
  SchoolAgeWindow school_;
};

// Keeps, per row, the latest statement ending on or before as_of as current and the one before it
// as previous (by period end), each reduced with the item policy of the household's province
// and the statement's year.
class IncomeColumns {
 public:
  IncomeColumns(const HouseholdColumnOptions& o, HouseholdColumnData& d);
  // False when a statement ending on `end` changes nothing for row i (older than both kept).
  [[nodiscard]] bool wanted(std::size_t i, int32_t end) const;
  // Statement `s` ending on `end` for row i (wanted(i, end) must hold).
  void add(std::size_t i, int32_t end, const IncomeStatement& s, int64_t oop_medical, int64_t oop_education);

 private:
  const HouseholdColumnOptions& o_;
  HouseholdColumnData& d_;
  std::vector<int32_t> previous_end_;
  int cached_province_ = -1;
  int cached_year_ = -1;
  IncomeItemPolicy policy_{11, 2000};
};

// Sets row i's HouseholdEvent bit for a stored event kind (household_events.hpp); a kind outside
// 1..kHouseholdEventKindCount (a row written by a newer build) sets nothing.
inline void add_event(HouseholdColumnData& d, std::size_t i, int kind) {
  if (kind >= 1 && kind <= 16) d.events[i] |= static_cast<uint16_t>(1u << (kind - 1));
}

// The household-level guarantee bits the columns carry (house, water; no electricity).
[[nodiscard]] uint8_t household_column_guarantees(bool unsafe_house, bool house_damaged, bool water_safe);

}  // namespace rg::store
