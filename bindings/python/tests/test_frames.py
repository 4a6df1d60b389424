"""pandas DataFrames in and out (ruralguard.frames). Skipped where pandas is missing (the pyenv
python3), unless RURALGUARD_REQUIRE_PANDAS=1 (ctest python_bindings_pandas runs this file under
Debian's /usr/bin/python3, which has python3-pandas)."""

import datetime
import decimal
import os
import subprocess
import sys
import tempfile
import time
import unittest
from array import array

import ruralguard as rg
from ruralguard import ledger as lg
from ruralguard import policy, reports, risk

try:
    import numpy as np
    import pandas as pd
    from ruralguard import frames
except ImportError:
    if os.environ.get("RURALGUARD_REQUIRE_PANDAS") == "1":
        raise
    pd = None

AS_OF = datetime.date(2025, 3, 1)
YUAN = 10000
OUTPUTS = ("within_monitoring", "category", "risk_mask", "score", "level", "next_visit", "status")
_ARRAY_TYPECODES = {"region_code": "Q", "kind": "B", "per_capita_income": "q",
                    "previous_per_capita_income": "q", "net_income": "q",
                    "medical_out_of_pocket": "q", "education_out_of_pocket": "q",
                    "income_period_end": "i", "members": "i", "labour_capable": "i",
                    "weak_labour": "i", "seriously_ill": "i", "chronically_ill": "i", "disabled": "i",
                    "guarantee_failures": "B", "events": "H"}


class WithoutPandasTest(unittest.TestCase):
    """Runs everywhere: `import ruralguard` must not need pandas."""

    def test_import_ruralguard_works_without_pandas(self):
        code = ("import sys; sys.modules['pandas'] = None; sys.modules['numpy'] = None\n"
                "import ruralguard\n"
                "assert 'pandas' not in [m for m in sys.modules if sys.modules[m] is not None]\n"
                "try:\n"
                "    import ruralguard.frames\n"
                "except ImportError as e:\n"
                "    print('ImportError:', e)\n")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             check=True).stdout
        self.assertIn("ImportError: ruralguard.frames needs pandas (Debian: apt-get install python3-pandas", out)


def synthetic_frame(n, seed=7):
    """n households with every input column, numpy dtypes equal to the C element types."""
    rng = np.random.default_rng(seed)
    members = rng.integers(1, 7, n, dtype=np.int32)
    income = rng.integers(2_000, 30_000, n, dtype=np.int64) * YUAN + rng.integers(0, 100, n) * 100
    previous = np.where(rng.random(n) < 0.2, np.int64(risk.MONEY_UNKNOWN),
                        income + rng.integers(-5_000, 5_000, n) * YUAN)
    labour = np.minimum(rng.integers(0, 3, n, dtype=np.int32), members)
    weak = np.where(labour < members, rng.integers(0, 2, n, dtype=np.int32), 0).astype(np.int32)
    villages = np.array([530122001001, 530122001002, 530122002001, 500230001001], dtype=np.uint64)
    return pd.DataFrame({
        "region_code": villages[rng.integers(0, 4, n)],
        "kind": rng.choice(np.array([1, 2, 3], dtype=np.uint8), n, p=[0.15, 0.05, 0.8]),
        "per_capita_income": income,
        "previous_per_capita_income": previous.astype(np.int64),
        "net_income": income * members,
        "medical_out_of_pocket": rng.integers(0, 40_000, n, dtype=np.int64) * YUAN,
        "education_out_of_pocket": rng.integers(0, 10_000, n, dtype=np.int64) * YUAN,
        "income_period_end": np.full(n, rg.to_rg_date(datetime.date(2024, 12, 31)), dtype=np.int32),
        "members": members,
        "labour_capable": labour,
        "weak_labour": weak,
        "seriously_ill": (rng.random(n) < 0.05).astype(np.int32),
        "chronically_ill": (rng.random(n) < 0.1).astype(np.int32),
        "disabled": (rng.random(n) < 0.05).astype(np.int32),
        "guarantee_failures": (rng.random(n) < 0.03).astype(np.uint8),
        "events": rng.integers(0, 4, n, dtype=np.uint16),
    })


def array_columns(df):
    """The same data as array.array columns (the standard-library batch path)."""
    return {name: array(_ARRAY_TYPECODES[name], df[name].to_numpy().tobytes()) for name in df.columns}


