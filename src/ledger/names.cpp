// Names of ledger enums and the small value types (Memo, TransferId).
#include <cstdio>
#include <string>

#include "ruralguard/account.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/transfer.hpp"

namespace rg {

Memo::Memo(std::string_view text) {
  if (text.size() > kBytesMax) {
    throw Error(ErrorCode::kLimit, "memo: " + std::to_string(text.size()) + " bytes is longer than the " +
                                       std::to_string(kBytesMax) + "-byte maximum (Memo::kBytesMax)");
  }
  std::copy(text.begin(), text.end(), bytes_.begin());
  size_ = static_cast<uint8_t>(text.size());
}

std::string to_string(TransferId id) {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(id.hi),
                static_cast<unsigned long long>(id.lo));
  return buf;
}

std::string_view fund_level_name(FundLevel level) noexcept {
  switch (level) {
    case FundLevel::kCentral: return "central";
    case FundLevel::kProvincial: return "provincial";
    case FundLevel::kMunicipal: return "municipal";
    case FundLevel::kCounty: return "county";
  }
  return "unknown";
}

std::string_view fund_level_name_zh(FundLevel level) noexcept {
  switch (level) {
    case FundLevel::kCentral: return "中央";
    case FundLevel::kProvincial: return "省级";
    case FundLevel::kMunicipal: return "市级";
    case FundLevel::kCounty: return "县级";
  }
  return "未知";
}

std::string_view account_result_name(AccountResult result) noexcept {
  switch (result) {
    case AccountResult::kOk: return "ok";
    case AccountResult::kIdMustNotBeZero: return "id_must_not_be_zero";
    case AccountResult::kLevelInvalid: return "level_invalid";
    case AccountResult::kKindInvalid: return "kind_invalid";
    case AccountResult::kHolderKindInvalid: return "holder_kind_invalid";
    case AccountResult::kHolderInvalid: return "holder_invalid";
    case AccountResult::kFiscalYearInvalid: return "fiscal_year_invalid";
    case AccountResult::kFlagsInvalid: return "flags_invalid";
    case AccountResult::kExistsWithDifferentLevel: return "exists_with_different_level";
    case AccountResult::kExistsWithDifferentFiscalYear: return "exists_with_different_fiscal_year";
    case AccountResult::kExistsWithDifferentHolder: return "exists_with_different_holder";
    case AccountResult::kExistsWithDifferentKind: return "exists_with_different_kind";
    case AccountResult::kExistsWithDifferentFlags: return "exists_with_different_flags";
    case AccountResult::kExists: return "exists";
  }
  return "unknown";
}

std::string_view transfer_result_name(TransferResult result) noexcept {
  using R = TransferResult;
  switch (result) {
    case R::kOk: return "ok";
    case R::kLinkedEventFailed: return "linked_event_failed";
    case R::kLinkedEventChainOpen: return "linked_event_chain_open";
    case R::kIdMustNotBeZero: return "id_must_not_be_zero";
    case R::kFlagsInvalid: return "flags_invalid";
    case R::kDebitAccountIdMustNotBeZero: return "debit_account_id_must_not_be_zero";
    case R::kCreditAccountIdMustNotBeZero: return "credit_account_id_must_not_be_zero";
    case R::kAccountsMustBeDifferent: return "accounts_must_be_different";
    case R::kAmountMustBePositive: return "amount_must_be_positive";
    case R::kAmountNotWholeFen: return "amount_not_whole_fen";
    case R::kCodeInvalid: return "code_invalid";
    case R::kEffectiveDateOutOfRange: return "effective_date_out_of_range";
    case R::kRefIdMustBeZero: return "ref_id_must_be_zero";
    case R::kRefIdMustNotBeZero: return "ref_id_must_not_be_zero";
    case R::kRefIdMustBeDifferent: return "ref_id_must_be_different";
    case R::kProjectIdRequired: return "project_id_required";
    case R::kExistsWithDifferentFlags: return "exists_with_different_flags";
    case R::kExistsWithDifferentRefId: return "exists_with_different_ref_id";
    case R::kExistsWithDifferentDebitAccountId: return "exists_with_different_debit_account_id";
    case R::kExistsWithDifferentCreditAccountId: return "exists_with_different_credit_account_id";
    case R::kExistsWithDifferentAmount: return "exists_with_different_amount";
    case R::kExistsWithDifferentCode: return "exists_with_different_code";
    case R::kExistsWithDifferentEffectiveDate: return "exists_with_different_effective_date";
    case R::kExistsWithDifferentProjectId: return "exists_with_different_project_id";
    case R::kExistsWithDifferentMemo: return "exists_with_different_memo";
    case R::kExists: return "exists";
    case R::kDebitAccountNotFound: return "debit_account_not_found";
    case R::kCreditAccountNotFound: return "credit_account_not_found";
    case R::kDebitAccountClosed: return "debit_account_closed";
    case R::kCreditAccountClosed: return "credit_account_closed";
    case R::kEffectiveDateOutsideFiscalYear: return "effective_date_outside_fiscal_year";
    case R::kProjectNotFound: return "project_not_found";
    case R::kProjectNotApproved: return "project_not_approved";
    case R::kPendingTransferNotFound: return "pending_transfer_not_found";
    case R::kPendingTransferNotPending: return "pending_transfer_not_pending";
    case R::kPendingTransferAlreadyPosted: return "pending_transfer_already_posted";
    case R::kPendingTransferAlreadyVoided: return "pending_transfer_already_voided";
    case R::kPendingTransferHasDifferentAccounts: return "pending_transfer_has_different_accounts";
    case R::kPendingTransferHasDifferentCode: return "pending_transfer_has_different_code";
    case R::kPendingTransferHasDifferentProjectId: return "pending_transfer_has_different_project_id";
    case R::kPendingTransferHasDifferentAmount: return "pending_transfer_has_different_amount";
    case R::kExceedsPendingTransferAmount: return "exceeds_pending_transfer_amount";
    case R::kReversalTargetNotFound: return "reversal_target_not_found";
    case R::kReversalTargetNotReversible: return "reversal_target_not_reversible";
    case R::kReversalAccountsNotSwapped: return "reversal_accounts_not_swapped";
    case R::kExceedsReversibleAmount: return "exceeds_reversible_amount";
    case R::kEffectiveDateBeforeReference: return "effective_date_before_reference";
    case R::kExceedsCredits: return "exceeds_credits";
    case R::kExceedsDebits: return "exceeds_debits";
    case R::kOverflowsBalance: return "overflows_balance";
  }
  return "unknown";
}

}  // namespace rg
