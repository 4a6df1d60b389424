// The deterministic synthetic county (synthetic_county.hpp). Integer-only: no floating point, no
// std:: distributions (their output differs between standard libraries).
#include "ruralguard/synthetic_county.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "ruralguard/error.hpp"

// GCC 12 reports a false -Wrestrict inside std::string concatenation at -O2 (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

namespace rg {
namespace {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi] (the modulo bias is below 2^-40 for these ranges).
  int64_t between(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(next() % static_cast<uint64_t>(hi - lo + 1)); }
  bool permille(int p) { return between(0, 999) < p; }

 private:
  uint64_t state_;
};

void check_range(const char* name, int64_t value, int64_t lo, int64_t hi) {
  if (value < lo || value > hi) {
    throw Error(ErrorCode::kInvalidArgument, std::string("synthetic county: ") + name + " = " + std::to_string(value) +
                                                 " is outside " + std::to_string(lo) + ".." + std::to_string(hi));
  }
}

std::string pad(int64_t v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<std::size_t>(width - static_cast<int>(s.size())), '0');
  return s;
}

class Generator {
 public:
  Generator(const SyntheticCountyOptions& o, const CountySink& sink)
      : o_(o), sink_(sink), rng_(o.seed), county6_(o.county.to_string().substr(0, 6)) {}

  SyntheticCountySummary run();

 private:
  struct Person {
    int age;
    Sex sex;
    Relation relation;
  };
  void regions();
  void household(int64_t index);
  std::vector<Person> family(int size);
  Member member(const Household& h, const Person& p, int seq);
  std::string id_number(Date birth, Sex sex);
  IncomeStatement income(const Household& h, const std::vector<Member>& members, bool monitored, IncomePeriod kind);
  void inject_error(Household& h, std::vector<Member>& members, std::vector<IncomeStatement>& statements);

  const SyntheticCountyOptions& o_;
  const CountySink& sink_;
  Rng rng_;
  std::string county6_;
  std::vector<RegionCode> villages_;
  std::vector<uint16_t> per_date_serial_;  // ID sequence numbers used per birth date
  std::string last_head_id_;
  SyntheticCountySummary sum_;
};

void Generator::regions() {
  Region county = make_region(o_.county, o_.county_name);
  county.former_poverty_county = true;
  sink_.region(county);
  ++sum_.regions;
  const uint64_t base = o_.county.value();
  for (int t = 1; t <= o_.townships; ++t) {
    sink_.region(make_region(RegionCode::from_value(base + static_cast<uint64_t>(t) * 1000), "第" + std::to_string(t) + "镇"));
    ++sum_.regions;
  }
  for (int v = 0; v < o_.villages; ++v) {
    const int township = v % o_.townships + 1;
    const int number = v / o_.townships + 1;
    const auto code = RegionCode::from_value(base + static_cast<uint64_t>(township) * 1000 + static_cast<uint64_t>(number));
    villages_.push_back(code);
    sink_.region(make_region(code, "第" + std::to_string(township) + "镇" + std::to_string(number) + "村"));
    ++sum_.regions;
  }
}

std::vector<Generator::Person> Generator::family(int size) {
  std::vector<Person> f;
  const int head_age = static_cast<int>(rng_.between(28, 78));
  const Sex head_sex = rng_.permille(800) ? Sex::kMale : Sex::kFemale;
  const Sex other_sex = head_sex == Sex::kMale ? Sex::kFemale : Sex::kMale;
  f.push_back({head_age, head_sex, Relation::kHead});
  const bool couple = size >= 3 || head_age >= 50;
  if (couple) f.push_back({std::max(20, head_age + static_cast<int>(rng_.between(-5, 3))), other_sex, Relation::kSpouse});
  while (static_cast<int>(f.size()) < size) {
    const Sex s = rng_.permille(500) ? Sex::kMale : Sex::kFemale;
    if (head_age >= 62 && rng_.permille(500)) {
      f.push_back({static_cast<int>(rng_.between(0, 15)), s, Relation::kGrandchild});
    } else {
      f.push_back({std::max(0, head_age - static_cast<int>(rng_.between(22, 35))), s, Relation::kChild});
    }
  }
  return f;
}

