#include "sim/simulator.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

#include "faults/db_digest.hpp"
#include "faults/fault_vfs.hpp"
#include "faults/scratch_dir.hpp"
#include "faults/write_paths.hpp"
#include "ruralguard/ruralguard.h"

namespace rg::sim {
namespace {

using faults::Handles;
using faults::ymd;

constexpr rg_money kYuan = RG_MONEY_UNITS_PER_YUAN;
constexpr int kCounties = 3;  // extra CSV counties the import steps choose from
const char kActor[] = "村干部";

// SplitMix64: the same sequence on every platform.
struct Rng {
  uint64_t s;
  explicit Rng(uint64_t seed) : s(seed) {}
  uint64_t next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  uint64_t below(uint64_t n) { return n == 0 ? 0 : next() % n; }
};

const char* op_name(Op op) {
  switch (op) {
    case Op::kImport: return "csv-import";
    case Op::kAssess: return "assessment-run";
    case Op::kCaseOpen: return "case-open";
    case Op::kCaseStep: return "case-step";
    case Op::kClues: return "department-clues";
    case Op::kLedgerBatch: return "ledger-batch";
    case Op::kAssetIncome: return "asset-income";
    case Op::kPlanAdd: return "distribution-plan";
    case Op::kPlanPost: return "distribution-post";
    case Op::kAlertsScan: return "alerts-scan";
    case Op::kReopen: return "reopen";
    case Op::kPowerLoss: return "power-loss";
    case Op::kSecondLedger: return "second-ledger-handle";
    case Op::kTransaction: return "caller-transaction";
    case Op::kMeasure: return "case-measure";
    case Op::kVisit: return "case-visit";
    default: return "?";
  }
}

// Allowed one-step moves of the case procedure (docs/monitoring.md).
bool reachable(uint8_t from, uint8_t to) {
  if (from == to) return true;
  switch (from) {
    case RG_CASE_CLUE:
    case RG_CASE_VERIFIED:
    case RG_CASE_COMPARED:
    case RG_CASE_REVIEWED:
    case RG_CASE_NOTICED:
    case RG_CASE_TOWNSHIP_APPROVED: return to == from + 1 || to == RG_CASE_REJECTED;
    case RG_CASE_MONITORED: return to == RG_CASE_ELIMINATION_VERIFIED;
    case RG_CASE_ELIMINATION_VERIFIED:
    case RG_CASE_ELIMINATION_REVIEWED:
    case RG_CASE_ELIMINATION_NOTICED:
    case RG_CASE_ELIMINATION_TOWNSHIP_APPROVED: return to == from + 1 || to == RG_CASE_MONITORED;
    case RG_CASE_ELIMINATED: return to == RG_CASE_MONITORED;
    default: return false;
  }
}

struct Pending {
  uint64_t id_lo;
  rg_money amount;
};

struct Plan {
  uint64_t id;
  rg_money income;
  bool paid;
};

struct CaseModel {
  uint8_t state;
  rg_date last;  // date of the last event
  rg_date notice_end;
};

struct Failure {
  std::string check, message;
};

bool store_level(Op op) {
  return op == Op::kImport || op == Op::kAssess || op == Op::kCaseOpen || op == Op::kCaseStep || op == Op::kClues ||
         op == Op::kAlertsScan || op == Op::kMeasure || op == Op::kVisit;
}

}  // namespace

std::string describe(const Step& s) {
  std::string out = std::string(op_name(s.op)) + "(a=" + std::to_string(s.a % 1000) + ", b=" + std::to_string(s.b % 1000) + ")";
  if (s.second_handle && store_level(s.op)) out += " via the second store handle";
  if (s.crash) {
    out += " with a power loss before mutating I/O point " + std::to_string(s.fault_at);
  } else if (s.fault_at != 0) {
    out += std::string(" with a ") + (s.persistent ? "persistent" : "transient") + " fault at I/O point " + std::to_string(s.fault_at);
  }
  return out;
}

std::vector<Step> plan_steps(uint64_t seed, std::size_t steps) {
  // Weights per op, in Op order: a county's year is mostly cases, clues and fund movements.
  static const unsigned weights[] = {3, 4, 6, 14, 6, 14, 4, 3, 3, 2, 2, 2, 2, 3, 4, 3};
  static_assert(sizeof weights / sizeof weights[0] == static_cast<std::size_t>(Op::kCount));
  unsigned total = 0;
  for (unsigned w : weights) total += w;
  Rng rng(seed * 0x100000001b3ull + 1);
  std::vector<Step> out;
  out.reserve(steps);
  for (std::size_t i = 0; i < steps; ++i) {
    Step s;
    unsigned pick = static_cast<unsigned>(rng.below(total));
    unsigned k = 0;
    while (pick >= weights[k]) pick -= weights[k++];
    s.op = static_cast<Op>(k);
    s.a = rng.next();
    s.b = rng.next();
    if (rng.below(100) < 15 && s.op != Op::kReopen && s.op != Op::kPowerLoss && s.op != Op::kSecondLedger &&
        s.op != Op::kTransaction) {
      // Most operations have 3-15 I/O points on a warm handle (tests/faults): mostly aim there.
      s.fault_at = static_cast<uint32_t>(1 + rng.below(rng.below(4) == 0 ? 40 : 12));
      s.persistent = rng.below(2) == 1;
    }
    s.second_handle = rng.below(3) == 0;
    // Store-level operations may instead lose power in the middle of the call.
    if (s.fault_at != 0 && store_level(s.op) && rng.below(3) == 0) s.crash = true;
    out.push_back(s);
  }
  return out;
}

struct Simulator::Env {
  faults::ScratchDir dir{"sim"};
  std::string base, work;
  faults::FaultVfs& vfs = faults::FaultVfs::install();
  Env() {
    base = dir.file("base.db");
    work = dir.file("work.db");
    (void)faults::build_base(dir.str(), base);
    for (int c = 0; c < kCounties; ++c) {
      faults::write_county_csv(dir.str(), "c" + std::to_string(c), 500232000000ull + 1000000ull * c, 12, 100 + c);
    }
  }
};

namespace {

// One run: the live handles, the model and the checks.
class Run {
 public:
  Run(Simulator::Env& env, RunResult& result) : env_(env), r_(result) {}
  ~Run() { close_all(); }