@unittest.skipIf(pd is None, "pandas is not installed for this interpreter")
class AssessFrameTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.policy = risk.Policy.default("53", 2025)

    def assert_same_as_array_path(self, df, result):
        out, failed = risk.assess_batch(array_columns(df), self.policy, AS_OF)
        self.assertEqual(result.attrs["failed"], failed)
        for name in OUTPUTS:
            expected = np.frombuffer(out[name], dtype=result[name].dtype)
            mismatches = int(np.count_nonzero(result[name].to_numpy() != expected))
            self.assertEqual(mismatches, 0, name)
        return out

    def test_a_million_households_in_one_call_equal_the_array_path(self):
        n = 1_000_000
        df = synthetic_frame(n)
        copies = []
        start = time.perf_counter()
        result = frames.assess(df, self.policy, AS_OF, decode=False, copies=copies)
        frame_seconds = time.perf_counter() - start
        self.assertEqual(copies, [])  # every column went to C as the DataFrame's own memory
        self.assertEqual(len(result), n)
        self.assertTrue(result.index.equals(df.index))
        arrays = array_columns(df)
        start = time.perf_counter()
        out, failed = risk.assess_batch(arrays, self.policy, AS_OF)
        array_seconds = time.perf_counter() - start
        self.assertEqual(result.attrs["failed"], failed)
        self.assertEqual(failed, 0)
        for name in OUTPUTS:  # result for result, every row
            expected = np.frombuffer(out[name], dtype=result[name].dtype)
            self.assertEqual(int(np.count_nonzero(result[name].to_numpy() != expected)), 0, name)
        monitored = int(result["within_monitoring"].sum())
        self.assertGreater(monitored, 1000)
        start = time.perf_counter()
        decoded = frames.assess(df, self.policy, AS_OF)
        decoded_seconds = time.perf_counter() - start
        self.assertEqual(int(decoded["within_monitoring"].sum()), monitored)
        self.assertEqual(int((decoded["level"] == "red").sum()), int((result["level"] == 3).sum()))
        print(f"\n1,000,000 households: DataFrame assess {frame_seconds * 1000:.0f} ms (codes), "
              f"{decoded_seconds * 1000:.0f} ms (decoded: Categorical names, datetime64); "
              f"array('q') path {array_seconds * 1000:.0f} ms; {monitored} within monitoring range",
              file=sys.stderr)

    def test_decoded_columns(self):
        df = synthetic_frame(5000, seed=3)
        result = frames.assess(df, self.policy, AS_OF)
        codes = frames.assess(df, self.policy, AS_OF, decode=False)
        self.assertEqual(result["within_monitoring"].dtype, bool)
        self.assertEqual(list(result["level"].cat.categories), ["blue", "yellow", "red"])
        for i in range(0, 5000, 97):
            level = codes["level"].iat[i]
            self.assertEqual(result["level"].iat[i] if level else None,
                             frames.LEVEL_NAMES[level - 1] if level else None)
            if codes["next_visit"].iat[i] == risk.DATE_NONE:
                self.assertTrue(pd.isna(result["next_visit"].iat[i]))
            else:
                self.assertEqual(result["next_visit"].iat[i].date(), rg.from_rg_date(int(codes["next_visit"].iat[i])))
        # Single assessments agree with the frame (and their enums with the Categorical names).
        for i in range(0, 5000, 499):
            row = df.iloc[i]
            facts = risk.HouseholdFacts(**{name: (rg.from_rg_date(int(v)) if name == "income_period_end"
                                                  else rg.HouseholdKind(int(v)) if name == "kind" else int(v))
                                           for name, v in row.items()})
            single = risk.assess(facts, self.policy, AS_OF)
            self.assertEqual(single.score, result["score"].iat[i])
            self.assertEqual(None if single.level is None else single.level.name.lower(),
                             None if pd.isna(result["level"].iat[i]) else result["level"].iat[i])

    def test_other_column_types_are_converted_exactly(self):
        df = synthetic_frame(300, seed=5)
        expected = frames.assess(df, self.policy, AS_OF, decode=False)
        other = df.copy()
        other["per_capita_income"] = [rg.to_decimal(int(v)) for v in df["per_capita_income"]]  # Decimal yuan
        other["previous_per_capita_income"] = pd.array(
            [None if v == risk.MONEY_UNKNOWN else int(v) for v in df["previous_per_capita_income"]], dtype="Int64")
        other["income_period_end"] = pd.to_datetime(["2024-12-31"] * len(df))  # datetime64
        other["members"] = df["members"].astype(np.int64)  # wider ints: range-checked, narrowed
        other["kind"] = df["kind"].astype(np.int16)
        copies = []
        result = frames.assess(other, self.policy, AS_OF, decode=False, copies=copies)
        self.assertEqual(sorted(copies), ["income_period_end", "kind", "members", "per_capita_income",
                                          "previous_per_capita_income"])
        pd.testing.assert_frame_equal(result, expected)

    def test_bad_input_raises_the_named_exception(self):
        df = synthetic_frame(10)
        with self.assertRaises(rg.InvalidArgument):
            frames.assess(None, self.policy, AS_OF)
        with self.assertRaises(TypeError):
            frames.assess({"region_code": [1]}, self.policy, AS_OF)
        with self.assertRaisesRegex(rg.InvalidArgument, r"\['members'\] are required"):
            frames.assess(df.drop(columns=["members"]), self.policy, AS_OF)
        floats = df.assign(per_capita_income=df["per_capita_income"] / YUAN)
        with self.assertRaisesRegex(TypeError, "never takes floats"):
            frames.assess(floats, self.policy, AS_OF)
        with self.assertRaisesRegex(rg.InvalidArgument, "'members' row 3: 4294967296 is outside"):
            frames.assess(df.assign(members=np.where(np.arange(10) == 3, 2 ** 32, 1)), self.policy, AS_OF)
        with self.assertRaisesRegex(rg.InvalidArgument, "'kind' row 0: -1 is outside"):
            frames.assess(df.assign(kind=np.full(10, -1, dtype=np.int64)), self.policy, AS_OF)
        with self.assertRaisesRegex(rg.InvalidArgument, "'net_income' row 2 is missing"):
            frames.assess(df.assign(net_income=pd.Series([0, 0, None] + [0] * 7, dtype=object)),
                          self.policy, AS_OF)
        with self.assertRaises(rg.PrecisionError):
            frames.assess(df.assign(net_income=[decimal.Decimal("0.00001")] * 10), self.policy, AS_OF)
        with self.assertRaisesRegex(rg.InvalidArgument, "NaT"):
            frames.assess(df.assign(income_period_end=pd.to_datetime([None] * 10)), self.policy, AS_OF)
        with self.assertRaises(rg.InvalidArgument):
            frames.assess(df, None, AS_OF)
        closed = risk.Policy.default("53", 2025)
        closed.close()
        with self.assertRaises(rg.StateError):
            frames.assess(df, closed, AS_OF)
        # Row-level failures are per-row statuses, as in the C batch: not an exception.
        bad_rows = df.assign(members=np.where(np.arange(10) == 4, 0, df["members"]).astype(np.int32))
        result = frames.assess(bad_rows, self.policy, AS_OF)
        self.assertEqual(result.attrs["failed"], 1)
        self.assertEqual(int(result["status"].iat[4]), rg.RangeError.status)  # members 0
        empty = frames.assess(df.iloc[:0], self.policy, AS_OF)
        self.assertEqual(len(empty), 0)


