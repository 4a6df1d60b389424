"""Policy per household and regimes as data (issue 16, part A; DOMAIN.md 1.2, DOMAIN-2026 §7.3)."""

import datetime
import json
import os
import tempfile
import unittest
from array import array

import ruralguard as rg
from ruralguard import errors, policy, risk

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "..", "examples", "policies")


def _example(name):
    with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
        return f.read()


def _fixture(province, year, yuan):
    data = json.loads(risk.Policy.default("00", 2021).to_json())
    data.update(id=f"fixture-{province}-{year}", province=province, year=year,
                effective=f"{year}-01-01", source="test fixture")
    data["threshold"] = {"amount": f"{yuan}.00"}
    return data


def _set(*policies, set_id="test-set"):
    return policy.PolicySet.from_json(json.dumps({
        "format": "ruralguard-policy-set", "format_version": 1, "id": set_id,
        "policies": list(policies)}))


class PolicyPerHouseholdTest(unittest.TestCase):
    def test_guangdong_2024_without_a_policy_is_a_named_error(self):
        # DOMAIN.md 1.2: never the national floor after 2021 unless a policy says so.
        with self.assertRaises(errors.NotFound) as cm:
            risk.Policy.default("44", 2024)
        self.assertIn("no policy for province 44 year 2024", str(cm.exception))

    def test_each_household_is_assessed_under_its_own_provinces_threshold(self):
        # DOMAIN.md §8 item 4: (province, year) of the income period end.
        yunnan = json.loads(risk.Policy.default("53", 2025).to_json())
        s = _set(yunnan, _fixture("35", 2025, 12000))
        self.assertEqual(len(s), 2)
        end = rg.to_rg_date(datetime.date(2025, 12, 31))
        cols = {"region_code": array("Q", [530122101001, 350526101001]),
                "kind": array("B", [rg.HouseholdKind.ORDINARY] * 2),
                "per_capita_income": array("q", [100000000] * 2),
                "net_income": array("q", [200000000] * 2),
                "income_period_end": array("i", [end] * 2),
                "members": array("i", [2, 2]), "labour_capable": array("i", [2, 2])}
        out, failed = policy.assess_batch(cols, s, datetime.date(2026, 1, 15))
        self.assertEqual(failed, 0)
        self.assertEqual(list(out["within_monitoring"]), [0, 1])
        self.assertEqual(s.lookup(350526101001, datetime.date(2025, 6, 30)).threshold(), 120000000)
        with self.assertRaises(errors.NotFound) as cm:
            s.lookup(440106001001, datetime.date(2024, 12, 31))
        self.assertIn("province 44 year 2024", str(cm.exception))

    def test_bad_sets_are_named_and_nothing_is_kept(self):
        yunnan = json.loads(risk.Policy.default("53", 2025).to_json())
        with self.assertRaises(rg.Conflict) as cm:
            _set(yunnan, yunnan)
        self.assertIn("two policies for province 53 year 2025", str(cm.exception))
        bad_regime = dict(yunnan, regime="2030 future")
        with self.assertRaises(errors.NotFound) as cm:
            _set(bad_regime)
        self.assertIn("unknown regime", str(cm.exception))
        change = {"province": "53", "year": 2026, "old_amount": "8700", "new_amount": "-1",
                  "basis": "CPI", "document": "x", "effective": "2026-01-01"}
        with self.assertRaises(rg.RangeError) as cm:
            policy.PolicySet.from_json(json.dumps({"format": "ruralguard-policy-set", "format_version": 1,
                                                   "policies": [], "threshold_changes": [change]}))
        self.assertIn("threshold_changes[0]", str(cm.exception))

    def test_sets_are_saved_and_loaded_with_their_threshold_changes(self):
        # DOMAIN-2026 §7.3 ThresholdAdjustment records.
        s = policy.PolicySet.from_json(_example("example-set-53-2025-2026.json"))
        self.assertEqual(s.counts(), (2, 1))
        with tempfile.TemporaryDirectory() as tmp:
            store = rg.Store(os.path.join(tmp, "s.db"))
            s.save(store)
            loaded = policy.PolicySet.load(store, "example-set-53-2025-2026")
            self.assertEqual(loaded.to_json(), s.to_json())
            store.close()


class RegimesAsDataTest(unittest.TestCase):
    def test_the_regime_is_chosen_by_date_and_the_2026_example_says_normalised(self):
        # DOMAIN-2026 §7.3: TRANSITION_2021_2025 vs NORMALISED_2026.
        self.assertIs(policy.regime(risk.Policy.default("53", 2025)), policy.Regime.TRANSITION_2021_2025)
        example = risk.Policy.from_json(_example("example-53-2026-unverified.json"))
        self.assertIs(policy.regime(example), policy.Regime.NORMALISED_2026)
        self.assertIn("unverified", json.loads(example.to_json())["source"])

    def test_the_same_household_under_2025_and_2026_with_the_differences_explained(self):
        # DOMAIN-2026 §7.1 row 7.7: one accounting rule, rigid expenditure deducted.
        facts = risk.HouseholdFacts(region_code=530122101001, per_capita_income=100000000,
                                    net_income=200000000, medical_out_of_pocket=40000000, members=2,
                                    labour_capable=2, income_period_end=datetime.date(2025, 12, 31))
        y2025 = risk.Policy.default("53", 2025)
        y2026 = risk.Policy.from_json(_example("example-53-2026-unverified.json"))
        day = datetime.date(2026, 1, 15)
        en = policy.compare(facts, y2025, day, y2026, day, policy.Language.EN)
        self.assertIn("result: not within monitoring -> within monitoring", en)
        self.assertIn("8,000.00", en)
        zh = policy.compare(facts, y2025, day, y2026, day, policy.Language.ZH_CN)
        self.assertIn("收支核算口径", zh)
        doc = policy.compare(facts, y2025, day, y2026, day, as_json=True)
        self.assertEqual(doc["after"]["regime"], "normalised_2026")
        self.assertFalse(doc["before"]["within_monitoring"])
        self.assertTrue(doc["after"]["within_monitoring"])


if __name__ == "__main__":
    unittest.main()