  void start() {
    faults::copy_store(env_.base, env_.work);
    env_.vfs.forget_unsynced();
    open_all();
    for (uint64_t id : {1, 10, 30, 40, 41, 50, 51}) {
      rg_balance b{};
      if (rg_ledger_balance(&b, h_.ledger, id) != RG_OK) throw std::runtime_error("base account missing");
      model_[id] = b;
    }
    plans_.push_back({2025001, 30000 * kYuan, false});
    undistributed_ = 70000 * kYuan;
    refresh_keys();
    discover_cases();
    if (rg_households_count(nullptr, &households_, nullptr, nullptr, h_.store) != RG_OK) throw std::runtime_error("count");
  }

  // Runs one step and checks every invariant; an empty check means all hold.
  Failure step(const Step& s) {
    current_ = s;
    Failure f;
    try {
      apply(s);
      f = check_all();
    } catch (const std::exception& e) {
      f = {"harness", e.what()};
    }
    return f;
  }

 private:
  // ---- handles
  void open_all() {
    h_ = faults::open_handles(env_.work);
    if (h_.status != RG_OK) throw std::runtime_error("reopen failed: " + h_.message);
    if (rg_store_open(&s2_, env_.work.data(), env_.work.size(), nullptr) != RG_OK) {
      throw std::runtime_error(std::string("second handle: ") + rg_last_error_message());
    }
  }
  void close_all() {
    faults::close_handles(h_);
    rg_store_close(s2_);
    s2_ = nullptr;
  }
  rg_store* store_for(const Step& s) { return s.second_handle ? s2_ : h_.store; }

  // ---- fault window around the library call of a step
  template <typename F>
  rg_status call(F&& f) {
    if (current_.crash) {
      env_.vfs.arm({});
      env_.vfs.crash_before_mutation(current_.fault_at);
    } else if (current_.fault_at != 0) {
      env_.vfs.arm({current_.fault_at, current_.persistent, current_.b % 2 == 0});
      ++r_.faults_armed;
    }
    const rg_status st = f();
    if (current_.crash) {
      env_.vfs.disarm();
      if (env_.vfs.dead()) {
        // The machine died inside the call: the connections go away, unsynced writes are lost
        // (a torn flush keeps a prefix of them), the file must reopen intact.
        close_all();
        env_.vfs.restore_after_power_loss(current_.a | 1);
        ++r_.crashes_mid_call;
        const std::string integrity = faults::integrity_of(env_.work);
        if (integrity != "ok") throw std::runtime_error("integrity_check after a power loss mid-call: " + integrity);
        open_all();  // whatever the call said, the invariants judge the state it left
      }
    } else if (current_.fault_at != 0) {
      r_.faults_fired += env_.vfs.counts().injected;
      env_.vfs.disarm();
    }
    if (st != RG_OK) ++r_.errors_returned;
    if (st == RG_EINTERNAL) internal_ = std::string(op_name(current_.op)) + ": " + rg_last_error_message();
    return st;
  }

