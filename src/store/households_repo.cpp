#include "ruralguard/households_repo.hpp"

#include <optional>

#include "ruralguard/error.hpp"
#include "store/household_rows.hpp"
#include "store/households_repo_impl.hpp"
#include "store/id_key.hpp"
#include "store/store_impl.hpp"

namespace rg {
namespace {

constexpr const char* kUpsertRegion =
    "INSERT INTO rg_regions(code, name, level, parent, former_poverty_county, key_assist, relocation_site) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level, "
    "parent = excluded.parent, former_poverty_county = excluded.former_poverty_county, "
    "key_assist = excluded.key_assist, relocation_site = excluded.relocation_site";
constexpr const char* kUpsertHousehold =
    "INSERT INTO rg_households(household_id, region, type, relocated, phone, arable_centimu, forest_centimu, "
    "grain_to_green_centimu, orchard_centimu, pasture_centimu, water_centimu, housing_area_centim2, "
    "unsafe_house, house_damaged, water_safe, electricity, road_paved) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(household_id) DO UPDATE SET "
    "region = excluded.region, type = excluded.type, relocated = excluded.relocated, phone = excluded.phone, "
    "arable_centimu = excluded.arable_centimu, forest_centimu = excluded.forest_centimu, "
    "grain_to_green_centimu = excluded.grain_to_green_centimu, orchard_centimu = excluded.orchard_centimu, "
    "pasture_centimu = excluded.pasture_centimu, water_centimu = excluded.water_centimu, "
    "housing_area_centim2 = excluded.housing_area_centim2, unsafe_house = excluded.unsafe_house, "
    "house_damaged = excluded.house_damaged, water_safe = excluded.water_safe, "
    "electricity = excluded.electricity, road_paved = excluded.road_paved";
constexpr const char* kUpsertMember =
    "INSERT INTO rg_members(household, person_id, id_hash_key, id_hash, id_masked, id_status, id_birth_date, "
    "relation, sex, birth_date, education, school_status, health, disability_grade, labour, medical_resident, "
    "medical_employee, critical_illness, pension, dibao, tekun, status) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(person_id) DO UPDATE SET "
    "household = excluded.household, id_hash_key = excluded.id_hash_key, id_hash = excluded.id_hash, id_masked = excluded.id_masked, "
    "id_status = excluded.id_status, id_birth_date = excluded.id_birth_date, relation = excluded.relation, "
    "sex = excluded.sex, birth_date = excluded.birth_date, education = excluded.education, "
    "school_status = excluded.school_status, health = excluded.health, "
    "disability_grade = excluded.disability_grade, labour = excluded.labour, "
    "medical_resident = excluded.medical_resident, medical_employee = excluded.medical_employee, "
    "critical_illness = excluded.critical_illness, pension = excluded.pension, dibao = excluded.dibao, "
    "tekun = excluded.tekun, status = excluded.status";
constexpr const char* kInsertIncome =
    "INSERT INTO rg_income_statements(household, kind, period_start, period_end, wage, "
    "business_income, business_cost, property, t_pension, t_dibao, t_tekun, t_farmland_subsidy, t_grain_to_green, t_eco_compensation, t_recurring_gift, t_support_payment, t_condolence, t_temporary_aid, t_one_off_relief, t_relocation_subsidy, t_housing_renovation, t_pen_renovation, t_medical_reimbursement, t_student_aid, t_other, "
    "insurance_payout, oop_medical, oop_education, family_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(household, kind, period_start) DO NOTHING";

// Insert-only forms: `ON CONFLICT(key) DO NOTHING` never deletes or updates, so SQLite runs them
// without a statement journal; the full upserts above run only for rows already stored.
// (Measured on a 100,000-household import: the upserts cost about twice the plain inserts.)
std::string insert_only(const char* upsert, const char* conflict_key) {
  std::string sql(upsert);
  sql = sql.substr(0, sql.find(" ON CONFLICT"));
  return sql + " ON CONFLICT(" + conflict_key + ") DO NOTHING";
}

// "INSERT OR REPLACE" form of an insert-only statement (income statements are replaced whole).
std::string replace_form(const char* insert_only_sql) {
  std::string sql(insert_only_sql);
  return "INSERT OR REPLACE" + sql.substr(6, sql.find(" ON CONFLICT") - 6);
}

std::string text_of(const char* a, const char* b = "", const char* c = "") {
  return std::string(a) + b + c;
}

}  // namespace

HouseholdRepository::HouseholdRepository(Store& store) : impl_(new Impl(store)) {}
HouseholdRepository::~HouseholdRepository() { delete impl_; }

void HouseholdRepository::upsert_region(const Region& region) {
  if (region.name.size() > Region::kNameBytesMax) {
    throw Error(ErrorCode::kLimit, "region " + region.code.to_string() + ": name has " +
                                       std::to_string(region.name.size()) + " bytes, more than Region::kNameBytesMax (" +
                                       std::to_string(Region::kNameBytesMax) + ")");
  }
  try {
    auto& st = impl_->prepared(impl_->upsert_region, kUpsertRegion);
    store::bind_region(st, region);
    st.exec();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "region " + region.code.to_string());
  }
}