@unittest.skipIf(pd is None, "pandas is not installed for this interpreter")
class StoreFramesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.store = rg.Store(os.path.join(cls.tmp.name, "county.db"), synchronous_full=False)
        rg.households.generate_county(cls.store, households=2000, seed=11)
        cls.policy = risk.Policy.default("53", 2025)

    @classmethod
    def tearDownClass(cls):
        cls.store.close()
        cls.tmp.cleanup()

    def test_households_frame_and_assessment_equal_the_columns_path(self):
        df = frames.households(self.store, AS_OF)
        self.assertEqual(len(df), 2000)
        self.assertEqual(df.index.name, "household_key")
        self.assertEqual(df["per_capita_income"].dtype, np.int64)  # exact units, never float
        self.assertEqual(str(df["income_period_end"].dtype), "datetime64[ns]")
        with rg.households.load_columns(self.store, AS_OF) as columns:
            self.assertEqual(list(df.index), list(columns.household_key))
            self.assertEqual(list(df["net_income"]), list(columns.net_income))
            names = [name for name, *_ in risk._COLUMN_SPECS]
            out, failed = risk.assess_batch({n: getattr(columns, n) for n in names}, self.policy, AS_OF)
        assessed = frames.assess_households(self.store, self.policy, AS_OF, decode=False)
        self.assertEqual(list(assessed["score"]), list(out["score"]))
        self.assertEqual(list(assessed["level"]), list(out["level"]))
        self.assertEqual(assessed.attrs.get("failed", failed), failed)
        decimals = frames.households(self.store, AS_OF, money="decimal", household_ids=True)
        self.assertIsInstance(decimals["per_capita_income"].iat[0], decimal.Decimal)
        self.assertEqual(rg.from_decimal(decimals["net_income"].iat[5]), df["net_income"].iat[5])
        self.assertTrue(decimals["household_id"].iat[0])
        with self.assertRaises(rg.InvalidArgument):
            frames.households(self.store, AS_OF, money="float")

    def test_summaries_and_report_frames(self):
        s = policy.summary_from_store(self.store, AS_OF, policy=self.policy)  # no run, no built-in 50 policy
        table = frames.summaries(s)
        self.assertEqual(int(table["households_ordinary"].sum() + table["households_formerly_poor"].sum() +
                             table["households_formerly_poor_no_policy"].sum()), 2000)
        self.assertEqual(table["fp_income_people_sum"].dtype, np.int64)
        rep = frames.report(s, AS_OF, "county")
        total = rep[rep["scope"] == "total"].iloc[0]
        self.assertEqual(int(total["households"]), 2000)
        self.assertEqual(rep["households"].dtype, np.int64)
        money_ids = [c["id"] for c in rep.attrs["columns"] if c["kind"] == "money"]
        self.assertTrue(money_ids)
        for name in money_ids:
            self.assertNotEqual(rep[name].dtype.kind, "f", name)
        as_decimal = frames.report(s, AS_OF, "county", money="decimal")
        self.assertIsInstance(as_decimal[money_ids[0]].iat[0], decimal.Decimal)
        s.close()
        with self.assertRaises(rg.StateError):
            frames.summaries(s)


