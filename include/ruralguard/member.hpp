// ruralguard C++ API: a member (人) of a household (DOMAIN.md 8.2).
//
// The national ID number (公民身份号码) is personal data. A Member built from vendor input holds it
// in clear in `id_number`; the store keeps only a keyed hash and the masked form (see
// docs/households.md), so a Member loaded from a store has an empty `id_number` and carries the
// facts validation needs in `id_facts`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ruralguard/date.hpp"

namespace rg {

// Values below are stored in the database and exported through the C ABI: never renumber.
enum class Relation : uint8_t {
  kHead = 1,        // 户主
  kSpouse = 2,      // 配偶
  kChild = 3,       // 子女
  kParent = 4,      // 父母
  kGrandchild = 5,  // 孙子女
  kSibling = 6,     // 兄弟姐妹
  kChildInLaw = 7,  // 媳婿
  kOther = 9,       // 其他
};

enum class Sex : uint8_t { kMale = 1, kFemale = 2 };

enum class Education : uint8_t {
  kNone = 0,         // 文盲或半文盲
  kPreschool = 1,    // 学龄前
  kPrimary = 2,      // 小学
  kJuniorHigh = 3,   // 初中
  kSeniorHigh = 4,   // 高中
  kVocational = 5,   // 中专/中职
  kCollege = 6,      // 大专及以上
};

enum class SchoolStatus : uint8_t {
  kNotInSchool = 0,     // 非在校生 (adult, graduated, not yet of school age)
  kPreschool = 1,       // 学前教育
  kCompulsory = 2,      // 义务教育在校
  kHighSchool = 3,      // 高中/中职在校
  kHigher = 4,          // 高等教育在校
  kDropout = 5,         // 失学辍学
  kHomeTeaching = 6,    // 送教上门 (severely disabled children taught at home)
};

enum class Health : uint8_t {
  kHealthy = 1,         // 健康
  kChronic = 2,         // 长期慢性病
  kSeriousIllness = 3,  // 大病
  kDisabled = 4,        // 残疾
};

enum class Labour : uint8_t {
  kSkilled = 1,   // 技能劳动力
  kOrdinary = 2,  // 普通劳动力
  kWeak = 3,      // 弱劳动力或半劳动力
  kLost = 4,      // 丧失劳动力
  kNone = 5,      // 无劳动力 (not of working age)
};

enum class MemberStatus : uint8_t {
  kActive = 1,            // 在户
  kNaturalDecrease = 2,   // 自然减少 (death, moved away)
};

// What an ID number says about itself (GB 11643-1999).
enum class IdNumberStatus : uint8_t {
  kValid = 0,
  kBadFormat = 1,      // not 17 digits + [0-9X], or an impossible birth date inside it
  kBadCheckDigit = 2,  // the 18th character does not match the ISO 7064 MOD 11-2 check
  kMissing = 3,        // empty
};

struct IdFacts {
  IdNumberStatus status = IdNumberStatus::kMissing;
  std::optional<Date> birth_date;  // digits 7-14, when they form a real date
};

struct Member {
  static constexpr std::size_t kIdLengthMax = 64;  // person_id bytes
  static constexpr std::size_t kIdNumberLengthMax = 32;  // clear id_number bytes (C: RG_ID_NUMBER_MAX)

  std::string person_id;     // 人编号
  std::string household_id;  // 户编号 of the household the member belongs to
  std::string id_number;     // clear text on input only; empty when loaded from a store
  std::string id_masked;     // display form "5001**********123X"
  IdFacts id_facts;          // derived from id_number at input, stored alongside the hash
  Relation relation = Relation::kOther;
  Sex sex = Sex::kMale;
  Date birth_date = Date::from_days_since_epoch(0);
  Education education = Education::kNone;
  SchoolStatus school_status = SchoolStatus::kNotInSchool;
  Health health = Health::kHealthy;
  uint8_t disability_grade = 0;  // 1..4 when health is kDisabled, else 0
  Labour labour = Labour::kOrdinary;
  bool medical_resident = false;  // 城乡居民基本医疗保险
  bool medical_employee = false;  // 职工基本医疗保险
  bool critical_illness = false;  // 大病保险
  bool pension = false;           // 养老保险
  bool dibao = false;             // 低保
  bool tekun = false;             // 特困供养
  MemberStatus status = MemberStatus::kActive;

  [[nodiscard]] bool active() const { return status == MemberStatus::kActive; }
  // Number of basic medical schemes the member is enrolled in (exactly one is expected).
  [[nodiscard]] int medical_schemes() const { return int{medical_resident} + int{medical_employee}; }
};

// Full years of age on `as_of` (a person born on 29 February turns a year older on 1 March in
// common years). Negative when as_of is before the birth date.
[[nodiscard]] int age_on(Date birth, Date as_of);

// Parses and checks an 18-character ID number: 17 digits then a digit or 'X' (a lower-case 'x'
// is accepted and upper-cased), birth date digits forming a real date, and the GB 11643 check.
[[nodiscard]] IdFacts inspect_id_number(std::string_view id_number);
// The display form: the first 4 characters (province and city) and the last one (the check
// character) kept, every other character replaced by '*': "5001*************X". The birth date
// (digits 7-14) is stored in clear with the member and the county (digits 5-6) follows from the
// household's region, so the sequence digits 15-17 must stay hidden: with them shown the number
// could be rebuilt from a copy of the database without the ID key. Text of 8 characters or fewer
// is fully masked.
[[nodiscard]] std::string mask_id_number(std::string_view id_number);
// The GB 11643 check character ('0'..'9' or 'X') for the first 17 digits. Throws Error(kParse)
// when `first17` is not 17 ASCII digits.
[[nodiscard]] char id_check_character(std::string_view first17);

}  // namespace rg
