// ruralguard C++ API: CSV import and export of regions, households, members and income statements.
//
// Format: docs/csv-format.md (one file per entity, UTF-8 with or without BOM, LF or CRLF, a
// header row with English or Chinese column names in any order). Parsing uses libcsv.
//
// Import streams each file once (memory bounded by one row), validates every row and writes it
// inside ONE IMMEDIATE transaction. In kAllOrNothing mode any error rolls everything back: the
// database file is left byte-for-byte unchanged. In kCommitValidRows mode rows with errors are
// skipped, written to "<file name>.rejects.csv" in rejects_dir with their errors, and the rest is
// committed. Every error names the file, the line (1-based, the line where the record starts),
// the column (1-based position and header name) and the rule. Re-importing a file is idempotent:
// rows upsert by household id, person id, region code and (household, kind, period start).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ruralguard/store.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "ruralguard/validation.hpp"

namespace rg {

// Longest CSV field and physical line the reader accepts (C: RG_CSV_FIELD_BYTES_MAX,
// RG_CSV_LINE_BYTES_MAX); longer is a parse error naming the line.
inline constexpr std::size_t kCsvFieldBytesMax = std::size_t{1} << 20;
inline constexpr std::size_t kCsvLineBytesMax = std::size_t{4} << 20;

// One path per entity; an empty path skips that entity. Import order: regions, households,
// members, income (so a file may refer to rows of the files before it).
struct HouseholdCsvFiles {
  std::string regions;
  std::string households;
  std::string members;
  std::string income;
};

enum class CsvImportMode : uint8_t {
  kAllOrNothing = 0,
  kCommitValidRows = 1,
};

struct CsvError {
  std::string file;         // the path as given
  int64_t line = 0;         // 1-based line where the record starts (1 = header)
  int32_t column = 0;       // 1-based field position; 0 when the whole row or file is concerned
  std::string column_name;  // header name of that column as written in the file, if any
  std::string rule;         // "csv.quotes", "csv.money", "DQ002", ...
  std::string message;      // English, names the record and the value
};

struct CsvImportOptions {
  static constexpr std::size_t kErrorsKeptMax = 100000;  // bound on CsvImportResult::errors
  // Bound on each input file (RG_CSV_FILE_BYTES_MAX): a larger file is refused before its first
  // row with rule "csv.file_size" (16 GiB is several provinces' member files).
  static constexpr std::uintmax_t kFileBytesMax = std::uintmax_t{16} << 30;

  CsvImportMode mode = CsvImportMode::kAllOrNothing;
  std::string rejects_dir;       // kCommitValidRows: where rejects files go ("" = beside the input)
  std::size_t errors_max = 1000; // errors kept in the result (the count goes on); <= kErrorsKeptMax
  std::uintmax_t file_bytes_max = kFileBytesMax;  // a caller may lower the bound (never raise it)
  ValidationPolicy policy;       // as-of date etc. for the member rules run on import
  // Called for every error as it is found (optional), before the result is returned.
  std::function<void(const CsvError&)> on_error;
};

struct CsvEntityCounts {
  int64_t rows = 0;      // data rows read
  int64_t imported = 0;  // rows written (0 for every entity after an all-or-nothing rollback)
  int64_t rejected = 0;  // rows with at least one error
};

struct CsvImportResult {
  bool committed = false;
  CsvEntityCounts regions, households, members, income;
  int64_t errors_total = 0;
  std::vector<CsvError> errors;     // the first errors_max errors
  std::vector<Finding> warnings;    // warning-severity findings of the member rules (not bounded by errors_max: capped at kErrorsKeptMax)
};

// Throws Error(kIo) when a file cannot be opened or a rejects file written, Error(kState) when
// the Store already has an open transaction, Error(kBusy) on a lock timeout. Row problems are
// never thrown: they are in the result.
[[nodiscard]] CsvImportResult import_households_csv(Store& store, const HouseholdCsvFiles& files,
                                                    const CsvImportOptions& options = {});

// Writes every row of the store in the import format with English headers, ID numbers in masked
// form only (re-importing a masked number keeps the stored hash). Empty paths are skipped.
// Throws Error(kIo).
void export_households_csv(Store& store, const HouseholdCsvFiles& files);

// The synthetic county (synthetic_county.hpp) written to a store or to files.
// Writes the county through HouseholdRepository in one write transaction (all or nothing).
SyntheticCountySummary generate_county(const SyntheticCountyOptions& options, Store& store);

// Writes the county as the four CSV files of docs/csv-format.md (clear ID numbers, English
// headers). Empty paths are skipped. Throws Error(kIo).
SyntheticCountySummary write_county_csv(const SyntheticCountyOptions& options, const HouseholdCsvFiles& files);

}  // namespace rg
