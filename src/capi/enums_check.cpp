// Private: every RG_* enum macro of the C header is pinned here to the C++ enumerator it stands
// for, and every range the argument layer checks (capi/c_enums.hpp) to the C++ enum's own
// bounds, so the build fails the day a C value and a C++ value disagree (as limits_check.cpp
// does for the named limits).
#include <cstdint>

#include "capi/c_enums.hpp"
#include "capi/status_enums.hpp"
#include "ruralguard/asset_report.hpp"
#include "ruralguard/regime.hpp"
#include "ruralguard/validation.hpp"

namespace rg::capi {
namespace {

#define RG_PIN(macro, enumerator) \
  static_assert((macro) == static_cast<int64_t>(enumerator), #macro " must equal " #enumerator)

// Regime <-> RG_REGIME_* (issue 16)
RG_PIN(RG_REGIME_TRANSITION_2021_2025, Regime::kTransition2021To2025);
RG_PIN(RG_REGIME_NORMALISED_2026, Regime::kNormalised2026);
// Rounding <-> RG_ROUND_*
RG_PIN(RG_ROUND_HALF_UP, Rounding::kHalfUp);
RG_PIN(RG_ROUND_HALF_EVEN, Rounding::kHalfEven);
RG_PIN(RG_ROUND_DOWN, Rounding::kDown);
RG_PIN(RG_ROUND_UP, Rounding::kUp);
// RegionLevel <-> RG_REGION_*
RG_PIN(RG_REGION_PROVINCE, RegionLevel::kProvince);
RG_PIN(RG_REGION_CITY, RegionLevel::kCity);
RG_PIN(RG_REGION_COUNTY, RegionLevel::kCounty);
RG_PIN(RG_REGION_TOWNSHIP, RegionLevel::kTownship);
RG_PIN(RG_REGION_VILLAGE, RegionLevel::kVillage);
// HouseholdType <-> RG_HOUSEHOLD_*
RG_PIN(RG_HOUSEHOLD_FORMERLY_POOR, HouseholdType::kFormerlyPoor);
RG_PIN(RG_HOUSEHOLD_FORMERLY_POOR_NO_POLICY, HouseholdType::kFormerlyPoorNoPolicy);
RG_PIN(RG_HOUSEHOLD_ORDINARY, HouseholdType::kOrdinary);
// HouseholdKind <-> RG_HOUSEHOLD_*
RG_PIN(RG_HOUSEHOLD_FORMERLY_POOR, HouseholdKind::kFormerlyPoor);
RG_PIN(RG_HOUSEHOLD_FORMERLY_POOR_NO_POLICY, HouseholdKind::kFormerlyPoorNoPolicy);
RG_PIN(RG_HOUSEHOLD_ORDINARY, HouseholdKind::kOrdinary);
// MonitoringCategory <-> RG_CATEGORY_*
RG_PIN(RG_CATEGORY_NONE, MonitoringCategory::kNone);
RG_PIN(RG_CATEGORY_UNSTABLE_FORMERLY_POOR, MonitoringCategory::kUnstableFormerlyPoor);
RG_PIN(RG_CATEGORY_MARGINAL, MonitoringCategory::kMarginal);
RG_PIN(RG_CATEGORY_SUDDEN_SEVERE, MonitoringCategory::kSuddenSevere);
// WarningLevel <-> RG_LEVEL_*
RG_PIN(RG_LEVEL_NONE, WarningLevel::kNone);
RG_PIN(RG_LEVEL_BLUE, WarningLevel::kBlue);
RG_PIN(RG_LEVEL_YELLOW, WarningLevel::kYellow);
RG_PIN(RG_LEVEL_RED, WarningLevel::kRed);
// EliminationKind <-> RG_ELIMINATION_*
RG_PIN(RG_ELIMINATION_AIDED, EliminationKind::kAided);
RG_PIN(RG_ELIMINATION_NATURAL, EliminationKind::kNatural);
// ClueChannel <-> RG_CHANNEL_*
RG_PIN(RG_CHANNEL_SELF_DECLARED, ClueChannel::kSelfDeclared);
RG_PIN(RG_CHANNEL_HOTLINE_12317, ClueChannel::kHotline12317);
RG_PIN(RG_CHANNEL_PHONE_APP, ClueChannel::kPhoneApp);
RG_PIN(RG_CHANNEL_CADRE_VISIT, ClueChannel::kCadreVisit);
RG_PIN(RG_CHANNEL_DEPARTMENT_DATA, ClueChannel::kDepartmentData);
RG_PIN(RG_CHANNEL_PLATFORM_ANALYSIS, ClueChannel::kPlatformAnalysis);
RG_PIN(RG_CHANNEL_SUPERVISION, ClueChannel::kSupervision);
// CaseState <-> RG_CASE_*
RG_PIN(RG_CASE_CLUE, CaseState::kClue);
RG_PIN(RG_CASE_VERIFIED, CaseState::kVerified);
RG_PIN(RG_CASE_COMPARED, CaseState::kCompared);
RG_PIN(RG_CASE_REVIEWED, CaseState::kReviewed);
RG_PIN(RG_CASE_NOTICED, CaseState::kNoticed);
RG_PIN(RG_CASE_TOWNSHIP_APPROVED, CaseState::kTownshipApproved);
RG_PIN(RG_CASE_MONITORED, CaseState::kMonitored);
RG_PIN(RG_CASE_REJECTED, CaseState::kRejected);
RG_PIN(RG_CASE_ELIMINATION_VERIFIED, CaseState::kEliminationVerified);
RG_PIN(RG_CASE_ELIMINATION_REVIEWED, CaseState::kEliminationReviewed);
RG_PIN(RG_CASE_ELIMINATION_NOTICED, CaseState::kEliminationNoticed);
RG_PIN(RG_CASE_ELIMINATION_TOWNSHIP_APPROVED, CaseState::kEliminationTownshipApproved);
RG_PIN(RG_CASE_ELIMINATED, CaseState::kEliminated);
// Issue 16 part D: roles, limits, day units, letter answers.
RG_PIN(RG_ROLE_UNSPECIFIED, Role::kUnspecified);
RG_PIN(RG_ROLE_VILLAGE, Role::kVillage);
RG_PIN(RG_ROLE_TOWNSHIP, Role::kTownship);
RG_PIN(RG_ROLE_COUNTY, Role::kCounty);
RG_PIN(RG_ROLE_DEPARTMENT, Role::kDepartment);
RG_PIN(RG_DAYS_CALENDAR, DayUnit::kCalendar);
RG_PIN(RG_DAYS_WORKING, DayUnit::kWorking);
RG_PIN(RG_LIMIT_IDENTIFY, ProcedureLimitKind::kIdentifyMax);
RG_PIN(RG_LIMIT_NOTICE, ProcedureLimitKind::kNoticeMin);
RG_PIN(RG_LIMIT_TOWNSHIP_TO_COUNTY, ProcedureLimitKind::kTownshipToCountyMax);
RG_PIN(RG_LIMIT_ELIMINATION_NOTICE, ProcedureLimitKind::kEliminationNoticeMin);
RG_PIN(RG_ANSWER_VERIFIED, LetterAnswerKind::kVerified);
RG_PIN(RG_ANSWER_RULED_OUT, LetterAnswerKind::kRuledOut);
RG_PIN(RG_ANSWER_CASE_OPENED, LetterAnswerKind::kCaseOpened);

// CaseStep <-> RG_STEP_*
RG_PIN(RG_STEP_VERIFY, CaseStep::kVerify);
RG_PIN(RG_STEP_COMPARE, CaseStep::kCompare);
RG_PIN(RG_STEP_REVIEW, CaseStep::kReview);
RG_PIN(RG_STEP_NOTICE, CaseStep::kNotice);
RG_PIN(RG_STEP_TOWNSHIP_APPROVE, CaseStep::kTownshipApprove);
RG_PIN(RG_STEP_COUNTY_APPROVE, CaseStep::kCountyApprove);
RG_PIN(RG_STEP_REJECT, CaseStep::kReject);
RG_PIN(RG_STEP_START_ELIMINATION, CaseStep::kStartElimination);
RG_PIN(RG_STEP_ROLLBACK, CaseStep::kRollback);
RG_PIN(RG_STEP_REASSESS, CaseStep::kReassess);
// Department <-> RG_DEPT_*
RG_PIN(RG_DEPT_MEDICAL_INSURANCE, Department::kMedicalInsurance);
RG_PIN(RG_DEPT_EDUCATION, Department::kEducation);
RG_PIN(RG_DEPT_HOUSING, Department::kHousing);
RG_PIN(RG_DEPT_WATER, Department::kWater);
RG_PIN(RG_DEPT_CIVIL_AFFAIRS, Department::kCivilAffairs);
RG_PIN(RG_DEPT_DISABILITY, Department::kDisability);
RG_PIN(RG_DEPT_EMERGENCY, Department::kEmergency);
RG_PIN(RG_DEPT_HUMAN_RESOURCES, Department::kHumanResources);
// DeptMetric <-> RG_METRIC_*
RG_PIN(RG_METRIC_INPATIENT_OOP_YTD, DeptMetric::kInpatientOutOfPocketYtd);
RG_PIN(RG_METRIC_OUTPATIENT_SPECIAL_MONTHLY, DeptMetric::kOutpatientSpecialMonthly);
RG_PIN(RG_METRIC_SCHOOL_COST_YEAR, DeptMetric::kSchoolCostYear);
RG_PIN(RG_METRIC_HOUSE_DAMAGED, DeptMetric::kHouseDamaged);
RG_PIN(RG_METRIC_WATER_SUPPLY_CUT, DeptMetric::kWaterSupplyCut);
RG_PIN(RG_METRIC_DISASTER_LOSS, DeptMetric::kDisasterLoss);
RG_PIN(RG_METRIC_NEW_DISABILITY, DeptMetric::kNewDisability);
RG_PIN(RG_METRIC_DIBAO_APPLICATION, DeptMetric::kDibaoApplication);
RG_PIN(RG_METRIC_JOB_LOSS, DeptMetric::kJobLoss);
// MeasureCategory <-> RG_MEASURE_*
RG_PIN(RG_MEASURE_INDUSTRY, MeasureCategory::kIndustry);
RG_PIN(RG_MEASURE_EMPLOYMENT, MeasureCategory::kEmployment);
RG_PIN(RG_MEASURE_FINANCE, MeasureCategory::kFinance);
RG_PIN(RG_MEASURE_PUBLIC_WELFARE_JOB, MeasureCategory::kPublicWelfareJob);
RG_PIN(RG_MEASURE_HEALTH, MeasureCategory::kHealth);
RG_PIN(RG_MEASURE_EDUCATION, MeasureCategory::kEducation);
RG_PIN(RG_MEASURE_COMPULSORY_EDUCATION, MeasureCategory::kCompulsoryEducation);
RG_PIN(RG_MEASURE_HOUSING, MeasureCategory::kHousing);
RG_PIN(RG_MEASURE_WATER, MeasureCategory::kWater);
RG_PIN(RG_MEASURE_SOCIAL_SECURITY, MeasureCategory::kSocialSecurity);
RG_PIN(RG_MEASURE_SOCIAL_AID, MeasureCategory::kSocialAid);
RG_PIN(RG_MEASURE_RELOCATION, MeasureCategory::kRelocation);
RG_PIN(RG_MEASURE_LIVING_CONDITIONS, MeasureCategory::kLivingConditions);
RG_PIN(RG_MEASURE_INFRASTRUCTURE, MeasureCategory::kInfrastructure);
RG_PIN(RG_MEASURE_INSURANCE, MeasureCategory::kInsurance);
RG_PIN(RG_MEASURE_OTHER, MeasureCategory::kOther);
// MeasureStatus <-> RG_MEASURE_*
RG_PIN(RG_MEASURE_PLANNED, MeasureStatus::kPlanned);
RG_PIN(RG_MEASURE_IMPLEMENTED, MeasureStatus::kImplemented);
RG_PIN(RG_MEASURE_ENDED, MeasureStatus::kEnded);
// AlertKind <-> RG_ALERT_*
RG_PIN(RG_ALERT_VISIT_OVERDUE, AlertKind::kVisitOverdue);
RG_PIN(RG_ALERT_IDENTIFICATION_OVERDUE, AlertKind::kIdentificationOverdue);
RG_PIN(RG_ALERT_NO_MEASURE, AlertKind::kNoMeasure);
RG_PIN(RG_ALERT_NO_DEVELOPMENT_MEASURE, AlertKind::kNoDevelopmentMeasure);
RG_PIN(RG_ALERT_RISK_WITHOUT_MEASURE, AlertKind::kRiskWithoutMeasure);
RG_PIN(RG_ALERT_POST_ELIMINATION_CHECK_DUE, AlertKind::kPostEliminationCheckDue);
// AlertState <-> RG_ALERT_*
RG_PIN(RG_ALERT_ACTIVE, AlertState::kActive);
RG_PIN(RG_ALERT_ACKNOWLEDGED, AlertState::kAcknowledged);
RG_PIN(RG_ALERT_RESOLVED, AlertState::kResolved);
// FundLevel <-> RG_FUND_*
RG_PIN(RG_FUND_CENTRAL, FundLevel::kCentral);
RG_PIN(RG_FUND_PROVINCIAL, FundLevel::kProvincial);
RG_PIN(RG_FUND_MUNICIPAL, FundLevel::kMunicipal);
RG_PIN(RG_FUND_COUNTY, FundLevel::kCounty);
// AccountKind <-> RG_ACCOUNT_KIND_*
RG_PIN(RG_ACCOUNT_KIND_SOURCE, AccountKind::kSource);
RG_PIN(RG_ACCOUNT_KIND_BUDGET, AccountKind::kBudget);
RG_PIN(RG_ACCOUNT_KIND_PROJECT, AccountKind::kProject);
RG_PIN(RG_ACCOUNT_KIND_PAYEE, AccountKind::kPayee);
RG_PIN(RG_ACCOUNT_KIND_INCOME, AccountKind::kIncome);
// HolderKind <-> RG_HOLDER_*
RG_PIN(RG_HOLDER_REGION, HolderKind::kRegion);
RG_PIN(RG_HOLDER_PROJECT, HolderKind::kProject);
RG_PIN(RG_HOLDER_PAYEE, HolderKind::kPayee);
// AccountResult <-> RG_ACCOUNT_*
RG_PIN(RG_ACCOUNT_OK, AccountResult::kOk);
RG_PIN(RG_ACCOUNT_ID_MUST_NOT_BE_ZERO, AccountResult::kIdMustNotBeZero);
RG_PIN(RG_ACCOUNT_LEVEL_INVALID, AccountResult::kLevelInvalid);
RG_PIN(RG_ACCOUNT_KIND_INVALID, AccountResult::kKindInvalid);
RG_PIN(RG_ACCOUNT_HOLDER_KIND_INVALID, AccountResult::kHolderKindInvalid);
RG_PIN(RG_ACCOUNT_HOLDER_INVALID, AccountResult::kHolderInvalid);
RG_PIN(RG_ACCOUNT_FISCAL_YEAR_INVALID, AccountResult::kFiscalYearInvalid);
RG_PIN(RG_ACCOUNT_FLAGS_INVALID, AccountResult::kFlagsInvalid);
RG_PIN(RG_ACCOUNT_EXISTS_WITH_DIFFERENT_LEVEL, AccountResult::kExistsWithDifferentLevel);
RG_PIN(RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FISCAL_YEAR, AccountResult::kExistsWithDifferentFiscalYear);
RG_PIN(RG_ACCOUNT_EXISTS_WITH_DIFFERENT_HOLDER, AccountResult::kExistsWithDifferentHolder);
RG_PIN(RG_ACCOUNT_EXISTS_WITH_DIFFERENT_KIND, AccountResult::kExistsWithDifferentKind);
RG_PIN(RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FLAGS, AccountResult::kExistsWithDifferentFlags);
RG_PIN(RG_ACCOUNT_EXISTS, AccountResult::kExists);
// TransferCode <-> RG_CODE_*
RG_PIN(RG_CODE_ALLOCATE, TransferCode::kAllocate);
RG_PIN(RG_CODE_DISBURSE, TransferCode::kDisburse);
RG_PIN(RG_CODE_RETURN, TransferCode::kReturn);
RG_PIN(RG_CODE_REALLOCATE, TransferCode::kReallocate);
RG_PIN(RG_CODE_REVERSAL, TransferCode::kReversal);
RG_PIN(RG_CODE_ASSET_INCOME, TransferCode::kAssetIncome);
// TransferResult <-> RG_TRANSFER_*
RG_PIN(RG_TRANSFER_OK, TransferResult::kOk);
RG_PIN(RG_TRANSFER_LINKED_EVENT_FAILED, TransferResult::kLinkedEventFailed);
RG_PIN(RG_TRANSFER_LINKED_EVENT_CHAIN_OPEN, TransferResult::kLinkedEventChainOpen);
RG_PIN(RG_TRANSFER_ID_MUST_NOT_BE_ZERO, TransferResult::kIdMustNotBeZero);
RG_PIN(RG_TRANSFER_FLAGS_INVALID, TransferResult::kFlagsInvalid);
RG_PIN(RG_TRANSFER_DEBIT_ACCOUNT_ID_MUST_NOT_BE_ZERO, TransferResult::kDebitAccountIdMustNotBeZero);
RG_PIN(RG_TRANSFER_CREDIT_ACCOUNT_ID_MUST_NOT_BE_ZERO,
       TransferResult::kCreditAccountIdMustNotBeZero);
RG_PIN(RG_TRANSFER_ACCOUNTS_MUST_BE_DIFFERENT, TransferResult::kAccountsMustBeDifferent);
RG_PIN(RG_TRANSFER_AMOUNT_MUST_BE_POSITIVE, TransferResult::kAmountMustBePositive);
RG_PIN(RG_TRANSFER_AMOUNT_NOT_WHOLE_FEN, TransferResult::kAmountNotWholeFen);
RG_PIN(RG_TRANSFER_CODE_INVALID, TransferResult::kCodeInvalid);
RG_PIN(RG_TRANSFER_EFFECTIVE_DATE_OUT_OF_RANGE, TransferResult::kEffectiveDateOutOfRange);
RG_PIN(RG_TRANSFER_REF_ID_MUST_BE_ZERO, TransferResult::kRefIdMustBeZero);
RG_PIN(RG_TRANSFER_REF_ID_MUST_NOT_BE_ZERO, TransferResult::kRefIdMustNotBeZero);
RG_PIN(RG_TRANSFER_REF_ID_MUST_BE_DIFFERENT, TransferResult::kRefIdMustBeDifferent);
RG_PIN(RG_TRANSFER_PROJECT_ID_REQUIRED, TransferResult::kProjectIdRequired);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_FLAGS, TransferResult::kExistsWithDifferentFlags);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_REF_ID, TransferResult::kExistsWithDifferentRefId);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT_ID,
       TransferResult::kExistsWithDifferentDebitAccountId);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT_ID,
       TransferResult::kExistsWithDifferentCreditAccountId);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_AMOUNT, TransferResult::kExistsWithDifferentAmount);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_CODE, TransferResult::kExistsWithDifferentCode);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_EFFECTIVE_DATE,
       TransferResult::kExistsWithDifferentEffectiveDate);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_PROJECT_ID, TransferResult::kExistsWithDifferentProjectId);
