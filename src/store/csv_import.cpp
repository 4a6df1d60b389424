// CSV import: stream, validate, write inside one IMMEDIATE transaction (docs/csv-format.md).
#include <algorithm>
#include <filesystem>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "csv/codes.hpp"
#include "csv/columns.hpp"
#include "csv/csv_reader.hpp"
#include "csv/key_filter.hpp"
#include "csv/rejects_writer.hpp"
#include "csv/row_context.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/transaction.hpp"
#include "store/bulk_write.hpp"
#include "store/households_repo_impl.hpp"

namespace rg {
namespace {

using csv::Entity;
using csv::RowContext;


class Importer {
 public:
  Importer(Store& store, const CsvImportOptions& options) : options_(options), repo_(store), impl_(store::impl_of(repo_)) {}

  void run(Entity entity, const std::string& path, CsvEntityCounts& counts);
  CsvImportResult result;

 private:
  void report(const std::vector<CsvError>& errors);
  void region_row(RowContext& ctx);
  void household_row(RowContext& ctx);
  void member_row(RowContext& ctx);
  void income_row(RowContext& ctx);
  std::optional<int64_t> household_key(RowContext& ctx, int column);

  const CsvImportOptions& options_;
  HouseholdRepository repo_;
  HouseholdRepository::Impl& impl_;
  // One-entry cache: rows of a household usually follow each other.
  std::string last_household_id_;
  std::optional<int64_t> last_household_key_;
  // Row keys of the households this import wrote, so that the member and income files need no
  // lookups for them; bounded (past the bound lookups go to the store) to keep memory constant.
  static constexpr std::size_t kKeyCacheMax = std::size_t{1} << 21;
  std::unordered_map<std::string, int64_t> written_keys_;
  // Members written so far to the household of the current run of member rows (an upper bound:
  // updates count too); at Household::kMembersMax the exact count is asked of the store.
  int64_t run_household_ = -1;
  // Households this import created whose first run of member rows has not started: they have no
  // members yet, so that run needs no count (bounded like written_keys_).
  std::unordered_set<int64_t> fresh_households_;
  int64_t run_members_ = 0;
  bool members_full(const Member& m, int64_t key);
  bool may_hold(const store::IdHash& hash);
  // When the store had no members as this import began, every holder of an ID number is a member
  // this import wrote: a number this filter has certainly not seen needs no store probe. Sized from
  // the members file (about 4 bits per byte of it: under 1% "maybe" answers for typical rows).
  std::optional<bool> members_empty_at_start_;
  std::optional<csv::KeyFilter> written_id_keys_;
  std::unordered_set<uint64_t> known_regions_;  // bounded by the regions in the store
  std::vector<Finding> findings_;
};

void Importer::report(const std::vector<CsvError>& errors) {
  for (const auto& e : errors) {
    ++result.errors_total;
    if (options_.on_error) options_.on_error(e);
    if (result.errors.size() < std::min(options_.errors_max, CsvImportOptions::kErrorsKeptMax)) {
      result.errors.push_back(e);
    }
  }
}

void Importer::run(Entity entity, const std::string& path, CsvEntityCounts& counts) {
  std::error_code ec;
  const std::uintmax_t bytes = std::filesystem::file_size(path, ec);  // an unreadable file: the reader says why
  const std::uintmax_t bound = std::min(options_.file_bytes_max, CsvImportOptions::kFileBytesMax);
  if (!ec && bytes > bound) {
    report({CsvError{path, 0, 0, "", "csv.file_size",
                     path + ": the file has " + std::to_string(bytes) + " bytes, more than the limit of " +
                         std::to_string(bound) + " (CsvImportOptions::file_bytes_max, RG_CSV_FILE_BYTES_MAX)"}});
    return;
  }
  if (entity == Entity::kMembers && !ec && !written_id_keys_) written_id_keys_.emplace(uint64_t{bytes} * 4);
  csv::Reader reader(path);
  std::optional<csv::RejectsWriter> rejects;
  if (options_.mode == CsvImportMode::kCommitValidRows) rejects.emplace(path, options_.rejects_dir);
  csv::Record rec;
  std::vector<CsvError> errors;
  if (!reader.next(rec)) {
    report({CsvError{path, 1, 0, "", "csv.header", path + ": the file is empty (a header row is required)"}});
    return;
  }
  std::vector<csv::HeaderProblem> problems;
  csv::HeaderMap header = csv::map_header(entity, rec.fields, problems);
  if (rec.parse_error) {
    problems.push_back({static_cast<int>(rec.fields.size()) + 1, "", "csv.quotes", "malformed header: " + rec.error_text});
  }
  if (!problems.empty()) {
    for (auto& p : problems) {
      errors.push_back(CsvError{path, rec.line, p.file_column, p.name, p.rule,
                                path + ":" + std::to_string(rec.line) +
                                    (p.file_column > 0 ? ": column " + std::to_string(p.file_column) : "") + ": " + p.message});
    }
    report(errors);
    return;  // rows cannot be read without a sound header
  }
  if (rejects) rejects->set_header(rec.fields);
  const std::size_t width = rec.fields.size();
  while (reader.next(rec)) {
    if (!rec.parse_error && rec.fields.size() == 1 && rec.fields[0].find_first_not_of(" \t") == std::string::npos) {
      continue;  // a blank line
    }
    ++counts.rows;
    errors.clear();
    RowContext ctx(path, header, rec.fields, rec.line, errors);
    if (rec.parse_error) {
      ctx.error_at(static_cast<int>(rec.fields.size()) + 1, "csv.quotes", "malformed quoting: " + rec.error_text);
    } else if (rec.fields.size() != width) {
      ctx.error_at(static_cast<int>(std::min(rec.fields.size(), width)) + 1, "csv.column_count",
                   "the row has " + std::to_string(rec.fields.size()) + " fields, the header has " + std::to_string(width));
    } else {
      try {
        switch (entity) {
          case Entity::kRegions: region_row(ctx); break;
          case Entity::kHouseholds: household_row(ctx); break;
          case Entity::kMembers: member_row(ctx); break;
          case Entity::kIncome: income_row(ctx); break;
        }
      } catch (const Error& e) {
        if (e.code() == ErrorCode::kBusy || e.code() == ErrorCode::kIo || e.code() == ErrorCode::kNoMemory) throw;
        ctx.error_at(0, "csv.store", e.what());
      }
    }
    if (ctx.failed()) {
      ++counts.rejected;
      report(errors);
      if (rejects) rejects->write(rec.fields, rec.line, errors);
    } else {
      ++counts.imported;
    }
  }
}

void Importer::region_row(RowContext& ctx) {
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
  repo_.upsert_region(r);
}

void Importer::household_row(RowContext& ctx) {
  using namespace csv::household_col;
  Household h;
  h.household_id = ctx.text(kHouseholdId, Household::kIdLengthMax, true);
  const auto region = ctx.region(kRegion);
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
  if (region) {
    if (!known_regions_.contains(region->value())) {
      if (!repo_.region_exists(*region)) {
        ctx.error(kRegion, "csv.unknown_region",
                  "region " + region->to_string() + " is not in the store or the regions file");
      } else {
        known_regions_.insert(region->value());
      }
    }
    h.region = *region;
  }
  if (ctx.failed()) return;
  bool inserted = false;
  const int64_t key = impl_.write_household(h, &inserted);  // region checked above
  if (inserted && fresh_households_.size() < kKeyCacheMax) fresh_households_.insert(key);
  if (written_keys_.size() < kKeyCacheMax) written_keys_.insert_or_assign(h.household_id, key);
  last_household_id_ = h.household_id;
  last_household_key_ = key;
}

std::optional<int64_t> Importer::household_key(RowContext& ctx, int column) {
  const std::string_view id = ctx.cell(column);
  if (id.empty()) {
    ctx.error(column, "csv.required", "is empty");
    return std::nullopt;
  }
  if (id != last_household_id_ || !last_household_key_) {
    last_household_id_ = std::string(id);
    const auto cached = written_keys_.find(last_household_id_);
    last_household_key_ = cached != written_keys_.end() ? std::optional(cached->second) : repo_.household_key(id);
  }
  if (!last_household_key_) {
    ctx.error(column, "csv.unknown_household",
              "household " + quote_for_message(id) + " is not in the store or the households file");
  }
  return last_household_key_;
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

void Importer::member_row(RowContext& ctx) {
  using namespace csv::member_col;
  Member m;
  m.person_id = ctx.text(kPersonId, Member::kIdLengthMax, true);
  m.household_id = std::string(ctx.cell(kHouseholdId));
  const auto key = household_key(ctx, kHouseholdId);
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
  if (ctx.failed()) return;

  // An exported (masked) ID number may only update a person already in the store.
  if (m.id_number.find('*') != std::string::npos) {
    if (!impl_.update_member_keeping_id(m, *key)) {
      ctx.error(kIdNumber, "csv.masked_id", "a masked ID number can only update person " + m.person_id +
                                                " already in the store");
    }
    return;
  }
  m.id_facts = inspect_id_number(m.id_number);
  m.id_masked = mask_id_number(m.id_number);
  findings_.clear();
  validate_member(m, options_.policy, findings_);
  for (auto& f : findings_) {
    if (f.severity == Severity::kError) {
      ctx.error(member_column_of(f.rule), rule_info(f.rule).code, f.message_en);
    } else if (result.warnings.size() < CsvImportOptions::kErrorsKeptMax) {
      result.warnings.push_back(std::move(f));
    }
  }
  std::optional<store::IdHash> hash;
  if (m.id_facts.status == IdNumberStatus::kValid || m.id_facts.status == IdNumberStatus::kBadCheckDigit) {
    hash = impl_.id_hasher().hash(m.id_number);
    if (auto holder = may_hold(*hash) ? impl_.holder_of(*hash, m.person_id) : std::nullopt) {
      ctx.error(kIdNumber, rule_info(RuleId::kDuplicatePerson).code,
                "DQ004 household " + m.household_id + " member " + m.person_id + ": id_number: person " +
                    m.id_masked + " is already member " + holder->second + " of household " + holder->first);
    }
  }
  if (members_full(m, *key)) {
    ctx.error(kHouseholdId, "csv.limit",
              "household " + m.household_id + " already has " + std::to_string(Household::kMembersMax) +
                  " members (Household::kMembersMax); member " + m.person_id + " would be one more");
  }
  if (ctx.failed()) return;
  impl_.write_member(m, *key, hash ? &*hash : nullptr);
  ++run_members_;
  if (hash && written_id_keys_) written_id_keys_->add(store::id_hash_key(*hash));
}

bool Importer::may_hold(const store::IdHash& hash) {
  if (!members_empty_at_start_) members_empty_at_start_ = !impl_.has_members();  // inside the write transaction
  if (!*members_empty_at_start_ || !written_id_keys_) return true;
  return written_id_keys_->may_contain(store::id_hash_key(hash));
}

bool Importer::members_full(const Member& m, int64_t key) {
  constexpr auto kMax = static_cast<int64_t>(Household::kMembersMax);
  if (key != run_household_) {
    run_household_ = key;
    run_members_ = fresh_households_.erase(key) == 1 ? 0 : impl_.other_members(key, m.person_id);
  }
  if (run_members_ < kMax) return false;
  run_members_ = impl_.other_members(key, m.person_id);
  return run_members_ >= kMax;
}

void Importer::income_row(RowContext& ctx) {
  using namespace csv::income_col;
  IncomeStatement s;
  s.household_id = std::string(ctx.cell(kHouseholdId));
  const auto key = household_key(ctx, kHouseholdId);
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
  if (ctx.failed()) return;
  repo_.upsert_income(s, *key);
}

}  // namespace

CsvImportResult import_households_csv(Store& store, const HouseholdCsvFiles& files, const CsvImportOptions& options) {
  if (in_transaction(store)) {
    throw Error(ErrorCode::kState, "CSV import into " + store.path() + ": a transaction is already open");
  }
  const store::BulkWriteSettings bulk(store::database_of(store), /*checked_references=*/true);
  Importer importer(store, options);
  auto& r = importer.result;
  // Every SQLite failure on the way (a read fault in a probe, say) is an I/O error naming the
  // import, never an internal error; the transaction rolls back.
  try {
    WriteTransaction tx(store);
    if (!files.regions.empty()) importer.run(Entity::kRegions, files.regions, r.regions);
    if (!files.households.empty()) importer.run(Entity::kHouseholds, files.households, r.households);
    if (!files.members.empty()) importer.run(Entity::kMembers, files.members, r.members);
    if (!files.income.empty()) importer.run(Entity::kIncome, files.income, r.income);
    if (options.mode == CsvImportMode::kAllOrNothing && r.errors_total > 0) {
      for (auto* c : {&r.regions, &r.households, &r.members, &r.income}) c->imported = 0;
      return std::move(r);  // the transaction rolls back
    }
    store::verify_household_foreign_keys(store::database_of(store));
    tx.commit();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "CSV import into " + store.path());
  }
  r.committed = true;
  return std::move(r);
}

}  // namespace rg
