// Private: the pure half of importing one CSV row (docs/csv-format.md): splitting, parsing and
// validating every cell, the member rules and the keyed hash of the ID number. No store access,
// so it runs on the import pipeline's worker thread (store/import_pipeline.hpp) while the calling
// thread writes earlier rows. The store half (unknown region or household, masked ID numbers,
// duplicate person, member limit, the writes) stays in the importer and runs in file order.
//
// The split keeps the error reports exactly as a one-thread import makes them: the parse errors
// are collected in column order, and the one store check that sits between two cells (the
// household of a member or income row) records where its error would go.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "csv/columns.hpp"
#include "csv/csv_reader.hpp"
#include "csv/key_filter.hpp"
#include "csv/row_context.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region.hpp"
#include "ruralguard/validation.hpp"
#include "store/id_key.hpp"

namespace rg::store {

// What the worker remembers across the files of one import. Used by one thread at a time (the
// pipeline's worker; the caller's thread between files, while no worker runs).
struct ParseMemory {
  // Households: each row of the households file gets the next ordinal (while under the bound);
  // member and income rows carry the ordinal of the last household row with their household id,
  // so the store half finds the row key by index instead of hashing the id (bounded like the
  // importer's key cache: past the bound the store is asked).
  static constexpr std::size_t kOrdinalsMax = std::size_t{1} << 21;
  std::unordered_map<std::string, int64_t> ordinal_of;
  int64_t next_ordinal = 0;
  std::string last_id;
  int64_t last_ordinal = -1;
  // The keys of the ID hashes of the member rows parsed so far (written or not: a row that fails
  // later only adds a "maybe", which the store answers exactly). A key not in it was not written
  // by this import. Sized by the importer from the members file.
  std::optional<csv::KeyFilter> seen_id_keys;
};

struct ParsedRow {
  csv::Record rec;               // the row's fields (swapped with the reader's buffers, not copied)
  std::vector<CsvError> errors;  // parse and rule errors found so far, in the order a sequential import reports them
  bool failed = false;           // an error is in `errors`: the store half only adds the store's own checks
  bool structural = false;       // malformed quoting or a wrong field count: no row function at all
  bool aborted = false;          // a parse step threw rg::Error (reported as csv.store): the row function stopped
  // Members and income: the household id cell, whether the store must be asked for it (it is not
  // empty), where its "unknown household" error goes in `errors`, and how many errors came before
  // the point where a sequential import would have stopped on an unknown household.
  std::string household_id;
  bool lookup = false;
  std::size_t household_error_at = 0;
  std::size_t errors_before_lookup_stop = 0;
  int64_t ordinal = -1;                // households: this row's ordinal; members, income: the referenced household's (-1: none)
  bool id_key_seen = true;             // members: an earlier member row may have had the same ID hash key
  std::optional<Region> region;          // regions
  std::optional<RegionCode> region_code;  // households: the parsed region (checked by the store half)
  Household household;
  Member member;
  bool masked_id = false;              // members: an exported (masked) ID number, an update only
  std::optional<IdHash> hash;          // members: the keyed hash of a valid-format ID number
  bool hash_here = false;              // members: to be hashed by the store half (no key for the worker)
  std::vector<Finding> warnings;       // members: rule findings below error severity
  IncomeStatement income;
};

// Calls the handler's row function for `entity` (region_row, household_row, member_row,
// income_row: the parse half and the store half of an import have one each). An rg::Error other
// than busy, I/O or out of memory becomes the row's "csv.store" error; false when it did.
template <typename Handler>
bool handle_row(Handler& handler, csv::Entity entity, csv::RowContext& ctx, ParsedRow& row) {
  try {
    switch (entity) {
      case csv::Entity::kRegions: handler.region_row(ctx, row); break;
      case csv::Entity::kHouseholds: handler.household_row(ctx, row); break;
      case csv::Entity::kMembers: handler.member_row(ctx, row); break;
      case csv::Entity::kIncome: handler.income_row(ctx, row); break;
    }
    return true;
  } catch (const Error& e) {
    if (e.code() == ErrorCode::kBusy || e.code() == ErrorCode::kIo || e.code() == ErrorCode::kNoMemory) throw;
    ctx.error_at(0, "csv.store", e.what());
    return false;
  }
}

class CsvRowParser {
 public:
  // `key` is the store's ID-number key (members only; read by the caller on its own thread).
  CsvRowParser(csv::Entity entity, const std::string& path, const csv::HeaderMap& header, std::size_t width,
               const CsvImportOptions& options, const std::optional<IdKey>& key, ParseMemory& memory);

  // Reads the next non-blank record of `reader` into `row` and parses it; false at end of file.
  bool next(csv::Reader& reader, ParsedRow& row);

 private:
  template <typename Handler>
  friend bool handle_row(Handler&, csv::Entity, csv::RowContext&, ParsedRow&);
  void region_row(csv::RowContext& ctx, ParsedRow& row);
  void household_row(csv::RowContext& ctx, ParsedRow& row);
  void member_row(csv::RowContext& ctx, ParsedRow& row);
  void income_row(csv::RowContext& ctx, ParsedRow& row);
  void household_ref(csv::RowContext& ctx, ParsedRow& row, int column);

  csv::Entity entity_;
  const std::string& path_;
  const csv::HeaderMap& header_;
  std::size_t width_;
  const CsvImportOptions& options_;
  ParseMemory& memory_;
  std::optional<IdHasher> hasher_;  // this thread's own (one instance per thread)
  std::vector<Finding> findings_;
};

// The column of a member rule's error (-1: the whole row).
int member_column_of(RuleId rule);

}  // namespace rg::store
