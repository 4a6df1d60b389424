"""Poverty measures from Python: the published Alkire-Foster example and hand-checked FGT cases."""

import decimal
import unittest
from array import array
from fractions import Fraction

import ruralguard
from ruralguard import measures

YUAN = 10000  # rg_money units per yuan

# Alkire & Foster (2011): four people, four indicators, deprived when strictly below the cutoff.
ACHIEVEMENTS = [["13.1", 14, 4, 1], ["15.2", 7, 5, 0], ["12.5", 10, 1, 0], [20, 11, 3, 1]]
CUTOFFS = [13, 12, 3, 1]


class AlkireFosterTest(unittest.TestCase):
    def test_published_example(self):
        r = measures.alkire_foster(ACHIEVEMENTS, CUTOFFS, k=Fraction(1, 2))
        self.assertEqual(r.H, Fraction(1, 2))
        self.assertEqual(r.A, Fraction(3, 4))
        self.assertEqual(r.M0, Fraction(3, 8))
        # Hand-computed from the censored normalised gaps (docs/poverty-measures.md).
        self.assertEqual(r.M1, Fraction(171, 832))
        self.assertEqual(r.M2, Fraction(21475, 129792))
        self.assertIsInstance(r.M0, Fraction)

    def test_inputs_may_be_decimals_fractions_or_text(self):
        rows = [[decimal.Decimal(str(v)) if isinstance(v, str) else Fraction(v) for v in row]
                for row in ACHIEVEMENTS]
        r = measures.alkire_foster(rows, CUTOFFS, k="1/2", weights=["1/4"] * 4)
        self.assertEqual(r.M0, Fraction(3, 8))

    def test_unequal_weights_person_weights_and_ordinal(self):
        r = measures.alkire_foster(ACHIEVEMENTS, CUTOFFS, k="1/3", weights=[3, 1, 1, 1])
        self.assertEqual((r.H, r.A, r.M0), (Fraction(1, 2), Fraction(2, 3), Fraction(1, 3)))
        r = measures.alkire_foster(ACHIEVEMENTS, CUTOFFS, k="1/2", person_weights=[2, 1, 1, 3])
        self.assertEqual(r.H, Fraction(2, 7))
        r = measures.alkire_foster(ACHIEVEMENTS, CUTOFFS, k="1/2", ordinal=True)
        self.assertEqual(r.M0, Fraction(3, 8))
        self.assertIsNone(r.M1)
        self.assertIsNone(r.M2)

    def test_bad_input_raises_with_the_field_named(self):
        with self.assertRaises(ruralguard.InvalidArgument) as ctx:
            measures.alkire_foster(ACHIEVEMENTS, CUTOFFS, k="3/2")
        self.assertIn("poverty cutoff k must lie in (0, 1]", str(ctx.exception))
        with self.assertRaises(ruralguard.InvalidArgument) as ctx:
            measures.alkire_foster(ACHIEVEMENTS, CUTOFFS, k="1/2", weights=[1, 0, 1, 1])
        self.assertIn("weights[1] must be positive", str(ctx.exception))
        with self.assertRaises(ruralguard.InvalidArgument):
            measures.alkire_foster([], CUTOFFS, k="1/2")
        with self.assertRaises(TypeError):
            measures.alkire_foster([[13.1, 14, 4, 1]], CUTOFFS, k="1/2")  # floats are refused


