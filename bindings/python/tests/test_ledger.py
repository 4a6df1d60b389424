"""The linkage-fund ledger through the Python bindings."""

import datetime
import os
import tempfile
import unittest

import ruralguard as rg
from ruralguard import ledger as lg

YI = 100_000_000 * 10_000  # one 亿 yuan in units
D = datetime.date


class LedgerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.store = rg.Store(os.path.join(self.tmp.name, "ledger.db"))
        self.ledger = lg.Ledger(self.store)
        results = self.ledger.create_accounts([
            lg.account(1, "central", "source", "region", 500112000000, 2024),
            lg.account(10, "central", "budget", "region", 500112000000, 2024,
                       flags=["debits_must_not_exceed_credits"]),
            lg.account(30, "central", "payee", "payee", 1, 2024),
        ])
        self.assertEqual(results, ["ok", "ok", "ok"])
        self.ledger.add_project(7001, 500112001001, "花椒基地", 2024, "industry", D(2024, 2, 1))
        for status in ("admitted", "approved"):
            self.ledger.transition_project(7001, status, D(2024, 2, 1))

    def tearDown(self):
        self.ledger.close()
        self.store.close()
        self.tmp.cleanup()

    def test_allocate_disburse_progress_and_verify(self):
        results, committed = self.ledger.create_transfers([
            lg.transfer(1, 1, 10, 3682 * YI // 100, "allocate", D(2024, 3, 1)),
            lg.transfer(2, 10, 30, 224 * YI // 10, "disburse", D(2024, 6, 1), project_id=7001),
        ])
        self.assertEqual((results, committed), (["ok", "ok"], 2))
        progress = self.ledger.progress(D(2024, 12, 31))
        self.assertEqual([r["progress"] for r in progress], ["60.84%"])
        balance = self.ledger.balance(10)
        self.assertEqual(balance["credits_posted"] - balance["debits_posted"], (3682 - 2240) * YI // 100)
        self.assertEqual(self.ledger.verify(), 0)
        head, length = self.ledger.chain_head()
        self.assertEqual((len(head), length), (64, 2))

    def test_overspending_and_sub_fen_are_refused_with_nothing_written(self):
        results, committed = self.ledger.create_transfers([
            lg.transfer(1, 1, 10, 100 * 10000, "allocate", D(2024, 3, 1)),
            lg.transfer(2, 10, 30, 200 * 10000, "disburse", D(2024, 6, 1), project_id=7001),
            lg.transfer(3, 1, 10, 12345, "allocate", D(2024, 3, 1)),
        ])
        self.assertEqual(results, ["ok", "exceeds_credits", "amount_not_whole_fen"])
        self.assertEqual(committed, 1)
        # Replaying the same id with a different amount names the field.
        results, _ = self.ledger.create_transfers([
            lg.transfer(1, 1, 10, 101 * 10000, "allocate", D(2024, 3, 1))])
        self.assertEqual(results, ["exists_with_different_amount"])

    def test_memo_limit(self):
        with self.assertRaises(rg.LimitExceeded):
            lg.transfer(1, 1, 10, 100, "allocate", D(2024, 3, 1), memo="长" * 30)


if __name__ == "__main__":
    unittest.main()