  // ---- steps
  void apply(const Step& s) {
    Rng rng(s.a ^ (s.b << 1));
    switch (s.op) {
      case Op::kImport: {
        rg_csv_files f = faults::csv_files(env_.dir.str(), "c" + std::to_string(s.a % kCounties));
        rg_csv_import_result res;
        std::memset(&res, 0, sizeof res);
        res.struct_size = sizeof res;
        if (call([&] { return rg_households_import_csv(&res, store_for(s), &f, nullptr); }) == RG_OK) refresh_keys();
        break;
      }
      case Op::kAssess: assess(s); break;
      case Op::kCaseOpen: {
        int64_t id = 0;
        const int64_t key = keys_[s.a % keys_.size()];
        call([&] {
          return rg_case_open(&id, store_for(s), key, static_cast<int32_t>(1 + s.b % 4), ymd(2025, 3, 1) + static_cast<int>(s.b % 60),
                              "sim", 3);
        });
        break;
      }
      case Op::kCaseStep: case_step(s, rng); break;
      case Op::kClues: clues(s, rng); break;
      case Op::kLedgerBatch: ledger_batch(rng); break;
      case Op::kAssetIncome: {
        const rg_money amount = static_cast<rg_money>(1 + rng.below(5000)) * kYuan;
        const uint64_t id = ++income_ids_;
        if (call([&] {
              return rg_assets_record_income(h_.assets, 1, 3, id, 41, amount, ymd(2025, 4, 1) + static_cast<int>(rng.below(200)));
            }) == RG_OK) {
          model_[41].debits_posted += amount;
          model_[40].credits_posted += amount;
          undistributed_ += amount;
        }
        break;
      }
      case Op::kPlanAdd: plan_add(rng); break;
      case Op::kPlanPost: {
        if (plans_.empty()) break;
        Plan& p = plans_[s.a % plans_.size()];
        uint8_t paid = 0;
        if (call([&] { return rg_assets_post_distribution(&paid, h_.assets, p.id, ymd(2025, 4, 12) + static_cast<int>(rng.below(100))); }) ==
                RG_OK &&
            paid == 1 && !p.paid) {
          p.paid = true;
          rg_money parts[2];
          const int64_t weights[2] = {3, 1};
          if (rg_money_allocate_fen(parts, p.income, weights, 2) != RG_OK) throw std::runtime_error("allocate");
          model_[40].debits_posted += p.income;
          model_[50].credits_posted += parts[0];
          model_[51].credits_posted += parts[1];
        }
        break;
      }
      case Op::kAlertsScan:
        call([&] { return rg_alerts_scan(nullptr, nullptr, nullptr, store_for(s), h_.policy, ymd(2025, 6, 1) + static_cast<int>(s.a % 200)); });
        break;
      case Op::kReopen:
        close_all();
        open_all();
        ++r_.reopens;
        break;
      case Op::kPowerLoss: {
        env_.vfs.die_now();
        close_all();
        env_.vfs.restore_after_power_loss(s.b % 2 == 0 ? 0 : (s.a | 1));
        ++r_.power_losses;
        const std::string integrity = faults::integrity_of(env_.work);
        if (integrity != "ok") throw std::runtime_error("integrity_check after power loss: " + integrity);
        open_all();
        break;
      }
      case Op::kSecondLedger: {
        // A second ledger handle on the second store handle reads the same balances (it is a
        // reader here: the ledger is one writer per file).
        rg_ledger* l2 = nullptr;
        const rg_status st = rg_ledger_open(&l2, s2_);
        if (st != RG_OK) throw std::runtime_error(std::string("second ledger open: ") + rg_last_error_message());
        std::string bad;
        for (const auto& [id, want] : model_) {
          rg_balance got{};
          if (rg_ledger_balance(&got, l2, id) != RG_OK || std::memcmp(&got, &want, sizeof got) != 0) {
            bad = "account " + std::to_string(id) + " differs in the second ledger handle";
            break;
          }
        }
        rg_ledger_close(l2);
        if (!bad.empty()) second_ledger_failure_ = bad;
        break;
      }
      case Op::kTransaction: {
        // The caller's own transaction on the second handle: a case opened and stepped inside it
        // (the library's units become savepoints), then committed or rolled back whole.
        ++r_.transactions;
        if (rg_store_begin(s2_) != RG_OK) throw std::runtime_error(std::string("begin: ") + rg_last_error_message());
        int64_t id = 0;
        const int64_t key = keys_[s.a % keys_.size()];
        const rg_date found = ymd(2025, 3, 1) + static_cast<int>(s.b % 60);
        const rg_status opened = rg_case_open(&id, s2_, key, RG_CHANNEL_CADRE_VISIT, found, "txn", 3);
        if (opened == RG_EINTERNAL) internal_ = std::string("case open in a transaction: ") + rg_last_error_message();
        if (opened == RG_OK) {
          rg_case_step st;
          rg_case_step_init(&st);
          st.step = RG_STEP_VERIFY;
          st.consent_signed = 1;
          st.actor = kActor;
          st.actor_len = std::strlen(kActor);
          st.date = found + 1;
          uint8_t out = 0;
          if (rg_case_advance(&out, s2_, h_.policy, id, &st) == RG_EINTERNAL) internal_ = rg_last_error_message();
        }
        const bool commit = s.b % 2 == 0;
        const rg_status end = commit ? rg_store_commit(s2_) : rg_store_rollback(s2_);
        if (end != RG_OK) throw std::runtime_error(std::string("end of transaction: ") + rg_last_error_message());
        if (!commit && opened == RG_OK) {
          rg_case_info info;
          std::memset(&info, 0, sizeof info);
          info.struct_size = sizeof info;
          if (rg_case_get(&info, h_.store, id) != RG_ENOTFOUND) {
            model_failure_ = "case " + std::to_string(id) + " opened in a rolled-back transaction is visible";
          }
        }
        break;
      }
      case Op::kMeasure: {
        // A measure for a case (the library refuses unless it is monitored), implemented or
        // planned; sometimes the status of an earlier one moves on.
        if (cases_.empty()) break;
        auto it = cases_.begin();
        std::advance(it, static_cast<long>(s.a % cases_.size()));
        static const char content[] = "帮扶措施";
        rg_store* store = store_for(s);
        if (!measures_.empty() && rng.below(3) == 0) {
          const int64_t m = measures_[rng.below(measures_.size())];
          call([&] {
            return rg_case_set_measure_status(store, m, static_cast<int32_t>(2 + rng.below(2)), it->second.last + 1, kActor,
                                              std::strlen(kActor));
          });
          break;
        }
        int64_t id = 0;
        if (call([&] {
              return rg_case_add_measure(&id, store, it->first, static_cast<int32_t>(1 + rng.below(16)), it->second.last,
                                         RG_DATE_NONE, static_cast<rg_money>(rng.below(5000)) * kYuan,
                                         static_cast<int32_t>(1 + rng.below(2)), content, std::strlen(content), kActor,
                                         std::strlen(kActor));
            }) == RG_OK) {
          measures_.push_back(id);
        }
        break;
      }
      case Op::kVisit: {
        if (cases_.empty()) break;
        auto it = cases_.begin();
        std::advance(it, static_cast<long>(s.a % cases_.size()));
        static const char findings[] = "走访核实";
        int64_t id = 0;
        rg_store* store = store_for(s);
        call([&] {
          return rg_case_record_visit(&id, store, it->first, it->second.last + static_cast<int>(rng.below(30)), kActor,
                                      std::strlen(kActor), findings, std::strlen(findings));
        });
        break;
      }
      default: break;
    }
  }

