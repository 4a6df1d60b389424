#!/usr/bin/env python3
"""Writes the Java enums of the RG_* macro groups of ruralguard.h (bindings/java/src/org/ruralguard).

Usage: python3 bindings/java/tools/gen_enums.py   (from the repository root; rewrites the files)

Each enum is a contiguous run of #define lines of the header, from FIRST to LAST, with PREFIX
removed from the constant names. Run it after adding a value to a group (or add a SPEC line for a
new group) and commit the result; EnumsMatchHeaderTest fails when an enum and the header differ.
"""
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
HEADER = os.path.join(ROOT, "include", "ruralguard", "ruralguard.h")
OUT = os.path.join(ROOT, "bindings", "java", "src", "org", "ruralguard")

# (enum, first macro, last macro, prefix, kind, javadoc); kind: value, flag (bit value), bit (bit position)
SPECS = [
    ("Status", "RG_OK", "RG_EINTERNAL", "RG_", "value", "Status codes ({@code rg_status}); values pinned forever."),
    ("Rounding", "RG_ROUND_HALF_UP", "RG_ROUND_UP", "RG_ROUND_", "value",
     "Rounding modes: HALF_UP (ties away from zero, {@link java.math.RoundingMode#HALF_UP}), HALF_EVEN, DOWN (toward zero), UP (away from zero)."),
    ("RegionLevel", "RG_REGION_PROVINCE", "RG_REGION_VILLAGE", "RG_REGION_", "value", "Levels of a 12-digit region code."),
    ("HouseholdKind", "RG_HOUSEHOLD_FORMERLY_POOR", "RG_HOUSEHOLD_ORDINARY", "RG_HOUSEHOLD_", "value", "Household types."),
    ("Category", "RG_CATEGORY_NONE", "RG_CATEGORY_SUDDEN_SEVERE", "RG_CATEGORY_", "value", "Monitoring categories."),
    ("Level", "RG_LEVEL_NONE", "RG_LEVEL_RED", "RG_LEVEL_", "value", "Warning levels."),
    ("RiskType", "RG_RISK_ILLNESS", "RG_RISK_OTHER", "RG_RISK_", "bit", "Risk types: bit positions in risk masks."),
    ("Guarantee", "RG_GUARANTEE_CHILD_OUT_OF_SCHOOL", "RG_GUARANTEE_FOOD", "RG_GUARANTEE_", "flag", "Guarantee failures (bits of guarantee_failures)."),
    ("HouseholdEvent", "RG_EVENT_NATURAL_DISASTER", "RG_EVENT_SUDDEN_EXPENDITURE", "RG_EVENT_", "flag", "Events from clues and visits (bits of events)."),
    ("EliminationCondition", "RG_ELIM_MONTHS_MONITORED", "RG_ELIM_VETO", "RG_ELIM_", "bit", "Elimination conditions: bit (1 << code) in failed_conditions."),
    ("EliminationKind", "RG_ELIMINATION_AIDED", "RG_ELIMINATION_NATURAL", "RG_ELIMINATION_", "value", "Kinds of elimination."),
    ("Channel", "RG_CHANNEL_SELF_DECLARED", "RG_CHANNEL_SUPERVISION", "RG_CHANNEL_", "value", "Clue channels."),
    ("Role", "RG_ROLE_UNSPECIFIED", "RG_ROLE_DEPARTMENT", "RG_ROLE_", "value", "Roles of the actors of case steps (issue 16)."),
    ("DayUnit", "RG_DAYS_CALENDAR", "RG_DAYS_WORKING", "RG_DAYS_", "value", "Units of a procedure limit: calendar or working days."),
    ("ProcedureLimit", "RG_LIMIT_IDENTIFY", "RG_LIMIT_ELIMINATION_NOTICE", "RG_LIMIT_", "value", "Procedure limits of a policy."),
    ("AnswerKind", "RG_ANSWER_VERIFIED", "RG_ANSWER_CASE_OPENED", "RG_ANSWER_", "value", "Answers to a household of a risk warning letter."),
    ("Department", "RG_DEPT_MEDICAL_INSURANCE", "RG_DEPT_HUMAN_RESOURCES", "RG_DEPT_", "value", "Departments sending records."),
    ("Metric", "RG_METRIC_INPATIENT_OOP_YTD", "RG_METRIC_JOB_LOSS", "RG_METRIC_", "value", "Department record metrics."),
    ("CaseState", "RG_CASE_CLUE", "RG_CASE_ELIMINATED", "RG_CASE_", "value", "Monitoring case states."),
    ("CaseStepKind", "RG_STEP_VERIFY", "RG_STEP_REASSESS", "RG_STEP_", "value", "Steps of the case procedure."),
    ("MeasureCategory", "RG_MEASURE_INDUSTRY", "RG_MEASURE_OTHER", "RG_MEASURE_", "value", "Assistance measure categories."),
    ("MeasureStatus", "RG_MEASURE_PLANNED", "RG_MEASURE_ENDED", "RG_MEASURE_", "value", "Assistance measure statuses."),
    ("AlertKind", "RG_ALERT_VISIT_OVERDUE", "RG_ALERT_POST_ELIMINATION_CHECK_DUE", "RG_ALERT_", "value", "Alert kinds."),
    ("AlertState", "RG_ALERT_ACTIVE", "RG_ALERT_RESOLVED", "RG_ALERT_", "value", "Alert states."),
    ("FundLevel", "RG_FUND_CENTRAL", "RG_FUND_COUNTY", "RG_FUND_", "value", "Fund source levels."),
    ("AccountKind", "RG_ACCOUNT_KIND_SOURCE", "RG_ACCOUNT_KIND_INCOME", "RG_ACCOUNT_KIND_", "value", "Ledger account kinds."),
    ("HolderKind", "RG_HOLDER_REGION", "RG_HOLDER_PAYEE", "RG_HOLDER_", "value", "Ledger account holders."),
    ("AccountFlag", "RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS", "RG_ACCOUNT_CLOSED", "RG_ACCOUNT_", "flag", "Ledger account flags."),
    ("TransferCode", "RG_CODE_ALLOCATE", "RG_CODE_ASSET_INCOME", "RG_CODE_", "value", "Ledger transfer codes."),
    ("TransferFlag", "RG_TRANSFER_LINKED", "RG_TRANSFER_VOID_PENDING", "RG_TRANSFER_", "flag", "Ledger transfer flags."),
    ("AccountResult", "RG_ACCOUNT_OK", "RG_ACCOUNT_EXISTS", "RG_ACCOUNT_", "value", "Per-account results of createAccounts."),
    ("TransferResult", "RG_TRANSFER_OK", "RG_TRANSFER_OVERFLOWS_BALANCE", "RG_TRANSFER_", "value", "Per-transfer results of createTransfers."),
    ("LedgerTotalsBy", "RG_TOTALS_BY_LEVEL", "RG_TOTALS_BY_REGION_PREFIX", "RG_TOTALS_BY_", "value", "Groupings of ledger totals."),
    ("ProjectType", "RG_PROJECT_TYPE_INDUSTRY", "RG_PROJECT_TYPE_OTHER", "RG_PROJECT_TYPE_", "value", "Project types."),
    ("ProjectStatus", "RG_PROJECT_RESERVE", "RG_PROJECT_TERMINATED", "RG_PROJECT_", "value", "Project lifecycle states."),
    ("NoticeKind", "RG_NOTICE_PROJECTS", "RG_NOTICE_DISBURSEMENTS", "RG_NOTICE_", "value", "Public-notice CSVs of the ledger."),
    ("MeasuresFlag", "RG_MEASURES_AT_OR_BELOW", "RG_MEASURES_ORDINAL", "RG_MEASURES_", "flag", "Flags of the poverty measures."),
    ("TransferItem", "RG_TRANSFER_PENSION", "RG_TRANSFER_OTHER", "RG_TRANSFER_", "value", "Transfer income items (indexes of an income statement's transfers)."),
    ("IncomeKind", "RG_INCOME_IDENTIFICATION", "RG_INCOME_POST_ELIMINATION", "RG_INCOME_", "value", "Income statement kinds."),
    ("CsvImportMode", "RG_CSV_ALL_OR_NOTHING", "RG_CSV_COMMIT_VALID_ROWS", "RG_CSV_", "value", "CSV import modes."),
    ("DqSeverity", "RG_DQ_ERROR", "RG_DQ_WARNING", "RG_DQ_", "value", "Data-quality finding severities."),
    ("AssetClass", "RG_ASSET_CLASS_OPERATING", "RG_ASSET_CLASS_HOUSEHOLD", "RG_ASSET_CLASS_", "value", "Asset classes."),
    ("AssetSubtype", "RG_ASSET_SUBTYPE_PHOTOVOLTAIC", "RG_ASSET_SUBTYPE_OTHER", "RG_ASSET_SUBTYPE_", "value", "Asset subtypes."),
    ("Party", "RG_PARTY_VILLAGE_COLLECTIVE", "RG_PARTY_OPERATOR", "RG_PARTY_", "value", "Parties holding an asset's owner role and rights."),
    ("AssetRight", "RG_RIGHT_OWNERSHIP", "RG_RIGHT_SUPERVISION", "RG_RIGHT_", "value", "The five rights (indexes of the rights arrays)."),
    ("OperationMode", "RG_OPERATION_SELF", "RG_OPERATION_ENTRUSTED", "RG_OPERATION_", "value", "Asset operation modes."),
    ("FarmerLink", "RG_FARMER_LINK_NONE", "RG_FARMER_LINK_SHARE_COOPERATION", "RG_FARMER_LINK_", "value", "How an asset links to farmers."),
    ("AssetStatus", "RG_ASSET_STATUS_REGISTERED", "RG_ASSET_STATUS_DISPOSED", "RG_ASSET_STATUS_", "value", "Asset lifecycle states."),
    ("DisposalReason", "RG_DISPOSAL_REASON_DISASTER", "RG_DISPOSAL_REASON_REPLACED", "RG_DISPOSAL_REASON_", "value", "Asset disposal reasons."),
    ("DisposalMethod", "RG_DISPOSAL_METHOD_AUCTION", "RG_DISPOSAL_METHOD_SCRAPPING", "RG_DISPOSAL_METHOD_", "value", "Asset disposal methods."),
    ("Approval", "RG_APPROVAL_OWNER", "RG_APPROVAL_COUNTY", "RG_APPROVAL_", "value", "Disposal approvals in chain order."),
    ("Purpose", "RG_PURPOSE_HARDSHIP_SUPPORT", "RG_PURPOSE_LARGE_INFRASTRUCTURE", "RG_PURPOSE_", "value", "Uses of asset income."),
    ("AssetEventKind", "RG_ASSET_EVENT_REGISTERED", "RG_ASSET_EVENT_DISPOSED", "RG_ASSET_EVENT_", "value", "Asset event kinds."),
    ("AssetWarningKind", "RG_ASSET_WARNING_IDLE_TOO_LONG", "RG_ASSET_WARNING_VALUE_DIFFERS_FROM_SETTLED", "RG_ASSET_WARNING_", "value", "Asset risk warnings."),
    ("AssetTotalsBy", "RG_ASSET_TOTALS_BY_CLASS", "RG_ASSET_TOTALS_BY_REGION_PREFIX", "RG_ASSET_TOTALS_BY_", "value", "Groupings of asset totals."),
    ("ReportFormat", "RG_REPORT_JSON", "RG_REPORT_SCORES_CSV", "RG_REPORT_", "value", "Output formats of the rendered report."),
    ("MembershipKind", "RG_MEMBERSHIP_MONITORED", "RG_MEMBERSHIP_OTHER_LOW_INCOME", "RG_MEMBERSHIP_", "value", "Membership kinds (statuses a household or person holds at once)."),
    ("HouseholdEventKind", "RG_EVENT_KIND_NATURAL_DISASTER", "RG_EVENT_KIND_SUDDEN_EXPENDITURE", "RG_EVENT_KIND_", "value", "Household event kinds (kind k sets event bit 1 << (k - 1))."),
    ("PostCheckFinding", "RG_POSTCHECK_INCOME_BELOW_RANGE", "RG_POSTCHECK_NO_BUSINESS_INCOME", "RG_POSTCHECK_", "flag", "Failed post-elimination checks (bits of findings)."),
]

