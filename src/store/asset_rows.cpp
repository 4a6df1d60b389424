// Asset, event and distribution-plan rows.
#include "store/asset_rows.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/VariadicBind.h>

#include <string>
#include <string_view>

#include "ruralguard/error.hpp"
#include "store/ledger_rows.hpp"
#include "store/row_values.hpp"

namespace rg::store {

namespace {

constexpr const char* kAssetColumns =
    "id, name, project_id, class, subtype, value, region, location, owner, owner_name, rights, custodian, operator, "
    "mode, farmer_link_mode, farmer_link_hh, planned_income, income_account_id, certificate, status, registered, "
    "confirmed, handed_over, status_since, disposal_reason, disposal_method, disposal_valuation, disposal_requested, "
    "disposal_resume, approval_owner, approval_assembly, approval_township, approval_county";
constexpr int kAssetColumnCount = 33;

Date day(const SQLite::Column& c) { return Date::from_days_since_epoch(c.getInt()); }

template <typename E>
E checked_enum(const SQLite::Column& c, int lo, int hi, const char* field) {
  const int v = c.getInt();
  if (v < lo || v > hi) throw Error(ErrorCode::kRange, std::string(field) + " " + std::to_string(v) + " out of range");
  return static_cast<E>(v);
}

}  // namespace

void save_asset(SQLite::Database& db, const Asset& a) {
  std::string placeholders;
  for (int i = 0; i < kAssetColumnCount; ++i) placeholders += i == 0 ? "?" : ",?";
  // An upsert, not INSERT OR REPLACE: the row is updated in place, never deleted under its events.
  std::string set;
  std::string_view columns = kAssetColumns;
  for (std::size_t at = columns.find(", ") + 2; at != std::string_view::npos + 2;) {
    const std::size_t end = columns.find(", ", at);
    const std::string_view c = columns.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    set += (set.empty() ? "" : ", ") + std::string(c) + " = excluded." + std::string(c);
    if (end == std::string_view::npos) break;
    at = end + 2;
  }
  SQLite::Statement q(db, std::string("INSERT INTO rg_assets(") + kAssetColumns + ") VALUES (" + placeholders +
                              ") ON CONFLICT(id) DO UPDATE SET " + set);
  q.bind(1, to_sql(a.id));
  q.bind(2, a.name);
  q.bind(3, to_sql(a.project_id));
  q.bind(4, static_cast<int>(a.asset_class));
  q.bind(5, static_cast<int>(a.subtype));
  q.bind(6, a.value.units());
  q.bind(7, to_sql(a.region.value()));
  q.bind(8, a.location);
  q.bind(9, static_cast<int>(a.owner));
  q.bind(10, a.owner_name);
  q.bind(11, static_cast<const void*>(a.rights.data()), static_cast<int>(a.rights.size()));
  q.bind(12, a.management.custodian);
  q.bind(13, a.management.operator_name);
  q.bind(14, static_cast<int>(a.management.mode));
  q.bind(15, static_cast<int>(a.management.farmer_link.mode));
  q.bind(16, static_cast<int64_t>(a.management.farmer_link.households));
  q.bind(17, a.management.planned_income_per_year.units());
  q.bind(18, to_sql(a.management.income_account_id));
  q.bind(19, a.certificate);
  q.bind(20, static_cast<int>(a.status));
  q.bind(21, a.registered.days_since_epoch());
  bind_opt_date(q, 22, a.confirmed);
  bind_opt_date(q, 23, a.handed_over);
  q.bind(24, a.status_since.days_since_epoch());
  if (a.disposal) {
    const Disposal& d = *a.disposal;
    q.bind(25, static_cast<int>(d.reason));
    q.bind(26, static_cast<int>(d.method));
    q.bind(27, d.valuation.units());
    q.bind(28, d.requested.days_since_epoch());
    q.bind(29, static_cast<int>(d.resume_status));
    for (std::size_t i = 0; i < kApprovalLevelCount; ++i) bind_opt_date(q, static_cast<int>(30 + i), d.approvals[i]);
  } else {
    for (int i = 25; i <= kAssetColumnCount; ++i) q.bind(i);
  }
  q.exec();
}

void load_assets(SQLite::Database& db, AssetRegistry& registry) {
  SQLite::Statement q(db, std::string("SELECT ") + kAssetColumns + " FROM rg_assets ORDER BY rowid");
  while (q.executeStep()) {
    Asset a;
    a.id = from_sql(q.getColumn(0).getInt64());
    try {
      a.name = q.getColumn(1).getString();
      a.project_id = from_sql(q.getColumn(2).getInt64());
      a.asset_class = checked_enum<AssetClass>(q.getColumn(3), 1, 3, "class");
      a.subtype = checked_enum<AssetSubtype>(q.getColumn(4), 1, kAssetSubtypeMax, "subtype");
      a.value = Money::from_units(q.getColumn(5).getInt64());
      a.region = RegionCode::from_value(from_sql(q.getColumn(6).getInt64()));
      a.location = q.getColumn(7).getString();
      a.owner = checked_enum<Party>(q.getColumn(8), 1, kPartyMax, "owner");
      a.owner_name = q.getColumn(9).getString();
      const SQLite::Column rights = q.getColumn(10);
      if (rights.getBytes() != static_cast<int>(kRightCount)) throw Error(ErrorCode::kRange, "rights are not 5 bytes");
      const auto* bytes = static_cast<const uint8_t*>(rights.getBlob());
      for (std::size_t i = 0; i < kRightCount; ++i) {
        if (bytes[i] < 1 || bytes[i] > kPartyMax) throw Error(ErrorCode::kRange, "right party out of range");
        a.rights[i] = static_cast<Party>(bytes[i]);
      }
      a.management.custodian = q.getColumn(11).getString();
      a.management.operator_name = q.getColumn(12).getString();
      a.management.mode = checked_enum<OperationMode>(q.getColumn(13), 1, 5, "mode");
      a.management.farmer_link.mode = checked_enum<FarmerLinkMode>(q.getColumn(14), 0, 4, "farmer link");
      a.management.farmer_link.households = static_cast<uint32_t>(q.getColumn(15).getInt64());
      a.management.planned_income_per_year = Money::from_units(q.getColumn(16).getInt64());
      a.management.income_account_id = from_sql(q.getColumn(17).getInt64());
      a.certificate = q.getColumn(18).getString();
      a.status = checked_enum<AssetStatus>(q.getColumn(19), 1, kAssetStatusCount, "status");
      a.registered = day(q.getColumn(20));
      a.confirmed = opt_date(q.getColumn(21));
      a.handed_over = opt_date(q.getColumn(22));
      a.status_since = day(q.getColumn(23));
      if (!q.getColumn(24).isNull()) {
        Disposal d;
        d.reason = checked_enum<DisposalReason>(q.getColumn(24), 1, kDisposalReasonMax, "disposal reason");
        d.method = checked_enum<DisposalMethod>(q.getColumn(25), 1, kDisposalMethodMax, "disposal method");
        d.valuation = Money::from_units(q.getColumn(26).getInt64());
        d.requested = day(q.getColumn(27));
        d.resume_status = checked_enum<AssetStatus>(q.getColumn(28), 1, kAssetStatusCount, "disposal resume");
        for (std::size_t i = 0; i < kApprovalLevelCount; ++i) d.approvals[i] = opt_date(q.getColumn(static_cast<int>(29 + i)));
        a.disposal = d;
      }
    } catch (const Error& e) {
      throw Error(ErrorCode::kCorrupt, "asset " + std::to_string(a.id) + ": " + e.what());
    }
    registry.put(a);
  }
}

void append_event(SQLite::Database& db, const AssetEvent& e) {
  SQLite::Statement q(db,
                      "INSERT INTO rg_asset_events(asset_id, kind, date, from_status, to_status, note) "
                      "VALUES (?,?,?,?,?,?)");
  q.bind(1, to_sql(e.asset_id));
  q.bind(2, static_cast<int>(e.kind));
  q.bind(3, e.date.days_since_epoch());
  q.bind(4, static_cast<int>(e.from));
  q.bind(5, static_cast<int>(e.to));
  q.bind(6, e.note);
  q.exec();
}

uint64_t last_event_sequence(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT COALESCE(MAX(seq), 0) FROM rg_asset_events");
  q.executeStep();
  return from_sql(q.getColumn(0).getInt64());
}

uint64_t plan_count(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT COUNT(*) FROM rg_asset_distributions");
  q.executeStep();
  return from_sql(q.getColumn(0).getInt64());
}

std::vector<AssetEvent> load_events(SQLite::Database& db, uint64_t asset_id) {
  SQLite::Statement q(db,
                      "SELECT seq, kind, date, from_status, to_status, note FROM rg_asset_events "
                      "WHERE asset_id = ? ORDER BY seq");
  q.bind(1, to_sql(asset_id));
  std::vector<AssetEvent> out;
  while (q.executeStep()) {
    AssetEvent e;
    e.sequence = from_sql(q.getColumn(0).getInt64());
    e.asset_id = asset_id;
    e.kind = static_cast<AssetEventKind>(q.getColumn(1).getInt());
    e.date = day(q.getColumn(2));
    e.from = static_cast<AssetStatus>(q.getColumn(3).getInt());
    e.to = static_cast<AssetStatus>(q.getColumn(4).getInt());
    e.note = q.getColumn(5).getString();
    out.push_back(std::move(e));
  }
  return out;
}

void save_plan(SQLite::Database& db, const DistributionPlan& p) {
  SQLite::Statement head(db,
                         "INSERT INTO rg_asset_distributions(plan_id, asset_id, year, income, decision_doc, "
                         "decision_date, attendees, votes_for, votes_against, notice_start, notice_end, "
                         "first_transfer_hi, first_transfer_lo) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  head.bind(1, to_sql(p.plan_id));
  head.bind(2, to_sql(p.asset_id));
  head.bind(3, p.year);
  head.bind(4, p.income.units());
  head.bind(5, p.decision.document);
  head.bind(6, p.decision.date.days_since_epoch());
  head.bind(7, static_cast<int64_t>(p.decision.attendees));
  head.bind(8, static_cast<int64_t>(p.decision.votes_for));
  head.bind(9, static_cast<int64_t>(p.decision.votes_against));
  head.bind(10, p.notice.start.days_since_epoch());
  head.bind(11, p.notice.end.days_since_epoch());
  head.bind(12, to_sql(p.first_transfer_id.hi));
  head.bind(13, to_sql(p.first_transfer_id.lo));
  head.exec();
  SQLite::Statement line(db,
                         "INSERT INTO rg_asset_distribution_lines(plan_id, line, purpose, amount, payee_account_id) "
                         "VALUES (?,?,?,?,?)");
  SQLite::Statement share(db,
                          "INSERT INTO rg_asset_distribution_shares(plan_id, line, seq, household_key, amount) "
                          "VALUES (?,?,?,?,?)");
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    const DistributionLine& l = p.lines[i];
    SQLite::bind(line, to_sql(p.plan_id), static_cast<int64_t>(i), static_cast<int>(l.purpose), l.amount.units(),
                 to_sql(l.payee_account_id));
    line.exec();
    line.reset();
    for (std::size_t j = 0; j < l.shares.size(); ++j) {
      SQLite::bind(share, to_sql(p.plan_id), static_cast<int64_t>(i), static_cast<int64_t>(j),
                   to_sql(l.shares[j].household_key), l.shares[j].amount.units());
      share.exec();
      share.reset();
    }
  }
}

void load_plans(SQLite::Database& db, AssetRegistry& registry) {
  SQLite::Statement head(db,
                         "SELECT plan_id, asset_id, year, income, decision_doc, decision_date, attendees, votes_for, "
                         "votes_against, notice_start, notice_end, first_transfer_hi, first_transfer_lo "
                         "FROM rg_asset_distributions ORDER BY rowid");
  SQLite::Statement lines(db,
                          "SELECT line, purpose, amount, payee_account_id FROM rg_asset_distribution_lines "
                          "WHERE plan_id = ? ORDER BY line");
  SQLite::Statement shares(db,
                           "SELECT line, household_key, amount FROM rg_asset_distribution_shares "
                           "WHERE plan_id = ? ORDER BY line, seq");
  while (head.executeStep()) {
    DistributionPlan p;
    p.plan_id = from_sql(head.getColumn(0).getInt64());
    try {
      p.asset_id = from_sql(head.getColumn(1).getInt64());
      p.year = head.getColumn(2).getInt();
      p.income = Money::from_units(head.getColumn(3).getInt64());
      p.decision.document = head.getColumn(4).getString();
      p.decision.date = day(head.getColumn(5));
      p.decision.attendees = static_cast<uint32_t>(head.getColumn(6).getInt64());
      p.decision.votes_for = static_cast<uint32_t>(head.getColumn(7).getInt64());
      p.decision.votes_against = static_cast<uint32_t>(head.getColumn(8).getInt64());
      p.notice.start = day(head.getColumn(9));
      p.notice.end = day(head.getColumn(10));
      p.first_transfer_id = {from_sql(head.getColumn(11).getInt64()), from_sql(head.getColumn(12).getInt64())};
      lines.bind(1, to_sql(p.plan_id));
      Money total;
      while (lines.executeStep()) {
        DistributionLine l;
        l.purpose = checked_enum<IncomePurpose>(lines.getColumn(1), 1, kIncomePurposeMax, "purpose");
        l.amount = Money::from_units(lines.getColumn(2).getInt64());
        l.payee_account_id = from_sql(lines.getColumn(3).getInt64());
        total += l.amount;
        p.lines.push_back(std::move(l));
      }
      lines.reset();
      shares.bind(1, to_sql(p.plan_id));
      while (shares.executeStep()) {
        const auto at = static_cast<std::size_t>(shares.getColumn(0).getInt64());
        if (at >= p.lines.size()) throw Error(ErrorCode::kRange, "share of a missing line");
        p.lines[at].shares.push_back({from_sql(shares.getColumn(1).getInt64()),
                                      Money::from_units(shares.getColumn(2).getInt64())});
      }
      shares.reset();
      if (total != p.income) throw Error(ErrorCode::kRange, "lines sum to " + total.to_string() + ", not the income");
      for (const DistributionLine& l : p.lines) {
        if (l.shares.empty()) continue;
        Money sum;
        for (const Share& s : l.shares) sum += s.amount;
        if (sum != l.amount) throw Error(ErrorCode::kRange, "shares do not sum to their line");
      }
    } catch (const Error& e) {
      throw Error(ErrorCode::kCorrupt, "distribution plan " + std::to_string(p.plan_id) + ": " + e.what());
    }
    registry.put_plan(std::move(p));
  }
}

}  // namespace rg::store
