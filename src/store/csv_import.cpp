// CSV import: stream, validate, write inside one IMMEDIATE transaction (docs/csv-format.md).
#include <algorithm>
#include <filesystem>
#include <memory>
#include <unordered_set>

#include "csv/codes.hpp"
#include "csv/columns.hpp"
#include "csv/csv_reader.hpp"
#include "csv/key_filter.hpp"
#include "csv/rejects_writer.hpp"
#include "csv/row_context.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/transaction.hpp"
#include "store/bulk_write.hpp"
#include "store/csv_row_parse.hpp"
#include "store/households_repo_impl.hpp"
#include "store/import_pipeline.hpp"

namespace rg {
namespace {

using csv::Entity;
using csv::RowContext;


class Importer {
 public:
  Importer(Store& store, const CsvImportOptions& options) : options_(options), repo_(store), impl_(store::impl_of(repo_)) {}

  void run(Entity entity, const std::string& path, CsvEntityCounts& counts);
  CsvImportResult result;

  // The store half of each row (store/csv_row_parse.hpp has the pure half), in file order;
  // store::handle_row calls them.
  void region_row(RowContext& ctx, store::ParsedRow& row);
  void household_row(RowContext& ctx, store::ParsedRow& row);
  void member_row(RowContext& ctx, store::ParsedRow& row);
  void income_row(RowContext& ctx, store::ParsedRow& row);

 private:
  void report(const std::vector<CsvError>& errors);
  std::optional<int64_t> household_key(RowContext& ctx, store::ParsedRow& row, int column);

