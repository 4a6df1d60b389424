// C ABI: transactions, regions, households, members, income statements, counts.
#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/household_records.hpp"
#include "capi/limits.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/transaction.hpp"

using rg::capi::guard;

extern "C" {

rg_status rg_store_begin(rg_store* store) {
  RG_CHECK_ARG(store);
  return guard([&] { rg::begin_write(store->store); });
}

rg_status rg_store_commit(rg_store* store) {
  RG_CHECK_ARG(store);
  return guard([&] { rg::commit_write(store->store); });
}

rg_status rg_store_rollback(rg_store* store) {
  RG_CHECK_ARG(store);
  return guard([&] { rg::rollback_write(store->store); });
}

rg_status rg_store_set_id_key(rg_store* store, const uint8_t* key, size_t key_len) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(key);
  return guard([&] { rg::set_id_key(store->store, std::span<const uint8_t>(key, key_len)); });
}

rg_status rg_households_put_region(rg_store* store, uint64_t code, const char* name, size_t name_len,
                                   uint8_t former_poverty_county, uint8_t key_assist, uint8_t relocation_site) {
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    const auto text = rg::capi::text_arg(name, name_len, "name", func);
    const bool former = rg::capi::flag_arg(former_poverty_county, "former_poverty_county", func);
    const auto assist = rg::capi::enum_arg<rg::KeyAssistLevel>(key_assist, "key_assist", func);
    const bool relocation = rg::capi::flag_arg(relocation_site, "relocation_site", func);
    rg::capi::check_length(name_len, RG_REGION_NAME_MAX, func, "name", "RG_REGION_NAME_MAX");
    rg::Region r = rg::make_region(rg::RegionCode::from_value(code), std::string(text));
    r.former_poverty_county = former;
    r.key_assist = assist;
    r.relocation_site = relocation;
    rg::HouseholdRepository(store->store).upsert_region(r);
  });
}

void rg_household_record_init(rg_household_record* record) {
  if (!rg::capi::init_struct(record)) return;
  record->type = RG_HOUSEHOLD_ORDINARY;
  record->water_safe = 1;
  record->electricity = 1;
  record->road_paved = 1;
}

rg_status rg_households_put(rg_store* store, const rg_household_record* record) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(record);
  return guard([&, func = __func__] {
    (void)rg::HouseholdRepository(store->store)
        .upsert_household(rg::capi::to_household(*record, func));
  });
}

rg_status rg_households_get(rg_household_record* out, rg_store* store, const char* household_id,
                            size_t household_id_len) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    const auto id = rg::capi::text_arg(household_id, household_id_len, "household_id", func);
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_household_record),
                                "rg_household_record", func);
    rg::capi::check_length(household_id_len, RG_HOUSEHOLD_ID_MAX, func, "household_id",
                           "RG_HOUSEHOLD_ID_MAX");
    const auto h = rg::HouseholdRepository(store->store).find_household(id);
    if (!h)
      throw rg::Error(rg::ErrorCode::kNotFound,
                      "household " + rg::quote_for_message(id) + " is not in the store");
    rg::capi::from_household(*out, *h);
  });
}

void rg_member_record_init(rg_member_record* record) {
  if (!rg::capi::init_struct(record)) return;
  record->relation = RG_RELATION_OTHER;
  record->sex = RG_SEX_MALE;
  record->health = RG_HEALTH_HEALTHY;
  record->labour = RG_LABOUR_ORDINARY;
  record->status = RG_MEMBER_ACTIVE;
  record->id_status = 3;  // missing
}

rg_status rg_members_put(rg_store* store, const rg_member_record* record) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(record);
  return guard([&, func = __func__] {
    rg::HouseholdRepository(store->store).upsert_member(rg::capi::to_member(*record, func));
  });
}

}  // extern "C"

namespace {

template <typename Find>
rg_status get_member(rg_member_record* out, rg_store* store, const char* text, size_t len, const char* what,
                     const char* function, size_t max, const char* limit_name, Find find) {
  if (out == nullptr) return rg::capi::null_argument(function, "out");
  if (store == nullptr) return rg::capi::null_argument(function, "store");
  return guard([&] {
    const auto key = rg::capi::text_arg(text, len, what, function);
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_member_record), "rg_member_record",
                                function);
    rg::capi::check_length(len, max, function, what, limit_name);
    rg::HouseholdRepository repo(store->store);
    const auto m = find(repo, key);
    if (!m) {
      // An ID number is personal data: the message shows it masked.
      const std::string shown = std::string(what) == "ID number" ? rg::mask_id_number(key) : std::string(key);
      throw rg::Error(rg::ErrorCode::kNotFound, std::string("no member with ") + what + " " + rg::quote_for_message(shown));
    }
    rg::capi::from_member(*out, *m);
  });
}

}  // namespace

