// CSV import and export of memberships, household events, the registered-poor history and
// assistance exits (status_csv.hpp; docs/csv-format.md). Each row goes through StatusRepository,
// so the CSV path checks exactly what the API checks.
#include "ruralguard/status_csv.hpp"

#include <SQLiteCpp/Statement.h>

#include <array>
#include <charconv>
#include <fstream>
#include <optional>

#include "csv/csv_reader.hpp"
#include "ruralguard/csv_text.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/status_repo.hpp"
#include "ruralguard/transaction.hpp"
#include "store/database.hpp"
#include "store/store_impl.hpp"

namespace rg {
namespace {

struct Column {
  const char* en;
  const char* zh;
  bool required;
};
constexpr std::array<Column, 7> kMembershipColumns{{{"household_id", "户编号", true},
                                                    {"person_id", "人员编号", false},
                                                    {"kind", "类别", true},
                                                    {"authority", "认定机关", true},
                                                    {"start", "开始日期", true},
                                                    {"end", "结束日期", false},
                                                    {"evidence", "证明材料", false}}};
constexpr std::array<Column, 6> kEventColumns{{{"household_id", "户编号", true},
                                               {"kind", "事件类型", true},
                                               {"date", "发生日期", true},
                                               {"source", "来源", true},
                                               {"evidence", "证明材料", false},
                                               {"recorded", "登记日期", true}}};
constexpr std::array<Column, 4> kRegisteredPoorColumns{{{"household_id", "户编号", true},
                                                        {"registered_year", "建档立卡年度", true},
                                                        {"exit_year", "脱贫年度", false},
                                                        {"source", "来源", true}}};
constexpr std::array<Column, 6> kAssistanceExitColumns{{{"household_id", "户编号", true},
                                                        {"date", "退出日期", true},
                                                        {"assessment_date", "评估日期", true},
                                                        {"assessment", "评估报告", true},
                                                        {"authority", "决定机关", true},
                                                        {"evidence", "证明材料", false}}};
constexpr std::array<std::string_view, 7> kChannelCodes{"self_declared",  "hotline_12317",     "phone_app",  "cadre_visit",
                                                        "department_data", "platform_analysis", "supervision"};

// One file being read: its header map (column index -> file position) and error reporting.
class FileReader {
 public:
  FileReader(std::string path, const CsvImportOptions& options, StatusCsvResult& result)
      : path_(std::move(path)), options_(options), result_(result) {}

  void report(int64_t line, int position, std::string name, std::string rule, const std::string& message) {
    ++result_.errors_total;
    CsvError e{path_, line, position, std::move(name), std::move(rule),
               path_ + ":" + std::to_string(line) + (position > 0 ? ": column " + std::to_string(position) : "") + ": " +
                   message};
    if (options_.on_error) options_.on_error(e);
    if (result_.errors.size() < std::min(options_.errors_max, CsvImportOptions::kErrorsKeptMax)) {
      result_.errors.push_back(std::move(e));
    }
  }

  // Maps the header; false (errors reported) when a required column is missing or a name unknown.
  template <std::size_t N>
  bool header(const csv::Record& rec, const std::array<Column, N>& columns) {
    positions_.assign(N, -1);
    names_.assign(N, "");
    bool ok = true;
    for (std::size_t f = 0; f < rec.fields.size(); ++f) {
      std::string name = rec.fields[f];
      if (f == 0 && name.starts_with("\xEF\xBB\xBF")) name.erase(0, 3);
      bool known = false;
      for (std::size_t c = 0; c < N; ++c) {
        if (name == columns[c].en || name == columns[c].zh) {
          positions_[c] = static_cast<int>(f);
          names_[c] = name;
          known = true;
        }
      }
      if (!known) {
        report(rec.line, static_cast<int>(f) + 1, name, "csv.header", "unknown column '" + name + "'");
        ok = false;
      }
    }
    for (std::size_t c = 0; c < N; ++c) {
      if (columns[c].required && positions_[c] < 0) {
        report(rec.line, 0, columns[c].en, "csv.header", std::string("required column '") + columns[c].en + "' is missing");
        ok = false;
      }
    }
    return ok;
  }