RG_PIN(RG_TRANSFER_EXISTS_WITH_DIFFERENT_MEMO, TransferResult::kExistsWithDifferentMemo);
RG_PIN(RG_TRANSFER_EXISTS, TransferResult::kExists);
RG_PIN(RG_TRANSFER_DEBIT_ACCOUNT_NOT_FOUND, TransferResult::kDebitAccountNotFound);
RG_PIN(RG_TRANSFER_CREDIT_ACCOUNT_NOT_FOUND, TransferResult::kCreditAccountNotFound);
RG_PIN(RG_TRANSFER_DEBIT_ACCOUNT_CLOSED, TransferResult::kDebitAccountClosed);
RG_PIN(RG_TRANSFER_CREDIT_ACCOUNT_CLOSED, TransferResult::kCreditAccountClosed);
RG_PIN(RG_TRANSFER_EFFECTIVE_DATE_OUTSIDE_FISCAL_YEAR,
       TransferResult::kEffectiveDateOutsideFiscalYear);
RG_PIN(RG_TRANSFER_PROJECT_NOT_FOUND, TransferResult::kProjectNotFound);
RG_PIN(RG_TRANSFER_PROJECT_NOT_APPROVED, TransferResult::kProjectNotApproved);
RG_PIN(RG_TRANSFER_PENDING_TRANSFER_NOT_FOUND, TransferResult::kPendingTransferNotFound);
RG_PIN(RG_TRANSFER_PENDING_TRANSFER_NOT_PENDING, TransferResult::kPendingTransferNotPending);
RG_PIN(RG_TRANSFER_PENDING_TRANSFER_ALREADY_POSTED, TransferResult::kPendingTransferAlreadyPosted);
RG_PIN(RG_TRANSFER_PENDING_TRANSFER_ALREADY_VOIDED, TransferResult::kPendingTransferAlreadyVoided);
RG_PIN(RG_TRANSFER_PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS,
       TransferResult::kPendingTransferHasDifferentAccounts);
