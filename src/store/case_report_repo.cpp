// The case report and the village public notice from the store (the domain counts and renders).
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/member.hpp"
#include "store/case_rows.hpp"
#include "store/case_steps.hpp"
#include "store/store_impl.hpp"

namespace rg {

CaseReport CaseRepository::report(const Policy& policy, Date as_of) {
  return store::guarded("reporting cases", [&] {
    auto& db = store::database_of(store_).sql();
    std::vector<MonitoringCase> cases;
    {
      SQLite::Statement q(db, std::string("SELECT ") + store::kCaseColumns + " FROM rg_cases");
      while (q.executeStep()) cases.push_back(store::read_case(q));
    }
    store::load_clock_events(db, cases);  // visits of rolled-back cases are due from the rollback
    CaseReportInput in;
    in.cases = cases;
    {
      SQLite::Statement q(db, "SELECT DISTINCT case_id FROM rg_measures WHERE status BETWEEN ? AND ?");
      q.bind(1, static_cast<int>(MeasureStatus::kPlanned));
      q.bind(2, static_cast<int>(MeasureStatus::kImplemented));
      while (q.executeStep()) in.with_active_measure.emplace(q.getColumn(0).getInt64(), true);
    }
    in.last_visit = store::last_visits(db);
    return build_case_report(in, policy, as_of);
  });
}

std::vector<CaseOverview> CaseRepository::overview() {
  return store::guarded("listing cases", [&] {
    SQLite::Statement q(store::database_of(store_).sql(),
                        "SELECT h.region, c.state, c.category, c.level, EXISTS (SELECT 1 FROM rg_measures m "
                        "WHERE m.case_id = c.case_id AND m.status BETWEEN ? AND ?) "
                        "FROM rg_cases c JOIN rg_households h ON h.id = c.household ORDER BY c.case_id");
    q.bind(1, static_cast<int>(MeasureStatus::kPlanned));
    q.bind(2, static_cast<int>(MeasureStatus::kImplemented));
    std::vector<CaseOverview> out;
    while (q.executeStep()) {
      out.push_back(CaseOverview{static_cast<uint64_t>(q.getColumn(0).getInt64()),
                                 static_cast<CaseState>(q.getColumn(1).getInt()),
                                 static_cast<MonitoringCategory>(q.getColumn(2).getInt()),
                                 static_cast<WarningLevel>(q.getColumn(3).getInt()), q.getColumn(4).getInt() != 0});
    }
    return out;
  });
}

std::string CaseRepository::public_notice(int64_t case_id, const std::string& head_name_masked, bool elimination) {
  store::check_case_text(head_name_masked, "head name");
  return store::guarded("rendering the public notice of case " + std::to_string(case_id), [&] {
    const MonitoringCase c = load_case(case_id);
    SQLite::Statement q(store::database_of(store_).sql(),
                        "SELECT r.name, h.household_id, (SELECT count(*) FROM rg_members m WHERE m.household = h.id "
                        "AND m.status = ?) FROM rg_households h JOIN rg_regions r ON r.code = h.region WHERE h.id = ?");
    q.bind(1, static_cast<int>(MemberStatus::kActive));
    q.bind(2, c.household_key);
    if (!q.executeStep()) {
      throw Error(ErrorCode::kNotFound, "household key " + std::to_string(c.household_key) + " is not in the store");
    }
    NoticeSubject subject{q.getColumn(0).getString(), head_name_masked, q.getColumn(1).getString(), q.getColumn(2).getInt()};
    return render_public_notice(c, subject, elimination);
  });
}

}  // namespace rg
