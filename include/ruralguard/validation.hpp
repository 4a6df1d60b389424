// ruralguard C++ API: the data-quality rule catalogue (docs/data-quality.md).
//
// Vendors run these checks on import and on demand. Every rule has a stable id ("DQ001"), a
// severity, a message in English and Chinese, and every finding points at the record (household,
// member, field, value). Rule ids are never reused; a retired rule keeps its number.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/money.hpp"

namespace rg {

// Values are exported through the C ABI: never renumber.
enum class Severity : uint8_t {
  kError = 1,    // the record is wrong; import rejects the row
  kWarning = 2,  // implausible; imported, reported for review
};

// Values are the numeric part of the rule id (DQ001 = 1) and are pinned forever.
enum class RuleId : uint16_t {
  kIdNumberFormat = 1,         // DQ001
  kIdNumberCheckDigit = 2,     // DQ002
  kBirthDateVsIdNumber = 3,    // DQ003
  kDuplicatePerson = 4,        // DQ004
  kMedicalSchemeCount = 5,     // DQ005
  kSchoolAgeVsStatus = 6,      // DQ006
  kLabourVsAge = 7,            // DQ007
  kIncomeLowFormerlyPoor = 8,  // DQ008
  kIncomeHighAtIdentification = 9,  // DQ009
  kWageBounds = 10,            // DQ010
  kFamilySizeVsMembers = 11,   // DQ011
};

struct RuleInfo {
  RuleId id;
  const char* code;      // "DQ001"
  const char* key;       // "member.id_number.format"
  Severity severity;
  const char* title_en;
  const char* title_zh;
  const char* meaning;   // one sentence: what the rule checks and why
};

// Every rule, ordered by id.
[[nodiscard]] std::span<const RuleInfo> rule_catalogue();
[[nodiscard]] const RuleInfo& rule_info(RuleId id);

struct Finding {
  RuleId rule;
  Severity severity;
  std::string household_id;
  std::string person_id;  // empty for household-level findings
  std::string field;      // e.g. "id_number", "income.wage"
  std::string value;      // the offending value as text (ID numbers in masked form only)
  std::string message_en;
  std::string message_zh;
};

// Parameters of the plausibility rules. Defaults follow the peer rules in DOMAIN.md section 2
// and 8.4; provinces change them.
struct ValidationPolicy {
  Date as_of = Date::from_ymd(2024, 12, 31);
  int compulsory_school_age_min = 6;
  int compulsory_school_age_max = 15;
  int labour_age_min = 16;          // skilled, ordinary or weak labour below this age is flagged
  int full_labour_age_max = 70;     // skilled or ordinary labour above this age is flagged
  int working_age_max = 59;         // "no labour" (无劳动力) for a healthy adult up to this age is flagged
  Money income_low_formerly_poor = Money::from_yuan(4000);   // 3_11_010
  Money income_high_identification = Money::from_yuan(20000); // 1111_18
  int income_high_from_year = 2023;  // the high-income rule applies to identifications from this year
  Money wage_monthly_min = Money::from_yuan(100);    // per labourer, work records 100..30000
  Money wage_monthly_max = Money::from_yuan(30000);
};

// Member-level rules (DQ001, DQ002, DQ003, DQ005, DQ006, DQ007) for an active member.
void validate_member(const Member& member, const ValidationPolicy& policy,
                     std::vector<Finding>& out);

// Household-level rules (DQ008-DQ011) over the household's members and income statements
// (per-capita income uses `income_policy`), plus the member rules for each member.
void validate_household(const Household& household, std::span<const Member> members,
                        std::span<const IncomeStatement> statements,
                        const IncomeItemPolicy& income_policy, const ValidationPolicy& policy,
                        std::vector<Finding>& out);

// The same with the item policy of the household's province (the first two digits of its region)
// and of each statement's period-end year.
void validate_household(const Household& household, std::span<const Member> members,
                        std::span<const IncomeStatement> statements,
                        const IncomeItemPolicyTable& income_policies, const ValidationPolicy& policy,
                        std::vector<Finding>& out);

// DQ004: the same person (by ID number, or by its keyed hash when loaded from a store) listed in
// two households. Feed every member once; a finding is produced for every member whose person
// was already seen in another household.
class DuplicatePersonCheck {
 public:
  // `person_key` is the clear ID number or its hash; empty keys are ignored.
  // Returns true (and appends a finding) when the key was already seen in another household.
  bool add(std::string_view person_key, const Member& member, std::vector<Finding>& out);

 private:
  // key -> (household id, person id) of the first sighting
  std::unordered_map<std::string, std::pair<std::string, std::string>> seen_;
};

}  // namespace rg
