// Private: every limit that has both a C macro and a C++ constant is defined in both headers;
// these checks make the build fail the day the two disagree (docs/limits.md).
#include "ruralguard/asset.hpp"
#include "ruralguard/asset_distribution.hpp"
#include "ruralguard/asset_registry.hpp"
#include "ruralguard/assessment_store.hpp"
#include "ruralguard/assistance.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/warning_letters.hpp"
#include "ruralguard/work_calendar.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/indicators.hpp"
#include "ruralguard/ledger.hpp"
#include "ruralguard/ledger_queries.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/policy_set.hpp"
#include "ruralguard/poverty_measures.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/region.hpp"
#include "ruralguard/risk.hpp"
#include "ruralguard/ruralguard.h"
#include "ruralguard/store.hpp"
#include "ruralguard/summary.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "ruralguard/transfer.hpp"

namespace rg::capi {

static_assert(RG_MONEY_TEXT_MAX == Money::kTextBytesMax);
static_assert(RG_ALLOCATE_PARTS_MAX == kAllocatePartsMax);
static_assert(RG_PATH_MAX == kPathBytesMax);
static_assert(RG_POLICY_JSON_MAX == kPolicyJsonBytesMax);
static_assert(RG_POLICY_ID_MAX == kPolicyIdBytesMax);
static_assert(RG_POLICY_SOURCE_MAX == kPolicySourceBytesMax);
static_assert(RG_POLICY_SET_JSON_MAX == kPolicySetJsonBytesMax);
static_assert(RG_POLICY_SET_POLICIES_MAX == kPolicySetPoliciesMax);
static_assert(RG_BATCH_ROWS_MAX == kRunRowsMax);
static_assert(RG_BATCH_ROWS_MAX == kBatchRowsMax);
static_assert(RG_RUN_LABEL_MAX == kRunLabelBytesMax);
static_assert(RG_INGEST_RECORDS_MAX == kIngestRecordsMax);
static_assert(RG_CASE_TEXT_MAX == kCaseTextBytesMax);
static_assert(RG_MEASURE_CONTENT_MAX == kMeasureContentBytesMax);
static_assert(RG_TRANSFER_MEMO_MAX == Memo::kBytesMax);
static_assert(RG_LEDGER_BATCH_MAX == Ledger::kBatchMax);
static_assert(RG_HISTORY_MAX == kHistoryMax);
static_assert(RG_PROJECT_NAME_MAX == Project::kNameBytesMax);
static_assert(RG_FGT_ENTRIES_MAX == measures::kFgtEntriesMax);
static_assert(RG_FGT_ALPHA_MAX == measures::kFgtAlphaMax);
static_assert(RG_AF_PEOPLE_MAX == measures::kAfPeopleMax);
static_assert(RG_AF_INDICATORS_MAX == measures::kAfIndicatorsMax);
static_assert(RG_HOUSEHOLD_ID_MAX == Household::kIdLengthMax);
static_assert(RG_HOUSEHOLD_ID_MAX == Member::kIdLengthMax);
static_assert(RG_PHONE_MAX == Household::kPhoneLengthMax);
static_assert(RG_HOUSEHOLD_MEMBERS_MAX == Household::kMembersMax);
static_assert(RG_CSV_FILE_BYTES_MAX == CsvImportOptions::kFileBytesMax);
static_assert(RG_CSV_LINE_BYTES_MAX == kCsvLineBytesMax);
static_assert(RG_CSV_FIELD_BYTES_MAX == kCsvFieldBytesMax);
static_assert(RG_ID_NUMBER_MAX == Member::kIdNumberLengthMax);
static_assert(RG_REGION_NAME_MAX == Region::kNameBytesMax);
static_assert(RG_ASSET_TEXT_MAX == Asset::kTextBytesMax);
static_assert(RG_ASSET_DRAFTS_MAX == AssetRegistry::kDraftsMax);
static_assert(RG_DISTRIBUTION_PURPOSES_MAX == DistributionInput::kPurposesMax);
static_assert(RG_DISTRIBUTION_BENEFICIARIES_MAX == DistributionInput::kBeneficiariesMax);
static_assert(RG_DECISION_DOCUMENT_MAX == DistributionInput::kDocumentBytesMax);
static_assert(RG_SYNTHETIC_HOUSEHOLDS_MAX == SyntheticCountyOptions::kHouseholdsMax);
static_assert(RG_SUMMARY_JSON_MAX == kSummaryJsonBytesMax);
static_assert(RG_INDICATORS_JSON_MAX == IndicatorSet::kJsonBytesMax);
static_assert(RG_INDICATORS_MAX == IndicatorSet::kIndicatorsMax);
static_assert(RG_CALENDAR_ID_MAX == kCalendarIdBytesMax);
static_assert(RG_WORKING_DAYS_MAX == static_cast<unsigned>(kWorkingDaysMax));
static_assert(RG_LETTER_HOUSEHOLDS_MAX == kLetterHouseholdsMax);
static_assert(RG_LETTER_TEXT_MAX == kLetterTextBytesMax);

}  // namespace rg::capi