extern "C" {

rg_status rg_members_get(rg_member_record* out, rg_store* store, const char* person_id, size_t person_id_len) {
  return get_member(out, store, person_id, person_id_len, "person id", __func__, RG_HOUSEHOLD_ID_MAX, "RG_HOUSEHOLD_ID_MAX",
                    [](rg::HouseholdRepository& repo, std::string_view k) { return repo.find_member(k); });
}

rg_status rg_members_find_by_id_number(rg_member_record* out, rg_store* store, const char* id_number,
                                       size_t id_number_len) {
  return get_member(out, store, id_number, id_number_len, "ID number", __func__, RG_ID_NUMBER_MAX, "RG_ID_NUMBER_MAX",
                    [](rg::HouseholdRepository& repo, std::string_view k) { return repo.find_member_by_id_number(k); });
}

rg_status rg_members_list(rg_member_record* out, size_t capacity, size_t* out_count, rg_store* store,
                          const char* household_id, size_t household_id_len) {
  RG_CHECK_ARG(out_count);
  RG_CHECK_ARG(store);
  if (out == nullptr && capacity > 0) return rg::capi::null_argument(__func__, "out");
  return guard([&, func = __func__] {
    const auto id = rg::capi::text_arg(household_id, household_id_len, "household_id", func);
    rg::capi::check_length(household_id_len, RG_HOUSEHOLD_ID_MAX, func, "household_id",
                           "RG_HOUSEHOLD_ID_MAX");
    rg::HouseholdRepository repo(store->store);
    if (!repo.household_key(id)) {
      throw rg::Error(rg::ErrorCode::kNotFound, "household " + rg::quote_for_message(id) + " is not in the store");
    }
    const auto members = repo.members_of(id);
    *out_count = members.size();
    if (members.size() > capacity) {
      throw rg::Error(rg::ErrorCode::kBufferTooSmall, "household " + std::string(id) + " has " +
                                                          std::to_string(members.size()) + " members, capacity is " +
                                                          std::to_string(capacity));
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
      rg::capi::check_struct_size(out[i].struct_size, sizeof(rg_member_record), "rg_member_record",
                                  func);
    }
    for (std::size_t i = 0; i < members.size(); ++i) rg::capi::from_member(out[i], members[i]);
  });
}

void rg_income_record_init(rg_income_record* record) {
  if (!rg::capi::init_struct(record)) return;
  record->kind = RG_INCOME_ANNUAL;
}

rg_status rg_income_put(rg_store* store, const rg_income_record* record) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(record);
  return guard([&, func = __func__] {
    rg::HouseholdRepository(store->store).upsert_income(rg::capi::to_income(*record, func));
  });
}

rg_status rg_income_compute(rg_money* out_per_capita, rg_money* out_net_income, const rg_income_record* record,
                            const uint8_t* counted) {
  RG_CHECK_ARG(out_per_capita);
  RG_CHECK_ARG(record);
  return guard([&, func = __func__] {
    rg::IncomeStatement s = rg::capi::to_income(*record, func);
    rg::IncomeItemPolicy policy(11, 2024);  // only the item flags matter here
    if (counted != nullptr) {
      for (std::size_t i = 0; i < rg::kTransferItemCount; ++i)
        policy.set(static_cast<rg::TransferItem>(i), counted[i] != 0);
    }
    const auto b = rg::compute_income(s, policy);
    *out_per_capita = b.per_capita.units();
    if (out_net_income != nullptr) *out_net_income = b.net_income.units();
  });
}

rg_status rg_households_count(int64_t* out_regions, int64_t* out_households, int64_t* out_members,
                              int64_t* out_income, rg_store* store) {
  RG_CHECK_ARG(store);
  if (out_regions == nullptr && out_households == nullptr && out_members == nullptr && out_income == nullptr) {
    return rg::capi::set_error(RG_EINVAL, "rg_households_count: every output is NULL");
  }
  return guard([&] {
    rg::HouseholdRepository repo(store->store);
    if (out_regions != nullptr) *out_regions = repo.count_regions();
    if (out_households != nullptr) *out_households = repo.count_households();
    if (out_members != nullptr) *out_members = repo.count_members();
    if (out_income != nullptr) *out_income = repo.count_income_statements();
  });
}

}  // extern "C"
