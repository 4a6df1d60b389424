// Risk warning letters (include/ruralguard/warning_letters.hpp, docs/monitoring.md).
#include "ruralguard/warning_letters.hpp"

#include <algorithm>
#include <unordered_set>

#include "ruralguard/error.hpp"

namespace rg {
namespace {

std::string label(const WarningLetter& l) {
  return l.letter_id != 0 ? "warning letter " + std::to_string(l.letter_id)
                          : "warning letter '" + l.batch + "'";
}

void check_text(const std::string& text, const std::string& field) {
  if (text.size() > kLetterTextBytesMax) {
    throw Error(ErrorCode::kLimit,
                field + " has " + std::to_string(text.size()) + " bytes, the maximum is " +
                    std::to_string(kLetterTextBytesMax) + " (kLetterTextBytesMax)");
  }
}

}  // namespace

std::string_view letter_answer_name(LetterAnswerKind kind) {
  switch (kind) {
    case LetterAnswerKind::kVerified:
      return "verified";
    case LetterAnswerKind::kRuledOut:
      return "ruled_out";
    case LetterAnswerKind::kCaseOpened:
      return "case_opened";
  }
  return "unknown";
}

void check_letter(const WarningLetter& l) {
  if (l.batch.empty())
    throw Error(ErrorCode::kInvalidArgument, "warning letter: the batch label is empty");
  check_text(l.batch, "warning letter batch");
  const auto dept = static_cast<int>(l.department);
  if (dept < 1 || dept > static_cast<int>(Department::kHumanResources)) {
    throw Error(ErrorCode::kInvalidArgument,
                label(l) + ": unknown department " + std::to_string(dept));
  }
  if (l.deadline < l.issued) {
    throw Error(ErrorCode::kRange, label(l) + ": feedback deadline " + l.deadline.to_string() +
                                       " is before the issue date " + l.issued.to_string());
  }
  if (l.households.empty())
    throw Error(ErrorCode::kInvalidArgument, label(l) + ": lists no household");
  if (l.households.size() > kLetterHouseholdsMax) {
    throw Error(ErrorCode::kLimit, label(l) + ": " + std::to_string(l.households.size()) +
                                       " households, the maximum is " +
                                       std::to_string(kLetterHouseholdsMax) +
                                       " (kLetterHouseholdsMax)");
  }
  std::unordered_set<int64_t> seen;
  for (int64_t h : l.households) {
    if (!seen.insert(h).second) {
      throw Error(ErrorCode::kInvalidArgument,
                  label(l) + ": household key " + std::to_string(h) + " is listed twice");
    }
  }
}

void check_answer(const WarningLetter& l, const std::vector<LetterAnswer>& answers,
                  const LetterAnswer& a) {
  const std::string who = label(l) + ", household key " + std::to_string(a.household_key);
  if (std::find(l.households.begin(), l.households.end(), a.household_key) == l.households.end()) {
    throw Error(
        ErrorCode::kNotFound,
        label(l) + ": household key " + std::to_string(a.household_key) + " is not in the letter");
  }
  const auto k = static_cast<int>(a.kind);
  if (k < 1 || k > 3)
    throw Error(ErrorCode::kInvalidArgument, who + ": unknown answer kind " + std::to_string(k));
  if (a.actor.empty())
    throw Error(ErrorCode::kInvalidArgument, who + ": the answer needs its actor");
  check_text(a.actor, who + ": actor");
  check_text(a.reason, who + ": reason");
  if (a.kind == LetterAnswerKind::kRuledOut && a.reason.empty()) {
    throw Error(ErrorCode::kInvalidArgument, who + ": a ruled-out answer needs its reason");
  }
  if (a.date < l.issued) {
    throw Error(ErrorCode::kRange, who + ": answer dated " + a.date.to_string() +
                                       " is before the letter was issued (" + l.issued.to_string() +
                                       ")");
  }
  for (const auto& b : answers) {
    if (b.household_key == a.household_key) {
      throw Error(ErrorCode::kExists, who + ": already answered (" +
                                          std::string(letter_answer_name(b.kind)) + " on " +
                                          b.date.to_string() + ")");
    }
  }
}

LetterCounts count_answers(const WarningLetter& l, const std::vector<LetterAnswer>& answers,
                           Date as_of) {
  LetterCounts c;
  c.letter_id = l.letter_id;
  c.deadline = l.deadline;
  c.households = l.households.size();
  for (const auto& a : answers) {
    if (as_of < a.date) continue;
    switch (a.kind) {
      case LetterAnswerKind::kVerified:
        ++c.verified;
        break;
      case LetterAnswerKind::kRuledOut:
        ++c.ruled_out;
        break;
      case LetterAnswerKind::kCaseOpened:
        ++c.case_opened;
        break;
    }
    if (l.deadline < a.date) ++c.answered_late;
  }
  c.unanswered = c.households - c.verified - c.ruled_out - c.case_opened;
  c.overdue = l.deadline < as_of && c.unanswered > 0;
  return c;
}

}  // namespace rg
