"""ruralguard.households: records, ID numbers, income, CSV, validation, columns (unittest)."""

import datetime
import hashlib
import os
import shutil
import tempfile
import unittest

from ruralguard import households as hh

YUAN = 10000  # money units per yuan


def file_sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class HouseholdsTestCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="rg-py-households-")
        self.path = os.path.join(self.dir, "h.db")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class RecordsTest(HouseholdsTestCase):
    def test_round_trip_masks_the_id_number_and_finds_it(self):
        with hh.open_store(self.path) as store:
            hh.put_region(store, 500112001001, "一村")
            with hh.transaction(store):
                hh.put_household(store, "H1", 500112001001, type=1, unsafe_house=1, phone="13800000000")
                hh.put_member(store, "P1", "H1", "11010519491231002X", datetime.date(1949, 12, 31),
                              relation=1, medical_resident=1)
                hh.put_member(store, "P2", "H1", "", datetime.date(2014, 3, 1), relation=3, school_status=2,
                              labour=5, medical_resident=1)
            household = hh.get_household(store, "H1")
            self.assertEqual(household["type"], 1)
            self.assertEqual(household["unsafe_house"], 1)
            self.assertEqual(household["phone"], "13800000000")
            found = hh.find_member_by_id_number(store, "11010519491231002X")
            self.assertEqual(found["person_id"], "P1")
            self.assertEqual(found["id_number"], "1101*************X")
            self.assertEqual(found["birth_date"], datetime.date(1949, 12, 31))
            self.assertEqual([m["person_id"] for m in hh.members_of(store, "H1", capacity=1)], ["P1", "P2"])
            self.assertEqual(hh.counts(store), {"regions": 1, "households": 1, "members": 2, "income": 0})
            with self.assertRaises(Exception) as cm:
                hh.put_household(store, "H2", 500112001009)
            self.assertEqual(cm.exception.status, -6)  # RG_ENOTFOUND
            self.assertIn("500112001009", str(cm.exception))
            with self.assertRaises(Exception) as cm:
                with hh.transaction(store):
                    hh.put_household(store, "H3", 500112001001)
                    raise KeyError("abort")
            self.assertEqual(hh.counts(store)["households"], 1)


class IncomeTest(unittest.TestCase):
    def test_excluded_items_and_a_one_person_household(self):
        # 24000 + 10000 - 3000 + 500 + 1200 + 3000 = 35700 (condolence 500 excluded); / 4 = 8925.
        per_capita, net = hh.per_capita_income(
            4, wage=24000 * YUAN, business_income=10000 * YUAN, business_cost=3000 * YUAN,
            property=500 * YUAN, transfers={"pension": 1200 * YUAN, "dibao": 3000 * YUAN, "condolence": 500 * YUAN})
        self.assertEqual((per_capita, net), (8925 * YUAN, 35700 * YUAN))
        # One person: 5600.50 - 1200.25 + 4800 = 9200.25.
        per_capita, _ = hh.per_capita_income(1, business_income=56005000, business_cost=12002500,
                                             transfers={"dibao": 4800 * YUAN, "temporary_aid": 1000 * YUAN})
        self.assertEqual(per_capita, 92002500)
        # A province that also counts condolence money: (35700 + 500) / 4 = 9050.
        counted = set(hh.TRANSFER_ITEMS) - {"temporary_aid"}
        per_capita, _ = hh.per_capita_income(
            4, counted=counted, wage=24000 * YUAN, business_income=10000 * YUAN, business_cost=3000 * YUAN,
            property=500 * YUAN, transfers={"pension": 1200 * YUAN, "dibao": 3000 * YUAN, "condolence": 500 * YUAN})
        self.assertEqual(per_capita, 9050 * YUAN)
        # Half-up once to fen: 20000.01 / 2 = 10000.005 -> 10000.01.
        self.assertEqual(hh.per_capita_income(2, wage=200000100)[0], 100000100)


class CountyTest(HouseholdsTestCase):
    def test_columns_validation_and_a_rejected_file(self):
        with hh.open_store(self.path) as store:
            summary = hh.generate_county(store, households=300, error_permille=100)
            self.assertEqual(summary["households"], 300)
            counts, findings = hh.validate(store, datetime.date(2024, 12, 31))
            self.assertGreaterEqual(sum(counts.values()), summary["injected_errors"])
            self.assertEqual(len(findings), sum(counts.values()))
            self.assertTrue(all(f.code in counts and f.message_en.startswith(f.code) for f in findings))
            self.assertNotIn("DQ099", counts)
            self.assertEqual(hh.rule_info(2)[0], "DQ002")

            with hh.load_columns(store, datetime.date(2024, 12, 31)) as columns:
                self.assertEqual(len(columns), 300)
                self.assertEqual(len(columns.per_capita_income), 300)
                self.assertTrue(all(1 <= k <= 3 for k in columns.kind))
                self.assertTrue(all(m >= 1 for m in columns.members))
                self.assertEqual(len(columns.household_id(0)), 17)
                self.assertEqual(sum(columns.has_income), 300)

        before = file_sha256(self.path)
        bad = os.path.join(self.dir, "bad.csv")
        with open(bad, "wb") as f:
            f.write("\ufeffhousehold_id,region,type\r\nN1,500230001001,ordinary\r\nN2,999,ordinary\r\n"
                    .encode("utf-8"))
        with hh.open_store(self.path) as store:
            result = hh.import_csv(store, households=bad)
            self.assertFalse(result.committed)
            self.assertEqual([(e.line, e.column, e.rule) for e in result.errors], [(3, 2, "csv.region_code")])
            self.assertEqual(result.rows["households"], 2)
        after = file_sha256(self.path)
        self.assertEqual(before, after)


if __name__ == "__main__":
    unittest.main()
