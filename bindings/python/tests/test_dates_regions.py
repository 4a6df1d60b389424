"""Dates and region codes through the C ABI."""

import datetime
import unittest

import ruralguard
from ruralguard import errors


class DatesTest(unittest.TestCase):
    def test_strict_iso_and_real_days_only(self):
        self.assertEqual(ruralguard.parse_date("2024-02-29"), datetime.date(2024, 2, 29))
        for text in ("2024-2-3", "2024/02/03", "", "20240203", "2024-02-03 "):
            with self.subTest(text=text), self.assertRaises(errors.ParseError):
                ruralguard.parse_date(text)
        for text in ("2023-02-29", "2024-13-01", "2024-04-31", "1899-12-31"):
            with self.subTest(text=text), self.assertRaises(errors.RangeError) as caught:
                ruralguard.parse_date(text)
            self.assertIn(text, str(caught.exception))

    def test_rg_date_is_days_since_1970(self):
        for day in (datetime.date(1970, 1, 1), datetime.date(1900, 1, 1),
                    datetime.date(9999, 12, 31), datetime.date(2024, 2, 29)):
            days = ruralguard.to_rg_date(day)
            self.assertEqual(days, (day - datetime.date(1970, 1, 1)).days)
            self.assertEqual(ruralguard.from_rg_date(days), day)
            self.assertEqual(ruralguard.format_date(day), day.isoformat())
        with self.assertRaises(errors.RangeError):
            ruralguard.to_rg_date(datetime.date(1899, 12, 31))
        with self.assertRaises(errors.RangeError):
            ruralguard.from_rg_date(ruralguard.to_rg_date(datetime.date(9999, 12, 31)) + 1)

    def test_add_months_clamps_to_month_end(self):
        d = datetime.date
        self.assertEqual(ruralguard.add_months(d(2024, 1, 31), 1), d(2024, 2, 29))
        self.assertEqual(ruralguard.add_months(d(2023, 1, 31), 1), d(2023, 2, 28))
        self.assertEqual(ruralguard.add_months(d(2023, 2, 28), 1), d(2023, 3, 28))
        self.assertEqual(ruralguard.add_months(d(2024, 3, 31), -1), d(2024, 2, 29))
        self.assertEqual(ruralguard.add_months(d(2024, 12, 15), 14), d(2026, 2, 15))
        with self.assertRaises(errors.RangeError):
            ruralguard.add_months(d(9999, 12, 1), 1)


class RegionsTest(unittest.TestCase):
    def test_parse_level_parent_and_containment(self):
        code, level = ruralguard.parse_region("500112001001")
        self.assertEqual((code, level), (500112001001, ruralguard.RegionLevel.VILLAGE))
        township = ruralguard.region_parent(code)
        self.assertEqual(ruralguard.format_region(township), "500112001000")
        self.assertEqual(ruralguard.parse_region("500112001000")[1], ruralguard.RegionLevel.TOWNSHIP)
        self.assertEqual(ruralguard.format_region(ruralguard.region_parent(township)), "500112000000")
        self.assertTrue(ruralguard.region_is_within(code, "5001"))
        self.assertTrue(ruralguard.region_is_within(code, "500112001"))
        self.assertFalse(ruralguard.region_is_within(code, "51"))

    def test_bad_codes(self):
        for text in ("50011200100", "5001120010011", "50011200100x", "", "５00112001001"):
            with self.subTest(text=text), self.assertRaises(errors.ParseError):
                ruralguard.parse_region(text)
        for text in ("000112001001", "500112000001", "500000001000"):
            with self.subTest(text=text), self.assertRaises(errors.RangeError):
                ruralguard.parse_region(text)
        with self.assertRaises(errors.RangeError):
            ruralguard.region_parent(500000000000)  # a province has no parent
        with self.assertRaises(errors.ParseError):
            ruralguard.region_is_within(500112001001, "500")  # not a level boundary


if __name__ == "__main__":
    unittest.main()