std::optional<Region> HouseholdRepository::find_region(RegionCode code) {
  SQLite::Statement st(impl_->db, text_of("SELECT ", store::kRegionColumns, " FROM rg_regions WHERE code = ?"));
  st.bind(1, static_cast<int64_t>(code.value()));
  if (!st.executeStep()) return std::nullopt;
  return store::read_region(st);
}

bool HouseholdRepository::region_exists(RegionCode code) {
  auto& st = impl_->prepared(impl_->region_exists, "SELECT 1 FROM rg_regions WHERE code = ?");
  st.bind(1, static_cast<int64_t>(code.value()));
  const bool found = st.executeStep();
  st.reset();  // a statement left running would block COMMIT
  return found;
}

int64_t HouseholdRepository::upsert_household(const Household& h) {
  if (h.household_id.empty() || h.household_id.size() > Household::kIdLengthMax) {
    throw Error(ErrorCode::kLimit, "household_id " + quote_for_message(h.household_id) + " must be 1.." +
                                       std::to_string(Household::kIdLengthMax) + " bytes");
  }
  if (h.phone.size() > Household::kPhoneLengthMax) {
    throw Error(ErrorCode::kLimit, "household " + h.household_id + ": phone is longer than " +
                                       std::to_string(Household::kPhoneLengthMax) + " bytes");
  }
  if (!region_exists(h.region)) {
    throw Error(ErrorCode::kNotFound, "household " + h.household_id + ": region " + h.region.to_string() +
                                          " is not in the store");
  }
  return impl_->write_household(h);
}

int64_t HouseholdRepository::Impl::write_household(const Household& h, bool* inserted) {
  try {
    // No `RETURNING id`: it makes SQLite open and tear down an ephemeral table per row.
    static const std::string kInsert = insert_only(kUpsertHousehold, "household_id");
    auto& ins = prepared(insert_household, kInsert);
    store::bind_household(ins, h);
    const bool is_new = ins.exec() == 1;
    if (inserted != nullptr) *inserted = is_new;
    if (is_new) return db.getLastInsertRowid();
    auto& st = prepared(upsert_household, kUpsertHousehold);
    store::bind_household(st, h);
    st.exec();
    return *find_key(h.household_id);
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "household " + h.household_id);
  }
}

std::optional<int64_t> HouseholdRepository::household_key(std::string_view household_id) {
  return impl_->find_key(household_id);
}

std::optional<int64_t> HouseholdRepository::Impl::find_key(std::string_view household_id) {
  auto& st = prepared(household_key_query, "SELECT id FROM rg_households WHERE household_id = ?");
  st.bind(1, std::string(household_id));
  if (!st.executeStep()) return std::nullopt;
  const int64_t key = st.getColumn(0).getInt64();
  st.reset();
  return key;
}

std::optional<Household> HouseholdRepository::find_household(std::string_view household_id) {
  SQLite::Statement st(impl_->db,
                       text_of("SELECT ", store::kHouseholdColumns, " FROM rg_households h WHERE household_id = ?"));
  st.bind(1, std::string(household_id));
  if (!st.executeStep()) return std::nullopt;
  return store::read_household(st);
}

