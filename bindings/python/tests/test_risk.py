"""Risk assessment through the Python bindings: policies, one household, the batch, elimination."""

import datetime
import json
import unittest
from array import array

import ruralguard as rg
from ruralguard import risk

AS_OF = datetime.date(2025, 3, 1)
YUAN = 10000


def household(**overrides):
    fields = dict(region_code=530122001001, kind=3, per_capita_income=15000 * YUAN,
                  net_income=60000 * YUAN, income_period_end=datetime.date(2024, 12, 31),
                  members=4, labour_capable=2)
    fields.update(overrides)
    return risk.HouseholdFacts(**fields)


class PolicyTest(unittest.TestCase):
    def test_default_threshold_and_json_round_trip(self):
        with risk.Policy.default("53", 2025) as policy:
            self.assertEqual(policy.threshold(), 8700 * YUAN)
            text = policy.to_json()
            data = json.loads(text)
            self.assertEqual(data["threshold"]["amount"], "8700.00")
            with risk.Policy.from_json(text) as again:
                self.assertEqual(again.to_json(), text)

    def test_bad_policy_fields_are_named(self):
        data = json.loads(risk.Policy.default("53", 2025).to_json())
        data["weights"]["risk"]["illness"] = -3
        with self.assertRaises(rg.ParseError) as ctx:
            risk.Policy.from_json(json.dumps(data))
        self.assertIn("weights.risk.illness", str(ctx.exception))
        data["weights"]["risk"]["illness"] = 20
        del data["cutoffs"]
        with self.assertRaisesRegex(rg.ParseError, "cutoffs: missing field"):
            risk.Policy.from_json(json.dumps(data))


class AssessTest(unittest.TestCase):
    def setUp(self):
        self.policy = risk.Policy.default("53", 2025)

    def test_below_threshold_formerly_poor(self):
        result = risk.assess(household(kind=1, per_capita_income=6000 * YUAN, labour_capable=0,
                                       weak_labour=1), self.policy, AS_OF)
        self.assertTrue(result["within_monitoring"])
        self.assertEqual(result["category"], "unstable_formerly_poor")
        self.assertEqual(result["level"], "red")
        self.assertEqual(result["score"], 60)
        self.assertEqual(result["next_visit"], datetime.date(2025, 3, 16))
        self.assertEqual(sum(r["points"] for r in result["reasons"]), result["score"])

    def test_explain_in_both_languages(self):
        facts = household(per_capita_income=30000 * YUAN, guarantee_failures=4)
        self.assertIn("the house is unsafe", risk.explain(facts, self.policy, AS_OF, "en"))
        self.assertIn("突发严重困难户", risk.explain(facts, self.policy, AS_OF, "zh"))

    def test_as_of_before_income_period_is_a_range_error(self):
        with self.assertRaisesRegex(rg.RangeError, "before the end of the income period"):
            risk.assess(household(), self.policy, datetime.date(2024, 6, 1))


