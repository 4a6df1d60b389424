// C ABI: asset income, distribution plans, warnings and reports.
#include <string>
#include <vector>

#include "capi/args.hpp"
#include "capi/asset_handle.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/asset_report.hpp"
#include "ruralguard/error.hpp"

using rg::capi::guard;

namespace {

[[noreturn]] void invalid(const char* function, const std::string& what) {
  throw rg::Error(rg::ErrorCode::kInvalidArgument, std::string(function) + ": " + what);
}

rg::DistributionInput to_input(const rg_distribution_plan& p) {
  constexpr const char* f = "rg_assets_add_distribution";
  const auto document =
      rg::capi::text_arg(p.decision_document, p.decision_document_len, "decision_document", f);
  if (p.purpose_count > 0) rg::capi::required_arg(p.purposes, "plan->purposes", f);
  if (p.purpose_count > rg::DistributionInput::kPurposesMax) {
    throw rg::Error(rg::ErrorCode::kLimit,
                    std::string(f) + ": purpose_count " + std::to_string(p.purpose_count) +
                        " exceeds RG_DISTRIBUTION_PURPOSES_MAX (" +
                        std::to_string(rg::DistributionInput::kPurposesMax) + ")");
  }
  rg::DistributionInput in;
  in.plan_id = p.plan_id;
  in.asset_id = p.asset_id;
  in.year = p.year;
  in.income = rg::Money::from_units(p.income);
  in.decision.document = std::string(document);
  in.decision.date = rg::capi::date_arg(p.decision_date, "decision_date");
  in.decision.attendees = p.attendees;
  in.decision.votes_for = p.votes_for;
  in.decision.votes_against = p.votes_against;
  in.notice.start = rg::capi::date_arg(p.notice_start, "notice_start");
  in.notice.end = rg::capi::date_arg(p.notice_end, "notice_end");
  in.first_transfer_id = {p.first_transfer_id_hi, p.first_transfer_id_lo};
  size_t households = 0;
  for (size_t i = 0; i < p.purpose_count; ++i) {
    const rg_distribution_purpose& c = p.purposes[i];
    const std::string at = "purposes[" + std::to_string(i) + "]";
    for (uint8_t r : c.reserved) {
      if (r != 0) invalid(f, at + ".reserved must be 0");
    }
    if (c.household_count > 0 && c.households == nullptr)
      invalid(f, "argument '" + at + ".households' is NULL");
    households += c.household_count;
    if (households > rg::DistributionInput::kBeneficiariesMax) {
      throw rg::Error(rg::ErrorCode::kLimit,
                      std::string(f) + ": more than RG_DISTRIBUTION_BENEFICIARIES_MAX (" +
                          std::to_string(rg::DistributionInput::kBeneficiariesMax) +
                          ") households");
    }
    rg::PurposeInput pi;
    pi.purpose = rg::capi::enum_arg<rg::IncomePurpose>(c.purpose, at + ".purpose", f);
    pi.weight = c.weight;
    pi.amount = rg::Money::from_units(c.amount);
    pi.payee_account_id = c.payee_account_id;
    pi.beneficiaries.reserve(c.household_count);
    for (size_t j = 0; j < c.household_count; ++j) {
      pi.beneficiaries.push_back({c.households[j], c.household_weights == nullptr ? 1 : c.household_weights[j]});
    }
    in.purposes.push_back(std::move(pi));
  }
  return in;
}

}  // namespace

extern "C" {

rg_status rg_assets_record_income(rg_assets* assets, uint64_t asset_id, uint64_t id_hi, uint64_t id_lo,
                                  uint64_t from_account_id, rg_money amount, rg_date date) {
  RG_CHECK_ARG(assets);
  return guard([&] {
    assets->assets.record_income(asset_id, {id_hi, id_lo}, from_account_id, rg::Money::from_units(amount),
                                 rg::capi::date_arg(date, "date"));
  });
}

void rg_distribution_plan_init(rg_distribution_plan* plan) {
  if (!rg::capi::init_struct(plan)) return;
}

rg_status rg_assets_add_distribution(rg_assets* assets, const rg_distribution_plan* plan) {
  RG_CHECK_ARG(assets);
  RG_CHECK_ARG(plan);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(plan->struct_size, sizeof(rg_distribution_plan),
                                "rg_distribution_plan", func);
    (void)assets->assets.add_distribution(to_input(*plan));
  });
}