 public:
  void tally_cases() {
    for (const auto& [id, c] : cases_) {
      if (c.state < 14) ++r_.cases_by_state[c.state];
    }
  }

 private:
  void assess(const Step& s) {
    rg_store* store = store_for(s);
    call([&] { return faults::assess_and_record(store, h_.policy, ymd(2025, 6, 30), "sim"); });
  }

  void case_step(const Step& s, Rng& rng) {
    if (cases_.empty()) return;
    auto it = cases_.begin();
    // Half the steps go to the six oldest cases, so that some walk the whole procedure.
    const std::size_t pool = s.b % 2 == 0 ? std::min<std::size_t>(6, cases_.size()) : cases_.size();
    std::advance(it, static_cast<long>(s.a % pool));
    const int64_t id = it->first;
    CaseModel& c = it->second;
    rg_case_step st;
    rg_case_step_init(&st);
    st.actor = kActor;
    st.actor_len = std::strlen(kActor);
    st.date = c.last + static_cast<int>(1 + rng.below(2));
    const bool reject = rng.below(10) == 0;
    switch (c.state) {
      case RG_CASE_CLUE:
        st.step = RG_STEP_VERIFY;
        st.consent_signed = rng.below(8) != 0;
        break;
      case RG_CASE_VERIFIED:
        st.step = RG_STEP_COMPARE;
        st.comparison_passed = rng.below(10) != 0;
        break;
      case RG_CASE_COMPARED:
      case RG_CASE_ELIMINATION_VERIFIED:
        st.step = RG_STEP_REVIEW;
        st.votes_for = rng.below(10) == 0 ? 2 : 21;
        st.votes_against = 21 - st.votes_for + 2;
        break;
      case RG_CASE_REVIEWED:
      case RG_CASE_ELIMINATION_REVIEWED:
        st.step = RG_STEP_NOTICE;
        st.notice_start = st.date;
        st.notice_end = st.date + static_cast<int>(rng.below(8) == 0 ? 2 : 4);
        break;
      case RG_CASE_NOTICED:
      case RG_CASE_ELIMINATION_NOTICED:
        st.step = RG_STEP_TOWNSHIP_APPROVE;
        st.date = std::max(st.date, c.notice_end + 1);
        break;
      case RG_CASE_TOWNSHIP_APPROVED:
      case RG_CASE_ELIMINATION_TOWNSHIP_APPROVED: {
        static const char name[] = "李镇长", phone[] = "13800000000", rank[] = "乡科级领导干部";
        st.step = RG_STEP_COUNTY_APPROVE;
        st.category = RG_CATEGORY_MARGINAL;
        st.level = static_cast<uint8_t>(1 + rng.below(3));
        st.risk_mask = 1u << RG_RISK_ILLNESS;
        st.elimination_kind = RG_ELIMINATION_AIDED;
        st.income_stable_since = c.last - 200;
        st.contact_name = name;
        st.contact_name_len = std::strlen(name);
        st.contact_phone = phone;
        st.contact_phone_len = std::strlen(phone);
        st.contact_rank = rank;
        st.contact_rank_len = std::strlen(rank);
        break;
      }
      case RG_CASE_MONITORED:
        st.step = RG_STEP_START_ELIMINATION;
        st.date = c.last + 200;  // long enough monitored for the elimination gate to be reachable
        break;
      case RG_CASE_ELIMINATED:
        st.step = RG_STEP_ROLLBACK;
        st.level = RG_LEVEL_YELLOW;
        break;
      default: return;  // rejected: final
    }
    if (reject && c.state != RG_CASE_MONITORED && c.state != RG_CASE_ELIMINATED) st.step = RG_STEP_REJECT;
    uint8_t out = 0;
    rg_store* store = store_for(s);
    const rg_status status = call([&] { return rg_case_advance(&out, store, h_.policy, id, &st); });
    if (status == RG_OK) {
      pending_dates_[id] = {st.date, st.notice_end};
    } else if (status == RG_ERANGE) {
      c.last += 5;  // a date before the previous event: try later dates
    }
  }

