"""Batch assessment from arrays and a report as a dict (docs/reports.md). One C call assesses all
households, one summarises them, one renders the report."""
import datetime
import random
from array import array

from ruralguard import reports, risk, to_rg_date

rng, n = random.Random(1), 2000
villages = [500230001001, 500230001002, 500230002001]
members = array("i", [rng.randint(1, 5) for _ in range(n)])
income = array("q", [rng.randint(3_000, 40_000) * 10_000 for _ in range(n)])  # 1/10000 yuan
columns = {"region_code": array("Q", [villages[i % 3] for i in range(n)]),
           "kind": array("B", [1 if rng.random() < 0.1 else 3 for _ in range(n)]),
           "per_capita_income": income,
           "net_income": array("q", [income[i] * members[i] for i in range(n)]),
           "income_period_end": array("i", [to_rg_date(datetime.date(2024, 12, 31))] * n),
           "members": members, "labour_capable": array("i", [1] * n)}
as_of = datetime.date(2024, 12, 31)
out, failed = risk.assess_batch(columns, risk.Policy.default("53", 2025), as_of)
summary = reports.SummarySet.from_households(
    columns["region_code"], columns["kind"], members, per_capita_income=income,
    within_monitoring=out["within_monitoring"], category=out["category"], level=out["level"])
report = summary.report_dict(as_of)  # the JSON report as a dict
total = report["total"]
print(f"{total['households']} households, {total['monitored']} within monitoring range "
      f"({total['monitored_level_red']} red), formerly poor income {total['fp_income_mean']} yuan/person")
print(f"county score {report['scores'][0]['total']} of 100, {failed} rows failed")