rg_status rg_assets_distribution_shares(rg_distribution_share* out_shares, size_t capacity, size_t* out_count,
                                        rg_assets* assets, uint64_t plan_id) {
  RG_CHECK_LIST_ARGS(out_shares, capacity, out_count, assets);
  return guard([&, func = __func__] {
    const rg::DistributionPlan* p = assets->assets.registry().find_plan(plan_id);
    if (p == nullptr) {
      throw rg::Error(rg::ErrorCode::kNotFound, "distribution plan " + std::to_string(plan_id) + " does not exist");
    }
    size_t n = 0;
    for (const auto& line : p->lines) n += line.shares.empty() ? 1 : line.shares.size();
    *out_count = n;
    rg::capi::check_rows_fit(func, n, capacity);
    size_t k = 0;
    for (size_t i = 0; i < p->lines.size(); ++i) {
      const auto& line = p->lines[i];
      rg_distribution_share s{};
      s.line = static_cast<uint32_t>(i);
      s.purpose = static_cast<uint8_t>(line.purpose);
      s.line_amount = line.amount.units();
      if (line.shares.empty()) {
        s.amount = line.amount.units();
        out_shares[k++] = s;
        continue;
      }
      for (const auto& share : line.shares) {
        s.household_key = share.household_key;
        s.amount = share.amount.units();
        out_shares[k++] = s;
      }
    }
  });
}

rg_status rg_assets_post_distribution(uint8_t* out_paid, rg_assets* assets, uint64_t plan_id, rg_date date) {
  if (out_paid != nullptr) *out_paid = 0;
  RG_CHECK_ARG(assets);
  return guard([&] {
    assets->assets.post_distribution(plan_id, rg::capi::date_arg(date, "date"));
    if (out_paid != nullptr) {
      *out_paid = rg::plan_is_paid(*assets->assets.registry().find_plan(plan_id), assets->assets.ledger().ledger()) ? 1 : 0;
    }
  });
}

void rg_asset_warning_options_init(rg_asset_warning_options* options) {
  if (!rg::capi::init_struct(options)) return;
  const rg::AssetWarningOptions d;
  options->idle_months_max = d.idle_months_max;
  options->unconfirmed_months_max = d.unconfirmed_months_max;
}

rg_status rg_assets_warnings(rg_asset_warning* out_rows, size_t capacity, size_t* out_count, rg_assets* assets,
                             const rg_asset_warning_options* options) {
  RG_CHECK_ARG(out_count);
  *out_count = 0;
  RG_CHECK_ARG(assets);
  RG_CHECK_ARG(options);
  if (capacity > 0) RG_CHECK_ARG(out_rows);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(options->struct_size, sizeof(rg_asset_warning_options),
                                "rg_asset_warning_options", func);
    rg::AssetWarningOptions o;
    o.as_of = rg::capi::date_arg(options->as_of, "as_of");
    o.idle_months_max = options->idle_months_max;
    o.unconfirmed_months_max = options->unconfirmed_months_max;
    o.income_year = options->income_year;
    const auto& l = assets->assets.ledger();
    const auto rows = rg::asset_warnings(assets->assets.registry(), l.ledger(), l.projects(), o);
    *out_count = rows.size();
    rg::capi::check_rows_fit(func, rows.size(), capacity);
    for (size_t i = 0; i < rows.size(); ++i) {
      rg_asset_warning w{};
      w.asset_id = rows[i].asset_id;
      w.project_id = rows[i].project_id;
      w.expected = rows[i].expected.units();
      w.actual = rows[i].actual.units();
      w.months = rows[i].months;
      w.kind = static_cast<uint8_t>(rows[i].kind);
      out_rows[i] = w;
    }
  });
}

rg_status rg_assets_totals(rg_asset_totals_row* out_rows, size_t capacity, size_t* out_count, rg_assets* assets,
                           uint32_t by, int32_t prefix_digits) {
  RG_CHECK_LIST_ARGS(out_rows, capacity, out_count, assets);
  return guard([&, func = __func__] {
    const auto key = rg::capi::enum_arg<rg::AssetTotalsKey>(by, "by", func);
    const auto rows = rg::asset_totals(assets->assets.registry(), key, prefix_digits);
    *out_count = rows.size();
    rg::capi::check_rows_fit(func, rows.size(), capacity);
    for (size_t i = 0; i < rows.size(); ++i)
      out_rows[i] = {rows[i].key, rows[i].assets, rows[i].value.units()};
  });
}

rg_status rg_assets_income_by_year(rg_asset_income_row* out_rows, size_t capacity, size_t* out_count,
                                   rg_assets* assets) {
  RG_CHECK_LIST_ARGS(out_rows, capacity, out_count, assets);
  return guard([&, func = __func__] {
    const auto rows = rg::asset_income_by_year(assets->assets.registry(), assets->assets.ledger().ledger());
    *out_count = rows.size();
    rg::capi::check_rows_fit(func, rows.size(), capacity);
    for (size_t i = 0; i < rows.size(); ++i) {
      rg_asset_income_row r{};
      r.income = rows[i].income.units();
      r.planned = rows[i].planned.units();
      r.paid = rows[i].paid.units();
      r.year = rows[i].year;
      out_rows[i] = r;
    }
  });
}

rg_status rg_assets_notice_csv(char* out, size_t capacity, size_t* out_length, rg_assets* assets, uint64_t plan_id) {
  RG_CHECK_ARG(out_length);
  *out_length = 0;
  RG_CHECK_ARG(assets);
  return guard([&, func = __func__] {
    rg::capi::copy_text_out(rg::distribution_notice_csv(assets->assets.registry(), plan_id), out,
                            capacity, out_length, func);
  });
}

}  // extern "C"