  void clues(const Step& s, Rng& rng) {
    const std::size_t n = 1 + rng.below(12);
    std::vector<int64_t> key(n);
    std::vector<uint8_t> dept(n), metric(n);
    std::vector<rg_money> amount(n);
    std::vector<rg_date> period(n);
    for (std::size_t i = 0; i < n; ++i) {
      key[i] = keys_[rng.below(keys_.size())];
      const bool medical = rng.below(2) == 0;
      dept[i] = medical ? RG_DEPT_MEDICAL_INSURANCE : RG_DEPT_HUMAN_RESOURCES;
      metric[i] = medical ? RG_METRIC_INPATIENT_OOP_YTD : RG_METRIC_JOB_LOSS;
      amount[i] = medical ? static_cast<rg_money>(rng.below(40000)) * kYuan : 0;
      period[i] = ymd(2025, 3, 1) + static_cast<int>(rng.below(200));
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
    rg_store* store = store_for(s);
    call([&] { return rg_cases_ingest(&out, status.data(), store, h_.policy, &r); });
  }

  rg_transfer transfer(uint64_t debit, uint64_t credit, rg_money amount, uint16_t code, uint16_t flags, rg_date date,
                       uint64_t project = 0) {
    rg_transfer t;
    std::memset(&t, 0, sizeof t);
    t.id_hi = 2;
    t.id_lo = ++transfer_ids_;
    t.debit_account_id = debit;
    t.credit_account_id = credit;
    t.amount = amount;
    t.code = code;
    t.flags = flags;
    t.effective_date = date;
    t.project_id = project;
    return t;
  }

  void ledger_batch(Rng& rng) {
    std::vector<rg_transfer> batch;
    std::vector<int> post_of;  // per transfer: index into pending_ it posts/voids, or -1
    const rg_date d = ymd(2025, 5, 1) + static_cast<int>(rng.below(200));
    const std::size_t groups = 1 + rng.below(5);
    std::set<std::size_t> used_pending;
    for (std::size_t g = 0; g < groups; ++g) {
      switch (rng.below(5)) {
        case 0:
          batch.push_back(transfer(1, 10, static_cast<rg_money>(1 + rng.below(5000)) * kYuan, RG_CODE_ALLOCATE, 0, d));
          post_of.push_back(-1);
          break;
        case 1:
          batch.push_back(transfer(10, 30, static_cast<rg_money>(1 + rng.below(3000)) * kYuan, RG_CODE_DISBURSE, 0, d, 7002));
          post_of.push_back(-1);
          break;
        case 2: {  // a linked chain; one in three overspends on its last member and fails whole
          const std::size_t len = 2 + rng.below(2);
          for (std::size_t k = 0; k < len; ++k) {
            const bool last = k + 1 == len;
            const bool overspend = last && rng.below(3) == 0;
            const rg_money amount = (overspend ? 90000000 : static_cast<rg_money>(1 + rng.below(2000))) * kYuan;
            batch.push_back(k == 0 ? transfer(1, 10, amount, RG_CODE_ALLOCATE, RG_TRANSFER_LINKED, d)
                                   : transfer(10, 30, amount, RG_CODE_DISBURSE, last ? 0 : RG_TRANSFER_LINKED, d, 7002));
            post_of.push_back(-1);
          }
          break;
        }
        case 3:
          batch.push_back(transfer(10, 30, static_cast<rg_money>(1 + rng.below(3000)) * kYuan, RG_CODE_DISBURSE,
                                   RG_TRANSFER_PENDING, d, 7002));
          post_of.push_back(-1);
          break;
        default: {
          if (pending_.empty()) break;
          const std::size_t p = rng.below(pending_.size());
          if (!used_pending.insert(p).second) break;
          const bool post = rng.below(3) != 0;
          const rg_money amount = post ? std::max<rg_money>(kYuan, pending_[p].amount - static_cast<rg_money>(rng.below(3)) * kYuan)
                                       : pending_[p].amount;
          rg_transfer t = transfer(10, 30, amount, RG_CODE_DISBURSE,
                                   post ? RG_TRANSFER_POST_PENDING : RG_TRANSFER_VOID_PENDING, d, 7002);
          t.ref_id_hi = 2;
          t.ref_id_lo = pending_[p].id_lo;
          batch.push_back(t);
          post_of.push_back(static_cast<int>(p));
        }
      }
    }
    if (batch.empty()) return;
    std::vector<uint32_t> results(batch.size());
    std::size_t committed = 0;
    if (call([&] { return rg_ledger_create_transfers(results.data(), &committed, h_.ledger, batch.data(), batch.size()); }) != RG_OK) {
      return;  // nothing of the batch was committed
    }
    r_.transfers_committed += committed;
    std::set<std::size_t> settled;
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (results[i] != RG_TRANSFER_OK) continue;
      const rg_transfer& t = batch[i];
      rg_balance& dr = model_[t.debit_account_id];
      rg_balance& cr = model_[t.credit_account_id];
      if (t.flags & RG_TRANSFER_PENDING) {
        dr.debits_pending += t.amount;
        cr.credits_pending += t.amount;
        pending_.push_back({t.id_lo, t.amount});
      } else if (post_of[i] >= 0) {
        const rg_money reserved = pending_[static_cast<std::size_t>(post_of[i])].amount;
        dr.debits_pending -= reserved;
        cr.credits_pending -= reserved;
        if (t.flags & RG_TRANSFER_POST_PENDING) {
          dr.debits_posted += t.amount;
          cr.credits_posted += t.amount;
        }
        settled.insert(static_cast<std::size_t>(post_of[i]));
      } else {
        dr.debits_posted += t.amount;
        cr.credits_posted += t.amount;
      }
    }
    // Reservations posted or voided leave the list (highest index first).
    for (auto it = settled.rbegin(); it != settled.rend(); ++it) pending_.erase(pending_.begin() + static_cast<long>(*it));
  }