RG_PIN(RG_TRANSFER_PENDING_TRANSFER_HAS_DIFFERENT_CODE,
       TransferResult::kPendingTransferHasDifferentCode);
RG_PIN(RG_TRANSFER_PENDING_TRANSFER_HAS_DIFFERENT_PROJECT_ID,
       TransferResult::kPendingTransferHasDifferentProjectId);
RG_PIN(RG_TRANSFER_PENDING_TRANSFER_HAS_DIFFERENT_AMOUNT,
       TransferResult::kPendingTransferHasDifferentAmount);
RG_PIN(RG_TRANSFER_EXCEEDS_PENDING_TRANSFER_AMOUNT, TransferResult::kExceedsPendingTransferAmount);
RG_PIN(RG_TRANSFER_REVERSAL_TARGET_NOT_FOUND, TransferResult::kReversalTargetNotFound);
RG_PIN(RG_TRANSFER_REVERSAL_TARGET_NOT_REVERSIBLE, TransferResult::kReversalTargetNotReversible);
RG_PIN(RG_TRANSFER_REVERSAL_ACCOUNTS_NOT_SWAPPED, TransferResult::kReversalAccountsNotSwapped);
RG_PIN(RG_TRANSFER_EXCEEDS_REVERSIBLE_AMOUNT, TransferResult::kExceedsReversibleAmount);
RG_PIN(RG_TRANSFER_EFFECTIVE_DATE_BEFORE_REFERENCE, TransferResult::kEffectiveDateBeforeReference);
RG_PIN(RG_TRANSFER_EXCEEDS_CREDITS, TransferResult::kExceedsCredits);
RG_PIN(RG_TRANSFER_EXCEEDS_DEBITS, TransferResult::kExceedsDebits);
RG_PIN(RG_TRANSFER_OVERFLOWS_BALANCE, TransferResult::kOverflowsBalance);
// TotalsKey <-> RG_TOTALS_BY_*
RG_PIN(RG_TOTALS_BY_LEVEL, TotalsKey::kLevel);
RG_PIN(RG_TOTALS_BY_YEAR, TotalsKey::kYear);
RG_PIN(RG_TOTALS_BY_PROJECT_TYPE, TotalsKey::kProjectType);
RG_PIN(RG_TOTALS_BY_REGION_PREFIX, TotalsKey::kRegionPrefix);
// ProjectType <-> RG_PROJECT_TYPE_*
RG_PIN(RG_PROJECT_TYPE_INDUSTRY, ProjectType::kIndustry);
RG_PIN(RG_PROJECT_TYPE_EMPLOYMENT, ProjectType::kEmployment);
RG_PIN(RG_PROJECT_TYPE_THREE_GUARANTEES, ProjectType::kThreeGuarantees);
RG_PIN(RG_PROJECT_TYPE_RURAL_CONSTRUCTION, ProjectType::kRuralConstruction);
RG_PIN(RG_PROJECT_TYPE_RELOCATION_FOLLOWUP, ProjectType::kRelocationFollowup);
RG_PIN(RG_PROJECT_TYPE_MANAGEMENT_FEE, ProjectType::kManagementFee);
RG_PIN(RG_PROJECT_TYPE_OTHER, ProjectType::kOther);
// ProjectStatus <-> RG_PROJECT_*
RG_PIN(RG_PROJECT_RESERVE, ProjectStatus::kReserve);
RG_PIN(RG_PROJECT_ADMITTED, ProjectStatus::kAdmitted);
RG_PIN(RG_PROJECT_APPROVED, ProjectStatus::kApproved);
RG_PIN(RG_PROJECT_UNDER_CONSTRUCTION, ProjectStatus::kUnderConstruction);
RG_PIN(RG_PROJECT_COMPLETED, ProjectStatus::kCompleted);
RG_PIN(RG_PROJECT_ACCEPTED, ProjectStatus::kAccepted);
RG_PIN(RG_PROJECT_ASSETS_HANDED_OVER, ProjectStatus::kAssetsHandedOver);
RG_PIN(RG_PROJECT_TERMINATED, ProjectStatus::kTerminated);
// AssetClass <-> RG_ASSET_CLASS_*
RG_PIN(RG_ASSET_CLASS_OPERATING, AssetClass::kOperating);
RG_PIN(RG_ASSET_CLASS_PUBLIC_WELFARE, AssetClass::kPublicWelfare);
RG_PIN(RG_ASSET_CLASS_HOUSEHOLD, AssetClass::kHousehold);
// AssetSubtype <-> RG_ASSET_SUBTYPE_*
RG_PIN(RG_ASSET_SUBTYPE_PHOTOVOLTAIC, AssetSubtype::kPhotovoltaic);
RG_PIN(RG_ASSET_SUBTYPE_FARMING_BASE, AssetSubtype::kFarmingBase);
RG_PIN(RG_ASSET_SUBTYPE_PROCESSING, AssetSubtype::kProcessing);
RG_PIN(RG_ASSET_SUBTYPE_TOURISM_COMMERCE, AssetSubtype::kTourismCommerce);
RG_PIN(RG_ASSET_SUBTYPE_EQUITY, AssetSubtype::kEquity);
RG_PIN(RG_ASSET_SUBTYPE_ROAD, AssetSubtype::kRoad);
RG_PIN(RG_ASSET_SUBTYPE_IRRIGATION, AssetSubtype::kIrrigation);
RG_PIN(RG_ASSET_SUBTYPE_WATER_SUPPLY, AssetSubtype::kWaterSupply);
RG_PIN(RG_ASSET_SUBTYPE_SANITATION, AssetSubtype::kSanitation);
RG_PIN(RG_ASSET_SUBTYPE_PUBLIC_SERVICE, AssetSubtype::kPublicService);
RG_PIN(RG_ASSET_SUBTYPE_POWER, AssetSubtype::kPower);
RG_PIN(RG_ASSET_SUBTYPE_SERVICE_CENTRE, AssetSubtype::kServiceCentre);
RG_PIN(RG_ASSET_SUBTYPE_LIVESTOCK, AssetSubtype::kLivestock);
RG_PIN(RG_ASSET_SUBTYPE_EQUIPMENT, AssetSubtype::kEquipment);
RG_PIN(RG_ASSET_SUBTYPE_OTHER, AssetSubtype::kOther);
// Party <-> RG_PARTY_*
RG_PIN(RG_PARTY_VILLAGE_COLLECTIVE, Party::kVillageCollective);
RG_PIN(RG_PARTY_TOWNSHIP, Party::kTownship);
RG_PIN(RG_PARTY_COUNTY_DEPARTMENT, Party::kCountyDepartment);
RG_PIN(RG_PARTY_STATE_COMPANY, Party::kStateCompany);
RG_PIN(RG_PARTY_HOUSEHOLD, Party::kHousehold);
RG_PIN(RG_PARTY_OPERATOR, Party::kOperator);
// Right <-> RG_RIGHT_*
RG_PIN(RG_RIGHT_OWNERSHIP, Right::kOwnership);
RG_PIN(RG_RIGHT_MANAGEMENT, Right::kManagement);
RG_PIN(RG_RIGHT_INCOME, Right::kIncome);
RG_PIN(RG_RIGHT_DISPOSAL, Right::kDisposal);
RG_PIN(RG_RIGHT_SUPERVISION, Right::kSupervision);
// OperationMode <-> RG_OPERATION_*
RG_PIN(RG_OPERATION_SELF, OperationMode::kSelf);
RG_PIN(RG_OPERATION_LEASE, OperationMode::kLease);
RG_PIN(RG_OPERATION_CONTRACT, OperationMode::kContract);
RG_PIN(RG_OPERATION_SHARE, OperationMode::kShare);
RG_PIN(RG_OPERATION_ENTRUSTED, OperationMode::kEntrusted);
// FarmerLinkMode <-> RG_FARMER_LINK_*
RG_PIN(RG_FARMER_LINK_NONE, FarmerLinkMode::kNone);
RG_PIN(RG_FARMER_LINK_EMPLOYMENT, FarmerLinkMode::kEmployment);
RG_PIN(RG_FARMER_LINK_ORDER, FarmerLinkMode::kOrder);
RG_PIN(RG_FARMER_LINK_DIVIDEND, FarmerLinkMode::kDividend);
RG_PIN(RG_FARMER_LINK_SHARE_COOPERATION, FarmerLinkMode::kShareCooperation);
// AssetStatus <-> RG_ASSET_STATUS_*
RG_PIN(RG_ASSET_STATUS_REGISTERED, AssetStatus::kRegistered);
RG_PIN(RG_ASSET_STATUS_OWNERSHIP_CONFIRMED, AssetStatus::kOwnershipConfirmed);
RG_PIN(RG_ASSET_STATUS_HANDED_OVER, AssetStatus::kHandedOver);
RG_PIN(RG_ASSET_STATUS_OPERATING, AssetStatus::kOperating);
RG_PIN(RG_ASSET_STATUS_IDLE, AssetStatus::kIdle);
RG_PIN(RG_ASSET_STATUS_DAMAGED, AssetStatus::kDamaged);
RG_PIN(RG_ASSET_STATUS_DISPOSAL_PENDING, AssetStatus::kDisposalPending);
RG_PIN(RG_ASSET_STATUS_DISPOSED, AssetStatus::kDisposed);
// DisposalReason <-> RG_DISPOSAL_REASON_*
RG_PIN(RG_DISPOSAL_REASON_DISASTER, DisposalReason::kDisaster);
RG_PIN(RG_DISPOSAL_REASON_REPLANNING, DisposalReason::kReplanning);
RG_PIN(RG_DISPOSAL_REASON_END_OF_LIFE, DisposalReason::kEndOfLife);
RG_PIN(RG_DISPOSAL_REASON_POOR_RETURNS, DisposalReason::kPoorReturns);
RG_PIN(RG_DISPOSAL_REASON_AGREEMENT_EXPIRED, DisposalReason::kAgreementExpired);
RG_PIN(RG_DISPOSAL_REASON_REPLACED, DisposalReason::kReplaced);
// DisposalMethod <-> RG_DISPOSAL_METHOD_*
RG_PIN(RG_DISPOSAL_METHOD_AUCTION, DisposalMethod::kAuction);
RG_PIN(RG_DISPOSAL_METHOD_TRANSFER, DisposalMethod::kTransfer);
RG_PIN(RG_DISPOSAL_METHOD_CHANGE_OF_USE, DisposalMethod::kChangeOfUse);
RG_PIN(RG_DISPOSAL_METHOD_SUSPENSION, DisposalMethod::kSuspension);
RG_PIN(RG_DISPOSAL_METHOD_WRITE_DOWN, DisposalMethod::kWriteDown);
RG_PIN(RG_DISPOSAL_METHOD_SCRAPPING, DisposalMethod::kScrapping);
// ApprovalLevel <-> RG_APPROVAL_*
RG_PIN(RG_APPROVAL_OWNER, ApprovalLevel::kOwner);
RG_PIN(RG_APPROVAL_ASSEMBLY, ApprovalLevel::kAssembly);
RG_PIN(RG_APPROVAL_TOWNSHIP, ApprovalLevel::kTownship);
RG_PIN(RG_APPROVAL_COUNTY, ApprovalLevel::kCounty);
// AssetEventKind <-> RG_ASSET_EVENT_*
RG_PIN(RG_ASSET_EVENT_REGISTERED, AssetEventKind::kRegistered);
RG_PIN(RG_ASSET_EVENT_OWNERSHIP_CONFIRMED, AssetEventKind::kOwnershipConfirmed);
RG_PIN(RG_ASSET_EVENT_HANDED_OVER, AssetEventKind::kHandedOver);
RG_PIN(RG_ASSET_EVENT_STATUS_CHANGED, AssetEventKind::kStatusChanged);
RG_PIN(RG_ASSET_EVENT_MANAGEMENT_CHANGED, AssetEventKind::kManagementChanged);
RG_PIN(RG_ASSET_EVENT_DISPOSAL_REQUESTED, AssetEventKind::kDisposalRequested);
RG_PIN(RG_ASSET_EVENT_DISPOSAL_APPROVED, AssetEventKind::kDisposalApproved);
RG_PIN(RG_ASSET_EVENT_DISPOSAL_WITHDRAWN, AssetEventKind::kDisposalWithdrawn);
RG_PIN(RG_ASSET_EVENT_DISPOSED, AssetEventKind::kDisposed);
// IncomePurpose <-> RG_PURPOSE_*
RG_PIN(RG_PURPOSE_HARDSHIP_SUPPORT, IncomePurpose::kHardshipSupport);
RG_PIN(RG_PURPOSE_PUBLIC_WELFARE_JOBS, IncomePurpose::kPublicWelfareJobs);
RG_PIN(RG_PURPOSE_UPKEEP, IncomePurpose::kUpkeep);
RG_PIN(RG_PURPOSE_PRODUCTION_AWARDS, IncomePurpose::kProductionAwards);
RG_PIN(RG_PURPOSE_COLLECTIVE_ECONOMY, IncomePurpose::kCollectiveEconomy);
RG_PIN(RG_PURPOSE_DIVIDENDS, IncomePurpose::kDividends);
RG_PIN(RG_PURPOSE_VILLAGE_RUNNING_COSTS, IncomePurpose::kVillageRunningCosts);
RG_PIN(RG_PURPOSE_VEHICLES_TELECOM, IncomePurpose::kVehiclesTelecom);
RG_PIN(RG_PURPOSE_ALLOWANCES_WELFARE, IncomePurpose::kAllowancesWelfare);
RG_PIN(RG_PURPOSE_LOSSES_DEBTS, IncomePurpose::kLossesDebts);
RG_PIN(RG_PURPOSE_BUILDINGS, IncomePurpose::kBuildings);
RG_PIN(RG_PURPOSE_LARGE_INFRASTRUCTURE, IncomePurpose::kLargeInfrastructure);
// AssetWarningKind <-> RG_ASSET_WARNING_*
RG_PIN(RG_ASSET_WARNING_IDLE_TOO_LONG, AssetWarningKind::kIdleTooLong);
RG_PIN(RG_ASSET_WARNING_INCOME_BELOW_PLAN, AssetWarningKind::kIncomeBelowPlan);
RG_PIN(RG_ASSET_WARNING_NO_CUSTODIAN, AssetWarningKind::kNoCustodian);
RG_PIN(RG_ASSET_WARNING_DAMAGED, AssetWarningKind::kDamaged);
RG_PIN(RG_ASSET_WARNING_OWNERSHIP_UNCONFIRMED, AssetWarningKind::kOwnershipUnconfirmed);
RG_PIN(RG_ASSET_WARNING_NO_FARMER_LINK, AssetWarningKind::kNoFarmerLink);
RG_PIN(RG_ASSET_WARNING_PROJECT_NOT_REGISTERED, AssetWarningKind::kProjectNotRegistered);
RG_PIN(RG_ASSET_WARNING_VALUE_DIFFERS_FROM_SETTLED, AssetWarningKind::kValueDiffersFromSettled);
// AssetTotalsKey <-> RG_ASSET_TOTALS_BY_*
RG_PIN(RG_ASSET_TOTALS_BY_CLASS, AssetTotalsKey::kClass);
RG_PIN(RG_ASSET_TOTALS_BY_STATUS, AssetTotalsKey::kStatus);
RG_PIN(RG_ASSET_TOTALS_BY_REGION_PREFIX, AssetTotalsKey::kRegionPrefix);
// CsvImportMode <-> RG_CSV_*
RG_PIN(RG_CSV_ALL_OR_NOTHING, CsvImportMode::kAllOrNothing);
RG_PIN(RG_CSV_COMMIT_VALID_ROWS, CsvImportMode::kCommitValidRows);
// Severity <-> RG_DQ_*
RG_PIN(RG_DQ_ERROR, Severity::kError);
RG_PIN(RG_DQ_WARNING, Severity::kWarning);
// KeyAssistLevel <-> RG_KEY_ASSIST_*
RG_PIN(RG_KEY_ASSIST_NONE, KeyAssistLevel::kNone);
RG_PIN(RG_KEY_ASSIST_NATIONAL, KeyAssistLevel::kNational);
RG_PIN(RG_KEY_ASSIST_PROVINCIAL, KeyAssistLevel::kProvincial);
RG_PIN(RG_KEY_ASSIST_CITY, KeyAssistLevel::kCity);
// IncomePeriod <-> RG_INCOME_*
RG_PIN(RG_INCOME_IDENTIFICATION, IncomePeriod::kIdentification);
RG_PIN(RG_INCOME_ANNUAL, IncomePeriod::kAnnual);
RG_PIN(RG_INCOME_POST_ELIMINATION, IncomePeriod::kPostElimination);
// TransferItem <-> RG_TRANSFER_*
RG_PIN(RG_TRANSFER_PENSION, TransferItem::kPension);
RG_PIN(RG_TRANSFER_DIBAO, TransferItem::kDibao);
RG_PIN(RG_TRANSFER_TEKUN, TransferItem::kTekun);
RG_PIN(RG_TRANSFER_FARMLAND_SUBSIDY, TransferItem::kFarmlandSubsidy);
RG_PIN(RG_TRANSFER_GRAIN_TO_GREEN, TransferItem::kGrainToGreen);
RG_PIN(RG_TRANSFER_ECO_COMPENSATION, TransferItem::kEcoCompensation);
RG_PIN(RG_TRANSFER_RECURRING_GIFT, TransferItem::kRecurringGift);
RG_PIN(RG_TRANSFER_SUPPORT_PAYMENT, TransferItem::kSupportPayment);
RG_PIN(RG_TRANSFER_CONDOLENCE, TransferItem::kCondolence);
RG_PIN(RG_TRANSFER_TEMPORARY_AID, TransferItem::kTemporaryAid);
RG_PIN(RG_TRANSFER_ONE_OFF_RELIEF, TransferItem::kOneOffRelief);
RG_PIN(RG_TRANSFER_RELOCATION_SUBSIDY, TransferItem::kRelocationSubsidy);
RG_PIN(RG_TRANSFER_HOUSING_RENOVATION, TransferItem::kHousingRenovation);
RG_PIN(RG_TRANSFER_PEN_RENOVATION, TransferItem::kPenRenovation);
RG_PIN(RG_TRANSFER_MEDICAL_REIMBURSEMENT, TransferItem::kMedicalReimbursement);
RG_PIN(RG_TRANSFER_STUDENT_AID, TransferItem::kStudentAid);
RG_PIN(RG_TRANSFER_OTHER, TransferItem::kOther);
RG_PIN(RG_TRANSFER_ITEMS, TransferItem::kCount);
// Relation <-> RG_RELATION_*
RG_PIN(RG_RELATION_HEAD, Relation::kHead);
RG_PIN(RG_RELATION_SPOUSE, Relation::kSpouse);
RG_PIN(RG_RELATION_CHILD, Relation::kChild);
RG_PIN(RG_RELATION_PARENT, Relation::kParent);
RG_PIN(RG_RELATION_GRANDCHILD, Relation::kGrandchild);
RG_PIN(RG_RELATION_SIBLING, Relation::kSibling);
RG_PIN(RG_RELATION_CHILD_IN_LAW, Relation::kChildInLaw);
RG_PIN(RG_RELATION_OTHER, Relation::kOther);
// Sex <-> RG_SEX_*
RG_PIN(RG_SEX_MALE, Sex::kMale);
RG_PIN(RG_SEX_FEMALE, Sex::kFemale);
// Education <-> RG_EDUCATION_*
RG_PIN(RG_EDUCATION_NONE, Education::kNone);
RG_PIN(RG_EDUCATION_PRESCHOOL, Education::kPreschool);
RG_PIN(RG_EDUCATION_PRIMARY, Education::kPrimary);
RG_PIN(RG_EDUCATION_JUNIOR_HIGH, Education::kJuniorHigh);
RG_PIN(RG_EDUCATION_SENIOR_HIGH, Education::kSeniorHigh);
RG_PIN(RG_EDUCATION_VOCATIONAL, Education::kVocational);
RG_PIN(RG_EDUCATION_COLLEGE, Education::kCollege);
// SchoolStatus <-> RG_SCHOOL_*
RG_PIN(RG_SCHOOL_NOT_IN_SCHOOL, SchoolStatus::kNotInSchool);
RG_PIN(RG_SCHOOL_PRESCHOOL, SchoolStatus::kPreschool);
RG_PIN(RG_SCHOOL_COMPULSORY, SchoolStatus::kCompulsory);
RG_PIN(RG_SCHOOL_HIGH_SCHOOL, SchoolStatus::kHighSchool);
RG_PIN(RG_SCHOOL_HIGHER, SchoolStatus::kHigher);
RG_PIN(RG_SCHOOL_DROPOUT, SchoolStatus::kDropout);
RG_PIN(RG_SCHOOL_HOME_TEACHING, SchoolStatus::kHomeTeaching);
// Health <-> RG_HEALTH_*
RG_PIN(RG_HEALTH_HEALTHY, Health::kHealthy);
RG_PIN(RG_HEALTH_CHRONIC, Health::kChronic);
RG_PIN(RG_HEALTH_SERIOUS_ILLNESS, Health::kSeriousIllness);
RG_PIN(RG_HEALTH_DISABLED, Health::kDisabled);
// Labour <-> RG_LABOUR_*
RG_PIN(RG_LABOUR_SKILLED, Labour::kSkilled);
RG_PIN(RG_LABOUR_ORDINARY, Labour::kOrdinary);
RG_PIN(RG_LABOUR_WEAK, Labour::kWeak);
RG_PIN(RG_LABOUR_LOST, Labour::kLost);
RG_PIN(RG_LABOUR_NONE, Labour::kNone);
// MemberStatus <-> RG_MEMBER_*
RG_PIN(RG_MEMBER_ACTIVE, MemberStatus::kActive);
RG_PIN(RG_MEMBER_NATURAL_DECREASE, MemberStatus::kNaturalDecrease);  // Language <-> RG_LANGUAGE_*
RG_PIN(RG_LANGUAGE_ZH_CN, Language::kZhCN);
RG_PIN(RG_LANGUAGE_EN, Language::kEn);

