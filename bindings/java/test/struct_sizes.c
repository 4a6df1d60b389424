/* Prints sizeof of every struct of ruralguard.h for StructLayoutTest (Java binding). */
#include <stdio.h>

#include "ruralguard/ruralguard.h"

int main(void) {
  printf("StoreStructs.StoreOptions %zu\n", sizeof(rg_store_options));
  printf("RiskStructs.HouseholdFacts %zu\n", sizeof(rg_household_facts));
  printf("RiskStructs.Reason %zu\n", sizeof(rg_reason));
  printf("RiskStructs.Assessment %zu\n", sizeof(rg_assessment));
  printf("RiskStructs.HouseholdColumns %zu\n", sizeof(rg_household_columns));
  printf("RiskStructs.AssessmentColumns %zu\n", sizeof(rg_assessment_columns));
  printf("RiskStructs.CaseFacts %zu\n", sizeof(rg_case_facts));
  printf("RiskStructs.EliminationResult %zu\n", sizeof(rg_elimination_result));
  printf("CasesStructs.DepartmentRecords %zu\n", sizeof(rg_department_records));
  printf("CasesStructs.IngestResult %zu\n", sizeof(rg_ingest_result));
  printf("CasesStructs.CaseStep %zu\n", sizeof(rg_case_step));
  printf("CasesStructs.CaseInfo %zu\n", sizeof(rg_case_info));
  printf("CasesStructs.AlertInfo %zu\n", sizeof(rg_alert_info));
  printf("CasesStructs.CaseReport %zu\n", sizeof(rg_case_report));
  printf("LedgerStructs.Account %zu\n", sizeof(rg_account));
  printf("LedgerStructs.Transfer %zu\n", sizeof(rg_transfer));
  printf("LedgerStructs.Balance %zu\n", sizeof(rg_balance));
  printf("LedgerStructs.HistoryEntry %zu\n", sizeof(rg_history_entry));
  printf("LedgerStructs.TotalsRow %zu\n", sizeof(rg_totals_row));
  printf("LedgerStructs.Project %zu\n", sizeof(rg_project));
  printf("LedgerStructs.ProgressRow %zu\n", sizeof(rg_progress_row));
  printf("LedgerStructs.IndustryShare %zu\n", sizeof(rg_industry_share));
  printf("LedgerStructs.ProjectCountRow %zu\n", sizeof(rg_project_count_row));
  printf("LedgerStructs.WaitingFunds %zu\n", sizeof(rg_waiting_funds));
  printf("MeasuresStructs.AfInput %zu\n", sizeof(rg_af_input));
  printf("HouseholdsStructs.HouseholdRecord %zu\n", sizeof(rg_household_record));
  printf("HouseholdsStructs.MemberRecord %zu\n", sizeof(rg_member_record));
  printf("HouseholdsStructs.IncomeRecord %zu\n", sizeof(rg_income_record));
  printf("HouseholdsStructs.CsvFiles %zu\n", sizeof(rg_csv_files));
  printf("HouseholdsStructs.CsvError %zu\n", sizeof(rg_csv_error));
  printf("HouseholdsStructs.CsvImportOptions %zu\n", sizeof(rg_csv_import_options));
  printf("HouseholdsStructs.CsvImportResult %zu\n", sizeof(rg_csv_import_result));
  printf("HouseholdsStructs.DqFinding %zu\n", sizeof(rg_dq_finding));
  printf("HouseholdsStructs.SyntheticCountyOptions %zu\n", sizeof(rg_synthetic_county_options));
  printf("HouseholdsStructs.SyntheticCountySummary %zu\n", sizeof(rg_synthetic_county_summary));
  printf("HouseholdsStructs.HouseholdTableView %zu\n", sizeof(rg_household_table_view));
  printf("AssetsStructs.AssetManagement %zu\n", sizeof(rg_asset_management));
  printf("AssetsStructs.AssetDraft %zu\n", sizeof(rg_asset_draft));
  printf("AssetsStructs.AssetInfo %zu\n", sizeof(rg_asset_info));
  printf("AssetsStructs.AssetEvent %zu\n", sizeof(rg_asset_event));
  printf("AssetsStructs.AssetPolicy %zu\n", sizeof(rg_asset_policy));
  printf("AssetsStructs.DistributionPurpose %zu\n", sizeof(rg_distribution_purpose));
  printf("AssetsStructs.DistributionPlan %zu\n", sizeof(rg_distribution_plan));
  printf("AssetsStructs.DistributionShare %zu\n", sizeof(rg_distribution_share));
  printf("AssetsStructs.AssetWarningOptions %zu\n", sizeof(rg_asset_warning_options));
  printf("AssetsStructs.AssetWarning %zu\n", sizeof(rg_asset_warning));
  printf("AssetsStructs.AssetTotalsRow %zu\n", sizeof(rg_asset_totals_row));
  printf("AssetsStructs.AssetIncomeRow %zu\n", sizeof(rg_asset_income_row));
  printf("ReportsStructs.SummaryHouseholds %zu\n", sizeof(rg_summary_households));
  printf("ReportsStructs.RegionFigures %zu\n", sizeof(rg_region_figures));
  return 0;
}
