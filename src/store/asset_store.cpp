// AssetStore: loading the asset registry and writing each change in one IMMEDIATE transaction.
#include "ruralguard/asset_store.hpp"

#include <SQLiteCpp/Statement.h>

#include <string>

#include "ruralguard/error.hpp"
#include "store/asset_rows.hpp"
#include "store/ledger_rows.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

using store::to_sql;

namespace {

// Another writer on the same file would make this registry's memory stale: refuse, as the ledger does.
void check_not_stale(SQLite::Database& db, uint64_t last_event, std::size_t plans, const std::string& path) {
  if (store::last_event_sequence(db) != last_event || store::plan_count(db) != plans) {
    throw Error(ErrorCode::kConflict, "assets in " + path + " were changed by another writer; reopen before writing");
  }
}

}  // namespace

AssetStore::AssetStore(Store& store, LedgerStore& ledger) : store_(store), ledger_(ledger) {
  try {
    auto& db = store::database_of(store_).sql();
    store::load_assets(db, registry_);
    store::load_plans(db, registry_);
    last_event_ = store::last_event_sequence(db);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "loading assets from " + store_.path());
  }
}

void AssetStore::commit(const AssetChange& change, std::string_view what) {
  try {
    auto& database = store::database_of(store_);
    store::UnitOfWork tx(database, store::Nesting::kOutermost);
    check_not_stale(database.sql(), last_event_, registry_.plans().size(), store_.path());
    for (const Asset& a : change.assets) store::save_asset(database.sql(), a);
    for (const AssetEvent& e : change.events) store::append_event(database.sql(), e);
    tx.commit();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, std::string(what) + " in " + store_.path());
  }
  for (const Asset& a : change.assets) registry_.put(a);
  last_event_ += change.events.size();
}



void AssetStore::capitalise(uint64_t project_id, Date date, std::span<const AssetDraft> drafts) {
  const auto& l = ledger_;
  commit(registry_.checked_capitalise(l.ledger(), l.projects(), project_id, date, drafts),
         "capitalising project " + std::to_string(project_id));
}

void AssetStore::confirm_ownership(uint64_t asset_id, Date date, std::string_view certificate) {
  commit(registry_.checked_confirm(asset_id, date, certificate), "confirming asset " + std::to_string(asset_id));
}

void AssetStore::hand_over(uint64_t asset_id, Date date) {
  commit(registry_.checked_hand_over(asset_id, date), "handing over asset " + std::to_string(asset_id));
}

void AssetStore::set_status(uint64_t asset_id, AssetStatus to, Date date) {
  commit(registry_.checked_set_status(asset_id, to, date), "changing the status of asset " + std::to_string(asset_id));
}

void AssetStore::set_management(uint64_t asset_id, const AssetManagement& management, Date date) {
  commit(registry_.checked_set_management(asset_id, management, date),
         "changing the management of asset " + std::to_string(asset_id));
}

void AssetStore::request_disposal(uint64_t asset_id, DisposalReason reason, DisposalMethod method, Money valuation,
                                  Date date) {
  commit(registry_.checked_request_disposal(asset_id, reason, method, valuation, date, disposal_policy_),
         "requesting disposal of asset " + std::to_string(asset_id));
}

void AssetStore::approve_disposal(uint64_t asset_id, ApprovalLevel level, Date date, std::string_view document) {
  commit(registry_.checked_approve_disposal(asset_id, level, date, document),
         "approving disposal of asset " + std::to_string(asset_id));
}

void AssetStore::withdraw_disposal(uint64_t asset_id, Date date) {
  commit(registry_.checked_withdraw_disposal(asset_id, date), "withdrawing disposal of asset " + std::to_string(asset_id));
}

void AssetStore::dispose(uint64_t asset_id, Date date) {
  commit(registry_.checked_dispose(asset_id, date), "disposing of asset " + std::to_string(asset_id));
}

namespace {

[[noreturn]] void refused_by_ledger(const std::string& who, std::size_t index, TransferResult r) {
  throw Error(ErrorCode::kRefused, who + ": the ledger refused payment " + std::to_string(index) + ": " +
                                       std::string(transfer_result_name(r)));
}

}  // namespace