void HouseholdRepository::upsert_member(const Member& m) {
  const auto key = household_key(m.household_id);
  if (!key) {
    throw Error(ErrorCode::kNotFound, "member " + m.person_id + ": household " + m.household_id +
                                          " is not in the store");
  }
  upsert_member(m, *key);
}

void HouseholdRepository::upsert_member(const Member& input, int64_t household_key) {
  if (input.id_number.size() > Member::kIdNumberLengthMax) {
    throw Error(ErrorCode::kLimit, "member " + input.person_id + ": id_number has " +
                                       std::to_string(input.id_number.size()) +
                                       " bytes, more than Member::kIdNumberLengthMax (" +
                                       std::to_string(Member::kIdNumberLengthMax) + ")");
  }
  Member m = input;
  std::optional<store::IdHash> hash;
  if (!m.id_number.empty()) {
    m.id_facts = inspect_id_number(m.id_number);
    m.id_masked = mask_id_number(m.id_number);
    hash = impl_->id_hasher().hash(m.id_number);
  }
  if (impl_->other_members(household_key, m.person_id) >= static_cast<int64_t>(Household::kMembersMax)) {
    throw Error(ErrorCode::kLimit, "member " + m.person_id + ": household " + m.household_id + " already has " +
                                       std::to_string(Household::kMembersMax) +
                                       " members (Household::kMembersMax, RG_HOUSEHOLD_MEMBERS_MAX)");
  }
  impl_->write_member(m, household_key, hash ? &*hash : nullptr);
}

int64_t HouseholdRepository::Impl::other_members(int64_t household_key, const std::string& person_id) {
  auto& st = prepared(other_members_query, "SELECT count(*) FROM rg_members WHERE household = ? AND person_id <> ?");
  st.bind(1, household_key);
  st.bind(2, person_id);
  st.executeStep();
  const int64_t n = st.getColumn(0).getInt64();
  st.reset();
  return n;
}

void HouseholdRepository::Impl::write_member(const Member& m, int64_t household_key, const store::IdHash* hash) {
  if (m.person_id.empty() || m.person_id.size() > Member::kIdLengthMax) {
    throw Error(ErrorCode::kLimit, "person_id " + quote_for_message(m.person_id) + " must be 1.." +
                                       std::to_string(Member::kIdLengthMax) + " bytes");
  }
  try {
    if (!fingerprint_recorded) {
      store::record_id_key_fingerprint(store);
      fingerprint_recorded = true;
    }
    const void* h = hash != nullptr ? hash->data() : nullptr;
    static const std::string kInsert = insert_only(kUpsertMember, "person_id");
    auto& ins = prepared(insert_member, kInsert);
    store::bind_member(ins, m, household_key, h);
    if (ins.exec() == 1) return;
    auto& st = prepared(upsert_member, kUpsertMember);
    store::bind_member(st, m, household_key, h);
    st.exec();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "member " + m.person_id + " of household " + m.household_id);
  }
}

bool HouseholdRepository::Impl::update_member_keeping_id(const Member& m, int64_t household_key) {
  try {
    auto& st = prepared(update_member_keep_id,
                        "UPDATE rg_members SET household = ?, relation = ?, sex = ?, birth_date = ?, "
                        "education = ?, school_status = ?, health = ?, disability_grade = ?, labour = ?, "
                        "medical_resident = ?, medical_employee = ?, critical_illness = ?, pension = ?, "
                        "dibao = ?, tekun = ?, status = ? WHERE person_id = ?");
    int i = 1;
    st.bind(i++, household_key);
    st.bind(i++, static_cast<int>(m.relation));
    st.bind(i++, static_cast<int>(m.sex));
    st.bind(i++, m.birth_date.days_since_epoch());
    st.bind(i++, static_cast<int>(m.education));
    st.bind(i++, static_cast<int>(m.school_status));
    st.bind(i++, static_cast<int>(m.health));
    st.bind(i++, static_cast<int>(m.disability_grade));
    st.bind(i++, static_cast<int>(m.labour));
    for (bool f : {m.medical_resident, m.medical_employee, m.critical_illness, m.pension, m.dibao, m.tekun}) {
      st.bind(i++, f ? 1 : 0);
    }
    st.bind(i++, static_cast<int>(m.status));
    st.bind(i++, m.person_id);
    return st.exec() == 1;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "member " + m.person_id + " of household " + m.household_id);
  }
}