std::string Generator::id_number(Date birth, Sex sex) {
  // A per-date serial keeps numbers unique; beyond 500 people per date and sex the region digits
  // move on (as if registered in a neighbouring county), so even huge counties stay unique.
  const auto slot = static_cast<std::size_t>(birth.days_since_epoch() - Date::from_ymd(1900, 1, 1).days_since_epoch()) * 2 +
                    (sex == Sex::kMale ? 1 : 0);
  if (slot >= per_date_serial_.size()) per_date_serial_.resize(slot + 1, 0);
  const int serial = per_date_serial_[slot]++;
  const int64_t region6 = std::stoll(county6_) + serial / 500;
  const int seq = (serial % 500) * 2 + (sex == Sex::kMale ? 1 : 0);  // odd = male (GB 11643)
  std::string first17 = pad(region6 % 1000000, 6) + pad(birth.year(), 4) + pad(birth.month(), 2) + pad(birth.day(), 2) + pad(seq, 3);
  return first17 + id_check_character(first17);
}

Member Generator::member(const Household& h, const Person& p, int seq) {
  Member m;
  m.household_id = h.household_id;
  m.person_id = h.household_id + pad(seq, 2);
  m.relation = p.relation;
  m.sex = p.sex;
  // Birthdays on days 1-28 keep every date valid; on 31 December of the income year the age is exact.
  m.birth_date = Date::from_ymd(o_.income_year - p.age, static_cast<int>(rng_.between(1, 12)), static_cast<int>(rng_.between(1, 28)));
  m.id_number = id_number(m.birth_date, m.sex);
  m.id_facts = inspect_id_number(m.id_number);
  m.id_masked = mask_id_number(m.id_number);
  const int a = p.age;
  if (a < 3) {
    m.school_status = SchoolStatus::kNotInSchool;
  } else if (a < 6) {
    m.school_status = SchoolStatus::kPreschool;
  } else if (a <= 15) {
    m.school_status = SchoolStatus::kCompulsory;
  } else if (a <= 18) {
    m.school_status = rng_.permille(750) ? SchoolStatus::kHighSchool : SchoolStatus::kNotInSchool;
  } else if (a <= 22) {
    m.school_status = rng_.permille(350) ? SchoolStatus::kHigher : SchoolStatus::kNotInSchool;
  }
  m.education = a < 6 ? Education::kPreschool : a <= 12 ? Education::kPrimary : a <= 15 ? Education::kJuniorHigh
                : a >= 60 ? (rng_.permille(400) ? Education::kNone : Education::kPrimary)
                          : static_cast<Education>(rng_.between(2, 6));
  const int64_t h_roll = rng_.between(0, 999) + (a >= 60 ? 40 : 0);
  m.health = h_roll < 850 ? Health::kHealthy : h_roll < 940 ? Health::kChronic : h_roll < 970 ? Health::kSeriousIllness : Health::kDisabled;
  if (m.health == Health::kDisabled) m.disability_grade = static_cast<uint8_t>(rng_.between(1, 4));
  const bool student = m.school_status != SchoolStatus::kNotInSchool;
  if (a < 16 || student) {
    m.labour = Labour::kNone;
  } else if (m.health == Health::kSeriousIllness || (m.health == Health::kDisabled && m.disability_grade <= 2)) {
    m.labour = Labour::kLost;
  } else if (m.health != Health::kHealthy) {
    m.labour = Labour::kWeak;
  } else if (a < 60) {
    m.labour = rng_.permille(150) ? Labour::kSkilled : Labour::kOrdinary;
  } else if (a < 70) {
    m.labour = rng_.permille(500) ? Labour::kOrdinary : Labour::kWeak;
  } else {
    m.labour = rng_.permille(700) ? Labour::kWeak : Labour::kNone;
  }
  const bool employee = a >= 18 && a < 60 && rng_.permille(50);
  m.medical_employee = employee;
  m.medical_resident = !employee;
  m.critical_illness = m.medical_resident;
  m.pension = a >= 16 && !student && rng_.permille(850);
  m.dibao = is_formerly_poor(h.type) && m.health != Health::kHealthy && rng_.permille(300);
  return m;
}

