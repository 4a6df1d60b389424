// Balances as of a date, account history, and the allocated/disbursed classification behind
// every fund report.
#include "ruralguard/ledger_queries.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "ruralguard/error.hpp"

namespace rg {

namespace tf = transfer_flags;

namespace {

bool posts_amount(const Transfer& t) { return (t.flags & (tf::kPending | tf::kVoidPending)) == 0; }

uint64_t region_of(const Account& a) { return a.holder_kind == HolderKind::kRegion ? a.holder_id : 0; }

uint64_t project_of(const Account& a, const Transfer& t) {
  return a.holder_kind == HolderKind::kProject ? a.holder_id : t.project_id;
}

void require_account(const Ledger& ledger, uint64_t account_id) {
  if (ledger.find_account(account_id) == nullptr) {
    throw Error(ErrorCode::kNotFound, "account " + std::to_string(account_id) + " does not exist");
  }
}

FundFlow flow_at(const Account& a, uint64_t sequence, Date date) {
  FundFlow f;
  f.sequence = sequence;
  f.date = date;
  f.level = a.level;
  f.fiscal_year = a.fiscal_year;
  f.region = region_of(a);
  return f;
}

void set_project(FundFlow& f, const ProjectLibrary& projects, uint64_t project_id) {
  f.project_id = project_id;
  if (const Project* p = projects.find(project_id)) {
    f.project_type = p->type;
    f.region = p->region.value();
  }
}

}  // namespace

Balance balance_as_of(const Ledger& ledger, uint64_t account_id, Date as_of) {
  require_account(ledger, account_id);
  Balance b;
  for (const Transfer& t : ledger.transfers()) {
    if (t.effective_date > as_of) continue;
    const bool debit = t.debit_account_id == account_id;
    if (!debit && t.credit_account_id != account_id) continue;
    Money& pending = debit ? b.debits_pending : b.credits_pending;
    Money& posted = debit ? b.debits_posted : b.credits_posted;
    if (t.flags & tf::kPending) {
      pending += t.amount;
    } else if (t.flags & (tf::kPostPending | tf::kVoidPending)) {
      // A post or void is never dated before its reservation, so the reservation is counted.
      pending -= ledger.find_transfer(t.ref_id)->amount;
      if (t.flags & tf::kPostPending) posted += t.amount;
    } else {
      posted += t.amount;
    }
  }
  return b;
}

std::vector<HistoryEntry> account_history(const Ledger& ledger, uint64_t account_id, Date from, Date to,
                                          std::size_t limit) {
  require_account(ledger, account_id);
  std::vector<HistoryEntry> out;
  const auto all = ledger.transfers();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Transfer& t = all[i];
    if (t.effective_date < from || t.effective_date > to) continue;
    if (t.debit_account_id != account_id && t.credit_account_id != account_id) continue;
    // An error, never a silent cut: a caller must not mistake a partial history for the whole.
    if (out.size() == limit) {
      throw Error(ErrorCode::kLimit, "history of account " + std::to_string(account_id) + " from " + from.to_string() +
                                         " to " + to.to_string() + ": more than " + std::to_string(limit) +
                                         " entries (kHistoryMax); ask for a shorter period");
    }
    out.push_back(HistoryEntry{i + 1, t, t.debit_account_id == account_id});
  }
  return out;
}

std::optional<PostedEffect> posted_effect(const Ledger& ledger, const Transfer& t) {
  if (!posts_amount(t)) return std::nullopt;
  if (t.code != TransferCode::kReversal) return PostedEffect{&t, t.amount};
  const Transfer* original = ledger.find_transfer(t.ref_id);
  if (original == nullptr) return std::nullopt;
  return PostedEffect{original, -t.amount};
}

