#include "faults/write_paths.hpp"

#include <cstring>
#include <deque>
#include <filesystem>
#include <stdexcept>

namespace rg::faults {
namespace {

constexpr rg_money kYuan = RG_MONEY_UNITS_PER_YUAN;
const char kActor[] = "王干部";

}  // namespace

rg_csv_files csv_files(const std::string& dir, const std::string& stem) {
  static thread_local std::deque<std::string> keep;  // the struct points into these (never moved)
  rg_csv_files f;
  std::memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;
  const std::string base = dir + "/" + stem;
  keep.push_back(base + "-regions.csv");
  f.regions = keep.back().c_str();
  f.regions_len = keep.back().size();
  keep.push_back(base + "-households.csv");
  f.households = keep.back().c_str();
  f.households_len = keep.back().size();
  keep.push_back(base + "-members.csv");
  f.members = keep.back().c_str();
  f.members_len = keep.back().size();
  keep.push_back(base + "-income.csv");
  f.income = keep.back().c_str();
  f.income_len = keep.back().size();
  return f;
}

void write_county_csv(const std::string& dir, const std::string& stem, uint64_t county_code, int64_t households,
                      uint64_t seed) {
  rg_synthetic_county_options o;
  rg_synthetic_county_options_init(&o);
  o.seed = seed;
  o.households = households;
  o.townships = 2;
  o.villages = 4;
  o.county_code = county_code;
  o.monitored_permille = 200;
  o.income_year = 2024;
  rg_csv_files files = csv_files(dir, stem);
  must(rg_synthetic_county_write_csv(nullptr, &files, &o), "synthetic county CSV " + stem);
}

namespace {

rg_case_step case_step(uint8_t kind, rg_date date) {
  rg_case_step s;
  rg_case_step_init(&s);
  s.step = kind;
  s.date = date;
  s.actor = kActor;
  s.actor_len = std::strlen(kActor);
  return s;
}

rg_status advance(Handles& h, int64_t case_id, rg_case_step s) {
  uint8_t state = 0;
  return rg_case_advance(&state, h.store, h.policy, case_id, &s);
}

// Identification steps up to (not including) the county approval.
void walk_to_township_approved(Handles& h, int64_t case_id, rg_date found) {
  rg_case_step s = case_step(RG_STEP_VERIFY, found + 1);
  s.consent_signed = 1;
  must(advance(h, case_id, s), "base: verify");
  must(advance(h, case_id, case_step(RG_STEP_COMPARE, found + 2)), "base: compare");
  s = case_step(RG_STEP_REVIEW, found + 3);
  s.votes_for = 21;
  s.votes_against = 2;
  must(advance(h, case_id, s), "base: review");
  s = case_step(RG_STEP_NOTICE, found + 4);
  s.notice_start = found + 4;
  s.notice_end = found + 8;
  must(advance(h, case_id, s), "base: notice");
  must(advance(h, case_id, case_step(RG_STEP_TOWNSHIP_APPROVE, found + 10)), "base: township approval");
}

rg_case_step county_approval(rg_date date) {
  static const char name[] = "李镇长", phone[] = "13800000000", rank[] = "乡科级领导干部";
  rg_case_step s = case_step(RG_STEP_COUNTY_APPROVE, date);
  s.category = RG_CATEGORY_MARGINAL;
  s.level = RG_LEVEL_RED;
  s.risk_mask = 1u << RG_RISK_ILLNESS;
  s.contact_name = name;
  s.contact_name_len = std::strlen(name);
  s.contact_phone = phone;
  s.contact_phone_len = std::strlen(phone);
  s.contact_rank = rank;
  s.contact_rank_len = std::strlen(rank);
  return s;
}

rg_account account(uint64_t id, uint8_t kind, uint8_t holder_kind, uint64_t holder, uint16_t flags) {
  rg_account a;
  std::memset(&a, 0, sizeof a);
  a.id = id;
  a.holder_id = holder;
  a.fiscal_year = 2025;
  a.flags = flags;
  a.level = RG_FUND_CENTRAL;
  a.kind = kind;
  a.holder_kind = holder_kind;
  return a;
}

rg_transfer transfer(uint64_t id, uint64_t debit, uint64_t credit, rg_money amount, uint16_t code, uint16_t flags,
                     rg_date date, uint64_t project = 0) {
  rg_transfer t;
  std::memset(&t, 0, sizeof t);
  t.id_hi = 1;
  t.id_lo = id;
  t.debit_account_id = debit;
  t.credit_account_id = credit;
  t.amount = amount;
  t.code = code;
  t.flags = flags;
  t.effective_date = date;
  t.project_id = project;
  return t;
}

rg_status transfers(Handles& h, std::vector<rg_transfer> batch, std::size_t* committed = nullptr) {
  std::vector<uint32_t> results(batch.size());
  return rg_ledger_create_transfers(results.data(), committed, h.ledger, batch.data(), batch.size());
}

void project(Handles& h, uint64_t id, const char* name, uint8_t last_status) {
  rg_project p;
  std::memset(&p, 0, sizeof p);
  p.id = id;
  p.region = 500230001001ull;
  p.fiscal_year = 2025;
  p.type = RG_PROJECT_TYPE_INDUSTRY;
  must(rg_project_add(h.ledger, &p, name, std::strlen(name), ymd(2025, 1, 2)), "base: project add");
  for (uint8_t s = RG_PROJECT_ADMITTED; s <= last_status; ++s) {
    if (s == RG_PROJECT_COMPLETED) {
      // Money first (disbursements need a spending state), then completion.
      continue;
    }
    must(rg_project_transition(h.ledger, id, s, ymd(2025, 1, 2 + s)), "base: project transition");
  }
}

rg_asset_draft asset_draft(uint64_t id, rg_money value, uint64_t income_account) {
  static const char name[] = "光伏电站", custodian[] = "管护员";
  rg_asset_draft d;
  std::memset(&d, 0, sizeof d);
  d.id = id;
  d.region = 500230001001ull;
  d.value = value;
  d.name = name;
  d.name_len = std::strlen(name);
  d.management.custodian = custodian;
  d.management.custodian_len = std::strlen(custodian);
  d.management.mode = RG_OPERATION_LEASE;
  d.management.income_account_id = income_account;
  d.management.farmer_link = RG_FARMER_LINK_DIVIDEND;
  d.management.farmer_link_households = 20;
  d.asset_class = RG_ASSET_CLASS_OPERATING;
  d.subtype = RG_ASSET_SUBTYPE_PHOTOVOLTAIC;
  return d;
}

struct PlanData {
  std::vector<uint64_t> households;
  rg_distribution_purpose purposes[2];
  rg_distribution_plan plan;
};

// A plan of `income` split between dividends to `n` households and upkeep.
void make_plan(PlanData& d, uint64_t plan_id, rg_money income, uint64_t first_id_lo, std::size_t n) {
  static const char doc[] = "村民代表大会决议〔2025〕2号";
  d.households.clear();
  for (std::size_t i = 0; i < n; ++i) d.households.push_back(5002300010010000ull + plan_id * 1000 + i + 1);
  std::memset(d.purposes, 0, sizeof d.purposes);
  d.purposes[0].households = d.households.data();
  d.purposes[0].household_count = n;
  d.purposes[0].weight = 3;
  d.purposes[0].payee_account_id = 50;
  d.purposes[0].purpose = RG_PURPOSE_DIVIDENDS;
  d.purposes[1].weight = 1;
  d.purposes[1].payee_account_id = 51;
  d.purposes[1].purpose = RG_PURPOSE_UPKEEP;
  rg_distribution_plan_init(&d.plan);
  d.plan.year = 2025;
  d.plan.plan_id = plan_id;
  d.plan.asset_id = 1;
  d.plan.income = income;
  d.plan.decision_document = doc;
  d.plan.decision_document_len = std::strlen(doc);
  d.plan.decision_date = ymd(2025, 4, 1);
  d.plan.attendees = 41;
  d.plan.votes_for = 37;
  d.plan.votes_against = 1;
  d.plan.notice_start = ymd(2025, 4, 2);
  d.plan.notice_end = ymd(2025, 4, 11);
  d.plan.first_transfer_id_hi = 2025;
  d.plan.first_transfer_id_lo = first_id_lo;
  d.plan.purposes = d.purposes;
  d.plan.purpose_count = 2;
}

std::vector<int64_t> household_keys(Handles& h) {
  rg_household_table* t = nullptr;
  must(rg_household_table_load(&t, h.store, ymd(2025, 6, 30), nullptr, 0), "base: household table");
  rg_household_table_view v;
  std::memset(&v, 0, sizeof v);
  v.struct_size = sizeof v;
  must(rg_household_table_view_get(&v, t), "base: household view");
  std::vector<int64_t> keys(v.household_key, v.household_key + v.count);
  rg_household_table_free(t);
  return keys;
}

}  // namespace

rg_date ymd(int y, int m, int d) {
  rg_date out = 0;
  if (rg_date_from_ymd(&out, y, m, d) != RG_OK) throw std::runtime_error("bad date");
  return out;
}

void must(rg_status st, const std::string& what) {
  if (st != RG_OK) {
    throw std::runtime_error(what + ": " + rg_status_name(st) + ": " + rg_last_error_message());
  }
}

Handles open_handles(const std::string& path) {
  Handles h;
  h.path = path;
  auto fail = [&](rg_status st) {
    h.status = st;
    h.message = rg_last_error_message();
    close_handles(h);
    h.status = st;
    return h;
  };
  if (rg_status st = rg_store_open(&h.store, path.data(), path.size(), nullptr); st != RG_OK) return fail(st);
  if (rg_status st = rg_policy_default(&h.policy, "53", 2, 2025); st != RG_OK) return fail(st);
  if (rg_status st = rg_ledger_open(&h.ledger, h.store); st != RG_OK) return fail(st);
  if (rg_status st = rg_assets_open(&h.assets, h.ledger); st != RG_OK) return fail(st);
  return h;
}

void close_handles(Handles& h) {
  rg_assets_close(h.assets);
  rg_ledger_close(h.ledger);
  rg_store_close(h.store);
  rg_policy_free(h.policy);
  std::string path = std::move(h.path);
  h = Handles{};
  h.path = std::move(path);
}

void remove_store(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal", ".idkey"}) std::filesystem::remove(path + suffix);
}

void copy_store(const std::string& from, const std::string& to) {
  remove_store(to);
  namespace fs = std::filesystem;
  fs::copy_file(from, to);
  for (const char* suffix : {"-wal", ".idkey"}) {
    if (fs::exists(from + suffix)) fs::copy_file(from + suffix, to + suffix);
  }
}

rg_status assess_and_record(rg_store* store, const rg_policy* policy, rg_date as_of, const std::string& label) {
  rg_household_table* t = nullptr;
  if (rg_status st = rg_household_table_load(&t, store, as_of, nullptr, 0); st != RG_OK) return st;
  rg_household_table_view v;
  std::memset(&v, 0, sizeof v);
  v.struct_size = sizeof v;
  rg_status st = rg_household_table_view_get(&v, t);
  const std::size_t n = st == RG_OK ? v.count : 0;
  std::vector<uint8_t> within(n), category(n), level(n);
  std::vector<uint32_t> mask(n);
  std::vector<int32_t> score(n), status(n);
  std::vector<rg_date> next(n);
  std::vector<uint64_t> keys(n);
  if (st == RG_OK) {
    // The table's columns mirror rg_household_columns field for field.
    rg_household_columns in;
    std::memset(&in, 0, sizeof in);
    in.struct_size = sizeof in;
    in.count = n;
    in.region_code = v.region_code;
    in.kind = v.kind;
    in.per_capita_income = v.per_capita_income;
    in.previous_per_capita_income = v.previous_per_capita_income;
    in.net_income = v.net_income;
    in.medical_out_of_pocket = v.medical_out_of_pocket;
    in.education_out_of_pocket = v.education_out_of_pocket;
    in.income_period_end = v.income_period_end;
    in.members = v.members;
    in.labour_capable = v.labour_capable;
    in.weak_labour = v.weak_labour;
    in.seriously_ill = v.seriously_ill;
    in.chronically_ill = v.chronically_ill;
    in.disabled = v.disabled;
    in.guarantee_failures = v.guarantee_failures;
    in.events = v.events;
    rg_assessment_columns out;
    std::memset(&out, 0, sizeof out);
    out.struct_size = sizeof out;
    out.within_monitoring = within.data();
    out.category = category.data();
    out.risk_mask = mask.data();
    out.score = score.data();
    out.level = level.data();
    out.next_visit = next.data();
    out.status = status.data();
    for (std::size_t i = 0; i < n; ++i) keys[i] = static_cast<uint64_t>(v.household_key[i]);
    st = rg_risk_assess_batch(nullptr, &out, &in, policy, as_of);
    if (st == RG_OK) {
      int64_t run = 0;
      st = rg_risk_run_record(&run, store, policy, as_of, keys.data(), n, &out, label.data(), label.size());
    }
  }
  rg_household_table_free(t);
  return st;
}

rg_status small_commit(Handles& h) { return rg_project_set_public_notice(h.ledger, 7001, 1); }

std::vector<WritePath> build_base(const std::string& dir, const std::string& path) {
  // Two synthetic counties as CSV: A goes into the base, B is what the import path imports.
  write_county_csv(dir, "a", 500230000000ull, 40, 7);
  write_county_csv(dir, "b", 500231000000ull, 30, 8);
  remove_store(path);
  Handles h = open_handles(path);
  must(h.status, "base: open " + h.message);
  std::vector<int64_t> keys;
  int64_t case1 = 0, case2 = 0, case3 = 0;
  try {
    rg_csv_files a = csv_files(dir, "a");
    rg_csv_import_result r;
    std::memset(&r, 0, sizeof r);
    r.struct_size = sizeof r;
    must(rg_households_import_csv(&r, h.store, &a, nullptr), "base: import county A");
    must(rg_store_save_policy(h.store, h.policy), "base: save policy");
    keys = household_keys(h);
    if (keys.size() < 30) throw std::runtime_error("base: too few households");

    // Cases: #1 walked to township approval, #2 a fresh clue, #3 monitored.
    const rg_date found = ymd(2025, 3, 1);
    must(rg_case_open(&case1, h.store, keys[0], RG_CHANNEL_HOTLINE_12317, found, "12317", 5), "base: case 1");
    walk_to_township_approved(h, case1, found);
    must(rg_case_open(&case2, h.store, keys[1], RG_CHANNEL_SELF_DECLARED, found, "申请", 6), "base: case 2");
    must(rg_case_open(&case3, h.store, keys[2], RG_CHANNEL_CADRE_VISIT, found, "走访", 6), "base: case 3");
    walk_to_township_approved(h, case3, found);
    must(advance(h, case3, county_approval(found + 12)), "base: case 3 approval");

    // Ledger: source 1, county budget 10 (may not overspend), payees 30/41/50/51, asset income 40.
    std::vector<rg_account> accounts = {
        account(1, RG_ACCOUNT_KIND_SOURCE, RG_HOLDER_REGION, 500230000000ull, 0),
        account(10, RG_ACCOUNT_KIND_BUDGET, RG_HOLDER_REGION, 500230000000ull, RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS),
        account(30, RG_ACCOUNT_KIND_PAYEE, RG_HOLDER_PAYEE, 30, 0),
        account(40, RG_ACCOUNT_KIND_INCOME, RG_HOLDER_PROJECT, 7001, RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS),
        account(41, RG_ACCOUNT_KIND_PAYEE, RG_HOLDER_PAYEE, 41, 0),
        account(50, RG_ACCOUNT_KIND_PAYEE, RG_HOLDER_PAYEE, 50, 0),
        account(51, RG_ACCOUNT_KIND_PAYEE, RG_HOLDER_PAYEE, 51, 0)};
    std::vector<uint32_t> results(accounts.size());
    must(rg_ledger_create_accounts(results.data(), h.ledger, accounts.data(), accounts.size()), "base: accounts");
    project(h, 7001, "村级光伏电站", RG_PROJECT_UNDER_CONSTRUCTION);
    project(h, 7002, "花椒基地", RG_PROJECT_APPROVED);
    project(h, 7004, "冷库", RG_PROJECT_UNDER_CONSTRUCTION);
    must(transfers(h, {transfer(1, 1, 10, 500000 * kYuan, RG_CODE_ALLOCATE, RG_TRANSFER_LINKED, ymd(2025, 2, 1)),
                       transfer(2, 10, 30, 100000 * kYuan, RG_CODE_DISBURSE, 0, ymd(2025, 2, 2), 7001),
                       transfer(3, 10, 30, 8000 * kYuan, RG_CODE_DISBURSE, 0, ymd(2025, 2, 3), 7004)}),
         "base: allocate and disburse");
    must(rg_project_transition(h.ledger, 7001, RG_PROJECT_COMPLETED, ymd(2025, 3, 1)), "base: 7001 completed");
    must(rg_project_transition(h.ledger, 7004, RG_PROJECT_COMPLETED, ymd(2025, 3, 1)), "base: 7004 completed");
    rg_asset_draft d = asset_draft(1, 100000 * kYuan, 40);
    must(rg_assets_capitalise(h.assets, 7001, ymd(2025, 3, 2), &d, 1), "base: capitalise");
    must(rg_assets_confirm_ownership(h.assets, 1, ymd(2025, 3, 3), "证 1", std::strlen("证 1")), "base: confirm");
    must(rg_assets_hand_over(h.assets, 1, ymd(2025, 3, 4)), "base: hand over");
    must(rg_assets_set_status(h.assets, 1, RG_ASSET_STATUS_OPERATING, ymd(2025, 3, 5)), "base: operating");
    must(rg_assets_record_income(h.assets, 1, 9, 1, 41, 100000 * kYuan, ymd(2025, 3, 31)), "base: income");
    PlanData p1;
    make_plan(p1, 2025001, 30000 * kYuan, 1, 20);
    must(rg_assets_add_distribution(h.assets, &p1.plan), "base: plan 1");
  } catch (...) {
    close_handles(h);
    throw;
  }
  close_handles(h);

  std::vector<WritePath> paths;
  const std::string csv_dir = dir;
  paths.push_back({"CSV import (30 households)", [csv_dir](Handles& x) {
                     rg_csv_files b = csv_files(csv_dir, "b");
                     rg_csv_import_result r;
                     std::memset(&r, 0, sizeof r);
                     r.struct_size = sizeof r;
                     return rg_households_import_csv(&r, x.store, &b, nullptr);
                   }});
  paths.push_back({"assessment run (40 rows)", [](Handles& x) {
                     return assess_and_record(x.store, x.policy, ymd(2025, 6, 30), "faults");
                   }});
  paths.push_back({"case open", [keys](Handles& x) {
                     int64_t id = 0;  // the 4th household has no case in the base
                     return rg_case_open(&id, x.store, keys[3], RG_CHANNEL_PHONE_APP, ymd(2025, 4, 1), "app", 3);
                   }});
  paths.push_back({"case step: verify", [case2](Handles& x) {
                     rg_case_step s = case_step(RG_STEP_VERIFY, ymd(2025, 3, 5));
                     s.consent_signed = 1;
                     return advance(x, case2, s);
                   }});
  paths.push_back({"case step: county approval", [case1](Handles& x) {
                     return advance(x, case1, county_approval(ymd(2025, 3, 13)));
                   }});
  paths.push_back({"case measure", [case3](Handles& x) {
                     int64_t id = 0;
                     static const char content[] = "大病救助";
                     return rg_case_add_measure(&id, x.store, case3, RG_MEASURE_HEALTH, ymd(2025, 3, 20), RG_DATE_NONE,
                                                2000 * kYuan, RG_MEASURE_IMPLEMENTED, content, std::strlen(content),
                                                kActor, std::strlen(kActor));
                   }});
  paths.push_back({"case visit", [case3](Handles& x) {
                     int64_t id = 0;
                     static const char findings[] = "收入稳定";
                     return rg_case_record_visit(&id, x.store, case3, ymd(2025, 3, 25), kActor, std::strlen(kActor),
                                                 findings, std::strlen(findings));
                   }});
  paths.push_back({"alerts scan", [](Handles& x) {
                     return rg_alerts_scan(nullptr, nullptr, nullptr, x.store, x.policy, ymd(2025, 9, 30));
                   }});
  paths.push_back({"department clues (24 records)", [keys](Handles& x) {
                     const std::size_t n = 24;
                     std::vector<int64_t> key(n);
                     std::vector<uint8_t> dept(n), metric(n);
                     std::vector<rg_money> amount(n);
                     std::vector<rg_date> period(n);
                     for (std::size_t i = 0; i < n; ++i) {
                       key[i] = keys[5 + i / 2];
                       const bool medical = i % 2 == 0;
                       dept[i] = medical ? RG_DEPT_MEDICAL_INSURANCE : RG_DEPT_HUMAN_RESOURCES;
                       metric[i] = medical ? RG_METRIC_INPATIENT_OOP_YTD : RG_METRIC_JOB_LOSS;
                       amount[i] = medical ? 30000 * kYuan : 0;
                       period[i] = ymd(2025, 5, 1 + static_cast<int>(i % 20));
                     }
                     rg_department_records r;
                     std::memset(&r, 0, sizeof r);
                     r.struct_size = sizeof r;
                     r.count = n;
                     r.household_key = key.data();
                     r.department = dept.data();
                     r.metric = metric.data();
                     r.amount = amount.data();
                     r.period = period.data();
                     rg_ingest_result out;
                     std::memset(&out, 0, sizeof out);
                     out.struct_size = sizeof out;
                     std::vector<int32_t> status(n);
                     return rg_cases_ingest(&out, status.data(), x.store, x.policy, &r);
                   }});
  paths.push_back({"ledger accounts (3)", [](Handles& x) {
                     std::vector<rg_account> a = {
                         account(60, RG_ACCOUNT_KIND_PAYEE, RG_HOLDER_PAYEE, 60, 0),
                         account(61, RG_ACCOUNT_KIND_PAYEE, RG_HOLDER_PAYEE, 61, 0),
                         account(11, RG_ACCOUNT_KIND_BUDGET, RG_HOLDER_REGION, 500230001000ull,
                                 RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS)};
                     std::vector<uint32_t> r(a.size());
                     return rg_ledger_create_accounts(r.data(), x.ledger, a.data(), a.size());
                   }});
  paths.push_back({"ledger batch (chains, pending, post)", [](Handles& x) {
                     const rg_date d = ymd(2025, 5, 10);
                     rg_transfer post = transfer(103, 10, 30, 4000 * kYuan, RG_CODE_DISBURSE, RG_TRANSFER_POST_PENDING, d, 7002);
                     post.ref_id_hi = 1;
                     post.ref_id_lo = 102;
                     return transfers(x, {transfer(100, 1, 10, 50000 * kYuan, RG_CODE_ALLOCATE, RG_TRANSFER_LINKED, d),
                                          transfer(101, 10, 30, 10000 * kYuan, RG_CODE_DISBURSE, 0, d, 7002),
                                          transfer(102, 10, 30, 5000 * kYuan, RG_CODE_DISBURSE, RG_TRANSFER_PENDING, d, 7002),
                                          post,
                                          // A chain that fails on its second member: nothing of it applies.
                                          transfer(104, 1, 10, 1000 * kYuan, RG_CODE_ALLOCATE, RG_TRANSFER_LINKED, d),
                                          transfer(105, 10, 30, 9000000 * kYuan, RG_CODE_DISBURSE, 0, d, 7002)});
                   }});
  paths.push_back({"project add", [](Handles& x) {
                     rg_project p;
                     std::memset(&p, 0, sizeof p);
                     p.id = 7003;
                     p.region = 500230001001ull;
                     p.fiscal_year = 2025;
                     p.type = RG_PROJECT_TYPE_EMPLOYMENT;
                     return rg_project_add(x.ledger, &p, "帮扶车间", std::strlen("帮扶车间"), ymd(2025, 4, 1));
                   }});
  paths.push_back({"project transition", [](Handles& x) {
                     return rg_project_transition(x.ledger, 7002, RG_PROJECT_UNDER_CONSTRUCTION, ymd(2025, 4, 2));
                   }});
  paths.push_back({"asset capitalise", [](Handles& x) {
                     rg_asset_draft d = asset_draft(2, 8000 * kYuan, 0);
                     return rg_assets_capitalise(x.assets, 7004, ymd(2025, 3, 10), &d, 1);
                   }});
  paths.push_back({"asset status change", [](Handles& x) {
                     return rg_assets_set_status(x.assets, 1, RG_ASSET_STATUS_IDLE, ymd(2025, 6, 1));
                   }});
  paths.push_back({"asset income", [](Handles& x) {
                     return rg_assets_record_income(x.assets, 1, 9, 2, 41, 5000 * kYuan, ymd(2025, 4, 30));
                   }});
  paths.push_back({"distribution plan add", [](Handles& x) {
                     PlanData p;
                     make_plan(p, 2025002, 20000 * kYuan, 101, 15);
                     return rg_assets_add_distribution(x.assets, &p.plan);
                   }});
  paths.push_back({"distribution post (paid via ledger chain)", [](Handles& x) {
                     uint8_t paid = 0;
                     return rg_assets_post_distribution(&paid, x.assets, 2025001, ymd(2025, 4, 12));
                   }});
  return paths;
}

}  // namespace rg::faults