@unittest.skipIf(pd is None, "pandas is not installed for this interpreter")
class LedgerAndCasesFramesTest(unittest.TestCase):
    def test_ledger_history_frame(self):
        with tempfile.TemporaryDirectory() as tmp, rg.Store(os.path.join(tmp, "l.db")) as store:
            ledger = lg.Ledger(store)
            ledger.create_accounts([lg.account(1, "central", "source", "region", 500112000000, 2024),
                                    lg.account(10, "central", "budget", "region", 500112000000, 2024)])
            D = datetime.date
            ledger.create_transfers([lg.transfer(1, 1, 10, 3682 * YUAN, "allocate", D(2024, 3, 1), memo="下达"),
                                     lg.transfer(2 ** 100, 10, 1, 1 * YUAN, "return", D(2024, 4, 1))])
            df = frames.ledger_history(ledger, 10, D(2024, 1, 1), D(2024, 12, 31))
            self.assertEqual(list(df["amount"]), [3682 * YUAN, 1 * YUAN])
            self.assertEqual(df["amount"].dtype, np.int64)
            self.assertEqual(list(df["is_debit"]), [False, True])
            self.assertEqual(list(df["code"]), ["allocate", "return"])
            self.assertEqual(df["transfer_id"].iat[1], 2 ** 100)
            self.assertEqual(df["memo"].iat[0], "下达")
            self.assertEqual(df["effective_date"].iat[0], pd.Timestamp("2024-03-01"))
            legacy = ledger.history(10, D(2024, 1, 1), D(2024, 12, 31))
            self.assertEqual([e.amount for e in legacy], list(df["amount"]))
            dec = frames.ledger_history(ledger, 10, D(2024, 1, 1), D(2024, 12, 31), money="decimal")
            self.assertEqual(dec["amount"].iat[0], decimal.Decimal("3682"))
            ledger.close()
            with self.assertRaises(rg.StateError):
                frames.ledger_history(ledger, 10, D(2024, 1, 1), D(2024, 12, 31))

    def test_cases_frame(self):
        with tempfile.TemporaryDirectory() as tmp, rg.Store(os.path.join(tmp, "c.db")) as store:
            rg.households.generate_county(store, households=200, seed=3)
            with rg.households.load_columns(store, AS_OF) as columns:
                key = int(columns.household_key[0])
            case_id = rg.cases.open_case(store, key, "hotline_12317", datetime.date(2025, 1, 2), "来电")
            df = frames.cases(store, [case_id])
            self.assertEqual(list(df.index), [case_id])
            self.assertEqual(df["state"].iat[0], "clue")
            self.assertEqual(df["household_key"].iat[0], key)
            self.assertEqual(df["found"].iat[0], pd.Timestamp("2025-01-02"))
            self.assertTrue(pd.isna(df["identified"].iat[0]))
            with self.assertRaises(rg.NotFound):
                frames.cases(store, [case_id + 1])
            with self.assertRaises(rg.InvalidArgument):
                frames.cases(store, None)


if __name__ == "__main__":
    unittest.main()