  [[nodiscard]] std::string cell(const csv::Record& rec, std::size_t column) const {
    const int p = positions_[column];
    return p >= 0 && static_cast<std::size_t>(p) < rec.fields.size() ? rec.fields[static_cast<std::size_t>(p)] : "";
  }
  [[nodiscard]] int position(std::size_t column) const { return positions_[column] + 1; }
  [[nodiscard]] const std::string& name(std::size_t column) const { return names_[column]; }
  [[nodiscard]] const std::string& path() const { return path_; }

  // A year cell (a whole number); nullopt (error reported) when malformed. Empty is nullopt
  // without an error.
  std::optional<int32_t> year(const csv::Record& rec, std::size_t column, bool& failed) {
    const std::string text = cell(rec, column);
    if (text.empty()) return std::nullopt;
    int32_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size()) {
      report(rec.line, position(column), name(column), "csv.number", "'" + text + "' is not a year");
      failed = true;
      return std::nullopt;
    }
    return value;
  }

  // A date cell; nullopt (error reported) when malformed. Empty is nullopt without an error.
  std::optional<Date> date(const csv::Record& rec, std::size_t column, bool& failed) {
    const std::string text = cell(rec, column);
    if (text.empty()) return std::nullopt;
    try {
      return Date::parse(text);
    } catch (const Error& e) {
      report(rec.line, position(column), name(column), "csv.date", e.what());
      failed = true;
      return std::nullopt;
    }
  }

