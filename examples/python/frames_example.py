"""pandas in, pandas out (docs/python.md "pandas"): a county's households as a DataFrame, assessed
in one C call, summarised, money exact (int64 units of 1/10000 yuan or Decimal, never float)."""
import datetime, os, tempfile

from ruralguard import Store, frames, households, policy, reports, risk

as_of = datetime.date(2025, 3, 31)
with tempfile.TemporaryDirectory() as tmp, Store(os.path.join(tmp, "county.db")) as store:
    households.generate_county(store, households=5000, seed=1)       # a synthetic county
    df = frames.households(store, as_of, dates="rg_date")            # one columnar load
    yunnan = risk.Policy.default("53", 2025)                          # a sourced built-in policy
    result = frames.assess(df, yunnan, as_of)                        # one C call, no copies
    print(result["level"].value_counts().sort_index().to_dict())     # {'blue': .., 'yellow': .., 'red': ..}
    table = frames.report(policy.summary_from_store(store, as_of, policy=yunnan), as_of, "county", money="decimal")
    total = table[table["scope"] == "total"].iloc[0]
    print(f"{total['households']} households, formerly poor mean income {total['fp_income_mean']} yuan")
