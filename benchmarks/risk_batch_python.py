"""Times one Python call of ruralguard.risk.assess_batch over N synthetic households.

Run by benchmarks/risk_bench (BM_AssessBatch_Python), which reads the seconds printed on stdout.
Columns are built once with array(); only the call itself is timed.
"""
import datetime
import random
import sys
import time
from array import array

from ruralguard import risk, to_rg_date

n = int(sys.argv[1])
rng = random.Random(5)
end = to_rg_date(datetime.date(2024, 12, 31))
members = array("i", (rng.randint(1, 6) for _ in range(n)))
pci = array("q", (rng.randint(-2000, 40000) * 10000 for _ in range(n)))
columns = {
    "region_code": array("Q", (530122001000 + rng.randint(1, 30) for _ in range(n))),
    "kind": array("B", (rng.randint(1, 3) for _ in range(n))),
    "per_capita_income": pci,
    "net_income": array("q", (p * m for p, m in zip(pci, members))),
    "medical_out_of_pocket": array("q", (rng.randint(0, 60000) * 10000 for _ in range(n))),
    "income_period_end": array("i", [end]) * n,
    "members": members,
    "labour_capable": array("i", (rng.randint(0, m) for m in members)),
    "seriously_ill": array("i", (rng.randint(0, 1) for _ in range(n))),
}
policy = risk.Policy.default("53", 2025)
as_of = datetime.date(2025, 3, 1)
start = time.perf_counter()
out, failed = risk.assess_batch(columns, policy, as_of)
elapsed = time.perf_counter() - start
assert failed == 0, failed
print(f"{elapsed:.9f} {sum(out['within_monitoring'])}")