 private:
  std::string path_;
  const CsvImportOptions& options_;
  StatusCsvResult& result_;
  std::vector<int> positions_;
  std::vector<std::string> names_;
};

// Runs `row(rec)` for each data row of `path`; `row` returns false when the row failed.
template <std::size_t N, typename Row>
void read_file(FileReader& file, const std::array<Column, N>& columns, CsvEntityCounts& counts, Row&& row) {
  csv::Reader reader(file.path());
  csv::Record rec;
  if (!reader.next(rec)) {
    file.report(1, 0, "", "csv.header", "the file is empty (a header row is required)");
    return;
  }
  if (!file.header(rec, columns)) return;
  while (reader.next(rec)) {
    ++counts.rows;
    if (rec.parse_error) {
      file.report(rec.line, static_cast<int>(rec.fields.size()) + 1, "", "csv.quotes", "malformed row: " + rec.error_text);
      ++counts.rejected;
      continue;
    }
    if (row(rec)) {
      ++counts.imported;
    } else {
      ++counts.rejected;
    }
  }
}

// A repository call for one row: an Error becomes the row's error at `column`.
template <typename Fn>
bool store_row(FileReader& file, const csv::Record& rec, std::size_t column, Fn&& fn) {
  try {
    fn();
    return true;
  } catch (const Error& e) {
    file.report(rec.line, file.position(column), file.name(column), "csv.rule", e.what());
    return false;
  }
}

bool membership_row(FileReader& file, StatusRepository& repo, const csv::Record& rec) {
  bool failed = false;
  Membership m;
  m.household_id = file.cell(rec, 0);
  m.person_id = file.cell(rec, 1);
  const std::string kind = file.cell(rec, 2);
  std::optional<MembershipKind> k = membership_kind_from_code(kind);
  for (int v = 1; !k && v <= kMembershipKindCount; ++v) {
    if (kind == membership_kind_name_zh(static_cast<MembershipKind>(v))) k = static_cast<MembershipKind>(v);
  }
  if (!k) {
    file.report(rec.line, file.position(2), file.name(2), "csv.code",
                "unknown membership kind '" + kind + "' (monitored, dibao, tekun, dibao_edge, rigid_expenditure, "
                                                     "other_low_income or the Chinese names)");
    failed = true;
  }
  m.authority = file.cell(rec, 3);
  const auto start = file.date(rec, 4, failed);
  if (!start && !failed) {
    file.report(rec.line, file.position(4), file.name(4), "csv.required", "start is required");
    failed = true;
  }
  m.end = file.date(rec, 5, failed);
  m.evidence = file.cell(rec, 6);
  if (failed) return false;
  m.kind = *k;
  m.start = *start;
  // An identical stored membership (re-import of an export) is kept as it is.
  for (const Membership& held : repo.memberships_of(m.household_id)) {
    if (held.person_id == m.person_id && held.kind == m.kind && held.start == m.start && held.end == m.end &&
        held.authority == m.authority && held.evidence == m.evidence) {
      return true;
    }
  }
  const std::size_t column = m.authority.empty() ? 3 : (m.end && *m.end < m.start ? 5 : 0);
  return store_row(file, rec, column, [&] { (void)repo.record_membership(m); });
}

bool event_row(FileReader& file, StatusRepository& repo, const csv::Record& rec) {
  bool failed = false;
  HouseholdEventRecord e;
  e.household_id = file.cell(rec, 0);
  const std::string kind = file.cell(rec, 1);
  std::optional<HouseholdEventKind> k = household_event_from_code(kind);
  for (int v = 1; !k && v <= kHouseholdEventKindCount; ++v) {
    if (kind == household_event_name_zh(static_cast<HouseholdEventKind>(v))) k = static_cast<HouseholdEventKind>(v);
  }
  if (!k) {
    file.report(rec.line, file.position(1), file.name(1), "csv.code",
                "unknown event type '" + kind + "' (natural_disaster, accident, industry_failure, job_loss, "
                                                "severe_difficulty, other, serious_illness, sudden_expenditure)");
    failed = true;
  }
  const auto date = file.date(rec, 2, failed);
  const std::string source = file.cell(rec, 3);
  std::optional<ClueChannel> channel;
  for (std::size_t i = 0; i < kChannelCodes.size(); ++i) {
    if (source == kChannelCodes[i]) channel = static_cast<ClueChannel>(i + 1);
  }
  if (!channel) {
    file.report(rec.line, file.position(3), file.name(3), "csv.code",
                "unknown source '" + source + "' (self_declared, hotline_12317, phone_app, cadre_visit, "
                                              "department_data, platform_analysis, supervision)");
    failed = true;
  }
  e.evidence = file.cell(rec, 4);
  const auto recorded = file.date(rec, 5, failed);
  for (const auto& [value, column] : {std::pair{date, 2}, std::pair{recorded, 5}}) {
    if (!value && !failed) {
      file.report(rec.line, file.position(static_cast<std::size_t>(column)), file.name(static_cast<std::size_t>(column)),
                  "csv.required", "the date is required");
      failed = true;
    }
  }
  if (failed) return false;
  e.kind = *k;
  e.date = *date;
  e.recorded = *recorded;
  e.source = *channel;
  for (const HouseholdEventRecord& held : repo.events_of(e.household_id, e.date, e.date)) {
    if (held.kind == e.kind && held.source == e.source && held.evidence == e.evidence && held.recorded == e.recorded) {
      return true;
    }
  }
  return store_row(file, rec, e.date > e.recorded ? 2 : 0, [&] { (void)repo.record_event(e); });
}

// The registered-poor history through StatusRepository::set_registered_poor: the same history
// again is no change, a different one is refused naming the household (DOMAIN-2026 §7.3).
bool registered_poor_row(FileReader& file, StatusRepository& repo, const csv::Record& rec) {
  bool failed = false;
  RegisteredPoorHistory h;
  h.household_id = file.cell(rec, 0);
  const auto registered = file.year(rec, 1, failed);
  if (!registered && !failed) {
    file.report(rec.line, file.position(1), file.name(1), "csv.required", "registered_year is required");
    failed = true;
  }
  h.exit_year = file.year(rec, 2, failed);
  h.source = file.cell(rec, 3);
  if (failed) return false;
  h.registered_year = *registered;
  // The column the API's refusal points at: the years, the source, else the household.
  // (in the order check_registered_poor checks them).
  std::size_t column = 0;
  if (h.source.empty() || h.source.size() > kStatusTextMax) {
    column = 3;
  } else if (h.registered_year < kRegisteredPoorFirstYear || h.registered_year > kRegisteredPoorLastYear) {
    column = 1;
  } else if (h.exit_year && (*h.exit_year < h.registered_year || *h.exit_year > kRegisteredPoorLastYear)) {
    column = 2;
  }
  return store_row(file, rec, column, [&] { repo.set_registered_poor(h); });
}

// An assistance exit through StatusRepository::record_assistance_exit; an identical stored exit
// is no change, another exit of the same household is refused (kExists, naming it).
bool assistance_exit_row(FileReader& file, StatusRepository& repo, const csv::Record& rec) {
  bool failed = false;
  AssistanceExit e;
  e.household_id = file.cell(rec, 0);
  const auto date = file.date(rec, 1, failed);
  const auto assessed = file.date(rec, 2, failed);
  for (const auto& [value, column] : {std::pair{date, 1}, std::pair{assessed, 2}}) {
    if (!value && !failed) {
      file.report(rec.line, file.position(static_cast<std::size_t>(column)), file.name(static_cast<std::size_t>(column)),
                  "csv.required", "the date is required");
      failed = true;
    }
  }
  e.assessment = file.cell(rec, 3);
  e.authority = file.cell(rec, 4);
  e.evidence = file.cell(rec, 5);
  if (failed) return false;
  e.date = *date;
  e.assessment_date = *assessed;
  if (const auto held = repo.assistance_exit(e.household_id)) {
    if (held->date == e.date && held->assessment_date == e.assessment_date && held->assessment == e.assessment &&
        held->authority == e.authority && held->evidence == e.evidence) {
      return true;
    }
  }
  // The column the API's refusal points at (in the order check_assistance_exit checks them).
  std::size_t column = 0;
  if (e.assessment.empty() || e.assessment.size() > kStatusTextMax) {
    column = 3;
  } else if (e.authority.empty() || e.authority.size() > kStatusTextMax) {
    column = 4;
  } else if (e.evidence.size() > kStatusTextMax) {
    column = 5;
  } else if (e.date.year() < kAssistanceExitFirstYear) {
    column = 1;
  } else if (e.assessment_date > e.date) {
    column = 2;
  }
  return store_row(file, rec, column, [&] { repo.record_assistance_exit(e); });
}

}  // namespace

