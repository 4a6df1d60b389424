// The pure half of the CSV import of one row (store/csv_row_parse.hpp). Each function parses the
// cells in the same order as the sequential importer did, so errors come out in the same order.
#include "store/csv_row_parse.hpp"

#include <limits>

#include "csv/codes.hpp"
#include "ruralguard/error.hpp"

namespace rg::store {

using csv::Entity;
using csv::RowContext;

namespace {
constexpr std::size_t kNoTruncation = std::numeric_limits<std::size_t>::max();
}

CsvRowParser::CsvRowParser(Entity entity, const std::string& path, const csv::HeaderMap& header, std::size_t width,
                           const CsvImportOptions& options, const std::optional<IdKey>& key, ParseMemory& memory)
    : entity_(entity), path_(path), header_(header), width_(width), options_(options), memory_(memory) {
  if (key) hasher_.emplace(*key);
}

bool CsvRowParser::next(csv::Reader& reader, ParsedRow& row) {
  for (;;) {
    if (!reader.next(row.rec)) return false;
    const csv::Record& rec = row.rec;
    if (!rec.parse_error && rec.fields.size() == 1 && rec.fields[0].find_first_not_of(" \t") == std::string::npos) {
      continue;  // a blank line
    }
    break;
  }
  row.errors.clear();
  row.failed = row.structural = row.aborted = false;
  row.household_id.clear();
  row.lookup = false;
  row.household_error_at = 0;
  row.errors_before_lookup_stop = kNoTruncation;
  row.region_code.reset();
  row.region.reset();
  row.masked_id = false;
  row.hash.reset();
  row.hash_here = false;
  row.warnings.clear();
  row.ordinal = -1;
  row.id_key_seen = true;
  if (entity_ == Entity::kHouseholds && static_cast<std::size_t>(memory_.next_ordinal) < ParseMemory::kOrdinalsMax) {
    row.ordinal = memory_.next_ordinal++;
  }
  const csv::Record& rec = row.rec;
  RowContext ctx(path_, header_, rec.fields, rec.line, row.errors);
  if (rec.parse_error) {
    ctx.error_at(static_cast<int>(rec.fields.size()) + 1, "csv.quotes", "malformed quoting: " + rec.error_text);
    row.structural = true;
  } else if (rec.fields.size() != width_) {
    ctx.error_at(static_cast<int>(std::min(rec.fields.size(), width_)) + 1, "csv.column_count",
                 "the row has " + std::to_string(rec.fields.size()) + " fields, the header has " + std::to_string(width_));
    row.structural = true;
  } else {
    row.aborted = !handle_row(*this, entity_, ctx, row);
  }
  row.failed = ctx.failed();
  return true;
}

void CsvRowParser::region_row(RowContext& ctx, ParsedRow& row) {
  using namespace csv::region_col;
  const auto code = ctx.region(kCode);
  std::string name = ctx.text(kName, Region::kNameBytesMax, true);
  const bool poor = ctx.flag(kFormerPovertyCounty, false);
  const int assist = ctx.code(kKeyAssist, csv::kKeyAssistLevels, 0);
  const bool site = ctx.flag(kRelocationSite, false);
  if (ctx.failed()) return;
  Region r = make_region(*code, std::move(name));
  r.former_poverty_county = poor;
  r.key_assist = static_cast<KeyAssistLevel>(assist);
  r.relocation_site = site;
  row.region.emplace(std::move(r));
}

void CsvRowParser::household_row(RowContext& ctx, ParsedRow& row) {
  using namespace csv::household_col;
  Household& h = row.household = Household{};
  h.household_id = ctx.text(kHouseholdId, Household::kIdLengthMax, true);
  row.region_code = ctx.region(kRegion);
  h.type = static_cast<HouseholdType>(ctx.code(kType, csv::kHouseholdTypes, -1));
  h.relocated = ctx.flag(kRelocated, false);
  h.phone = ctx.text(kPhone, Household::kPhoneLengthMax, false);
  h.land.arable_centimu = ctx.centi(kArable);
  h.land.forest_centimu = ctx.centi(kForest);
  h.land.grain_to_green_centimu = ctx.centi(kGrainToGreen);
  h.land.orchard_centimu = ctx.centi(kOrchard);
  h.land.pasture_centimu = ctx.centi(kPasture);
  h.land.water_centimu = ctx.centi(kWater);
  h.housing_area_centim2 = ctx.centi(kHousingArea);
  h.unsafe_house = ctx.flag(kUnsafeHouse, false);
  h.house_damaged = ctx.flag(kHouseDamaged, false);
  h.water_safe = ctx.flag(kWaterSafe, true);
  h.electricity = ctx.flag(kElectricity, true);
  h.road_paved = ctx.flag(kRoadPaved, true);
  if (row.region_code) h.region = *row.region_code;
  if (!ctx.failed() && row.ordinal >= 0) {
    if (memory_.ordinal_of.size() < ParseMemory::kOrdinalsMax) memory_.ordinal_of.insert_or_assign(h.household_id, row.ordinal);
    memory_.last_id = h.household_id;
    memory_.last_ordinal = row.ordinal;
  }
  // The region's existence is the store half's check (its error comes after these).
}

// The household a member or income row refers to: an empty cell is an error here; otherwise the
// store half looks it up, and its error takes this place among the row's errors.
void CsvRowParser::household_ref(RowContext& ctx, ParsedRow& row, int column) {
  const std::string_view id = ctx.cell(column);
  if (id.empty()) {
    ctx.error(column, "csv.required", "is empty");
    return;
  }
  row.household_id.assign(id);
  row.lookup = true;
  if (id != memory_.last_id) {
    memory_.last_id.assign(id);
    const auto it = memory_.ordinal_of.find(memory_.last_id);
    memory_.last_ordinal = it != memory_.ordinal_of.end() ? it->second : -1;
  }
  row.ordinal = memory_.last_ordinal;
  row.household_error_at = row.errors.size();
}

int member_column_of(RuleId rule) {
  using namespace csv::member_col;
  switch (rule) {
    case RuleId::kBirthDateVsIdNumber: return kBirthDate;
    case RuleId::kIdNumberFormat:
    case RuleId::kIdNumberCheckDigit:
    case RuleId::kDuplicatePerson: return kIdNumber;
    default: return -1;
  }
}

void CsvRowParser::member_row(RowContext& ctx, ParsedRow& row) {
  using namespace csv::member_col;
  Member& m = row.member = Member{};
  m.person_id = ctx.text(kPersonId, Member::kIdLengthMax, true);
  m.household_id = std::string(ctx.cell(kHouseholdId));
  household_ref(ctx, row, kHouseholdId);
  m.id_number = ctx.text(kIdNumber, Member::kIdNumberLengthMax, false);
  m.relation = static_cast<Relation>(ctx.code(kRelation, csv::kRelations, -1));
  m.sex = static_cast<Sex>(ctx.code(kSex, csv::kSexes, -1));
  const auto birth = ctx.date(kBirthDate);
  m.education = static_cast<Education>(ctx.code(kEducation, csv::kEducations, 0));
  m.school_status = static_cast<SchoolStatus>(ctx.code(kSchoolStatus, csv::kSchoolStatuses, 0));
  m.health = static_cast<Health>(ctx.code(kHealth, csv::kHealths, 1));
  m.disability_grade = static_cast<uint8_t>(ctx.integer(kDisabilityGrade, 0, 4, 0));
  m.labour = static_cast<Labour>(ctx.code(kLabour, csv::kLabours, -1));
  if (auto med = csv::parse_medical(ctx.cell(kMedical))) {
    m.medical_resident = med->resident;
    m.medical_employee = med->employee;
  } else {
    ctx.error(kMedical, "csv.code",
              quote_for_message(ctx.cell(kMedical)) + " is not one of none/未参加, resident/城乡居民, employee/职工, both/两者");
  }
  m.critical_illness = ctx.flag(kCriticalIllness, false);
  m.pension = ctx.flag(kPension, false);
  m.dibao = ctx.flag(kDibao, false);
  m.tekun = ctx.flag(kTekun, false);
  m.status = static_cast<MemberStatus>(ctx.code(kStatus, csv::kMemberStatuses, 1));
  if (birth) m.birth_date = *birth;
  // A sequential import stops here when the household is unknown: what follows is speculative
  // until the store half has found the household.
  row.errors_before_lookup_stop = row.errors.size();
  if (ctx.failed()) return;

  // An exported (masked) ID number may only update a person already in the store (store half).
  if (m.id_number.find('*') != std::string::npos) {
    row.masked_id = true;
    return;
  }
  m.id_facts = inspect_id_number(m.id_number);
  m.id_masked = mask_id_number(m.id_number);
  findings_.clear();
  validate_member(m, options_.policy, findings_);
  for (auto& f : findings_) {
    if (f.severity == Severity::kError) {
      ctx.error(member_column_of(f.rule), rule_info(f.rule).code, f.message_en);
    } else {
      row.warnings.push_back(std::move(f));
    }
  }
  if (m.id_facts.status == IdNumberStatus::kValid || m.id_facts.status == IdNumberStatus::kBadCheckDigit) {
    if (hasher_) {
      row.hash = hasher_->hash(m.id_number);
      if (memory_.seen_id_keys) {
        const auto k = static_cast<uint64_t>(id_hash_key(*row.hash));
        row.id_key_seen = memory_.seen_id_keys->may_contain(k);
        memory_.seen_id_keys->add(k);
      }
    } else {
      row.hash_here = true;
    }
  }
}

void CsvRowParser::income_row(RowContext& ctx, ParsedRow& row) {
  using namespace csv::income_col;
  IncomeStatement& s = row.income = IncomeStatement{};
  s.household_id = std::string(ctx.cell(kHouseholdId));
  household_ref(ctx, row, kHouseholdId);
  s.kind = static_cast<IncomePeriod>(ctx.code(kKind, csv::kIncomePeriods, -1));
  const auto start = ctx.date(kPeriodStart);
  const auto end = ctx.date(kPeriodEnd);
  s.wage = ctx.money(kWage);
  s.business_income = ctx.money(kBusinessIncome);
  s.business_cost = ctx.money(kBusinessCost);
  s.property = ctx.money(kProperty);
  for (std::size_t i = 0; i < kTransferItemCount; ++i) s.transfers[i] = ctx.money(kTransferFirst + static_cast<int>(i));
  s.insurance_payout = ctx.money(kInsurancePayout);
  s.oop_medical = ctx.money(kOopMedical);
  s.oop_education = ctx.money(kOopEducation);
  if (ctx.cell(kFamilySize).empty()) {
    ctx.error(kFamilySize, "csv.required", "is empty");
  } else {
    s.family_size = ctx.integer(kFamilySize, 1, static_cast<int>(Household::kMembersMax), 1);
  }
  if (start && end) {
    s.period_start = *start;
    s.period_end = *end;
    if (*end < *start) {
      ctx.error(kPeriodEnd, "csv.date", end->to_string() + " is before period_start " + start->to_string());
    }
  }
}

}  // namespace rg::store
