// C ABI: the asset registry and its lifecycle.
#include <cstring>
#include <string>
#include <vector>

#include "capi/asset_handle.hpp"
#include "capi/guard.hpp"
#include "ruralguard/error.hpp"

using rg::capi::guard;
using rg::capi::text_view;

namespace {

[[noreturn]] void invalid(const char* function, const std::string& what) {
  throw rg::Error(rg::ErrorCode::kInvalidArgument, std::string(function) + ": " + what);
}

std::string text_arg(const char* function, const char* field, const char* text, size_t len) {
  if (text == nullptr && len > 0) invalid(function, std::string(field) + " is NULL with length " + std::to_string(len));
  return std::string(text_view(text, len));
}

rg::AssetManagement to_management(const char* function, const rg_asset_management& m) {
  if (m.reserved[0] != 0 || m.reserved[1] != 0) invalid(function, "management.reserved must be 0");
  rg::AssetManagement out;
  out.custodian = text_arg(function, "custodian", m.custodian, m.custodian_len);
  out.operator_name = text_arg(function, "operator_name", m.operator_name, m.operator_name_len);
  out.mode = static_cast<rg::OperationMode>(m.mode);
  out.farmer_link = {static_cast<rg::FarmerLinkMode>(m.farmer_link), m.farmer_link_households};
  out.planned_income_per_year = rg::Money::from_units(m.planned_income_per_year);
  out.income_account_id = m.income_account_id;
  return out;
}

rg::AssetDraft to_draft(const rg_asset_draft& d) {
  constexpr const char* f = "rg_assets_capitalise";
  rg::AssetDraft out;
  out.id = d.id;
  out.name = text_arg(f, "name", d.name, d.name_len);
  out.location = text_arg(f, "location", d.location, d.location_len);
  out.owner_name = text_arg(f, "owner_name", d.owner_name, d.owner_name_len);
  out.asset_class = static_cast<rg::AssetClass>(d.asset_class);
  out.subtype = static_cast<rg::AssetSubtype>(d.subtype);
  out.value = rg::Money::from_units(d.value);
  out.region = rg::RegionCode::from_value(d.region);
  out.owner_set = d.owner != 0;
  out.owner = static_cast<rg::Party>(d.owner);
  bool any = false;
  for (size_t i = 0; i < rg::kRightCount; ++i) {
    out.rights[i] = static_cast<rg::Party>(d.rights[i]);
    any = any || d.rights[i] != 0;
  }
  out.rights_set = any;
  out.management = to_management(f, d.management);
  return out;
}

void cut_utf8(char* out, size_t capacity, const std::string& text) {
  size_t n = std::min(text.size(), capacity - 1);
  // Never end inside a multi-byte character: back up over continuation bytes.
  if (n < text.size()) {
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  }
  std::memcpy(out, text.data(), n);
  out[n] = '\0';
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
  if (policy == nullptr) return;
  *policy = rg_asset_policy{};
  policy->struct_size = sizeof(rg_asset_policy);
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
  return guard([&] {
    if (policy->struct_size != sizeof(rg_asset_policy)) invalid(__func__, "policy->struct_size is not sizeof(rg_asset_policy)");
    if (policy->notice_days_min < 0) invalid(__func__, "notice_days_min " + std::to_string(policy->notice_days_min) + " < 0");
    for (uint8_t r : policy->reserved) {
      if (r != 0) invalid(__func__, "policy->reserved must be 0");
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
      throw rg::Error(rg::ErrorCode::kLimit, "rg_assets_capitalise: count " + std::to_string(count) + " exceeds " +
                                                 std::to_string(rg::AssetRegistry::kDraftsMax));
    }
    std::vector<rg::AssetDraft> in;
    in.reserve(count);
    for (size_t i = 0; i < count; ++i) in.push_back(to_draft(drafts[i]));
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
  RG_CHECK_TEXT(certificate, certificate_len);
  return guard([&] {
    assets->assets.confirm_ownership(asset_id, rg::capi::date_arg(date, "date"), text_view(certificate, certificate_len));
  });
}

rg_status rg_assets_hand_over(rg_assets* assets, uint64_t asset_id, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&] { assets->assets.hand_over(asset_id, rg::capi::date_arg(date, "date")); });
}

rg_status rg_assets_set_status(rg_assets* assets, uint64_t asset_id, uint8_t status, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&] {
    assets->assets.set_status(asset_id, static_cast<rg::AssetStatus>(status), rg::capi::date_arg(date, "date"));
  });
}

rg_status rg_assets_set_management(rg_assets* assets, uint64_t asset_id, const rg_asset_management* management,
                                   rg_date date) {
  RG_CHECK_ARG(assets);
  RG_CHECK_ARG(management);
  return guard([&] {
    assets->assets.set_management(asset_id, to_management(__func__, *management), rg::capi::date_arg(date, "date"));
  });
}

rg_status rg_assets_request_disposal(rg_assets* assets, uint64_t asset_id, uint8_t reason, uint8_t method,
                                     rg_money valuation, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&] {
    assets->assets.request_disposal(asset_id, static_cast<rg::DisposalReason>(reason),
                                    static_cast<rg::DisposalMethod>(method), rg::Money::from_units(valuation),
                                    rg::capi::date_arg(date, "date"));
  });
}

rg_status rg_assets_approve_disposal(rg_assets* assets, uint64_t asset_id, uint8_t level, rg_date date,
                                     const char* document, size_t document_len) {
  RG_CHECK_ARG(assets);
  RG_CHECK_TEXT(document, document_len);
  return guard([&] {
    assets->assets.approve_disposal(asset_id, static_cast<rg::ApprovalLevel>(level), rg::capi::date_arg(date, "date"),
                                    text_view(document, document_len));
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
  RG_CHECK_ARG(out_count);
  *out_count = 0;
  RG_CHECK_ARG(assets);
  if (capacity > 0) RG_CHECK_ARG(out_events);
  return guard([&] {
    const auto events = assets->assets.events(asset_id);
    *out_count = events.size();
    if (capacity < events.size()) {
      throw rg::Error(rg::ErrorCode::kBufferTooSmall, "rg_assets_events: " + std::to_string(events.size()) +
                                                          " events do not fit in capacity " + std::to_string(capacity));
    }
    for (size_t i = 0; i < events.size(); ++i) {
      rg_asset_event e{};
      e.sequence = events[i].sequence;
      e.date = events[i].date.days_since_epoch();
      e.kind = static_cast<uint8_t>(events[i].kind);
      e.from_status = static_cast<uint8_t>(events[i].from);
      e.to_status = static_cast<uint8_t>(events[i].to);
      cut_utf8(e.note, sizeof e.note, events[i].note);
      out_events[i] = e;
    }
  });
}

}  // extern "C"