std::optional<std::pair<std::string, std::string>> HouseholdRepository::Impl::holder_of(
    const store::IdHash& hash, const std::string& person_id) {
  // The common case (a new number) is answered from the index alone; the join runs on a match.
  auto& probe = prepared(id_hash_probe, "SELECT 1 FROM rg_members WHERE id_hash_key = ?");
  probe.bind(1, store::id_hash_key(hash));
  const bool candidate = probe.executeStep();
  probe.reset();
  if (!candidate) return std::nullopt;
  auto& st = prepared(holder_of_hash,
                      "SELECT h.household_id, m.person_id FROM rg_members m JOIN rg_households h ON h.id = m.household "
                      "WHERE m.id_hash_key = ? AND m.id_hash = ? AND m.person_id <> ? LIMIT 1");
  st.bind(1, store::id_hash_key(hash));
  st.bind(2, hash.data(), static_cast<int>(hash.size()));
  st.bind(3, person_id);
  if (!st.executeStep()) return std::nullopt;
  auto out = std::make_pair(st.getColumn(0).getString(), st.getColumn(1).getString());
  st.reset();
  return out;
}

namespace {

// Every row `sql` selects for one household id, read by `read`.
template <typename Read>
auto rows_of_household(SQLite::Database& db, const std::string& sql, std::string_view household_id, Read read) {
  SQLite::Statement st(db, sql);
  st.bind(1, std::string(household_id));
  std::vector<decltype(read(st))> out;
  while (st.executeStep()) out.push_back(read(st));
  return out;
}

}  // namespace

std::vector<Member> HouseholdRepository::members_of(std::string_view household_id) {
  const std::string sql = text_of("SELECT ", store::kMemberColumns, " FROM rg_members m JOIN rg_households h ON "
                                  "h.id = m.household WHERE h.household_id = ? ORDER BY m.id");
  return rows_of_household(impl_->db, sql, household_id, [](SQLite::Statement& st) { return store::read_member(st); });
}

std::string HouseholdRepository::id_hash(std::string_view id_number) {
  const auto h = impl_->id_hasher().hash(id_number);
  return std::string(reinterpret_cast<const char*>(h.data()), h.size());
}

std::optional<Member> HouseholdRepository::find_member_by_id_number(std::string_view id_number) {
  const auto h = impl_->id_hasher().hash(id_number);
  SQLite::Statement st(impl_->db, text_of("SELECT ", store::kMemberColumns,
                                          " FROM rg_members m JOIN rg_households h ON h.id = m.household "
                                          "WHERE m.id_hash_key = ? AND m.id_hash = ? ORDER BY m.id LIMIT 1"));
  st.bind(1, store::id_hash_key(h));
  st.bind(2, h.data(), static_cast<int>(h.size()));
  if (!st.executeStep()) return std::nullopt;
  return store::read_member(st);
}

std::optional<Member> HouseholdRepository::find_member(std::string_view person_id) {
  SQLite::Statement st(impl_->db, text_of("SELECT ", store::kMemberColumns,
                                          " FROM rg_members m JOIN rg_households h ON h.id = m.household "
                                          "WHERE m.person_id = ?"));
  st.bind(1, std::string(person_id));
  if (!st.executeStep()) return std::nullopt;
  return store::read_member(st);
}

std::optional<std::string> HouseholdRepository::household_of_id_number(std::string_view id_number) {
  auto m = find_member_by_id_number(id_number);
  if (!m) return std::nullopt;
  return m->household_id;
}

void HouseholdRepository::upsert_income(const IncomeStatement& s) {
  const auto key = household_key(s.household_id);
  if (!key) {
    throw Error(ErrorCode::kNotFound, "income statement: household " + s.household_id + " is not in the store");
  }
  upsert_income(s, *key);
}