DEFINE = re.compile(r"^#define (RG_[A-Z0-9_]+) +\(?(-?[0-9]+)u?\)?")


def defines():
    rows = []
    with open(HEADER, encoding="utf-8") as f:
        for line in f:
            m = DEFINE.match(line)
            if m:
                rows.append((m.group(1), int(m.group(2))))
    return rows


def main():
    rows = defines()
    names = [n for n, _ in rows]
    for enum, first, last, prefix, kind, doc in SPECS:
        run = rows[names.index(first):names.index(last) + 1]
        constants = []
        for macro, value in run:
            assert macro.startswith(prefix), (enum, macro)
            if macro.endswith("_MAX") or macro == "RG_TRANSFER_ITEMS":
                continue
            name = macro[len(prefix):]
            constants.append(f'  /** {{@code {macro}}} */\n  {name}({value}, "{macro}")')
        text = f"""package org.ruralguard;

/**
 * {doc}
 *
 * <p>Generated from {{@code ruralguard.h}} by {{@code bindings/java/tools/gen_enums.py}}; do not edit.
 * {"The code is the bit position of the type in a mask (mask bit {@code 1 << code()})." if kind == "bit" else "The code is the bit value in a mask." if kind == "flag" else "The code is the C value."}
 */
public enum {enum} implements CodedEnum {{
{(","+chr(10)).join(constants)};

  private final int code;
  private final String macro;

  {enum}(int code, String macro) {{
    this.code = code;
    this.macro = macro;
  }}

  @Override
  public int code() {{
    return code;
  }}

  @Override
  public String macro() {{
    return macro;
  }}

  /** The constant with this C value; {{@link InvalidArgumentException}} for any other value. */
  public static {enum} of(int code) {{
    return CodedEnum.of({enum}.class, code);
  }}
}}
"""
        with open(os.path.join(OUT, enum + ".java"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{len(SPECS)} enums written")


if __name__ == "__main__":
    main()
