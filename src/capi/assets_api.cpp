// C ABI: the asset registry and its lifecycle.
#include <algorithm>
#include <string>
#include <vector>

#include "capi/args.hpp"
#include "capi/asset_handle.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/error.hpp"

using rg::capi::enum_arg;
using rg::capi::guard;
using rg::capi::text_arg;

namespace {

[[noreturn]] void invalid(const char* function, const std::string& what) {
  throw rg::Error(rg::ErrorCode::kInvalidArgument, std::string(function) + ": " + what);
}

// `at` names the struct in messages ("management", "drafts[2].management").
rg::AssetManagement to_management(const char* function, const rg_asset_management& m,
                                  const std::string& at) {
  if (m.reserved[0] != 0 || m.reserved[1] != 0) invalid(function, at + ".reserved must be 0");
  rg::AssetManagement out;
  out.custodian = std::string(text_arg(m.custodian, m.custodian_len, "custodian", function));
  out.operator_name =
      std::string(text_arg(m.operator_name, m.operator_name_len, "operator_name", function));
  out.mode = enum_arg<rg::OperationMode>(m.mode, at + ".mode", function);
  out.farmer_link = {enum_arg<rg::FarmerLinkMode>(m.farmer_link, at + ".farmer_link", function),
                     m.farmer_link_households};
  out.planned_income_per_year = rg::Money::from_units(m.planned_income_per_year);
  out.income_account_id = m.income_account_id;
  return out;
}

rg::AssetDraft to_draft(const rg_asset_draft& d, size_t index) {
  constexpr const char* f = "rg_assets_capitalise";
  const std::string at = "drafts[" + std::to_string(index) + "]";
  rg::AssetDraft out;
  out.id = d.id;
  out.name = std::string(text_arg(d.name, d.name_len, "name", f));
  out.location = std::string(text_arg(d.location, d.location_len, "location", f));
  out.owner_name = std::string(text_arg(d.owner_name, d.owner_name_len, "owner_name", f));
  out.asset_class = enum_arg<rg::AssetClass>(d.asset_class, at + ".asset_class", f);
  out.subtype = enum_arg<rg::AssetSubtype>(d.subtype, at + ".subtype", f);
  out.value = rg::Money::from_units(d.value);
  out.region = rg::RegionCode::from_value(d.region);
  out.owner_set = d.owner != 0;  // 0: the class's default owner
  if (out.owner_set) out.owner = enum_arg<rg::Party>(d.owner, at + ".owner", f);
  // All 0: the default rights; otherwise every one is an RG_PARTY_* value.
  out.rights_set =
      std::any_of(std::begin(d.rights), std::end(d.rights), [](uint8_t p) { return p != 0; });
  for (size_t i = 0; out.rights_set && i < rg::kRightCount; ++i) {
    out.rights[i] = enum_arg<rg::Party>(d.rights[i], at + ".rights[" + std::to_string(i) + "]", f);
  }
  out.management = to_management(f, d.management, at + ".management");
  return out;
}

}  // namespace

extern "C" {

rg_status rg_assets_open(rg_assets** out_assets, rg_ledger* ledger) {
  RG_CHECK_ARG(out_assets);
  *out_assets = nullptr;
  RG_CHECK_ARG(ledger);
  return guard([&] { *out_assets = new rg_assets(*ledger); });
}

void rg_assets_close(rg_assets* assets) { delete assets; }

void rg_asset_policy_init(rg_asset_policy* policy) {
  if (!rg::capi::init_struct(policy)) return;
  const rg::DistributionPolicy dp;
  const rg::DisposalPolicy disp;
  policy->forbidden_purposes = dp.forbidden_mask;
  policy->notice_days_min = dp.notice_days_min;
  policy->allowed_disposal_reasons = disp.allowed_reasons;
  policy->allowed_disposal_methods = disp.allowed_methods;
}

rg_status rg_assets_set_policy(rg_assets* assets, const rg_asset_policy* policy) {
  RG_CHECK_ARG(assets);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(policy->struct_size, sizeof(rg_asset_policy), "rg_asset_policy",
                                func);
    if (policy->notice_days_min < 0)
      invalid(func, "notice_days_min " + std::to_string(policy->notice_days_min) + " < 0");
    for (uint8_t r : policy->reserved) {
      if (r != 0) invalid(func, "policy->reserved must be 0");
    }
    rg::DistributionPolicy dp;
    dp.forbidden_mask = policy->forbidden_purposes;
    dp.notice_days_min = policy->notice_days_min;
    assets->assets.set_distribution_policy(dp);
    rg::DisposalPolicy disp;
    disp.allowed_reasons = policy->allowed_disposal_reasons;
    disp.allowed_methods = policy->allowed_disposal_methods;
    assets->assets.set_disposal_policy(disp);
  });
}