  void plan_add(Rng& rng) {
    static const char doc[] = "村民代表大会决议";
    const std::size_t n = 1 + rng.below(8);
    std::vector<uint64_t> households(n);
    const uint64_t plan_id = 2026000 + (++plan_ids_);
    for (std::size_t i = 0; i < n; ++i) households[i] = plan_id * 100 + i + 1;
    rg_distribution_purpose purposes[2];
    std::memset(purposes, 0, sizeof purposes);
    purposes[0].households = households.data();
    purposes[0].household_count = n;
    purposes[0].weight = 3;
    purposes[0].payee_account_id = 50;
    purposes[0].purpose = RG_PURPOSE_DIVIDENDS;
    purposes[1].weight = 1;
    purposes[1].payee_account_id = 51;
    purposes[1].purpose = RG_PURPOSE_UPKEEP;
    rg_distribution_plan p;
    rg_distribution_plan_init(&p);
    p.year = 2025;
    p.plan_id = plan_id;
    p.asset_id = 1;
    // Sometimes more than is left undistributed: the library must refuse it.
    p.income = static_cast<rg_money>(1 + rng.below(rng.below(6) == 0 ? 200000 : 8000)) * kYuan;
    p.decision_document = doc;
    p.decision_document_len = std::strlen(doc);
    p.decision_date = ymd(2025, 4, 1);
    p.attendees = 41;
    p.votes_for = 37;
    p.votes_against = 1;
    p.notice_start = ymd(2025, 4, 2);
    p.notice_end = ymd(2025, 4, 11);
    p.first_transfer_id_hi = 2026;
    p.first_transfer_id_lo = plan_id * 10;
    p.purposes = purposes;
    p.purpose_count = 2;
    const rg_status st = call([&] { return rg_assets_add_distribution(h_.assets, &p); });
    if (st == RG_OK) {
      if (p.income > undistributed_) {
        model_failure_ = "plan " + std::to_string(plan_id) + " of more than the undistributed income was accepted";
      }
      plans_.push_back({plan_id, p.income, false});
      undistributed_ -= p.income;
    } else if (st == RG_EREFUSED && p.income <= undistributed_ && current_.fault_at == 0) {
      model_failure_ = "plan " + std::to_string(plan_id) + " refused although income is left: " + rg_last_error_message();
    }
  }

  void refresh_keys() {
    rg_household_table* t = nullptr;
    if (rg_household_table_load(&t, h_.store, ymd(2025, 6, 30), nullptr, 0) != RG_OK) {
      throw std::runtime_error(std::string("household table: ") + rg_last_error_message());
    }
    rg_household_table_view v;
    std::memset(&v, 0, sizeof v);
    v.struct_size = sizeof v;
    if (rg_household_table_view_get(&v, t) != RG_OK) throw std::runtime_error("view");
    keys_.assign(v.household_key, v.household_key + v.count);
    rg_household_table_free(t);
  }

  // New cases (opened by case-open or by clues) start as clues.
  void discover_cases() {
    for (;;) {
      rg_case_info info;
      std::memset(&info, 0, sizeof info);
      info.struct_size = sizeof info;
      const rg_status st = rg_case_get(&info, h_.store, next_case_);
      if (st == RG_ENOTFOUND) return;
      if (st != RG_OK) throw std::runtime_error(std::string("case get: ") + rg_last_error_message());
      // The C ABI gives the found and identification dates, not the last event's: start well after.
      const rg_date last = std::max(info.found + 12, info.identified == RG_DATE_NONE ? info.found : info.identified + 1);
      cases_[next_case_] = {info.state, last, info.found + 10};
      ++next_case_;
      ++r_.cases;
    }
  }