void HouseholdRepository::upsert_income(const IncomeStatement& s, int64_t household_key) {
  if (s.family_size > static_cast<int>(Household::kMembersMax)) {
    throw Error(ErrorCode::kLimit, "household " + s.household_id + ": income.family_size " +
                                       std::to_string(s.family_size) + " is more than Household::kMembersMax (" +
                                       std::to_string(Household::kMembersMax) + ")");
  }
  if (s.family_size < 1) {
    throw Error(ErrorCode::kRange, "household " + s.household_id + ": income.family_size: " +
                                       std::to_string(s.family_size) + " is not a positive number of people");
  }
  if (s.period_end < s.period_start) {
    throw Error(ErrorCode::kRange, "household " + s.household_id + ": income.period_end " +
                                       s.period_end.to_string() + " is before period_start " +
                                       s.period_start.to_string());
  }
  try {
    auto& ins = impl_->prepared(impl_->insert_income, kInsertIncome);
    store::bind_income(ins, s, household_key);
    if (ins.exec() == 1) return;
    static const std::string kReplace = replace_form(kInsertIncome);
    auto& st = impl_->prepared(impl_->upsert_income, kReplace);
    store::bind_income(st, s, household_key);
    st.exec();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "income statement of household " + s.household_id);
  }
}

std::vector<IncomeStatement> HouseholdRepository::income_of(std::string_view household_id) {
  const std::string sql = text_of("SELECT ", store::kIncomeColumns, " FROM rg_income_statements i JOIN rg_households h ON "
                                  "h.id = i.household WHERE h.household_id = ? ORDER BY i.kind, i.period_start");
  return rows_of_household(impl_->db, sql, household_id, [](SQLite::Statement& st) { return store::read_income(st); });
}

namespace {
int64_t count(SQLite::Database& db, const char* table) {
  SQLite::Statement st(db, std::string("SELECT count(*) FROM ") + table);
  st.executeStep();
  return st.getColumn(0).getInt64();
}
}  // namespace

int64_t HouseholdRepository::count_regions() { return count(impl_->db, "rg_regions"); }
int64_t HouseholdRepository::count_households() { return count(impl_->db, "rg_households"); }
int64_t HouseholdRepository::count_members() { return count(impl_->db, "rg_members"); }
int64_t HouseholdRepository::count_income_statements() { return count(impl_->db, "rg_income_statements"); }

void HouseholdRepository::visit_all(void (*visit)(void*, const Household&, std::span<const Member>,
                                                  std::span<const IncomeStatement>),
                                    void* context) {
  // Three scans in household-key order merged in step: memory stays one household deep.
  SQLite::Statement hs(impl_->db, text_of("SELECT h.id, ", store::kHouseholdColumns, " FROM rg_households h ORDER BY h.id"));
  SQLite::Statement ms(impl_->db, text_of("SELECT m.household, ", store::kMemberColumns,
                                          " FROM rg_members m JOIN rg_households h ON h.id = m.household "
                                          "ORDER BY m.household, m.id"));
  SQLite::Statement is(impl_->db, text_of("SELECT i.household, ", store::kIncomeColumns,
                                          " FROM rg_income_statements i JOIN rg_households h ON h.id = i.household "
                                          "ORDER BY i.household, i.kind, i.period_start"));
  bool m_more = ms.executeStep();
  bool i_more = is.executeStep();
  std::vector<Member> members;
  std::vector<IncomeStatement> statements;
  while (hs.executeStep()) {
    const int64_t key = hs.getColumn(0).getInt64();
    const Household h = store::read_household(hs, 1);
    members.clear();
    statements.clear();
    while (m_more && ms.getColumn(0).getInt64() <= key) {
      if (ms.getColumn(0).getInt64() == key) members.push_back(store::read_member(ms, 1));
      m_more = ms.executeStep();
    }
    while (i_more && is.getColumn(0).getInt64() <= key) {
      if (is.getColumn(0).getInt64() == key) statements.push_back(store::read_income(is, 1));
      i_more = is.executeStep();
    }
    visit(context, h, members, statements);
  }
}

}  // namespace rg
