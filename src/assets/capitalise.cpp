// Capitalisation (资产确认入账): a completed project becomes registered assets whose book values
// sum exactly to its settled amount.
#include <set>
#include <string>

#include "ruralguard/asset_registry.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/ledger_queries.hpp"
#include "assets/asset_checks.hpp"

namespace rg {

Money settled_amount(const Ledger& ledger, const ProjectLibrary& projects, uint64_t project_id, Date as_of) {
  Money sum;
  for (const FundFlow& f : fund_flows(ledger, projects, as_of)) {
    if (f.project_id == project_id) sum += f.disbursed;
  }
  return sum;
}

std::unordered_map<uint64_t, Money> settled_amounts(const Ledger& ledger, const ProjectLibrary& projects, Date as_of) {
  std::unordered_map<uint64_t, Money> out;
  for (const FundFlow& f : fund_flows(ledger, projects, as_of)) {
    if (f.project_id != 0 && !f.disbursed.is_zero()) out[f.project_id] += f.disbursed;
  }
  return out;
}

namespace {

void check_text(const std::string& who, const char* field, std::string_view text, bool required) {
  if ((required && text.empty()) || text.size() > Asset::kTextBytesMax) {
    throw Error(text.empty() ? ErrorCode::kInvalidArgument : ErrorCode::kLimit,
                who + ": " + field + " must be " + (required ? "1" : "0") + "..256 bytes (Asset::kTextBytesMax), got " +
                    std::to_string(text.size()));
  }
}

}  // namespace

void check_management(const std::string& who, const AssetManagement& m) {
  check_text(who, "custodian", m.custodian, false);
  check_text(who, "operator", m.operator_name, false);
  const auto mode = static_cast<uint8_t>(m.mode);
  if (mode < 1 || mode > 5) {
    throw Error(ErrorCode::kInvalidArgument, who + ": operation mode " + std::to_string(mode) + " is not 1..5");
  }
  if (static_cast<uint8_t>(m.farmer_link.mode) > 4) {
    throw Error(ErrorCode::kInvalidArgument,
                who + ": farmer link mode " + std::to_string(static_cast<int>(m.farmer_link.mode)) + " is not 0..4");
  }
  if (m.planned_income_per_year.is_negative() || !m.planned_income_per_year.is_whole_fen()) {
    throw Error(ErrorCode::kInvalidArgument, who + ": planned income " + m.planned_income_per_year.format({.decimals = 4}) +
                                                 " must be >= 0 and whole fen");
  }
}

namespace {

Asset checked_asset(const AssetDraft& d, uint64_t project_id, Date date) {
  const std::string who = "asset " + std::to_string(d.id);
  if (d.id == 0) throw Error(ErrorCode::kInvalidArgument, "asset id must not be 0 (project " + std::to_string(project_id) + ")");
  check_text(who, "name", d.name, true);
  check_text(who, "location", d.location, false);
  check_text(who, "owner name", d.owner_name, false);
  const auto cls = static_cast<uint8_t>(d.asset_class);
  if (cls < 1 || cls > 3) throw Error(ErrorCode::kInvalidArgument, who + ": class " + std::to_string(cls) + " is not 1..3");
  const auto sub = static_cast<uint8_t>(d.subtype);
  if (sub < 1 || sub > kAssetSubtypeMax) {
    throw Error(ErrorCode::kInvalidArgument, who + ": subtype " + std::to_string(sub) + " is not 1..15");
  }
  if (!subtype_fits_class(d.subtype, d.asset_class)) {
    throw Error(ErrorCode::kInvalidArgument, who + ": subtype " + std::to_string(sub) + " does not belong to class " +
                                                 std::string(asset_class_name_zh(d.asset_class)));
  }
  if (d.value <= Money() || !d.value.is_whole_fen()) {
    throw Error(ErrorCode::kInvalidArgument, who + ": value " + d.value.format({.decimals = 4}) +
                                                 " must be positive and whole fen");
  }
  check_management(who, d.management);
  Asset a;
  a.id = d.id;
  a.name = d.name;
  a.project_id = project_id;
  a.asset_class = d.asset_class;
  a.subtype = d.subtype;
  a.value = d.value;
  a.region = d.region;
  a.location = d.location;
  a.owner = d.owner_set ? d.owner : default_owner(d.asset_class);
  const auto owner = static_cast<uint8_t>(a.owner);
  if (owner < 1 || owner > kPartyMax) {
    throw Error(ErrorCode::kInvalidArgument, who + ": owner " + std::to_string(owner) + " is not 1..6");
  }
  a.owner_name = d.owner_name;
  a.rights = d.rights_set ? d.rights : default_rights(a.owner, d.management.mode);
  for (std::size_t i = 0; i < kRightCount; ++i) {
    const auto p = static_cast<uint8_t>(a.rights[i]);
    if (p < 1 || p > kPartyMax) {
      throw Error(ErrorCode::kInvalidArgument, who + ": rights[" + std::to_string(i) + "] party " + std::to_string(p) +
                                                   " is not 1..6");
    }
  }
  a.management = d.management;
  a.status = AssetStatus::kRegistered;
  a.registered = date;
  a.status_since = date;
  return a;
}

}  // namespace

AssetChange AssetRegistry::checked_capitalise(const Ledger& ledger, const ProjectLibrary& projects, uint64_t project_id,
                                              Date date, std::span<const AssetDraft> drafts) const {
  const std::string who = "project " + std::to_string(project_id);
  const Project* p = projects.find(project_id);
  if (p == nullptr) throw Error(ErrorCode::kNotFound, who + " is not in the project library");
  if (!project_is_complete(p->status)) {
    throw Error(ErrorCode::kState, who + " is " + std::string(project_status_name(p->status)) +
                                       "; only completed projects are capitalised");
  }
  if (project_has_assets(project_id)) throw Error(ErrorCode::kState, who + " was already capitalised into assets");
  if (drafts.empty()) throw Error(ErrorCode::kInvalidArgument, who + ": no assets to capitalise");
  if (drafts.size() > kDraftsMax) {
    throw Error(ErrorCode::kLimit, who + ": " + std::to_string(drafts.size()) + " assets exceed the maximum " +
                                       std::to_string(kDraftsMax));
  }
  AssetChange change;
  std::set<uint64_t> ids;
  Money total;
  for (const AssetDraft& d : drafts) {
    Asset a = checked_asset(d, project_id, date);
    if (!ids.insert(a.id).second) {
      throw Error(ErrorCode::kInvalidArgument, "asset " + std::to_string(a.id) + " appears twice in " + who);
    }
    if (find(a.id) != nullptr) throw Error(ErrorCode::kConflict, "asset " + std::to_string(a.id) + " already exists");
    total += a.value;
    change.events.push_back({0, a.id, AssetEventKind::kRegistered, date, AssetStatus::kRegistered,
                             AssetStatus::kRegistered, "capitalised from " + who + ", value " + a.value.to_string()});
    change.assets.push_back(std::move(a));
  }
  const Money settled = settled_amount(ledger, projects, project_id, date);
  if (total != settled) {
    throw Error(ErrorCode::kRefused, who + ": asset values sum to " + total.to_string() +
                                         ", not the settled amount " + settled.to_string());
  }
  return change;
}

}  // namespace rg
