// Private: the RG_* family and range of every C++ enum a C caller passes in (capi/args.hpp).
// The ranges are written with the header's own macros; enums_check.cpp pins each macro to its
// enumerator, so a C value and a C++ value can never drift apart.
#pragma once

#include "capi/args.hpp"
#include "ruralguard/account.hpp"
#include "ruralguard/asset.hpp"
#include "ruralguard/asset_distribution.hpp"
#include "ruralguard/asset_report.hpp"
#include "ruralguard/assistance.hpp"
#include "ruralguard/clues.hpp"
#include "ruralguard/elimination.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/ledger_queries.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/monitoring_case.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/region.hpp"
#include "ruralguard/region_code.hpp"
#include "ruralguard/risk.hpp"
#include "ruralguard/rounding.hpp"
#include "ruralguard/ruralguard.h"
#include "ruralguard/transfer.hpp"
#include "ruralguard/warning_letters.hpp"

#define RG_CAPI_C_ENUM(E, ...)                    \
  template <>                                     \
  struct CEnum<E> {                               \
    static constexpr CEnumInfo info{__VA_ARGS__}; \
  }

namespace rg::capi {

RG_CAPI_C_ENUM(Rounding, "RG_ROUND_*", RG_ROUND_HALF_UP, RG_ROUND_UP);
RG_CAPI_C_ENUM(RegionLevel, "RG_REGION_*", RG_REGION_PROVINCE, RG_REGION_VILLAGE);
RG_CAPI_C_ENUM(HouseholdType, "RG_HOUSEHOLD_*", RG_HOUSEHOLD_FORMERLY_POOR, RG_HOUSEHOLD_ORDINARY);
RG_CAPI_C_ENUM(HouseholdKind, "RG_HOUSEHOLD_*", RG_HOUSEHOLD_FORMERLY_POOR, RG_HOUSEHOLD_ORDINARY);
RG_CAPI_C_ENUM(MonitoringCategory, "RG_CATEGORY_*", RG_CATEGORY_NONE, RG_CATEGORY_SUDDEN_SEVERE);
RG_CAPI_C_ENUM(WarningLevel, "RG_LEVEL_*", RG_LEVEL_NONE, RG_LEVEL_RED);
RG_CAPI_C_ENUM(EliminationKind, "RG_ELIMINATION_*", RG_ELIMINATION_AIDED, RG_ELIMINATION_NATURAL);
RG_CAPI_C_ENUM(ClueChannel, "RG_CHANNEL_*", RG_CHANNEL_SELF_DECLARED, RG_CHANNEL_SUPERVISION);
RG_CAPI_C_ENUM(Department, "RG_DEPT_*", RG_DEPT_MEDICAL_INSURANCE, RG_DEPT_HUMAN_RESOURCES);
RG_CAPI_C_ENUM(DeptMetric, "RG_METRIC_*", RG_METRIC_INPATIENT_OOP_YTD, RG_METRIC_JOB_LOSS);
RG_CAPI_C_ENUM(CaseStep, "RG_STEP_*", RG_STEP_VERIFY, RG_STEP_REASSESS);
RG_CAPI_C_ENUM(Role, "RG_ROLE_*", RG_ROLE_UNSPECIFIED, RG_ROLE_DEPARTMENT);
RG_CAPI_C_ENUM(ProcedureLimitKind, "RG_LIMIT_*", RG_LIMIT_IDENTIFY, RG_LIMIT_ELIMINATION_NOTICE);
RG_CAPI_C_ENUM(LetterAnswerKind, "RG_ANSWER_*", RG_ANSWER_VERIFIED, RG_ANSWER_CASE_OPENED);
RG_CAPI_C_ENUM(MeasureCategory, "RG_MEASURE_* category", RG_MEASURE_INDUSTRY, RG_MEASURE_OTHER);
RG_CAPI_C_ENUM(MeasureStatus, "RG_MEASURE_* status", RG_MEASURE_PLANNED, RG_MEASURE_ENDED);
RG_CAPI_C_ENUM(AlertState, "RG_ALERT_* state", RG_ALERT_ACTIVE, RG_ALERT_RESOLVED);
RG_CAPI_C_ENUM(FundLevel, "RG_FUND_*", RG_FUND_CENTRAL, RG_FUND_COUNTY);
RG_CAPI_C_ENUM(AccountKind, "RG_ACCOUNT_KIND_*", RG_ACCOUNT_KIND_SOURCE, RG_ACCOUNT_KIND_INCOME);
RG_CAPI_C_ENUM(HolderKind, "RG_HOLDER_*", RG_HOLDER_REGION, RG_HOLDER_PAYEE);
RG_CAPI_C_ENUM(TransferCode, "RG_CODE_*", RG_CODE_ALLOCATE, RG_CODE_ASSET_INCOME);
RG_CAPI_C_ENUM(TotalsKey, "RG_TOTALS_BY_*", RG_TOTALS_BY_LEVEL, RG_TOTALS_BY_REGION_PREFIX);
RG_CAPI_C_ENUM(ProjectType, "RG_PROJECT_TYPE_*", RG_PROJECT_TYPE_INDUSTRY, RG_PROJECT_TYPE_OTHER);
RG_CAPI_C_ENUM(ProjectStatus, "RG_PROJECT_* status", RG_PROJECT_RESERVE, RG_PROJECT_TERMINATED);
RG_CAPI_C_ENUM(AssetClass, "RG_ASSET_CLASS_*", RG_ASSET_CLASS_OPERATING, RG_ASSET_CLASS_HOUSEHOLD);
RG_CAPI_C_ENUM(AssetSubtype, "RG_ASSET_SUBTYPE_*", RG_ASSET_SUBTYPE_PHOTOVOLTAIC,
               RG_ASSET_SUBTYPE_OTHER);
RG_CAPI_C_ENUM(Party, "RG_PARTY_*", RG_PARTY_VILLAGE_COLLECTIVE, RG_PARTY_OPERATOR);
RG_CAPI_C_ENUM(OperationMode, "RG_OPERATION_*", RG_OPERATION_SELF, RG_OPERATION_ENTRUSTED);
RG_CAPI_C_ENUM(FarmerLinkMode, "RG_FARMER_LINK_*", RG_FARMER_LINK_NONE,
               RG_FARMER_LINK_SHARE_COOPERATION);
RG_CAPI_C_ENUM(AssetStatus, "RG_ASSET_STATUS_*", RG_ASSET_STATUS_REGISTERED,
               RG_ASSET_STATUS_DISPOSED);
RG_CAPI_C_ENUM(DisposalReason, "RG_DISPOSAL_REASON_*", RG_DISPOSAL_REASON_DISASTER,
               RG_DISPOSAL_REASON_REPLACED);
RG_CAPI_C_ENUM(DisposalMethod, "RG_DISPOSAL_METHOD_*", RG_DISPOSAL_METHOD_AUCTION,
               RG_DISPOSAL_METHOD_SCRAPPING);
RG_CAPI_C_ENUM(ApprovalLevel, "RG_APPROVAL_*", RG_APPROVAL_OWNER, RG_APPROVAL_COUNTY);
RG_CAPI_C_ENUM(IncomePurpose, "RG_PURPOSE_*", RG_PURPOSE_HARDSHIP_SUPPORT,
               RG_PURPOSE_LARGE_INFRASTRUCTURE);
RG_CAPI_C_ENUM(AssetTotalsKey, "RG_ASSET_TOTALS_BY_*", RG_ASSET_TOTALS_BY_CLASS,
               RG_ASSET_TOTALS_BY_REGION_PREFIX);
RG_CAPI_C_ENUM(CsvImportMode, "RG_CSV_*", RG_CSV_ALL_OR_NOTHING, RG_CSV_COMMIT_VALID_ROWS);
RG_CAPI_C_ENUM(IncomePeriod, "RG_INCOME_*", RG_INCOME_IDENTIFICATION, RG_INCOME_POST_ELIMINATION);
RG_CAPI_C_ENUM(KeyAssistLevel, "RG_KEY_ASSIST_*", RG_KEY_ASSIST_NONE, RG_KEY_ASSIST_CITY);
RG_CAPI_C_ENUM(Language, "RG_LANGUAGE_*", RG_LANGUAGE_ZH_CN, RG_LANGUAGE_EN);
// Member codes (rg_member_record; values as in docs/csv-format.md).
RG_CAPI_C_ENUM(Relation, "RG_RELATION_*", RG_RELATION_HEAD, RG_RELATION_OTHER, 8);
RG_CAPI_C_ENUM(Sex, "RG_SEX_*", RG_SEX_MALE, RG_SEX_FEMALE);
RG_CAPI_C_ENUM(Education, "RG_EDUCATION_*", RG_EDUCATION_NONE, RG_EDUCATION_COLLEGE);
RG_CAPI_C_ENUM(SchoolStatus, "RG_SCHOOL_*", RG_SCHOOL_NOT_IN_SCHOOL, RG_SCHOOL_HOME_TEACHING);
RG_CAPI_C_ENUM(Health, "RG_HEALTH_*", RG_HEALTH_HEALTHY, RG_HEALTH_DISABLED);
RG_CAPI_C_ENUM(Labour, "RG_LABOUR_*", RG_LABOUR_SKILLED, RG_LABOUR_NONE);
RG_CAPI_C_ENUM(MemberStatus, "RG_MEMBER_*", RG_MEMBER_ACTIVE, RG_MEMBER_NATURAL_DECREASE);

}  // namespace rg::capi

#undef RG_CAPI_C_ENUM
