// C ABI: risk warning letters 风险预警提示函 (issue 16;
// include/ruralguard/warning_letters_repo.hpp).
#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/warning_letters_repo.hpp"

using rg::capi::guard;
using rg::capi::text_arg;

extern "C" {

void rg_warning_letter_init(rg_warning_letter* letter) {
  if (!rg::capi::init_struct(letter)) return;
  letter->issued = RG_DATE_NONE;
  letter->deadline = RG_DATE_NONE;
}

rg_status rg_warning_letter_issue(int64_t* out_letter_id, rg_store* store,
                                  const rg_warning_letter* letter) {
  RG_CHECK_ARG(out_letter_id);
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(letter);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(letter->struct_size, sizeof(rg_warning_letter), "rg_warning_letter",
                                func);
    rg::WarningLetter l;
    l.department =
        rg::capi::enum_arg<rg::Department>(letter->department, "letter->department", func);
    l.county = letter->county;
    if (letter->issued == RG_DATE_NONE || letter->deadline == RG_DATE_NONE) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument,
                      std::string(func) + ": letter->issued and letter->deadline are required");
    }
    l.issued = rg::Date::from_days_since_epoch(letter->issued);
    l.deadline = rg::Date::from_days_since_epoch(letter->deadline);
    l.batch = std::string(text_arg(letter->batch, letter->batch_len, "batch", func));
    if (letter->household_count > rg::kLetterHouseholdsMax) {
      throw rg::Error(rg::ErrorCode::kLimit, std::string(func) + ": household_count " +
                                                 std::to_string(letter->household_count) +
                                                 " exceeds RG_LETTER_HOUSEHOLDS_MAX (" +
                                                 std::to_string(rg::kLetterHouseholdsMax) + ")");
    }
    if (letter->household_count != 0)
      rg::capi::required_arg(letter->household_keys, "letter->household_keys", func);
    l.households.assign(letter->household_keys, letter->household_keys + letter->household_count);
    rg::WarningLetterRepository repo(store->store);
    *out_letter_id = repo.issue(l);
  });
}

rg_status rg_warning_letter_answer(int64_t* out_case_id, rg_store* store, int64_t letter_id,
                                   int64_t household_key, int32_t kind, rg_date date,
                                   const char* actor, size_t actor_len, const char* reason,
                                   size_t reason_len) {
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::LetterAnswer a;
    a.household_key = household_key;
    a.kind = rg::capi::enum_arg<rg::LetterAnswerKind>(kind, "kind", func);
    a.date = rg::Date::from_days_since_epoch(date);
    a.actor = std::string(text_arg(actor, actor_len, "actor", func));
    a.reason = std::string(text_arg(reason, reason_len, "reason", func));
    rg::WarningLetterRepository repo(store->store);
    const int64_t case_id = repo.answer(letter_id, a);
    if (out_case_id != nullptr) *out_case_id = case_id;
  });
}

rg_status rg_warning_letter_counts(rg_letter_counts* out, rg_store* store, int64_t letter_id,
                                   rg_date as_of) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_letter_counts), "rg_letter_counts",
                                func);
    rg::WarningLetterRepository repo(store->store);
    const rg::LetterCounts c = repo.counts(letter_id, rg::Date::from_days_since_epoch(as_of));
    rg_letter_counts r{};
    r.struct_size = sizeof r;
    r.overdue = c.overdue ? 1 : 0;
    r.letter_id = c.letter_id;
    r.deadline = c.deadline.days_since_epoch();
    r.households = c.households;
    r.verified = c.verified;
    r.ruled_out = c.ruled_out;
    r.case_opened = c.case_opened;
    r.unanswered = c.unanswered;
    r.answered_late = c.answered_late;
    *out = r;
  });
}

rg_status rg_warning_letters_scan(size_t* out_raised, rg_store* store, rg_date as_of) {
  RG_CHECK_ARG(store);
  return guard([&] {
    rg::WarningLetterRepository repo(store->store);
    const std::size_t raised = repo.scan_overdue(rg::Date::from_days_since_epoch(as_of));
    if (out_raised != nullptr) *out_raised = raised;
  });
}

rg_status rg_warning_letters_overdue(int64_t* out_letter_ids, size_t capacity, size_t* out_count,
                                     rg_store* store) {
  RG_CHECK_ARG(out_count);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::WarningLetterRepository repo(store->store);
    const auto alerts = repo.alerts();
    *out_count = alerts.size();
    rg::capi::check_rows_fit(func, alerts.size(), capacity, "letters");
    if (!alerts.empty()) rg::capi::required_arg(out_letter_ids, "out_letter_ids", func);
    for (std::size_t i = 0; i < alerts.size(); ++i) out_letter_ids[i] = alerts[i].letter_id;
  });
}

}  // extern "C"
