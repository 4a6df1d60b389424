// ruralguard C++ API: risk warning letters 风险预警提示函 (DOMAIN.md 1.5): a department's screening
// results sent to a county as a dated batch with a feedback deadline 反馈时限. Every household in a
// letter must be answered by the deadline — verified 已核实, ruled out 排除 (with its reason), or a
// case opened 纳入监测 — and a letter past its deadline with households unanswered is overdue.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ruralguard/clues.hpp"
#include "ruralguard/date.hpp"

namespace rg {

// Named bounds; beyond them Error(kLimit).
inline constexpr std::size_t kLetterHouseholdsMax = 1'000'000;  // households in one letter
inline constexpr std::size_t kLetterTextBytesMax = 2000;        // batch label, actor, reason

// How a household of a letter was answered (values pinned; C: RG_ANSWER_*).
enum class LetterAnswerKind : uint8_t {
  kVerified = 1,  // 已核实: visited; the situation is known and handled (e.g. already monitored)
  kRuledOut = 2,  // 排除: the alert does not hold; the reason is required
  kCaseOpened = 3,  // 纳入: a monitoring case opened (or the clue joined the household's open case)
};
[[nodiscard]] std::string_view letter_answer_name(LetterAnswerKind kind);

struct WarningLetter {
  int64_t letter_id = 0;
  std::string batch;  // the batch label, e.g. "2024-03 医保" (unique per department and county)
  Department department = Department::kMedicalInsurance;
  uint64_t county = 0;  // 12-digit region code of the receiving county
  Date issued = Date::from_ymd(2024, 1, 1);
  Date deadline = Date::from_ymd(2024, 1, 1);  // feedback due on or before this day
  std::vector<int64_t> households;             // household keys, each once
};

struct LetterAnswer {
  int64_t household_key = 0;
  LetterAnswerKind kind = LetterAnswerKind::kVerified;
  Date date = Date::from_ymd(2024, 1, 1);
  std::string actor;
  std::string reason;              // required for kRuledOut
  std::optional<int64_t> case_id;  // kCaseOpened: the case (set by the store)
};

struct LetterCounts {
  int64_t letter_id = 0;
  Date deadline = Date::from_ymd(2024, 1, 1);
  std::size_t households = 0;
  std::size_t verified = 0;
  std::size_t ruled_out = 0;
  std::size_t case_opened = 0;
  std::size_t unanswered = 0;
  std::size_t answered_late = 0;  // answered after the deadline
  bool overdue = false;           // past the deadline on `as_of` with households unanswered
};

// Error(kInvalidArgument | kRange | kLimit) naming the field: empty batch, a deadline before the
// issue date, no households, a household twice, texts above their bounds, unknown department.
void check_letter(const WarningLetter& letter);
// Error naming the letter and household: kNotFound for a household not in the letter, kExists for
// one already answered, kInvalidArgument for a ruled-out answer without a reason or no actor,
// kRange for an answer dated before the letter was issued.
void check_answer(const WarningLetter& letter, const std::vector<LetterAnswer>& answers,
                  const LetterAnswer& answer);
// Counts of a letter's answers on `as_of` (answers dated after as_of are not counted).
[[nodiscard]] LetterCounts count_answers(const WarningLetter& letter,
                                         const std::vector<LetterAnswer>& answers, Date as_of);

}  // namespace rg