  // ---- invariants
  Failure check_all() {
    if (!internal_.empty()) return {"no internal error", internal_};
    if (!model_failure_.empty()) return {"distribution model", model_failure_};
    if (!second_ledger_failure_.empty()) return {"second ledger handle", second_ledger_failure_};
    // Ledger: the handle's balances equal the model, debits equal credits, the file verifies.
    rg_money dp = 0, dpe = 0, cp = 0, cpe = 0;
    for (const auto& [id, want] : model_) {
      rg_balance got{};
      if (rg_ledger_balance(&got, h_.ledger, id) != RG_OK) return {"ledger balance", rg_last_error_message()};
      if (std::memcmp(&got, &want, sizeof got) != 0) {
        return {"ledger equals model", "account " + std::to_string(id) + ": posted debits/credits " +
                                           std::to_string(got.debits_posted) + "/" + std::to_string(got.credits_posted) +
                                           " pending " + std::to_string(got.debits_pending) + "/" +
                                           std::to_string(got.credits_pending) + ", model " +
                                           std::to_string(want.debits_posted) + "/" + std::to_string(want.credits_posted) +
                                           " pending " + std::to_string(want.debits_pending) + "/" +
                                           std::to_string(want.credits_pending)};
      }
      dp += got.debits_posted;
      cp += got.credits_posted;
      dpe += got.debits_pending;
      cpe += got.credits_pending;
    }
    if (dp != cp || dpe != cpe) return {"debits equal credits", std::to_string(dp) + " != " + std::to_string(cp)};
    uint64_t bad = 0;
    if (rg_ledger_verify(&bad, h_.ledger) != RG_OK) return {"ledger verifies", rg_last_error_message()};
    // Cases: every state reachable in one step from the last one seen.
    for (auto& [id, c] : cases_) {
      rg_case_info info;
      std::memset(&info, 0, sizeof info);
      info.struct_size = sizeof info;
      if (rg_case_get(&info, h_.store, id) != RG_OK) return {"case readable", rg_last_error_message()};
      if (!reachable(c.state, info.state)) {
        return {"case state reachable", "case " + std::to_string(id) + " went from state " + std::to_string(c.state) +
                                            " to " + std::to_string(info.state)};
      }
      if (info.state != c.state) {
        c.state = info.state;
        const auto d = pending_dates_.find(id);
        if (d != pending_dates_.end()) {
          c.last = d->second.first;
          c.notice_end = d->second.second;
        }
      }
    }
    pending_dates_.clear();
    discover_cases();
    for (auto& [id, c] : cases_) {
      if (c.state == 0) return {"case readable", "case " + std::to_string(id) + " has no state"};
    }
    // Households only grow (imports are upserts).
    int64_t households = 0;
    if (rg_households_count(nullptr, &households, nullptr, nullptr, h_.store) != RG_OK) {
      return {"households count", rg_last_error_message()};
    }
    if (households < households_) return {"households never lost", std::to_string(households) + " < " + std::to_string(households_)};
    households_ = households;
    return check_summaries();
  }

  static std::string to_json(const rg_summary* s) {
    size_t len = 0;
    if (rg_summary_to_json(nullptr, 0, &len, s) != RG_EBUFFER && len == 0) return "<error>";
    std::string out(len + 1, '\0');
    if (rg_summary_to_json(out.data(), out.size(), &len, s) != RG_OK) return "<error>";
    out.resize(len);
    return out;
  }