// Part: memberships and household events (issue 16).
// MembershipKind <-> RG_MEMBERSHIP_*
RG_PIN(RG_MEMBERSHIP_MONITORED, MembershipKind::kMonitored);
RG_PIN(RG_MEMBERSHIP_DIBAO, MembershipKind::kDibao);
RG_PIN(RG_MEMBERSHIP_TEKUN, MembershipKind::kTekun);
RG_PIN(RG_MEMBERSHIP_DIBAO_EDGE, MembershipKind::kDibaoEdge);
RG_PIN(RG_MEMBERSHIP_RIGID_EXPENDITURE, MembershipKind::kRigidExpenditure);
RG_PIN(RG_MEMBERSHIP_OTHER_LOW_INCOME, MembershipKind::kOtherLowIncome);
// HouseholdEventKind <-> RG_EVENT_KIND_*
RG_PIN(RG_EVENT_KIND_NATURAL_DISASTER, HouseholdEventKind::kNaturalDisaster);
RG_PIN(RG_EVENT_KIND_ACCIDENT, HouseholdEventKind::kAccident);
RG_PIN(RG_EVENT_KIND_INDUSTRY_FAILURE, HouseholdEventKind::kIndustryFailure);
RG_PIN(RG_EVENT_KIND_JOB_LOSS, HouseholdEventKind::kJobLoss);
RG_PIN(RG_EVENT_KIND_SEVERE_DIFFICULTY, HouseholdEventKind::kSevereDifficulty);
RG_PIN(RG_EVENT_KIND_OTHER, HouseholdEventKind::kOther);
RG_PIN(RG_EVENT_KIND_SERIOUS_ILLNESS, HouseholdEventKind::kSeriousIllness);
RG_PIN(RG_EVENT_KIND_SUDDEN_EXPENDITURE, HouseholdEventKind::kSuddenExpenditure);
// HouseholdEvent bits <-> RG_EVENT_* bits, and each kind onto its bit.
static_assert(RG_EVENT_NATURAL_DISASTER == kEventNaturalDisaster && RG_EVENT_ACCIDENT == kEventAccident &&
              RG_EVENT_INDUSTRY_FAILURE == kEventIndustryFailure &&
              RG_EVENT_UNSTABLE_EMPLOYMENT == kEventUnstableEmployment &&
              RG_EVENT_SEVERE_DIFFICULTY == kEventSevereDifficulty && RG_EVENT_OTHER == kEventOther &&
              RG_EVENT_SERIOUS_ILLNESS == kEventSeriousIllness &&
              RG_EVENT_SUDDEN_EXPENDITURE == kEventSuddenExpenditure);
