"""Bad input from Python never crashes: None, wrong lengths, values out of range and closed handles
raise the status-named exception (or TypeError for a wrong Python type), in every module."""

import datetime
import os
import tempfile
import unittest
import warnings
from array import array

import ruralguard as rg
from ruralguard import cases, households, ledger as lg, measures, money, reports, risk

D = datetime.date
AS_OF = D(2025, 3, 1)


def columns(n=3, **overrides):
    base = {"region_code": array("Q", [530122001001] * n), "kind": array("B", [3] * n),
            "per_capita_income": array("q", [9000 * 10000] * n), "net_income": array("q", [0] * n),
            "income_period_end": array("i", [rg.to_rg_date(D(2024, 12, 31))] * n),
            "members": array("i", [2] * n), "labour_capable": array("i", [1] * n)}
    base.update(overrides)
    return base


class NoneTest(unittest.TestCase):
    def test_none_is_invalid_argument(self):
        policy = risk.Policy.default("53", 2025)
        calls = [
            lambda: money.parse(None), lambda: rg.parse_date(None), lambda: rg.parse_region(None),
            lambda: rg.region_is_within(530122001001, None), lambda: rg.from_rg_date(None),
            lambda: rg.region_parent(None), lambda: money.allocate(100, None),
            lambda: measures.fgt(None, 1), lambda: measures.alkire_foster(None, [1], "1/2"),
            lambda: rg.Store(None), lambda: risk.Policy.default(None),
            lambda: risk.Policy.from_json(None), lambda: risk.assess_batch(None, policy, AS_OF),
            lambda: risk.assess_batch(columns(region_code=None), policy, AS_OF),
            lambda: risk.assess_batch(columns(), None, AS_OF),
            lambda: risk.assess(risk.HouseholdFacts(members=None), policy, AS_OF),
            lambda: risk.HouseholdFacts(kind=None),
        ]
        for i, call in enumerate(calls):
            with self.subTest(call=i), self.assertRaises(rg.InvalidArgument):
                call()

    def test_wrong_python_types_are_type_errors(self):
        for call in (lambda: money.format(1.5), lambda: money.add(1, "2"), lambda: rg.to_rg_date(None),
                     lambda: rg.region_parent("530122001001"), lambda: money.parse(b"1.00"),
                     lambda: risk.assess({"members": 1}, risk.Policy.default("53", 2025), AS_OF),
                     lambda: risk.assess_batch({"region_code": [1, 2]}, risk.Policy.default("53", 2025), AS_OF)):
            with self.assertRaises(TypeError):
                call()


class WrongLengthTest(unittest.TestCase):
    def test_wrong_lengths_name_the_column(self):
        policy = risk.Policy.default("53", 2025)
        with self.assertRaisesRegex(rg.InvalidArgument, "column 'members' has 2 rows, region_code has 3"):
            risk.assess_batch(columns(members=array("i", [1, 1])), policy, AS_OF)
        with self.assertRaisesRegex(rg.InvalidArgument, "weights has 1 entries but incomes has 2"):
            measures.fgt([1, 2], 3, weights=[1])
        with self.assertRaisesRegex(rg.InvalidArgument, "members has 1 values, expected 2"):
            reports.SummarySet.from_households([530122001001] * 2, [3, 3], [1])
        with self.assertRaisesRegex(rg.InvalidArgument, "results column 'score' has 1 rows"):
            with tempfile.TemporaryDirectory() as tmp, rg.Store(os.path.join(tmp, "s.db")) as store:
                out, _ = risk.assess_batch(columns(), policy, AS_OF)
                out["score"] = array("i", [0])
                risk.record_run(store, policy, AS_OF, [1, 2, 3], out)


