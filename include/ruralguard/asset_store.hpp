// ruralguard C++ API: the asset registry persisted in the SQLite store, beside the ledger.
//
// An AssetStore loads every asset and distribution plan when it opens. Each call validates
// against memory (AssetRegistry::checked_*), writes its rows in one IMMEDIATE transaction, and
// only then changes memory: a refused or failed call writes nothing. Income and distribution
// payments go through the LedgerStore (one batch, one transaction there): a payment's transfer
// ids derive from the plan, so whether a plan is paid is read from the ledger, never stored twice.
// One AssetStore per database file writes; a write that finds the file changed by another writer
// fails with Error(kConflict) and writes nothing. Use from one thread at a time; the Store and
// LedgerStore must outlive it.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "ruralguard/asset_registry.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/store.hpp"

namespace rg {

// One project asset as region summaries count it (registered_assets).
struct AssetOverview {
  uint64_t region = 0;  // RegionCode value
  AssetClass asset_class = AssetClass::kOperating;
  AssetStatus status = AssetStatus::kRegistered;
  Money value;
  uint64_t income_account_id = 0;  // 0: none
};
// The assets registered on or before `as_of`, in id order, with their current status; read
// without loading the registry or the ledger. Throws Error(kIo).
[[nodiscard]] std::vector<AssetOverview> registered_assets(Store& store, Date as_of);

class AssetStore {
 public:
  // Throws Error(kCorrupt) naming the record when a row cannot be read back, Error(kIo).
  AssetStore(Store& store, LedgerStore& ledger);
  AssetStore(const AssetStore&) = delete;
  AssetStore& operator=(const AssetStore&) = delete;

  void capitalise(uint64_t project_id, Date date, std::span<const AssetDraft> drafts);
  void confirm_ownership(uint64_t asset_id, Date date, std::string_view certificate);
  void hand_over(uint64_t asset_id, Date date);
  void set_status(uint64_t asset_id, AssetStatus to, Date date);
  void set_management(uint64_t asset_id, const AssetManagement& management, Date date);
  void request_disposal(uint64_t asset_id, DisposalReason reason, DisposalMethod method, Money valuation, Date date);
  void approve_disposal(uint64_t asset_id, ApprovalLevel level, Date date, std::string_view document);
  void withdraw_disposal(uint64_t asset_id, Date date);
  void dispose(uint64_t asset_id, Date date);

  // Records asset income in the ledger: one asset_income transfer `id` from `from_account_id` to
  // the asset's income account, tagged with the asset's project. Throws kInvalidArgument (amount
  // <= 0 or sub-fen, zero id), kNotFound (asset), kState (no income account, disposed), kRefused
  // naming the ledger's result (e.g. exceeds_credits); nothing is written then.
  void record_income(uint64_t asset_id, TransferId id, uint64_t from_account_id, Money amount, Date date);

  // Builds (build_distribution), checks (AssetRegistry::check_plan) and saves a plan.
  const DistributionPlan& add_distribution(const DistributionInput& input);
  // Pays a saved plan: one transfer per line from the asset's income account to the line's payee
  // account, all linked into one chain (all or nothing), on `date` (not before the notice ends:
  // kRefused). Paying again is a no-op. Throws kNotFound, kRefused naming the ledger result.
  void post_distribution(uint64_t plan_id, Date date);

  // Events of one asset in order (read from the database). Throws kNotFound for an unknown asset.
  [[nodiscard]] std::vector<AssetEvent> events(uint64_t asset_id);

  void set_disposal_policy(const DisposalPolicy& policy) noexcept { disposal_policy_ = policy; }
  void set_distribution_policy(const DistributionPolicy& policy) noexcept { distribution_policy_ = policy; }
  [[nodiscard]] const DistributionPolicy& distribution_policy() const noexcept { return distribution_policy_; }

  [[nodiscard]] const AssetRegistry& registry() const noexcept { return registry_; }
  [[nodiscard]] const LedgerStore& ledger() const noexcept { return ledger_; }

 private:
  void commit(const AssetChange& change, std::string_view what);
  Store& store_;
  LedgerStore& ledger_;
  AssetRegistry registry_;
  DisposalPolicy disposal_policy_;
  DistributionPolicy distribution_policy_;
  uint64_t last_event_ = 0;  // last event sequence this registry wrote or loaded
};

}  // namespace rg