IncomeStatement Generator::income(const Household& h, const std::vector<Member>& members, bool monitored, IncomePeriod kind) {
  IncomeStatement s;
  s.household_id = h.household_id;
  s.kind = kind;
  const int y = o_.income_year;
  s.period_start = kind == IncomePeriod::kIdentification ? Date::from_ymd(y - 1, 7, 1) : Date::from_ymd(y, 1, 1);
  s.period_end = kind == IncomePeriod::kIdentification ? Date::from_ymd(y, 6, 30) : Date::from_ymd(y, 12, 31);
  int active = 0, labourers = 0, elders = 0, dibao = 0, serious = 0;
  for (const auto& m : members) {
    if (!m.active()) continue;
    ++active;
    if (m.labour == Labour::kSkilled || m.labour == Labour::kOrdinary || m.labour == Labour::kWeak) ++labourers;
    if (age_on(m.birth_date, s.period_end) >= 60) ++elders;
    dibao += m.dibao ? 1 : 0;
    serious += m.health == Health::kSeriousIllness ? 1 : 0;
  }
  s.family_size = active;
  // Per-capita target in yuan: sums of uniforms give a hump-shaped, plausible spread.
  int64_t per_capita = 0;
  if (monitored) {
    per_capita = rng_.between(4500, 7400);
  } else if (is_formerly_poor(h.type)) {
    per_capita = 9000 + rng_.between(0, 3500) + rng_.between(0, 3500) + rng_.between(0, 3500);
  } else {
    per_capita = 12000 + rng_.between(0, 6000) + rng_.between(0, 6000) + rng_.between(0, 6000);
  }
  const int64_t net_fen = (per_capita * active) * 100 + rng_.between(0, 99);
  const int64_t pension_fen = elders * rng_.between(1500, 3000) * 100;
  const int64_t dibao_fen = dibao * 4200 * 100;
  const int64_t farmland_fen = h.land.arable_centimu * 120;  // 120 yuan a mu = 120 fen per 1/100 mu
  s.transfer(TransferItem::kPension) = Money::from_fen(pension_fen);
  s.transfer(TransferItem::kDibao) = Money::from_fen(dibao_fen);
  s.transfer(TransferItem::kFarmlandSubsidy) = Money::from_fen(farmland_fen);
  if (rng_.permille(50)) s.transfer(TransferItem::kCondolence) = Money::from_yuan(rng_.between(200, 800));  // not counted
  const int64_t rest = std::max<int64_t>(0, net_fen - pension_fen - dibao_fen - farmland_fen);
  int64_t wage = 0, business = 0;
  if (labourers > 0) {
    wage = rest * 60 / 100;
    if (wage < 1200 * 100 * labourers) wage = 0;  // below 100 yuan a month per labourer: none at all
    business = (rest - wage) * 75 / 100;
  } else {
    business = rest * 70 / 100;
  }
  const int64_t property = rest - wage - business;
  const int64_t cost = business * 40 / 100;
  s.wage = Money::from_fen(wage);
  s.business_income = Money::from_fen(business + cost);
  s.business_cost = Money::from_fen(cost);
  s.property = Money::from_fen(property);
  if (monitored) {
    s.oop_medical = Money::from_yuan(rng_.between(20000, 60000));
  } else if (serious > 0) {
    s.oop_medical = Money::from_yuan(rng_.between(2000, 15000));
  }
  s.insurance_payout = Money::from_units(s.oop_medical.units() * rng_.between(0, 60) / 100);
  return s;
}