class FgtTest(unittest.TestCase):
    INCOMES = [1 * YUAN, 2 * YUAN, 3 * YUAN, 4 * YUAN]

    def test_hand_checked_cases(self):
        self.assertEqual(measures.fgt_012(self.INCOMES, 3 * YUAN),
                         (Fraction(1, 2), Fraction(1, 4), Fraction(5, 36)))
        self.assertEqual(measures.fgt(self.INCOMES, 3 * YUAN, 0, at_or_below=True), Fraction(3, 4))
        self.assertEqual(measures.fgt_012(array("q", self.INCOMES), 3 * YUAN, weights=[1, 2, 3, 4]),
                         (Fraction(3, 10), Fraction(2, 15), Fraction(1, 15)))
        self.assertEqual(measures.fgt([-1 * YUAN, 5 * YUAN], 2 * YUAN, 1), Fraction(1, 2))
        self.assertEqual(measures.fgt([-1 * YUAN, 5 * YUAN], 2 * YUAN, 1, cap_gap=False),
                         Fraction(3, 4))

    def test_errors(self):
        with self.assertRaises(ruralguard.InvalidArgument) as ctx:
            measures.fgt([], 3 * YUAN)
        self.assertIn("no incomes", str(ctx.exception))
        with self.assertRaises(ruralguard.InvalidArgument):
            measures.fgt(self.INCOMES, 0)
        with self.assertRaises(ruralguard.InvalidArgument):
            measures.fgt(self.INCOMES, 3 * YUAN, measures.FGT_ALPHA_MAX + 1)


class AlkireFosterDetailTest(unittest.TestCase):
    """rg_measures_alkire_foster_detail: indicator contributions and subgroup decomposition."""

    def test_contributions_of_the_published_example(self):
        d = measures.alkire_foster_detail(ACHIEVEMENTS, CUTOFFS, k="1/2")
        t = d.total
        self.assertEqual((t.H, t.A, t.M0), (Fraction(1, 2), Fraction(3, 4), Fraction(3, 8)))
        self.assertEqual(t.M1, Fraction(171, 832))
        self.assertEqual(t.uncensored_headcount, [Fraction(1, 4), Fraction(3, 4), Fraction(1, 4), Fraction(1, 2)])
        self.assertEqual(t.censored_headcount, [Fraction(1, 4), Fraction(1, 2), Fraction(1, 4), Fraction(1, 2)])
        # w_j * censored_j / M0 with w_j = 1/4: 1/6, 1/3, 1/6, 1/3, summing to 1.
        self.assertEqual(t.indicator_contribution, [Fraction(1, 6), Fraction(1, 3), Fraction(1, 6), Fraction(1, 3)])
        self.assertEqual(sum(t.indicator_contribution), 1)
        self.assertEqual(d.subgroups, [])

    def test_subgroup_decomposition_sums_to_the_total(self):
        d = measures.alkire_foster_detail(ACHIEVEMENTS, CUTOFFS, k="1/2", groups=[530122, 530122, 7, 7],
                                          person_weights=[2, 1, 1, 3])
        self.assertEqual([s.group for s in d.subgroups], [7, 530122])
        self.assertEqual(sum(s.population_share for s in d.subgroups), 1)
        self.assertEqual(sum(s.contribution for s in d.subgroups), 1)
        for name in ("M0", "M1", "M2"):
            self.assertEqual(sum(s.population_share * getattr(s.measures, name) for s in d.subgroups),
                             getattr(d.total, name), name)
        plain = measures.alkire_foster(ACHIEVEMENTS, CUTOFFS, k="1/2", person_weights=[2, 1, 1, 3])
        self.assertEqual((d.total.H, d.total.A, d.total.M0, d.total.M1, d.total.M2), tuple(plain))

    def test_ordinal_and_bad_groups(self):
        d = measures.alkire_foster_detail(ACHIEVEMENTS, CUTOFFS, k="1/2", ordinal=True, groups=[1, 2, 1, 2])
        self.assertIsNone(d.total.M1)
        self.assertIsNone(d.subgroups[0].measures.M2)
        with self.assertRaisesRegex(ruralguard.InvalidArgument, "groups has 3 values, expected 4"):
            measures.alkire_foster_detail(ACHIEVEMENTS, CUTOFFS, k="1/2", groups=[1, 2, 3])
        with self.assertRaises(ruralguard.InvalidArgument):
            measures.alkire_foster_detail(None, CUTOFFS, k="1/2")
        with self.assertRaises(OverflowError):
            measures.alkire_foster_detail(ACHIEVEMENTS, CUTOFFS, k="1/2", groups=[2 ** 63, 1, 1, 1])


if __name__ == "__main__":
    unittest.main()