void AssetStore::record_income(uint64_t asset_id, TransferId id, uint64_t from_account_id, Money amount, Date date) {
  const std::string who = "asset " + std::to_string(asset_id) + " income";
  if (amount <= Money()) {
    throw Error(ErrorCode::kInvalidArgument, who + ": amount " + amount.to_string() + " must be positive");
  }
  if (!amount.is_whole_fen()) {
    throw Error(ErrorCode::kPrecision, who + ": amount " + amount.format({.decimals = 4}) + " is not whole fen");
  }
  if (id.is_zero()) throw Error(ErrorCode::kInvalidArgument, who + ": transfer id must not be 0");
  const Asset* a = registry_.find(asset_id);
  if (a == nullptr) throw Error(ErrorCode::kNotFound, "asset " + std::to_string(asset_id) + " is not registered");
  if (a->status == AssetStatus::kDisposed) throw Error(ErrorCode::kState, who + ": the asset is disposed");
  if (a->management.income_account_id == 0) throw Error(ErrorCode::kState, who + ": the asset has no income account");
  Transfer t;
  t.id = id;
  t.debit_account_id = from_account_id;
  t.credit_account_id = a->management.income_account_id;
  t.project_id = a->project_id;
  t.amount = amount;
  t.effective_date = date;
  t.code = TransferCode::kAssetIncome;
  t.memo = Memo("asset " + std::to_string(asset_id) + " income");
  TransferResult r = TransferResult::kOk;
  ledger_.create_transfers({&t, 1}, {&r, 1});
  if (r != TransferResult::kOk && r != TransferResult::kExists) refused_by_ledger(who, 0, r);
}

const DistributionPlan& AssetStore::add_distribution(const DistributionInput& input) {
  DistributionPlan plan = build_distribution(input, distribution_policy_);
  registry_.check_plan(plan, ledger_.ledger());
  try {
    auto& database = store::database_of(store_);
    store::UnitOfWork tx(database, store::Nesting::kOutermost);
    check_not_stale(database.sql(), last_event_, registry_.plans().size(), store_.path());
    store::save_plan(database.sql(), plan);
    tx.commit();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "saving distribution plan " + std::to_string(plan.plan_id) + " in " + store_.path());
  }
  const uint64_t id = plan.plan_id;
  registry_.put_plan(std::move(plan));
  return *registry_.find_plan(id);
}

void AssetStore::post_distribution(uint64_t plan_id, Date date) {
  const std::string who = "distribution plan " + std::to_string(plan_id);
  const DistributionPlan* plan = registry_.find_plan(plan_id);
  if (plan == nullptr) throw Error(ErrorCode::kNotFound, who + " does not exist");
  if (date < plan->notice.end) {
    throw Error(ErrorCode::kRefused, who + ": payment on " + date.to_string() + " is before the notice ends on " +
                                         plan->notice.end.to_string());
  }
  const Asset* a = registry_.find(plan->asset_id);
  if (a == nullptr) throw Error(ErrorCode::kCorrupt, who + ": its asset is missing");
  if (plan->lines.size() > Ledger::kBatchMax) throw Error(ErrorCode::kLimit, who + ": too many lines for one chain");
  std::vector<Transfer> chain(plan->lines.size());
  for (std::size_t i = 0; i < chain.size(); ++i) {
    const DistributionLine& line = plan->lines[i];
    Transfer& t = chain[i];
    t.id = plan->transfer_id(i);
    t.debit_account_id = a->management.income_account_id;
    t.credit_account_id = line.payee_account_id;
    t.project_id = a->project_id;
    t.amount = line.amount;
    t.effective_date = date;
    t.code = TransferCode::kAssetIncome;
    t.flags = i + 1 < chain.size() ? transfer_flags::kLinked : 0;
    t.memo = Memo("plan " + std::to_string(plan_id) + " " + std::string(income_purpose_name(line.purpose)));
  }
  std::vector<TransferResult> results(chain.size());
  ledger_.create_transfers(chain, results);
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (results[i] == TransferResult::kOk || results[i] == TransferResult::kExists) continue;
    if (results[i] == TransferResult::kLinkedEventFailed) continue;
    refused_by_ledger(who, i, results[i]);
  }
}

std::vector<AssetEvent> AssetStore::events(uint64_t asset_id) {
  if (registry_.find(asset_id) == nullptr) {
    throw Error(ErrorCode::kNotFound, "asset " + std::to_string(asset_id) + " is not registered");
  }
  try {
    return store::load_events(store::database_of(store_).sql(), asset_id);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "reading events of asset " + std::to_string(asset_id) + " from " + store_.path());
  }
}

std::vector<AssetOverview> registered_assets(Store& store, Date as_of) {
  try {
    SQLite::Statement q(store::database_of(store).sql(),
                        "SELECT region, class, status, value, income_account_id FROM rg_assets "
                        "WHERE registered <= ? ORDER BY id");
    q.bind(1, as_of.days_since_epoch());
    std::vector<AssetOverview> out;
    while (q.executeStep()) {
      out.push_back(AssetOverview{static_cast<uint64_t>(q.getColumn(0).getInt64()),
                                  static_cast<AssetClass>(q.getColumn(1).getInt()),
                                  static_cast<AssetStatus>(q.getColumn(2).getInt()),
                                  Money::from_units(q.getColumn(3).getInt64()),
                                  static_cast<uint64_t>(q.getColumn(4).getInt64())});
    }
    return out;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "reading the asset register of " + store.path());
  }
}

}  // namespace rg
