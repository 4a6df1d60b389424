"""Region summaries and reports from Python: batch summaries from arrays, exact merges, a report
as a dict, every output format."""
import datetime
import json
import os
import tempfile
import unittest
from array import array
from fractions import Fraction

import ruralguard
from ruralguard import reports

AS_OF = datetime.date(2024, 12, 31)
V1, V2, OTHER_TOWNSHIP = 500230001001, 500230001002, 500230002001


def households():
    """Six households in two villages of one township and one village of another."""
    return dict(region=array("Q", [V1, V1, V2, V2, OTHER_TOWNSHIP, OTHER_TOWNSHIP]),
                kind=array("B", [1, 3, 1, 2, 1, 3]),
                members=array("i", [3, 4, 2, 1, 5, 2]),
                per_capita_income=array("q", [y * 10000 for y in (10000, 20000, 7000, 9000, 12000, 30000)]),
                previous_per_capita_income=array("q", [y * 10000 for y in (9000, 18000, 7000, 8000, 10000, 0)]),
                within_monitoring=array("B", [1, 0, 1, 0, 0, 0]),
                category=array("B", [1, 0, 2, 0, 0, 0]),
                level=array("B", [3, 0, 1, 0, 0, 0]))


def part(cols, rows):
    return {k: array(v.typecode, [v[i] for i in rows]) for k, v in cols.items()}


class SummaryTest(unittest.TestCase):
    def test_partitions_merge_into_the_summary_of_all(self):
        cols = households()
        whole = reports.SummarySet.from_households(**cols)
        a = reports.SummarySet.from_households(**part(cols, [0, 3, 4]))
        b = reports.SummarySet.from_households(**part(cols, [1, 2, 5]))
        a.merge(b)
        self.assertEqual(json.loads(a.to_json()), json.loads(whole.to_json()))
        county = whole.roll_up("county")
        self.assertEqual(len(county), 1)
        f = county.figures(0)
        self.assertEqual(f.region, 500230000000)
        self.assertEqual(list(f.households_by_type), [0, 3, 1, 2])
        self.assertEqual(f.monitored, 2)
        # Formerly poor people: 3 x 10000 + 2 x 7000 + 1 x 9000 + 5 x 12000 = 113000 yuan / 11 people.
        self.assertEqual(f.fp_people_with_income, 11)
        self.assertEqual(f.fp_income_people_sum, 113000 * 10000)
        self.assertEqual(len(whole.roll_up("township")), 2)

    def test_json_round_trip_through_another_set(self):
        whole = reports.SummarySet.from_households(**households())
        again = reports.SummarySet.from_json(whole.to_json())
        self.assertEqual(again.to_json(), whole.to_json())
        with self.assertRaises(ruralguard.ParseError):
            reports.SummarySet.from_json('{"format": "ruralguard.summary/1", "regions": [{"region": 500230001001}]}')

    def test_report_as_a_dict_with_exact_figures(self):
        report = reports.SummarySet.from_households(**households()).report_dict(AS_OF)
        total = report["total"]
        self.assertEqual(total["households"], 6)
        self.assertEqual(total["people"], 17)
        self.assertEqual(Fraction(total["exact"]["fp_income_mean"]), Fraction(113000, 11))
        # Growth over the matched households: (30000 + 14000 + 9000 + 60000) / (27000 + 14000 + 8000 + 50000) - 1
        self.assertEqual(Fraction(total["exact"]["fp_income_growth"]), Fraction(113000, 99000) - 1)
        self.assertEqual(total["monitored_level_red"], 1)
        self.assertEqual([r["region"] for r in report["regions"]], ["500230001000", "500230002000"])
        self.assertEqual(len(report["scores"]), 1)
        score = report["scores"][0]
        self.assertEqual(Fraction(score["total_exact"]), sum(Fraction(i["contribution_exact"]) for i in score["items"]))

    def test_every_format_renders(self):
        s = reports.SummarySet.from_households(**households())
        self.assertIn("<svg", s.render(AS_OF, reports.REPORT_HTML))
        self.assertTrue(s.render(AS_OF, reports.REPORT_CSV).startswith('"region","region_name","households"'))
        self.assertTrue(s.render(AS_OF, reports.REPORT_CSV_ZH).startswith('"区划代码"'))
        self.assertIn("Households", s.render(AS_OF, reports.REPORT_CSV_EN))
        self.assertIn("户数 / Households: 6", s.render(AS_OF, reports.REPORT_TEXT))
        self.assertTrue(s.render(AS_OF, reports.REPORT_SCORES_CSV).startswith('"region","rank","total"'))

    def test_custom_indicators_and_errors(self):
        s = reports.SummarySet.from_households(**households())
        ind = reports.default_indicators(AS_OF)
        self.assertEqual(len(ind["indicators"]), 5)
        ind["indicators"] = [i for i in ind["indicators"] if i["id"] == "industry_share"]
        report = s.report_dict(AS_OF, indicators=ind)
        self.assertEqual([i["id"] for i in report["scores"][0]["items"]], ["industry_share"])
        ind["indicators"][0]["formula"] = "__import__('os')"
        with self.assertRaises(ruralguard.ParseError):
            s.render(AS_OF, indicators=ind)
        with self.assertRaises(ruralguard.InvalidArgument):
            reports.SummarySet.from_households(region=[V1], kind=[9], members=[1])
        with self.assertRaises(ruralguard.InvalidArgument):
            s.roll_up("galaxy")

    def test_from_an_empty_store(self):
        with tempfile.TemporaryDirectory() as d:
            with ruralguard.Store(os.path.join(d, "s.db")) as store:
                s = reports.SummarySet.from_store(store, AS_OF)
                self.assertEqual(len(s), 0)
                self.assertEqual(s.report_dict(AS_OF)["total"]["households"], 0)


if __name__ == "__main__":
    unittest.main()