std::vector<FundFlow> fund_flows(const Ledger& ledger, const ProjectLibrary& projects, Date as_of) {
  std::vector<FundFlow> out;
  const auto all = ledger.transfers();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Transfer& t = all[i];
    if (t.effective_date > as_of) continue;
    const auto effect = posted_effect(ledger, t);
    if (!effect) continue;
    const Transfer* base = effect->base;
    const Money amount = effect->amount;
    const Account& debit = *ledger.find_account(base->debit_account_id);
    const Account& credit = *ledger.find_account(base->credit_account_id);
    const uint64_t seq = i + 1;
    switch (base->code) {
      case TransferCode::kAllocate:
        if (credit.kind == AccountKind::kBudget) {
          FundFlow f = flow_at(credit, seq, t.effective_date);
          f.allocated = amount;
          out.push_back(f);
        } else if (credit.kind == AccountKind::kProject) {
          FundFlow f = flow_at(debit, seq, t.effective_date);
          set_project(f, projects, project_of(credit, *base));
          f.project_allocated = amount;
          out.push_back(f);
        }
        break;
      case TransferCode::kDisburse: {
        FundFlow f = flow_at(debit, seq, t.effective_date);
        set_project(f, projects, base->project_id);
        f.disbursed = amount;
        out.push_back(f);
        break;
      }
      case TransferCode::kReturn:
        if (credit.kind == AccountKind::kBudget && debit.kind == AccountKind::kPayee) {
          FundFlow f = flow_at(credit, seq, t.effective_date);
          set_project(f, projects, base->project_id);
          f.disbursed = -amount;
          out.push_back(f);
        } else if (credit.kind == AccountKind::kBudget && debit.kind == AccountKind::kProject) {
          FundFlow f = flow_at(credit, seq, t.effective_date);
          set_project(f, projects, project_of(debit, *base));
          f.project_allocated = -amount;
          out.push_back(f);
        } else if (debit.kind == AccountKind::kBudget && credit.kind == AccountKind::kSource) {
          FundFlow f = flow_at(debit, seq, t.effective_date);
          f.allocated = -amount;
          out.push_back(f);
        }
        break;
      case TransferCode::kReallocate:
        if (debit.kind == AccountKind::kBudget && credit.kind == AccountKind::kBudget) {
          FundFlow from = flow_at(debit, seq, t.effective_date);
          from.allocated = -amount;
          FundFlow to = flow_at(credit, seq, t.effective_date);
          to.allocated = amount;
          out.push_back(from);
          out.push_back(to);
        } else if (credit.kind == AccountKind::kProject || debit.kind == AccountKind::kProject) {
          for (const Account* a : {&debit, &credit}) {
            if (a->kind != AccountKind::kProject) continue;
            FundFlow f = flow_at(debit, seq, t.effective_date);
            set_project(f, projects, a->holder_kind == HolderKind::kProject ? a->holder_id : base->project_id);
            f.project_allocated = a == &credit ? amount : -amount;
            out.push_back(f);
          }
        }
        break;
      case TransferCode::kReversal:
      case TransferCode::kAssetIncome:
        break;
    }
  }
  return out;
}

std::vector<TotalsRow> fund_totals(const Ledger& ledger, const ProjectLibrary& projects, TotalsKey key, Date as_of,
                                   int prefix_digits) {
  uint64_t divisor = 1;
  if (key == TotalsKey::kRegionPrefix) {
    divisor = region_prefix_divisor(prefix_digits, "fund_totals");
  }
  std::map<uint64_t, TotalsRow> rows;
  for (const FundFlow& f : fund_flows(ledger, projects, as_of)) {
    uint64_t k = 0;
    switch (key) {
      case TotalsKey::kLevel: k = static_cast<uint64_t>(f.level); break;
      case TotalsKey::kYear: k = static_cast<uint64_t>(f.fiscal_year); break;
      case TotalsKey::kProjectType: k = f.project_type ? static_cast<uint64_t>(*f.project_type) : 0; break;
      case TotalsKey::kRegionPrefix: k = f.region / divisor; break;
    }
    TotalsRow& row = rows[k];
    row.key = k;
    row.allocated += f.allocated;
    row.disbursed += f.disbursed;
  }
  std::vector<TotalsRow> out;
  for (auto& [k, row] : rows) out.push_back(row);
  return out;
}

}  // namespace rg