  const CsvImportOptions& options_;
  HouseholdRepository repo_;
  HouseholdRepository::Impl& impl_;
  // One-entry cache: rows of a household usually follow each other.
  std::string last_household_id_;
  std::optional<int64_t> last_household_key_;
  // Row keys of the households this import wrote, by the ordinal the parser gave their row (-1:
  // not written), so that the member and income files need no lookups for them; bounded by
  // ParseMemory::kOrdinalsMax (past the bound lookups go to the store) to keep memory constant.
  static constexpr std::size_t kKeyCacheMax = std::size_t{1} << 21;
  std::vector<int64_t> key_of_ordinal_;
  // Members written so far to the household of the current run of member rows (an upper bound:
  // updates count too); at Household::kMembersMax the exact count is asked of the store.
  int64_t run_household_ = -1;
  // Households this import created whose first run of member rows has not started: they have no
  // members yet, so that run needs no count (bounded like key_of_ordinal_).
  std::unordered_set<int64_t> fresh_households_;
  int64_t run_members_ = 0;
  bool members_full(const Member& m, int64_t key);
  bool may_hold(const store::ParsedRow& row);
  // When the store had no members as this import began, every holder of an ID number is a member
  // this import wrote: a number the parser's filter (ParseMemory::seen_id_keys) has certainly not
  // seen needs no store probe. Sized from the members file (about 4 bits per byte of it: under 1%
  // "maybe" answers for typical rows).
  std::optional<bool> members_empty_at_start_;
  bool id_filter_complete_ = false;  // every member row's hash went through parse_memory_.seen_id_keys
  store::ParseMemory parse_memory_;
  std::unordered_set<uint64_t> known_regions_;  // bounded by the regions in the store
  store::ImportPipeline<store::ParsedRow> pipeline_;
};

void Importer::report(const std::vector<CsvError>& errors) {
  for (const auto& e : errors) {
    ++result.errors_total;
    if (options_.on_error) options_.on_error(e);
    if (result.errors.size() < std::min(options_.errors_max, CsvImportOptions::kErrorsKeptMax)) {
      result.errors.push_back(e);
    }
  }
}

void Importer::run(Entity entity, const std::string& path, CsvEntityCounts& counts) {
  std::error_code ec;
  const std::uintmax_t bytes = std::filesystem::file_size(path, ec);  // an unreadable file: the reader says why
  const std::uintmax_t bound = std::min(options_.file_bytes_max, CsvImportOptions::kFileBytesMax);
  if (!ec && bytes > bound) {
    report({CsvError{path, 0, 0, "", "csv.file_size",
                     path + ": the file has " + std::to_string(bytes) + " bytes, more than the limit of " +
                         std::to_string(bound) + " (CsvImportOptions::file_bytes_max, RG_CSV_FILE_BYTES_MAX)"}});
    return;
  }
  if (entity == Entity::kMembers && !ec && !parse_memory_.seen_id_keys) {
    parse_memory_.seen_id_keys.emplace(uint64_t{bytes} * 4);
    id_filter_complete_ = true;
  }
  csv::Reader reader(path);
  std::optional<csv::RejectsWriter> rejects;
  if (options_.mode == CsvImportMode::kCommitValidRows) rejects.emplace(path, options_.rejects_dir);
  csv::Record rec;
  std::vector<CsvError> errors;
  if (!reader.next(rec)) {
    report({CsvError{path, 1, 0, "", "csv.header", path + ": the file is empty (a header row is required)"}});
    return;
  }
  std::vector<csv::HeaderProblem> problems;
  csv::HeaderMap header = csv::map_header(entity, rec.fields, problems);
  if (rec.parse_error) {
    problems.push_back({static_cast<int>(rec.fields.size()) + 1, "", "csv.quotes", "malformed header: " + rec.error_text});
  }
  if (!problems.empty()) {
    for (auto& p : problems) {
      errors.push_back(CsvError{path, rec.line, p.file_column, p.name, p.rule,
                                path + ":" + std::to_string(rec.line) +
                                    (p.file_column > 0 ? ": column " + std::to_string(p.file_column) : "") + ": " + p.message});
    }
    report(errors);
    return;  // rows cannot be read without a sound header
  }
  if (rejects) rejects->set_header(rec.fields);
  const std::size_t width = rec.fields.size();
  // Rows are parsed on a worker thread (no store access there) while this thread runs the store
  // checks and writes, in file order (store/import_pipeline.hpp).
  // The worker hashes ID numbers with its own hasher. When the store's key cannot be had (a wrong
  // key file), the rows that need a hash get it here instead, so the error comes at the same row.
  std::optional<store::IdKey> key;
  if (entity == Entity::kMembers) {
    try {
      key = store::id_key(impl_.store);
    } catch (const Error&) {
      key.reset();
    }
  }
  store::CsvRowParser parser(entity, path, header, width, options_, key, parse_memory_);
  pipeline_.run([&](store::ParsedRow& row) { return parser.next(reader, row); },
                [&](store::ParsedRow& row) {
                  ++counts.rows;
                  RowContext ctx(path, header, row.rec.fields, row.rec.line, row.errors);
                  bool failed = row.failed;
                  if (!row.structural) {
                    (void)store::handle_row(*this, entity, ctx, row);
                    failed = failed || ctx.failed();
                  }
                  if (failed) {
                    ++counts.rejected;
                    report(row.errors);
                    if (rejects) rejects->write(row.rec.fields, row.rec.line, row.errors);
                  } else {
                    ++counts.imported;
                  }
                });
}

void Importer::region_row(RowContext& ctx, store::ParsedRow& row) {
  if (row.failed || row.aborted) return;
  (void)ctx;
  repo_.upsert_region(*row.region);
}

void Importer::household_row(RowContext& ctx, store::ParsedRow& row) {
  using namespace csv::household_col;
  if (row.aborted) return;
  Household& h = row.household;
  if (const auto& region = row.region_code) {
    if (!known_regions_.contains(region->value())) {
      if (!repo_.region_exists(*region)) {
        ctx.error(kRegion, "csv.unknown_region",
                  "region " + region->to_string() + " is not in the store or the regions file");
      } else {
        known_regions_.insert(region->value());
      }
    }
  }
  if (row.failed || ctx.failed()) return;
  bool inserted = false;
  const int64_t key = impl_.write_household(h, &inserted);  // region checked above
  if (inserted && fresh_households_.size() < kKeyCacheMax) fresh_households_.insert(key);
  if (row.ordinal >= 0) {
    if (key_of_ordinal_.size() <= static_cast<std::size_t>(row.ordinal)) key_of_ordinal_.resize(static_cast<std::size_t>(row.ordinal) + 1, -1);
    key_of_ordinal_[static_cast<std::size_t>(row.ordinal)] = key;
  }
  last_household_id_ = h.household_id;
  last_household_key_ = key;
}

// The household a member or income row refers to (the parser has reported an empty cell). An
// unknown household's error goes where a sequential import put it among the row's errors, and
// whatever the parser found after the point where that import stopped is dropped.
std::optional<int64_t> Importer::household_key(RowContext& ctx, store::ParsedRow& row, int column) {
  if (!row.lookup) return std::nullopt;
  const std::string_view id = row.household_id;
  if (id != last_household_id_ || !last_household_key_) {
    last_household_id_.assign(id);
    const auto o = static_cast<std::size_t>(row.ordinal);
    last_household_key_ = row.ordinal >= 0 && o < key_of_ordinal_.size() && key_of_ordinal_[o] >= 0
                              ? std::optional(key_of_ordinal_[o])
                              : repo_.household_key(id);
  }
  if (!last_household_key_) {
    if (row.errors_before_lookup_stop < row.errors.size()) {
      row.errors.resize(row.errors_before_lookup_stop);
      row.warnings.clear();
      row.aborted = false;
    }
    ctx.error(column, "csv.unknown_household",
              "household " + quote_for_message(id) + " is not in the store or the households file");
    std::rotate(row.errors.begin() + static_cast<std::ptrdiff_t>(row.household_error_at), row.errors.end() - 1,
                row.errors.end());
  }
  return last_household_key_;
}

void Importer::member_row(RowContext& ctx, store::ParsedRow& row) {
  using namespace csv::member_col;
  Member& m = row.member;
  const auto key = household_key(ctx, row, kHouseholdId);
  // A sequential import stops here on a parse error or an unknown household.
  if (!key || row.errors_before_lookup_stop != 0) return;
  if (row.masked_id) {
    // An exported (masked) ID number may only update a person already in the store.
    if (!impl_.update_member_keeping_id(m, *key)) {
      ctx.error(kIdNumber, "csv.masked_id", "a masked ID number can only update person " + m.person_id +
                                                " already in the store");
    }
    return;
  }
  for (auto& w : row.warnings) {
    if (result.warnings.size() < CsvImportOptions::kErrorsKeptMax) result.warnings.push_back(std::move(w));
  }
  if (row.aborted) return;  // a rule step threw: reported as csv.store by the parser
  if (row.hash_here) {
    row.hash = impl_.id_hasher().hash(m.id_number);
    id_filter_complete_ = false;  // the parser's filter has not seen this number
  }
  if (row.hash) {
    if (auto holder = may_hold(row) ? impl_.holder_of(*row.hash, m.person_id) : std::nullopt) {
      ctx.error(kIdNumber, rule_info(RuleId::kDuplicatePerson).code,
                "DQ004 household " + m.household_id + " member " + m.person_id + ": id_number: person " +
                    m.id_masked + " is already member " + holder->second + " of household " + holder->first);
    }
  }
  if (members_full(m, *key)) {
    ctx.error(kHouseholdId, "csv.limit",
              "household " + m.household_id + " already has " + std::to_string(Household::kMembersMax) +
                  " members (Household::kMembersMax); member " + m.person_id + " would be one more");
  }
  if (row.failed || ctx.failed()) return;
  impl_.write_member(m, *key, row.hash ? &*row.hash : nullptr);
  ++run_members_;
}

bool Importer::may_hold(const store::ParsedRow& row) {
  if (!members_empty_at_start_) members_empty_at_start_ = !impl_.has_members();  // inside the write transaction
  if (!*members_empty_at_start_ || !id_filter_complete_) return true;
  return row.id_key_seen;
}

bool Importer::members_full(const Member& m, int64_t key) {
  constexpr auto kMax = static_cast<int64_t>(Household::kMembersMax);
  if (key != run_household_) {
    run_household_ = key;
    run_members_ = fresh_households_.erase(key) == 1 ? 0 : impl_.other_members(key, m.person_id);
  }
  if (run_members_ < kMax) return false;
  run_members_ = impl_.other_members(key, m.person_id);
  return run_members_ >= kMax;
}

void Importer::income_row(RowContext& ctx, store::ParsedRow& row) {
  using namespace csv::income_col;
  const auto key = household_key(ctx, row, kHouseholdId);
  if (row.failed || ctx.failed() || row.aborted || !key) return;
  repo_.upsert_income(row.income, *key);
}

}  // namespace

CsvImportResult import_households_csv(Store& store, const HouseholdCsvFiles& files, const CsvImportOptions& options) {
  if (in_transaction(store)) {
    throw Error(ErrorCode::kState, "CSV import into " + store.path() + ": a transaction is already open");
  }
  const store::BulkWriteSettings bulk(store::database_of(store), /*checked_references=*/true);
  Importer importer(store, options);
  auto& r = importer.result;
  // Every SQLite failure on the way (a read fault in a probe, say) is an I/O error naming the
  // import, never an internal error; the transaction rolls back.
  try {
    WriteTransaction tx(store);
    if (!files.regions.empty()) importer.run(Entity::kRegions, files.regions, r.regions);
    if (!files.households.empty()) importer.run(Entity::kHouseholds, files.households, r.households);
    if (!files.members.empty()) importer.run(Entity::kMembers, files.members, r.members);
    if (!files.income.empty()) importer.run(Entity::kIncome, files.income, r.income);
    if (options.mode == CsvImportMode::kAllOrNothing && r.errors_total > 0) {
      for (auto* c : {&r.regions, &r.households, &r.members, &r.income}) c->imported = 0;
      return std::move(r);  // the transaction rolls back
    }
    store::verify_household_foreign_keys(store::database_of(store));
    tx.commit();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "CSV import into " + store.path());
  }
  r.committed = true;
  return std::move(r);
}

}  // namespace rg