rg_status rg_assets_settled_amount(rg_money* out, rg_assets* assets, uint64_t project_id, rg_date as_of) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(assets);
  return guard([&] {
    const auto& l = assets->assets.ledger();
    if (l.projects().find(project_id) == nullptr) {
      throw rg::Error(rg::ErrorCode::kNotFound, "project " + std::to_string(project_id) + " is not in the project library");
    }
    *out = rg::settled_amount(l.ledger(), l.projects(), project_id, rg::capi::date_arg(as_of, "as_of")).units();
  });
}

rg_status rg_assets_capitalise(rg_assets* assets, uint64_t project_id, rg_date date, const rg_asset_draft* drafts,
                               size_t count) {
  RG_CHECK_ARG(assets);
  if (count > 0) RG_CHECK_ARG(drafts);
  return guard([&] {
    if (count > rg::AssetRegistry::kDraftsMax) {
      throw rg::Error(rg::ErrorCode::kLimit,
                      "rg_assets_capitalise: count " + std::to_string(count) +
                          " exceeds RG_ASSET_DRAFTS_MAX (" +
                          std::to_string(rg::AssetRegistry::kDraftsMax) + ")");
    }
    std::vector<rg::AssetDraft> in;
    in.reserve(count);
    for (size_t i = 0; i < count; ++i) in.push_back(to_draft(drafts[i], i));
    assets->assets.capitalise(project_id, rg::capi::date_arg(date, "date"), in);
  });
}

rg_status rg_assets_get(rg_asset_info* out, rg_assets* assets, uint64_t asset_id) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(assets);
  return guard([&] {
    const rg::Asset* a = assets->assets.registry().find(asset_id);
    if (a == nullptr) throw rg::Error(rg::ErrorCode::kNotFound, "asset " + std::to_string(asset_id) + " is not registered");
    rg_asset_info r{};
    r.id = a->id;
    r.project_id = a->project_id;
    r.region = a->region.value();
    r.income_account_id = a->management.income_account_id;
    r.value = a->value.units();
    r.planned_income_per_year = a->management.planned_income_per_year.units();
    r.registered = a->registered.days_since_epoch();
    r.has_confirmed = a->confirmed ? 1 : 0;
    r.confirmed = a->confirmed ? a->confirmed->days_since_epoch() : 0;
    r.has_handed_over = a->handed_over ? 1 : 0;
    r.handed_over = a->handed_over ? a->handed_over->days_since_epoch() : 0;
    r.status_since = a->status_since.days_since_epoch();
    r.farmer_link_households = a->management.farmer_link.households;
    r.asset_class = static_cast<uint8_t>(a->asset_class);
    r.subtype = static_cast<uint8_t>(a->subtype);
    r.owner = static_cast<uint8_t>(a->owner);
    r.mode = static_cast<uint8_t>(a->management.mode);
    r.farmer_link = static_cast<uint8_t>(a->management.farmer_link.mode);
    r.status = static_cast<uint8_t>(a->status);
    if (a->disposal) {
      r.has_disposal = 1;
      r.disposal_valuation = a->disposal->valuation.units();
      r.disposal_reason = static_cast<uint8_t>(a->disposal->reason);
      r.disposal_method = static_cast<uint8_t>(a->disposal->method);
      r.approvals_given = static_cast<uint8_t>(a->disposal->approvals_given());
    }
    for (size_t i = 0; i < rg::kRightCount; ++i) r.rights[i] = static_cast<uint8_t>(a->rights[i]);
    r.has_custodian = a->management.custodian.empty() ? 0 : 1;
    *out = r;
  });
}