StatusCsvResult import_status_csv(Store& store, const StatusCsvFiles& files, const CsvImportOptions& options) {
  if (in_transaction(store)) {
    throw Error(ErrorCode::kState, "CSV import into " + store.path() + ": a transaction is already open");
  }
  StatusCsvResult r;
  StatusRepository repo(store);
  try {
    WriteTransaction tx(store);
    // A household id the store does not know is an error of the row (NotFound from the repo),
    // reported at the household_id column.
    auto guarded_row = [&](FileReader& file, const csv::Record& rec, auto&& fn) {
      try {
        return fn();
      } catch (const Error& e) {
        file.report(rec.line, file.position(0), file.name(0), "csv.rule", e.what());
        return false;
      }
    };
    if (!files.memberships.empty()) {
      FileReader file(files.memberships, options, r);
      read_file(file, kMembershipColumns, r.memberships, [&](const csv::Record& rec) {
        return guarded_row(file, rec, [&] { return membership_row(file, repo, rec); });
      });
    }
    if (!files.events.empty()) {
      FileReader file(files.events, options, r);
      read_file(file, kEventColumns, r.events, [&](const csv::Record& rec) {
        return guarded_row(file, rec, [&] { return event_row(file, repo, rec); });
      });
    }
    if (!files.registered_poor.empty()) {
      FileReader file(files.registered_poor, options, r);
      read_file(file, kRegisteredPoorColumns, r.registered_poor, [&](const csv::Record& rec) {
        return guarded_row(file, rec, [&] { return registered_poor_row(file, repo, rec); });
      });
    }
    if (!files.assistance_exits.empty()) {
      FileReader file(files.assistance_exits, options, r);
      read_file(file, kAssistanceExitColumns, r.assistance_exits, [&](const csv::Record& rec) {
        return guarded_row(file, rec, [&] { return assistance_exit_row(file, repo, rec); });
      });
    }
    if (options.mode == CsvImportMode::kAllOrNothing && r.errors_total > 0) {
      r.memberships.imported = 0;
      r.events.imported = 0;
      r.registered_poor.imported = 0;
      r.assistance_exits.imported = 0;
      return r;  // the transaction rolls back
    }
    tx.commit();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "CSV import into " + store.path());
  }
  r.committed = true;
  return r;
}