class BatchTest(unittest.TestCase):
    def test_batch_matches_single_assessments(self):
        policy = risk.Policy.default("53", 2025)
        rows = [household(per_capita_income=(i * 997) % 20000 * YUAN, kind=1 + i % 3,
                          medical_out_of_pocket=(i % 7) * 4000 * YUAN, seriously_ill=i % 2)
                for i in range(300)]
        columns = {
            "region_code": array("Q", [r.region_code for r in rows]),
            "kind": array("B", [r.kind for r in rows]),
            "per_capita_income": array("q", [r.per_capita_income for r in rows]),
            "net_income": array("q", [r.net_income for r in rows]),
            "medical_out_of_pocket": array("q", [r.medical_out_of_pocket for r in rows]),
            "income_period_end": array("i", [rg.to_rg_date(r.income_period_end) for r in rows]),
            "members": array("i", [r.members for r in rows]),
            "labour_capable": array("i", [r.labour_capable for r in rows]),
            "seriously_ill": array("i", [r.seriously_ill for r in rows]),
        }
        out, failed = risk.assess_batch(columns, policy, AS_OF)
        self.assertEqual(failed, 0)
        for i, r in enumerate(rows):
            single = risk.assess(r, policy, AS_OF)
            self.assertEqual(bool(out["within_monitoring"][i]), single["within_monitoring"])
            self.assertEqual(out["score"][i], single["score"])
        self.assertGreater(sum(out["within_monitoring"]), 0)

    def test_mismatched_and_missing_columns_are_named(self):
        policy = risk.Policy.default("53", 2025)
        columns = {"region_code": array("Q", [530122001001] * 3), "kind": array("B", [3, 3]),
                   "per_capita_income": array("q", [0] * 3), "net_income": array("q", [0] * 3),
                   "income_period_end": array("i", [0] * 3), "members": array("i", [1] * 3),
                   "labour_capable": array("i", [1] * 3)}
        with self.assertRaisesRegex(rg.InvalidArgument, "column 'kind' has 2 rows"):
            risk.assess_batch(columns, policy, AS_OF)
        columns["kind"] = array("B", [3] * 3)
        del columns["members"]
        with self.assertRaisesRegex(rg.InvalidArgument, "column 'members' is required"):
            risk.assess_batch(columns, policy, AS_OF)
        columns["members"] = array("q", [1] * 3)  # wrong item type
        with self.assertRaisesRegex(rg.InvalidArgument, "column 'members': expected"):
            risk.assess_batch(columns, policy, AS_OF)


class EliminationTest(unittest.TestCase):
    def test_gate_lists_failures(self):
        policy = risk.Policy.default("53", 2025)
        case = risk.CaseFacts(identified=datetime.date(2025, 2, 10))
        result = risk.check_elimination(case, household(), policy, AS_OF)
        self.assertFalse(result["eligible"])
        for name in ("months_monitored", "measures_implemented", "income_stable", "not_too_soon"):
            self.assertIn(name, result["failed"])
        self.assertIn("monitored 0 whole months", result["report"])
        ready = risk.CaseFacts(identified=datetime.date(2024, 6, 15), measures_implemented=1,
                               income_stable_since=datetime.date(2024, 7, 1))
        self.assertTrue(risk.check_elimination(ready, household(), policy, AS_OF)["eligible"])


if __name__ == "__main__":
    unittest.main()


class StoredRunsTest(unittest.TestCase):
    def test_runs_are_stored_and_compared(self):
        import os
        import tempfile
        from array import array as arr
        with tempfile.TemporaryDirectory() as tmp, rg.Store(os.path.join(tmp, "runs.db")) as store:
            policy = risk.Policy.default("53", 2025)
            risk.save_policy(store, policy)
            self.assertEqual(risk.load_policy(store, "default-53-2025").to_json(), policy.to_json())
            base = {"region_code": arr("Q", [530122001001] * 3), "kind": arr("B", [3] * 3),
                    "net_income": arr("q", [40000 * YUAN] * 3),
                    "income_period_end": arr("i", [rg.to_rg_date(datetime.date(2024, 12, 31))] * 3),
                    "members": arr("i", [4] * 3), "labour_capable": arr("i", [2] * 3)}
            q1 = dict(base, per_capita_income=arr("q", [8000 * YUAN, 9000 * YUAN, 10000 * YUAN]))
            q2 = dict(base, per_capita_income=arr("q", [9000 * YUAN, 8000 * YUAN, 10000 * YUAN]))
            keys = [11, 12, 13]
            out1, _ = risk.assess_batch(q1, policy, AS_OF)
            out2, _ = risk.assess_batch(q2, policy, AS_OF)
            run1 = risk.record_run(store, policy, AS_OF, keys, out1, "Q1")
            run2 = risk.record_run(store, policy, AS_OF, keys, out2, "Q2")
            diff = risk.diff_runs(store, run1, run2)
            self.assertEqual(diff["entered"], [12])
            self.assertEqual(diff["left"], [11])
            self.assertEqual(diff["level_changed"], [(11, "yellow", None), (12, None, "yellow")])
            with self.assertRaises(rg.NotFound):
                risk.diff_runs(store, run1, 999)
            with self.assertRaises(rg.Conflict):
                risk.record_run(store, policy, AS_OF, [1, 1, 2], out1)