rg_status rg_assets_confirm_ownership(rg_assets* assets, uint64_t asset_id, rg_date date, const char* certificate,
                                      size_t certificate_len) {
  RG_CHECK_ARG(assets);
  return guard([&, func = __func__] {
    const auto text = text_arg(certificate, certificate_len, "certificate", func);
    assets->assets.confirm_ownership(asset_id, rg::capi::date_arg(date, "date"), text);
  });
}

rg_status rg_assets_hand_over(rg_assets* assets, uint64_t asset_id, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&] { assets->assets.hand_over(asset_id, rg::capi::date_arg(date, "date")); });
}

rg_status rg_assets_set_status(rg_assets* assets, uint64_t asset_id, uint8_t status, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&, func = __func__] {
    assets->assets.set_status(asset_id, enum_arg<rg::AssetStatus>(status, "status", func),
                              rg::capi::date_arg(date, "date"));
  });
}

rg_status rg_assets_set_management(rg_assets* assets, uint64_t asset_id, const rg_asset_management* management,
                                   rg_date date) {
  RG_CHECK_ARG(assets);
  RG_CHECK_ARG(management);
  return guard([&, func = __func__] {
    assets->assets.set_management(asset_id, to_management(func, *management, "management"),
                                  rg::capi::date_arg(date, "date"));
  });
}

rg_status rg_assets_request_disposal(rg_assets* assets, uint64_t asset_id, uint8_t reason, uint8_t method,
                                     rg_money valuation, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&, func = __func__] {
    assets->assets.request_disposal(
        asset_id, enum_arg<rg::DisposalReason>(reason, "disposal reason", func),
        enum_arg<rg::DisposalMethod>(method, "disposal method", func),
        rg::Money::from_units(valuation), rg::capi::date_arg(date, "date"));
  });
}

rg_status rg_assets_approve_disposal(rg_assets* assets, uint64_t asset_id, uint8_t level, rg_date date,
                                     const char* document, size_t document_len) {
  RG_CHECK_ARG(assets);
  return guard([&, func = __func__] {
    const auto text = text_arg(document, document_len, "document", func);
    assets->assets.approve_disposal(asset_id, enum_arg<rg::ApprovalLevel>(level, "level", func),
                                    rg::capi::date_arg(date, "date"), text);
  });
}

rg_status rg_assets_withdraw_disposal(rg_assets* assets, uint64_t asset_id, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&] { assets->assets.withdraw_disposal(asset_id, rg::capi::date_arg(date, "date")); });
}

rg_status rg_assets_dispose(rg_assets* assets, uint64_t asset_id, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&] { assets->assets.dispose(asset_id, rg::capi::date_arg(date, "date")); });
}

rg_status rg_assets_events(rg_asset_event* out_events, size_t capacity, size_t* out_count, rg_assets* assets,
                           uint64_t asset_id) {
  RG_CHECK_LIST_ARGS(out_events, capacity, out_count, assets);
  return guard([&, func = __func__] {
    const auto events = assets->assets.events(asset_id);
    *out_count = events.size();
    rg::capi::check_rows_fit(func, events.size(), capacity, "events");
    for (size_t i = 0; i < events.size(); ++i) {
      rg_asset_event e{};
      e.sequence = events[i].sequence;
      e.date = events[i].date.days_since_epoch();
      e.kind = static_cast<uint8_t>(events[i].kind);
      e.from_status = static_cast<uint8_t>(events[i].from);
      e.to_status = static_cast<uint8_t>(events[i].to);
      rg::capi::copy_text_cut(e.note, sizeof e.note, events[i].note);
      out_events[i] = e;
    }
  });
}

}  // extern "C"
