// ruralguard C++ API: CSV import and export of memberships, household events, the registered-poor
// history and assistance exits, the files that travel beside the households files
// (docs/csv-format.md "memberships.csv", "events.csv", "registered_poor.csv",
// "assistance_exits.csv").
//
// The same conventions as households_csv.hpp: UTF-8, a header row with English or Chinese column
// names in any order, one IMMEDIATE transaction; in kAllOrNothing mode any error rolls everything
// back. Every error names the file, the line, the column (position and header name) and the
// rule. Re-importing an exported file is idempotent: a row identical to a stored membership,
// event, history or exit is skipped; a history or exit row that differs from the stored one is
// refused (the history is permanent, a household exits assistance once).
#pragma once

#include <string>

#include "ruralguard/households_csv.hpp"
#include "ruralguard/store.hpp"

namespace rg {

struct StatusCsvFiles {
  std::string memberships;  // household_id, person_id, kind, authority, start, end, evidence
  std::string events;       // household_id, kind, date, source, evidence, recorded
  std::string registered_poor;   // household_id, registered_year, exit_year, source
  std::string assistance_exits;  // household_id, date, assessment_date, assessment, authority, evidence
};

struct StatusCsvResult {
  bool committed = false;
  CsvEntityCounts memberships, events, registered_poor, assistance_exits;
  int64_t errors_total = 0;
  std::vector<CsvError> errors;  // the first options.errors_max errors
};

// Imports the files (memberships, events, registered_poor, assistance_exits in this order; an
// empty path is skipped). Each row goes through StatusRepository, so the rules are the API's. Throws Error(kIo) when a file
// cannot be opened, Error(kState) when the Store already has an open transaction. Row problems
// are in the result. options.mode, errors_max and on_error apply; the rest is ignored.
[[nodiscard]] StatusCsvResult import_status_csv(Store& store, const StatusCsvFiles& files,
                                                const CsvImportOptions& options = {});

// Writes every membership, event, registered-poor history and assistance exit of the store in
// the import format (English headers); an empty path is skipped.
// Throws Error(kIo).
void export_status_csv(Store& store, const StatusCsvFiles& files);

}  // namespace rg