class OutOfRangeTest(unittest.TestCase):
    def test_values_out_of_range(self):
        policy = risk.Policy.default("53", 2025)
        with self.assertRaisesRegex(rg.InvalidArgument, "outside the range of c_int"):
            rg.add_months(D(2024, 1, 31), 2 ** 40)  # ctypes alone would pass 0 silently
        with self.assertRaisesRegex(rg.InvalidArgument, "'members': 1099511627776 is out of range"):
            risk.assess(risk.HouseholdFacts(members=2 ** 40), policy, AS_OF)
        with self.assertRaises(rg.InvalidArgument):
            money.format(5, decimals=9)
        with self.assertRaises(rg.Overflow):
            money.add(money.MAX_UNITS, 1)
        with self.assertRaises(OverflowError):  # array('i') itself refuses it
            array("i", [2 ** 40])
        with self.assertRaisesRegex(rg.InvalidArgument, "column 'members': expected a 1-D buffer of 4-byte"):
            risk.assess_batch(columns(members=array("q", [2 ** 40] * 3)), policy, AS_OF)
        with self.assertRaises(rg.InvalidArgument):
            rg.region_parent(-1)
        with self.assertRaises(rg.RangeError):
            rg.from_rg_date(2 ** 31 - 1)
        with self.assertRaisesRegex(rg.InvalidArgument, "is not one of"):
            risk.HouseholdFacts(kind=9)
        with self.assertRaisesRegex(rg.InvalidArgument, "language must be one of"):
            risk.explain(risk.HouseholdFacts(), policy, AS_OF, "fr")
        with self.assertRaisesRegex(rg.InvalidArgument, "is not one of"):
            reports.SummarySet.from_households([530122001001], [3], [1]).render(AS_OF, 99)
        # Per-row problems in a batch are per-row statuses, not exceptions.
        out, failed = risk.assess_batch(columns(members=array("i", [2, 0, 2])), policy, AS_OF)
        self.assertEqual(failed, 1)
        self.assertEqual(list(out["status"]), [0, rg.RangeError.status, 0])


class ClosedHandleTest(unittest.TestCase):
    def test_closed_handles_are_state_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            store = rg.Store(os.path.join(tmp, "closed.db"))
            ledger = lg.Ledger(store)
            ledger.close()
            ledger.close()  # twice is harmless
            with self.assertRaises(rg.StateError):
                ledger.balance(1)
            store.close()
            for call in (lambda: store.schema_version, lambda: households.counts(store),
                         lambda: cases.get_case(store, 1), lambda: lg.Ledger(store),
                         lambda: reports.SummarySet.from_store(store, AS_OF),
                         lambda: households.load_columns(store, AS_OF)):
                with self.assertRaises(rg.StateError):
                    call()
        policy = risk.Policy.default("53", 2025)
        policy.close()
        with self.assertRaises(rg.StateError):
            risk.assess(risk.HouseholdFacts(), policy, AS_OF)
        with self.assertRaises(rg.StateError):
            risk.assess_batch(columns(), policy, AS_OF)
        s = reports.SummarySet.from_households([530122001001], [3], [1])
        s.close()
        for call in (lambda: len(s), lambda: s.to_json(), lambda: s.render(AS_OF), lambda: s.figures(0)):
            with self.assertRaises(rg.StateError):
                call()


class DeprecatedFormsTest(unittest.TestCase):
    """The pre-0.2 forms (bare ints, dict results) still work, with a DeprecationWarning."""

    def test_ints_and_dicts_warn_but_work(self):
        policy = risk.Policy.default("53", 2025)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            facts = risk.HouseholdFacts(kind=1, per_capita_income=6000 * 10000, net_income=0,
                                        income_period_end=D(2024, 12, 31), members=2, labour_capable=0)
            result = risk.assess(facts, policy, AS_OF)
            self.assertEqual(result["category"], "unstable_formerly_poor")
            self.assertEqual(result["level"], result.level.name.lower())
            html = reports.SummarySet.from_households([530122001001], [3], [1]).render(AS_OF, 5)
        self.assertIn("<svg", html)
        messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
        self.assertTrue(any("HouseholdKind.FORMERLY_POOR instead of the bare int 1" in m for m in messages), messages)
        self.assertTrue(any("dict-style access is deprecated" in m for m in messages), messages)
        self.assertTrue(any("ReportFormat.HTML" in m for m in messages), messages)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # the new forms warn about nothing
            facts = risk.HouseholdFacts(kind=rg.HouseholdKind.FORMERLY_POOR, per_capita_income=6000 * 10000,
                                        net_income=0, income_period_end=D(2024, 12, 31), members=2,
                                        labour_capable=0)
            result = risk.assess(facts, policy, AS_OF)
            self.assertIs(result.category, rg.Category.UNSTABLE_FORMERLY_POOR)
            self.assertIs(result.level, rg.Level.RED)
            self.assertIn(rg.RiskType.LACK_OF_LABOUR, result.risks)
            reports.SummarySet.from_households([530122001001], [3], [1]).render(AS_OF, rg.ReportFormat.TEXT)
            reports.SummarySet.from_households([530122001001], [3], [1]).render(AS_OF, reports.REPORT_CSV)


if __name__ == "__main__":
    unittest.main()
