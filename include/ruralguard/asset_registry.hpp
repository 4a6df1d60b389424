// ruralguard C++ API: the asset registry (资产台账), pure and in memory.
//
// Every operation comes in two halves, like ProjectLibrary: a checked_* function that validates
// against the current state and returns the records the operation would write (changing
// nothing), and put/put_plan that install them. AssetStore (asset_store.hpp) persists between
// the two halves, so memory changes only after the database has committed.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "ruralguard/asset.hpp"
#include "ruralguard/asset_distribution.hpp"
#include "ruralguard/ledger.hpp"
#include "ruralguard/project.hpp"

namespace rg {

// What capitalisation needs per asset; the owner and rights default from the class and mode when
// left unset (owner_set false, rights zero).
struct AssetDraft {
  uint64_t id = 0;
  std::string name;
  AssetClass asset_class = AssetClass::kOperating;
  AssetSubtype subtype = AssetSubtype::kOther;
  Money value;
  RegionCode region = RegionCode::parse("110000000000");
  std::string location;
  bool owner_set = false;
  Party owner = Party::kVillageCollective;
  std::string owner_name;
  bool rights_set = false;
  Rights rights{};
  AssetManagement management;
};

// Options of the disposal rules: which reasons and methods the county allows (bit 1 << value).
struct DisposalPolicy {
  uint32_t allowed_reasons = 0x7Eu;  // all six
  uint32_t allowed_methods = 0x7Eu;  // all six
};

// The result of a checked operation: the assets to store and the events to append.
struct AssetChange {
  std::vector<Asset> assets;
  std::vector<AssetEvent> events;  // sequence 0: the store numbers them
};

// Net disbursements (报账) of a project up to `as_of`: the settled amount capitalisation must match.
[[nodiscard]] Money settled_amount(const Ledger& ledger, const ProjectLibrary& projects, uint64_t project_id, Date as_of);
// The same for every project at once (one pass over the ledger), keyed by project id.
[[nodiscard]] std::unordered_map<uint64_t, Money> settled_amounts(const Ledger& ledger, const ProjectLibrary& projects,
                                                                  Date as_of);

class AssetRegistry {
 public:
  static constexpr std::size_t kDraftsMax = 1000;  // assets per capitalisation

  // Capitalises completed project `project_id` (completed, accepted or assets handed over) into
  // drafts.size() registered assets on `date`. Their values must sum exactly to the project's
  // settled amount as of `date`. Throws Error naming the record: kNotFound (unknown project),
  // kState (project not complete, or already capitalised), kInvalidArgument (bad field),
  // kConflict (asset id taken), kRefused (values do not sum to the settled amount), kLimit.
  [[nodiscard]] AssetChange checked_capitalise(const Ledger& ledger, const ProjectLibrary& projects, uint64_t project_id,
                                               Date date, std::span<const AssetDraft> drafts) const;
  // registered -> ownership confirmed, with the certificate (1..256 bytes).
  [[nodiscard]] AssetChange checked_confirm(uint64_t asset_id, Date date, std::string_view certificate) const;
  // ownership confirmed -> handed over.
  [[nodiscard]] AssetChange checked_hand_over(uint64_t asset_id, Date date) const;
  // handed over / operating / idle / damaged -> operating / idle / damaged.
  [[nodiscard]] AssetChange checked_set_status(uint64_t asset_id, AssetStatus to, Date date) const;
  // Replaces the management fields (custodian, operator, mode, farmer link, plan, income account).
  [[nodiscard]] AssetChange checked_set_management(uint64_t asset_id, const AssetManagement& management, Date date) const;
  // operating / idle / damaged / handed over -> disposal pending. Throws kInvalidArgument for a
  // reason or method outside the lists, kRefused for one the policy does not allow.
  [[nodiscard]] AssetChange checked_request_disposal(uint64_t asset_id, DisposalReason reason, DisposalMethod method,
                                                     Money valuation, Date date, const DisposalPolicy& policy) const;
  // Records one approval; approvals come in chain order owner -> assembly -> township -> county
  // (kState otherwise), each with a document (1..256 bytes).
  [[nodiscard]] AssetChange checked_approve_disposal(uint64_t asset_id, ApprovalLevel level, Date date,
                                                     std::string_view document) const;
  // disposal pending -> the status it came from.
  [[nodiscard]] AssetChange checked_withdraw_disposal(uint64_t asset_id, Date date) const;
  // disposal pending -> disposed; kRefused naming the missing approvals unless all four are given.
  [[nodiscard]] AssetChange checked_dispose(uint64_t asset_id, Date date) const;

  // Checks a built plan against the registry and the ledger: unknown asset (kNotFound), disposed
  // asset or no income account (kState), plan id taken (kExists), payee account unknown
  // (kNotFound), income above what the asset earned that year less other plans (kRefused).
  void check_plan(const DistributionPlan& plan, const Ledger& ledger) const;

  void put(const Asset& asset);
  void put_plan(DistributionPlan plan);

  [[nodiscard]] const Asset* find(uint64_t asset_id) const;
  [[nodiscard]] const std::vector<Asset>& all() const noexcept { return assets_; }
  [[nodiscard]] const DistributionPlan* find_plan(uint64_t plan_id) const;
  [[nodiscard]] const std::vector<DistributionPlan>& plans() const noexcept { return plans_; }
  [[nodiscard]] bool project_has_assets(uint64_t project_id) const;

 private:
  [[nodiscard]] const Asset& get(uint64_t asset_id) const;
  [[nodiscard]] AssetChange move(const Asset& a, AssetStatus to, AssetEventKind kind, Date date, std::string note) const;
  std::vector<Asset> assets_;
  std::unordered_map<uint64_t, std::size_t> index_;
  std::unordered_map<uint64_t, std::size_t> projects_;  // project id -> number of assets
  std::vector<DistributionPlan> plans_;
  std::unordered_map<uint64_t, std::size_t> plan_index_;
};

// Income the asset received in `year` (asset_income transfers credited to its income account,
// less reversals of them) and what was paid out of it (asset_income debits), from the ledger.
struct AssetIncomeTotals {
  Money income;
  Money paid;
};
[[nodiscard]] AssetIncomeTotals asset_income(const Ledger& ledger, const Asset& asset, int32_t year);
// Asset income of `year` per income account, in one pass over the ledger.
[[nodiscard]] std::unordered_map<uint64_t, Money> income_by_account(const Ledger& ledger, int32_t year);

}  // namespace rg