static_assert(event_bit(HouseholdEventKind::kSuddenExpenditure) == RG_EVENT_SUDDEN_EXPENDITURE);
static_assert(RG_STATUS_TEXT_MAX == kStatusTextMax && RG_STATUS_TEXT_MAX == kEventEvidenceMax);

#undef RG_PIN

// The checked ranges end where the C++ enums end (where the C++ side names its bound).
template <typename E>
constexpr CEnumInfo info = CEnum<E>::info;
static_assert(info<MeasureCategory>.hi == kMeasureCategoryMax);
static_assert(info<TransferCode>.hi == kTransferCodeMax);
static_assert(info<FundLevel>.hi == kFundLevelCount);
static_assert(info<ProjectType>.hi == kProjectTypeCount);
static_assert(info<ProjectStatus>.hi == kProjectStatusCount);
static_assert(info<IncomePurpose>.hi == kIncomePurposeMax);
static_assert(info<AssetSubtype>.hi == kAssetSubtypeMax);
static_assert(info<Party>.hi == kPartyMax);
static_assert(info<AssetStatus>.hi == kAssetStatusCount);
static_assert(info<DisposalReason>.hi == kDisposalReasonMax);
static_assert(info<DisposalMethod>.hi == kDisposalMethodMax);
static_assert(info<ApprovalLevel>.hi == static_cast<int64_t>(kApprovalLevelCount));
static_assert(info<Relation>.gap == 8 && !enum_value_ok<Relation>(8) &&
              enum_value_ok<Relation>(RG_RELATION_OTHER));
static_assert(RG_DISABILITY_GRADE_MAX == 4);
static_assert(info<MembershipKind>.hi == kMembershipKindCount);
static_assert(info<HouseholdEventKind>.hi == kHouseholdEventKindCount);


}  // namespace
}  // namespace rg::capi
