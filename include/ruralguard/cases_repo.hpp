// ruralguard C++ API: monitoring cases, clues, measures, visits and alerts in the store.
//
// Every write runs in one IMMEDIATE transaction: a failed step, ingest or scan changes nothing.
// Case history is append-only (rg_case_events); the case row holds the current state.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ruralguard/assistance.hpp"
#include "ruralguard/case_clocks.hpp"
#include "ruralguard/case_report.hpp"
#include "ruralguard/clues.hpp"
#include "ruralguard/monitoring_case.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/store.hpp"

namespace rg {

// Named bounds (C: RG_INGEST_RECORDS_MAX, RG_CASE_TEXT_MAX); beyond them Error(kLimit).
inline constexpr std::size_t kIngestRecordsMax = 10'000'000;  // department records per ingest call
inline constexpr std::size_t kCaseTextBytesMax = 2000;  // each note, actor, visitor, findings, contact field

struct IngestResult {
  std::size_t records = 0;
  std::size_t rejected_records = 0;     // bad department/metric/amount/household (status set)
  std::size_t below_threshold = 0;
  std::size_t duplicates = 0;           // the same trigger again (in this batch or already stored)
  std::size_t clues_raised = 0;
  std::size_t cases_opened = 0;         // clues for households without an open case
  std::size_t attached_to_open_case = 0;
  std::size_t cases_rolled_back = 0;    // eliminated cases re-identified within the follow-up window
  std::vector<int32_t> status;          // per record: 0 or an rg_status (e.g. RG_ENOTFOUND)
};

struct StoredAlert {
  int64_t alert_id = 0;
  Alert alert;
  AlertState state = AlertState::kActive;
  Date raised = Date::from_ymd(2021, 1, 1);
  std::string acknowledged_by;
  std::string resolved_by;
  std::string resolved_note;
};

struct AlertScanResult {
  std::size_t raised = 0;         // new alerts
  std::size_t still_open = 0;     // alerts that held before and still hold
  std::size_t auto_resolved = 0;  // open alerts that no longer hold (resolved by "system")
};

// One case as region summaries count it (CaseRepository::overview).
struct CaseOverview {
  uint64_t region = 0;  // the household's RegionCode value
  CaseState state = CaseState::kClue;
  MonitoringCategory category = MonitoringCategory::kNone;
  WarningLevel level = WarningLevel::kNone;
  bool has_active_measure = false;  // a planned or implemented measure
};

// What a clue did (CaseRepository::open_clue): opened a case, or rolled an eliminated case back.
struct ClueOutcome {
  int64_t case_id = 0;
  bool reidentified = false;  // an eliminated case within its follow-up window was rolled back
};

// A visit that may carry a reassessment (CaseRepository::record_visit with a policy).
struct VisitOutcome {
  int64_t visit_id = 0;
  WarningLevel level = WarningLevel::kNone;  // the case's level after the visit
  bool level_changed = false;
};

// A post-elimination check run in the case flow (DOMAIN.md 1.9), as stored.
struct PostEliminationCheckRecord {
  int64_t check_id = 0;
  int64_t case_id = 0;
  Date date = Date::from_ymd(2021, 1, 1);
  std::string actor;
  std::vector<ConsistencyFinding> findings;  // empty: the check passed
  bool rolled_back = false;                  // a failed check within the window rolls the case back
};

class CaseRepository {
 public:
  explicit CaseRepository(Store& store, ProcedureLimits limits = {});

  // Screens department records (policy thresholds), stores one clue per new trigger (triggers
  // already stored are duplicates), and opens a case in state `clue` for each household with no
  // open case; otherwise the clue is attached to the open case. Unknown households get
  // RG_ENOTFOUND in `status` and the rest go on. One transaction.
  IngestResult ingest_department_records(std::span<const DepartmentRecord> records, const Policy& policy);

  // A clue from self-declaration, the 12317 hotline, an app or a cadre's visit: opens a case
  // (Error(kExists) naming the open case if the household already has one; Error(kNotFound) for an
  // unknown household). Returns the case id.
  int64_t open_case(int64_t household_key, ClueChannel channel, Date found, const std::string& note);

  [[nodiscard]] MonitoringCase load_case(int64_t case_id);
  // The open (not rejected, not eliminated) case of a household, if any.
  [[nodiscard]] std::optional<int64_t> open_case_of(int64_t household_key);

