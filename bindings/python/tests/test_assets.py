"""Project assets through the Python bindings: capitalisation, lifecycle, distribution, warnings."""

import datetime
import os
import tempfile
import unittest

import ruralguard as rg
from ruralguard import assets as am
from ruralguard import ledger as lg

YUAN = 10_000
D = datetime.date
SETTLED = 1_234_567 * YUAN + 89 * 100


class AssetsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.store = rg.Store(os.path.join(self.tmp.name, "assets.db"))
        self.ledger = lg.Ledger(self.store)
        limit = ["debits_must_not_exceed_credits"]
        self.assertEqual(self.ledger.create_accounts([
            lg.account(1, "central", "source", "region", 500112000000, 2024),
            lg.account(10, "central", "budget", "region", 500112000000, 2024, flags=limit),
            lg.account(30, "central", "payee", "payee", 1, 2024),
            lg.account(40, "central", "income", "project", 7001, 2024, flags=limit),
            lg.account(41, "central", "payee", "payee", 2, 2024),
            lg.account(50, "central", "payee", "payee", 3, 2024),
            lg.account(51, "central", "payee", "payee", 4, 2024),
        ]), ["ok"] * 7)
        for pid in (7001, 7002):
            self.ledger.add_project(pid, 500112001001, f"项目{pid}", 2024, "industry", D(2024, 1, 2))
            for status in ("admitted", "approved", "under_construction"):
                self.ledger.transition_project(pid, status, D(2024, 1, 3))
        results, _ = self.ledger.create_transfers([
            lg.transfer(1, 1, 10, 2_000_000 * YUAN, "allocate", D(2024, 1, 5)),
            lg.transfer(2, 10, 30, SETTLED, "disburse", D(2024, 3, 1), project_id=7001),
            lg.transfer(3, 10, 30, 1000 * YUAN, "disburse", D(2024, 3, 1), project_id=7002),
        ])
        self.assertEqual(results, ["ok"] * 3)
        for pid in (7001, 7002):
            self.ledger.transition_project(pid, "completed", D(2024, 8, 1))
        self.assets = am.Assets(self.ledger)

    def tearDown(self):
        self.assets.close()
        self.ledger.close()
        self.store.close()
        self.tmp.cleanup()

    def capitalise(self):
        station = SETTLED * 9 // 10 // 100 * 100
        self.assets.capitalise(7001, D(2024, 9, 1), [
            {"id": 1, "name": "光伏电站", "asset_class": "operating", "subtype": "photovoltaic",
             "value": station, "region": 500112001001, "custodian": "管护员", "mode": "lease",
             "farmer_link": "dividend", "income_account_id": 40},
            {"id": 2, "name": "光伏股权", "asset_class": "operating", "subtype": "equity",
             "value": SETTLED - station, "region": 500112001001, "custodian": "管护员"},
        ])

    def test_capitalisation_must_match_the_settled_amount_and_name_unknown_projects(self):
        self.assertEqual(self.assets.settled_amount(7001, D(2024, 9, 1)), SETTLED)
        with self.assertRaises(rg.NotFound):
            self.assets.capitalise(9999, D(2024, 9, 1), [
                {"id": 1, "name": "x", "asset_class": "operating", "subtype": "other",
                 "value": SETTLED}])
        with self.assertRaisesRegex(rg.Refused, "settled amount"):
            self.assets.capitalise(7001, D(2024, 9, 1), [
                {"id": 1, "name": "x", "asset_class": "operating", "subtype": "other",
                 "value": SETTLED - 100}])
        with self.assertRaises(rg.NotFound):
            self.assets.get(1)
        self.capitalise()
        a = self.assets.get(1)
        self.assertEqual((a["status"], a["owner"], a["rights"]["management"]),
                         ("registered", "village_collective", "operator"))

    def test_lifecycle_and_disposal_approval_chain(self):
        self.capitalise()
        self.assets.confirm_ownership(2, D(2024, 9, 2), "证 2")
        self.assets.hand_over(2, D(2024, 9, 3))
        self.assets.set_status(2, "operating", D(2024, 9, 4))
        with self.assertRaisesRegex(rg.InvalidArgument, "disposal reason 9"):
            self.assets.request_disposal(2, 9, "scrapping", 0, D(2025, 1, 1))
        self.assets.request_disposal(2, "end_of_life", "scrapping", 0, D(2025, 1, 1))
        with self.assertRaisesRegex(rg.Refused, "owner, villagers' assembly, township, county"):
            self.assets.dispose(2, D(2025, 1, 2))
        for i, level in enumerate(("owner", "assembly", "township", "county")):
            self.assets.approve_disposal(2, level, D(2025, 1, 2 + i), f"文件 {i}")
        self.assets.dispose(2, D(2025, 1, 9))
        events = self.assets.events(2)
        self.assertEqual([e["to"] for e in events][:4],
                         ["registered", "ownership_confirmed", "handed_over", "operating"])
        self.assertEqual(events[-1]["kind"], "disposed")
        self.assertEqual(len(events), 10)

    def test_distribution_of_100000_yuan_to_1234_households_sums_exactly(self):
        self.capitalise()
        self.assets.record_income(1, 900, 41, 100_000 * YUAN, D(2025, 3, 31))
        with self.assertRaises(rg.InvalidArgument):
            self.assets.record_income(1, 901, 41, -1 * YUAN, D(2025, 3, 31))
        households = [5001120010010000 + i for i in range(1, 1235)]
        decision = {"document": "决议〔2025〕2号", "date": D(2025, 4, 1), "attendees": 41,
                    "votes_for": 37, "votes_against": 1}
        purposes = [
            {"purpose": "dividends", "weight": 1, "payee_account_id": 50, "households": households,
             "household_weights": [1 + i % 6 for i in range(1234)]},
            {"purpose": "public_welfare_jobs", "weight": 1, "payee_account_id": 51,
             "households": households[:37]},
            {"purpose": "buildings", "weight": 1, "payee_account_id": 30},
        ]
        with self.assertRaisesRegex(rg.Refused, "forbidden"):
            self.assets.add_distribution(1, 1, 2025, 100_000 * YUAN, decision,
                                         (D(2025, 4, 2), D(2025, 4, 11)), 2025 << 64, purposes)
        purposes[2]["purpose"] = "upkeep"
        self.assets.add_distribution(1, 1, 2025, 100_000 * YUAN, decision,
                                     (D(2025, 4, 2), D(2025, 4, 11)), 2025 << 64, purposes)
        shares = self.assets.distribution_shares(1)
        self.assertEqual(len(shares), 1234 + 37 + 1)
        self.assertEqual(sum(s[2] for s in shares), 100_000 * YUAN)
        by_purpose = {}
        for purpose, _, amount in shares:
            by_purpose[purpose] = by_purpose.get(purpose, 0) + amount
        self.assertEqual(sorted(by_purpose.values()), [333_333_300, 333_333_300, 333_333_400])
        self.assertTrue(all(amount % 100 == 0 for _, _, amount in shares))
        self.assertTrue(self.assets.post_distribution(1, D(2025, 4, 12)))
        self.assertEqual(self.assets.income_by_year(),
                         [{"year": 2025, "income": 100_000 * YUAN, "planned": 100_000 * YUAN,
                           "paid": 100_000 * YUAN}])
        csv = self.assets.notice_csv(1)
        self.assertTrue(csv.startswith('"分配方案编号"'))
        self.assertEqual(csv.count("\r\n"), 1 + 1234 + 37 + 1)

    def test_warnings_find_the_unregistered_project_and_totals_have_values(self):
        self.capitalise()
        warnings = self.assets.warnings(D(2025, 6, 30))
        unregistered = [w for w in warnings if w["kind"] == "project_not_registered"]
        self.assertEqual([(w["project_id"], w["expected"]) for w in unregistered],
                         [(7002, 1000 * YUAN)])
        unconfirmed = {w["asset_id"] for w in warnings if w["kind"] == "ownership_unconfirmed"}
        self.assertEqual(unconfirmed, {1, 2})
        self.assertEqual(self.assets.totals("class"), [(1, 2, SETTLED)])
        self.assertEqual(self.assets.totals("region_prefix", 6), [(500112, 2, SETTLED)])


if __name__ == "__main__":
    unittest.main()