void export_status_csv(Store& store, const StatusCsvFiles& files) {
  auto& db = store::database_of(store);
  auto write = [](const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw Error(ErrorCode::kIo, "CSV export: cannot write " + path);
  };
  auto field = [](std::string& out, std::string_view text, bool first) {
    append_csv_field(out, text, first, CsvQuoting::kWhenNeeded);
  };
  try {
    if (!files.memberships.empty()) {
      std::string out = "household_id,person_id,kind,authority,start,end,evidence\n";
      SQLite::Statement q(db.sql(), "SELECT h.household_id, m.person_id, m.kind, m.authority, m.start_date, m.end_date, "
                                    "m.evidence FROM rg_memberships m JOIN rg_households h ON h.id = m.household "
                                    "ORDER BY m.membership_id");
      while (q.executeStep()) {
        field(out, q.getColumn(0).getString(), true);
        field(out, q.getColumn(1).getString(), false);
        field(out, membership_kind_code(static_cast<MembershipKind>(q.getColumn(2).getInt())), false);
        field(out, q.getColumn(3).getString(), false);
        field(out, Date::from_days_since_epoch(q.getColumn(4).getInt()).to_string(), false);
        field(out, q.getColumn(5).isNull() ? "" : Date::from_days_since_epoch(q.getColumn(5).getInt()).to_string(), false);
        field(out, q.getColumn(6).getString(), false);
        out += '\n';
      }
      write(files.memberships, out);
    }
    if (!files.events.empty()) {
      std::string out = "household_id,kind,date,source,evidence,recorded\n";
      SQLite::Statement q(db.sql(), "SELECT h.household_id, e.kind, e.date, e.source, e.evidence, e.recorded "
                                    "FROM rg_household_events e JOIN rg_households h ON h.id = e.household "
                                    "ORDER BY e.event_id");
      while (q.executeStep()) {
        field(out, q.getColumn(0).getString(), true);
        field(out, household_event_code(static_cast<HouseholdEventKind>(q.getColumn(1).getInt())), false);
        field(out, Date::from_days_since_epoch(q.getColumn(2).getInt()).to_string(), false);
        const int source = q.getColumn(3).getInt();
        field(out, source >= 1 && source <= 7 ? kChannelCodes[static_cast<std::size_t>(source - 1)] : "", false);
        field(out, q.getColumn(4).getString(), false);
        field(out, Date::from_days_since_epoch(q.getColumn(5).getInt()).to_string(), false);
        out += '\n';
      }
      write(files.events, out);
    }
    if (!files.registered_poor.empty()) {
      std::string out = "household_id,registered_year,exit_year,source\n";
      SQLite::Statement q(db.sql(), "SELECT h.household_id, p.registered_year, p.exit_year, p.source "
                                    "FROM rg_registered_poor p JOIN rg_households h ON h.id = p.household "
                                    "ORDER BY h.household_id");
      while (q.executeStep()) {
        field(out, q.getColumn(0).getString(), true);
        field(out, std::to_string(q.getColumn(1).getInt()), false);
        field(out, q.getColumn(2).isNull() ? "" : std::to_string(q.getColumn(2).getInt()), false);
        field(out, q.getColumn(3).getString(), false);
        out += '\n';
      }
      write(files.registered_poor, out);
    }
    if (!files.assistance_exits.empty()) {
      std::string out = "household_id,date,assessment_date,assessment,authority,evidence\n";
      SQLite::Statement q(db.sql(), "SELECT h.household_id, x.exit_date, x.assessment_date, x.assessment, x.authority, "
                                    "x.evidence FROM rg_assistance_exits x JOIN rg_households h ON h.id = x.household "
                                    "ORDER BY h.household_id");
      while (q.executeStep()) {
        field(out, q.getColumn(0).getString(), true);
        field(out, Date::from_days_since_epoch(q.getColumn(1).getInt()).to_string(), false);
        field(out, Date::from_days_since_epoch(q.getColumn(2).getInt()).to_string(), false);
        field(out, q.getColumn(3).getString(), false);
        field(out, q.getColumn(4).getString(), false);
        field(out, q.getColumn(5).getString(), false);
        out += '\n';
      }
      write(files.assistance_exits, out);
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "CSV export of " + store.path());
  }
}

}  // namespace rg