  Failure check_summaries() {
    const rg_date as_of = ymd(2025, 12, 31);
    rg_summary* direct = nullptr;
    if (rg_summary_from_store_policies(&direct, h_.store, as_of, nullptr, 0, h_.policy, nullptr) != RG_OK) return {"summary", rg_last_error_message()};
    Failure f;
    // Every level's regions sum to their parent: for each roll-up level L (4..1), each region of
    // the roll-up to L has exactly the figures of the regions of the roll-up to L + 1 that it
    // contains (a region above L + 1, e.g. the county's funds, keeps its own code and is its own
    // child). Figures compared: households and people by type, assessed, monitored, cases
    // (under monitoring, eliminated, with a measure), allocated, disbursed, projects, income sums.
    std::map<uint64_t, std::vector<int64_t>> below;
    for (int32_t level = 5; level >= 1 && f.check.empty(); --level) {
      rg_summary* up = nullptr;
      if (rg_summary_roll_up(&up, direct, level) != RG_OK) {
        f = {"summary roll-up", rg_last_error_message()};
        break;
      }
      std::map<uint64_t, std::vector<int64_t>> here;
      size_t n = 0;
      if (rg_summary_count(&n, up) != RG_OK) n = 0;
      for (size_t i = 0; i < n; ++i) {
        rg_region_figures g;
        std::memset(&g, 0, sizeof g);
        g.struct_size = sizeof g;
        if (rg_summary_figures(&g, up, i) != RG_OK) continue;
        std::vector<int64_t>& t = here[g.region];
        t.assign(12, 0);
        for (int k = 1; k <= 3; ++k) t[k - 1] = g.households_by_type[k] + g.people_by_type[k];
        t[3] = g.assessed;
        t[4] = g.monitored;
        t[5] = g.cases_under_monitoring;
        t[6] = g.cases_eliminated;
        t[7] = g.cases_with_measure;
        for (int k = 0; k < 4; ++k) t[8] += g.allocated[k], t[9] += g.disbursed[k];
        t[10] = g.projects;
        t[11] = g.fp_income_people_sum;
      }
      rg_summary_free(up);
      if (!below.empty()) {
        static const int kDigits[] = {2, 4, 6, 9, 12};
        uint64_t divisor = 1;
        for (int d = kDigits[level - 1]; d < 12; ++d) divisor *= 10;
        std::map<uint64_t, std::vector<int64_t>> sums;
        for (const auto& [code, t] : below) {
          const uint64_t parent = code > 999999999999ull ? code : code / divisor * divisor;
          std::vector<int64_t>& sum = sums[parent];
          sum.resize(12, 0);
          for (int k = 0; k < 12; ++k) sum[k] += t[k];
        }
        if (sums != here) {
          std::string which;
          for (const auto& [code, t] : here) {
            const auto it = sums.find(code);
            if (it == sums.end() || it->second != t) {
              which = std::to_string(code);
              break;
            }
          }
          f = {"summary levels sum to their parent",
               "roll-up to level " + std::to_string(level) + ": region " + (which.empty() ? "?" : which) +
                   " differs from the sum of its children at level " + std::to_string(level + 1)};
        }
      }
      below = std::move(here);
    }
    // Summaries of the counties merged equal the summary of everything.
    if (f.check.empty()) {
      rg_summary* merged = nullptr;
      for (const char* county : {"500230", "500231", "500232", "500233", "500234"}) {
        rg_summary* part = nullptr;
        if (rg_summary_from_store_policies(&part, h_.store, as_of, county, 6, h_.policy, nullptr) != RG_OK) {
          f = {"summary", rg_last_error_message()};
          break;
        }
        if (merged == nullptr) {
          merged = part;
        } else {
          if (rg_summary_merge(merged, part) != RG_OK) f = {"summary merge", rg_last_error_message()};
          rg_summary_free(part);
        }
      }
      if (f.check.empty() && merged != nullptr && to_json(merged) != to_json(direct)) {
        f = {"merged summaries equal direct", "county summaries merged differ from the store's summary"};
      }
      rg_summary_free(merged);
    }
    rg_summary_free(direct);
    return f;
  }

  Simulator::Env& env_;
  RunResult& r_;
  Handles h_;
  rg_store* s2_ = nullptr;
  Step current_;
  std::map<uint64_t, rg_balance> model_;
  std::vector<Pending> pending_;
  std::vector<Plan> plans_;
  rg_money undistributed_ = 0;
  std::vector<int64_t> keys_;
  std::vector<int64_t> measures_;
  std::map<int64_t, CaseModel> cases_;
  std::map<int64_t, std::pair<rg_date, rg_date>> pending_dates_;
  int64_t next_case_ = 1;
  int64_t households_ = 0;
  uint64_t transfer_ids_ = 0, income_ids_ = 0, plan_ids_ = 0;
  std::string internal_, model_failure_, second_ledger_failure_;
};

}  // namespace

Simulator::Simulator() : env_(std::make_unique<Env>()) {}
Simulator::~Simulator() = default;

RunResult Simulator::run(const std::vector<Step>& steps) {
  RunResult result;
  Run run(*env_, result);
  run.start();
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const Failure f = run.step(steps[i]);
    result.steps_run = i + 1;
    if (i + 1 == steps.size()) run.tally_cases();
    if (!f.check.empty()) {
      result.failed = true;
      result.failed_step = i;
      result.check = f.check;
      result.message = f.message;
      break;
    }
  }
  return result;
}

std::vector<Step> Simulator::minimise(std::vector<Step> steps, const std::string& check, int max_runs) {
  // ddmin: drop chunks while the run still fails the same check.
  std::size_t chunks = 2;
  int runs = 0;
  while (steps.size() >= 2 && runs < max_runs) {
    const std::size_t size = (steps.size() + chunks - 1) / chunks;
    bool reduced = false;
    for (std::size_t start = 0; start < steps.size() && runs < max_runs; start += size) {
      std::vector<Step> candidate(steps.begin(), steps.begin() + static_cast<long>(start));
      candidate.insert(candidate.end(), steps.begin() + static_cast<long>(std::min(steps.size(), start + size)), steps.end());
      ++runs;
      const RunResult r = run(candidate);
      if (r.failed && r.check == check) {
        candidate.resize(r.failed_step + 1);
        steps = candidate;
        chunks = std::max<std::size_t>(chunks - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (chunks >= steps.size()) break;
      chunks = std::min(steps.size(), chunks * 2);
    }
  }
  return steps;
}

}  // namespace rg::sim