void Generator::inject_error(Household& h, std::vector<Member>& members, std::vector<IncomeStatement>& statements) {
  Member& m = members[static_cast<std::size_t>(rng_.between(0, static_cast<int64_t>(members.size()) - 1))];
  switch (rng_.between(0, 7)) {
    case 0:  // DQ002: a wrong check character
      m.id_number.back() = m.id_number.back() == '0' ? '1' : '0';
      break;
    case 1:  // DQ003: birth date one day off the ID number
      m.birth_date = m.birth_date.add_days(1);
      break;
    case 2:  // DQ004: the previous household's head again
      if (!last_head_id_.empty()) m.id_number = last_head_id_;
      else m.id_number.back() = m.id_number.back() == '0' ? '1' : '0';
      break;
    case 3:  // DQ005: no medical scheme
      m.medical_resident = false;
      m.medical_employee = false;
      break;
    case 4:  // DQ006: an adult in compulsory schooling
      members[0].school_status = SchoolStatus::kCompulsory;
      break;
    case 5:  // DQ011: family size off by one
      for (auto& s : statements) s.family_size += 1;
      break;
    case 6:  // DQ010: implausible wage
      for (auto& s : statements) s.wage = Money::from_yuan(400'000 * static_cast<int64_t>(members.size()));
      break;
    default:  // DQ001: a truncated ID number
      m.id_number.pop_back();
      break;
  }
  m.id_facts = inspect_id_number(m.id_number);
  m.id_masked = mask_id_number(m.id_number);
  (void)h;
  ++sum_.injected_errors;
}

void Generator::household(int64_t index) {
  Household h;
  const auto& village = villages_[static_cast<std::size_t>(index % o_.villages)];
  h.household_id = village.to_string() + pad(index / o_.villages + 1, 5);
  h.region = village;
  const bool poor = rng_.permille(o_.formerly_poor_permille);
  h.type = poor ? (rng_.permille(900) ? HouseholdType::kFormerlyPoor : HouseholdType::kFormerlyPoorNoPolicy) : HouseholdType::kOrdinary;
  const bool monitored = rng_.permille(o_.monitored_permille);
  h.relocated = poor && rng_.permille(150);
  h.phone = "1" + pad(rng_.between(3000000000LL, 9999999999LL), 10);
  h.land.arable_centimu = rng_.between(0, 800);
  h.land.forest_centimu = rng_.permille(300) ? rng_.between(0, 2000) : 0;
  h.housing_area_centim2 = rng_.between(6000, 20000);
  h.water_safe = !rng_.permille(1);
  const int64_t size_roll = rng_.between(0, 99);
  const int size = size_roll < 35 ? 2 : size_roll < 70 ? 3 : 4;
  const auto people = family(size);
  std::vector<Member> members;
  for (std::size_t i = 0; i < people.size(); ++i) members.push_back(member(h, people[i], static_cast<int>(i) + 1));
  if (rng_.permille(10)) {  // a member who died or moved away (自然减少) stays on record
    Member gone = member(h, {static_cast<int>(rng_.between(70, 95)), Sex::kMale, Relation::kParent}, size + 1);
    gone.status = MemberStatus::kNaturalDecrease;
    members.push_back(gone);
  }
  if (monitored) {  // the risk behind the monitoring: a serious illness or an unsafe house
    if (rng_.permille(700)) {
      members[0].health = Health::kSeriousIllness;
      members[0].labour = Labour::kLost;
    } else {
      h.unsafe_house = true;
    }
  }
  std::vector<IncomeStatement> statements;
  if (monitored) statements.push_back(income(h, members, true, IncomePeriod::kIdentification));
  statements.push_back(income(h, members, monitored, IncomePeriod::kAnnual));
  if (o_.error_permille > 0 && rng_.permille(o_.error_permille)) inject_error(h, members, statements);
  last_head_id_ = members[0].id_number;

  sink_.household(h);
  for (const auto& m : members) sink_.member(m);
  for (const auto& s : statements) sink_.income(s);
  ++sum_.households;
  sum_.members += static_cast<int64_t>(members.size());
  sum_.income_statements += static_cast<int64_t>(statements.size());
  sum_.formerly_poor += poor ? 1 : 0;
  sum_.monitored_profile += monitored ? 1 : 0;
}

SyntheticCountySummary Generator::run() {
  regions();
  for (int64_t i = 0; i < o_.households; ++i) household(i);
  return sum_;
}

}  // namespace

SyntheticCountySummary generate_county(const SyntheticCountyOptions& o, const CountySink& sink) {
  if (o.households > SyntheticCountyOptions::kHouseholdsMax) {
    throw Error(ErrorCode::kLimit, "synthetic county: households " + std::to_string(o.households) +
                                       " exceeds kHouseholdsMax (" + std::to_string(SyntheticCountyOptions::kHouseholdsMax) +
                                       ")");
  }
  check_range("households", o.households, 1, SyntheticCountyOptions::kHouseholdsMax);
  check_range("townships", o.townships, 1, SyntheticCountyOptions::kTownshipsMax);
  check_range("villages", o.villages, o.townships, std::min<int64_t>(SyntheticCountyOptions::kVillagesMax, int64_t{o.townships} * 999));
  check_range("formerly_poor_permille", o.formerly_poor_permille, 0, 1000);
  check_range("monitored_permille", o.monitored_permille, 0, 1000);
  check_range("error_permille", o.error_permille, 0, 1000);
  check_range("income_year", o.income_year, 1990, 2200);
  if (o.county.level() != RegionLevel::kCounty) {
    throw Error(ErrorCode::kInvalidArgument, "synthetic county: " + o.county.to_string() + " is not a county code");
  }
  if (!sink.region || !sink.household || !sink.member || !sink.income) {
    throw Error(ErrorCode::kInvalidArgument, "synthetic county: every sink function must be set");
  }
  Generator g(o, sink);
  return g.run();
}

}  // namespace rg
