// ruralguard C++ API: risk warning letters 风险预警提示函 in the store (warning_letters.hpp
// decides, this persists). Every write is one transaction: a refused letter or answer stores
// nothing.
#pragma once

#include <cstdint>
#include <vector>

#include "ruralguard/store.hpp"
#include "ruralguard/warning_letters.hpp"

namespace rg {

struct LetterAlert {
  int64_t letter_id = 0;
  Date raised = Date::from_ymd(2024, 1, 1);
  std::size_t unanswered = 0;
  std::string message;
};

class WarningLetterRepository {
 public:
  explicit WarningLetterRepository(Store& store);

  // Stores a letter (check_letter); Error(kNotFound) naming the first household key not in the
  // store, Error(kExists) for a batch label the department already sent to the county.
  int64_t issue(const WarningLetter& letter);
  [[nodiscard]] WarningLetter load(int64_t letter_id);
  [[nodiscard]] std::vector<LetterAnswer> answers(int64_t letter_id);

  // Records the answer for one household (check_answer). kCaseOpened opens a case for the
  // household (channel department data, found on the answer date) or, when it has an open case,
  // joins it; returns the case id (0 for the other kinds).
  int64_t answer(int64_t letter_id, const LetterAnswer& answer);

  [[nodiscard]] LetterCounts counts(int64_t letter_id, Date as_of);
  // Raises one alert per letter overdue on `as_of` (once per letter); returns how many were new.
  std::size_t scan_overdue(Date as_of);
  [[nodiscard]] std::vector<LetterAlert> alerts();

 private:
  Store& store_;
};

}  // namespace rg