  // Applies one step (see apply_step). For the elimination's county approval the repository builds
  // the gate's context itself: the household's current facts from the store (as of the step
  // date, with `policy`'s income items), the implemented measures, and the income-stable date
  // derived from the statements (income_stable_since()); `income_stable_since` from a caller may
  // only be later than the derived date: an earlier one is Error(kRefused) naming both dates.
  // kReassess without a level derives it (reassess()). Nothing is written when the step fails.
  MonitoringCase advance(int64_t case_id, const StepInput& step, const Policy& policy,
                         std::optional<Date> income_stable_since = {});

  int64_t add_measure(const Measure& measure, const std::string& actor);
  void set_measure_status(int64_t measure_id, MeasureStatus status, Date date, const std::string& actor);
  [[nodiscard]] std::vector<Measure> measures_of(int64_t case_id);

  int64_t record_visit(const Visit& visit);
  [[nodiscard]] std::optional<Date> last_visit(int64_t case_id);

  // Evaluates the alert rules for every open case on `as_of`; raises new alerts, keeps those that
  // still hold, resolves (as "system") those that no longer hold.
  AlertScanResult scan_alerts(const Policy& policy, Date as_of);
  [[nodiscard]] std::vector<StoredAlert> list_alerts(std::optional<AlertState> state = {});
  // active -> acknowledged -> resolved; anything else is Error(kState).
  void acknowledge_alert(int64_t alert_id, const std::string& who, Date when, const std::string& note);
  void resolve_alert(int64_t alert_id, const std::string& who, Date when, const std::string& note);

  [[nodiscard]] CaseReport report(const Policy& policy, Date as_of);
  // Every case with its household's region, in case order.
  [[nodiscard]] std::vector<CaseOverview> overview();

  // --- A case over time (issue 16, DOMAIN.md 1.7, 1.9, 8.3; docs/monitoring.md) ---

  // A clue from any channel but department data. A household with an open case: Error(kExists).
  // A household whose latest case is eliminated and `found` lies in the policy's follow-up window:
  // that case is rolled back (re-identification) instead of a second case being opened.
  // Otherwise a new case. open_case (without a policy) refuses a household with an eliminated case.
  ClueOutcome open_clue(int64_t household_key, ClueChannel channel, Date found, const std::string& note,
                        const Policy& policy);

  // Reassesses the warning level 预警等级 of a case under monitoring: `level` when given, else the
  // level the policy derives from the household's current facts (a monitored case keeps at least
  // blue). One kReassess event; a level change is kept in the level history and the visit
  // schedule follows the new level.
  MonitoringCase reassess(int64_t case_id, const Policy& policy, Date date, const std::string& actor,
                          WarningLevel level = WarningLevel::kNone, const std::string& note = {});
  // Logs a visit and, when `reassess`, reassesses the level in the same transaction (actor = the
  // visitor, basis = the findings). `level` as for reassess().
  VisitOutcome record_visit(const Visit& visit, const Policy& policy, bool reassess,
                            WarningLevel level = WarningLevel::kNone);
  // Every level change of a case, oldest first.
  [[nodiscard]] std::vector<CaseLevelChange> level_history(int64_t case_id);

  // The income-stable date the elimination gate uses, derived from the household's statements
  // ending on or before `as_of` against its threshold (income_stability.hpp); none if the latest
  // statement is below it.
  [[nodiscard]] std::optional<Date> income_stable_since(int64_t case_id, const Policy& policy, Date as_of);

  // Runs the post-elimination checks (check_post_elimination) on an eliminated case in its
  // follow-up window with the household's latest statement and the case's measures, records the
  // check, and rolls the case back when a check fails. Error(kState) when the case is not
  // eliminated, Error(kRefused) outside the follow-up window (naming its end).
  PostEliminationCheckRecord check_after_elimination(int64_t case_id, const Policy& policy, Date date,
                                                     const std::string& actor);
  [[nodiscard]] std::vector<PostEliminationCheckRecord> post_elimination_checks(int64_t case_id);

  // The village public notice of a case (render_public_notice) with the village name, household
  // id and active member count read from the store and the caller's masked head name.
  [[nodiscard]] std::string public_notice(int64_t case_id, const std::string& head_name_masked, bool elimination);

 private:
  [[nodiscard]] std::optional<Date> governing_income_stable_since(const MonitoringCase& c, Date date,
                                                                  const Policy& policy, std::optional<Date> asserted);
  [[nodiscard]] StepInput reassessment_input(const MonitoringCase& c, const StepInput& step, const Policy& policy);

  Store& store_;
  ProcedureLimits limits_;
};

}  // namespace rg
