"""Monitoring cases through the Python bindings (paths that need no household records)."""

import datetime
import os
import tempfile
import unittest
from array import array

import ruralguard as rg
from ruralguard import cases, risk


class CasesWithoutHouseholdsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.store = rg.Store(os.path.join(self.tmp.name, "cases.db"))
        self.policy = risk.Policy.default("53", 2025)

    def tearDown(self):
        self.store.close()
        self.tmp.cleanup()

    def test_unknown_household_and_case_are_not_found(self):
        with self.assertRaisesRegex(rg.NotFound, "household key 5 is not in the store"):
            cases.open_case(self.store, 5, "hotline_12317", datetime.date(2025, 1, 2), "来电")
        with self.assertRaises(rg.NotFound):
            cases.get_case(self.store, 1)
        with self.assertRaises(rg.NotFound):
            cases.advance(self.store, self.policy, 1, "verify", datetime.date(2025, 1, 3), "王",
                          consent_signed=True)

    def test_ingest_marks_unknown_households_and_bad_rows(self):
        day = rg.to_rg_date(datetime.date(2025, 3, 31))
        counts, status = cases.ingest(self.store, self.policy, {
            "household_key": array("q", [1, 2, 3]),
            "department": array("B", [1, 1, 2]),
            "metric": array("B", [1, 1, 1]),          # row 3: medical metric from education
            "amount": array("q", [30000 * 10000, 100 * 10000, 0]),
            "period": array("i", [day, day, day]),
        })
        self.assertEqual(counts["records"], 3)
        self.assertEqual(counts["below_threshold"], 1)
        self.assertEqual(counts["clues_raised"], 0)
        self.assertEqual(list(status), [-6, 0, -4])  # RG_ENOTFOUND, ok, RG_ERANGE
        self.assertEqual(cases.report(self.store, self.policy, datetime.date(2025, 4, 1))
                         ["under_monitoring"], 0)

    def test_alert_list_is_empty_and_scan_works(self):
        self.assertEqual(cases.scan_alerts(self.store, self.policy, datetime.date(2025, 4, 1)),
                         {"raised": 0, "still_open": 0, "auto_resolved": 0})
        self.assertEqual(cases.list_alerts(self.store), [])


if __name__ == "__main__":
    unittest.main()
