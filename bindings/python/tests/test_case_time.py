"""A case over time through the Python bindings (issue 16 part C; DOMAIN.md 1.7, 1.9, 8.3)."""

import datetime
import os
import tempfile
import unittest

import ruralguard as rg
from ruralguard import case_time, cases, households as hh, risk
from ruralguard.case_time import CaseStep, PostCheckFinding
from ruralguard.types import AlertKind, CaseState, Level

YUAN = 10000
D = datetime.date


class CaseOverTimeTest(unittest.TestCase):
    """A Yunnan household (8,700 yuan) poor in 2023, identified 2024-05-12, recovered in 2024."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.store = hh.open_store(os.path.join(self.tmp.name, "case_time.db"))
        self.policy = risk.Policy.default("53", 2025)
        hh.put_region(self.store, 530102001001, "红星村")
        with hh.transaction(self.store):
            hh.put_household(self.store, "H1", 530102001001)
            hh.put_member(self.store, "P1", "H1", "", D(1970, 1, 1), relation="head", labour="ordinary",
                          medical_resident=1)
            hh.put_member(self.store, "P2", "H1", "", D(1972, 3, 3), relation="spouse", labour="ordinary",
                          medical_resident=1)
            hh.put_income(self.store, "H1", D(2023, 1, 1), D(2023, 12, 31), 2, wage=9000 * YUAN)
        with hh.load_columns(self.store, D(2024, 1, 1)) as columns:
            self.household = int(columns.household_key[0])
        self.case = cases.open_case(self.store, self.household, "cadre_visit", D(2024, 4, 30), "排查")
        for step, date, extra in (
                ("verify", D(2024, 5, 1), {"consent_signed": True}),
                ("compare", D(2024, 5, 2), {}),
                ("review", D(2024, 5, 3), {"votes": (30, 1)}),
                ("notice", D(2024, 5, 4), {"notice": (D(2024, 5, 4), D(2024, 5, 8))}),
                ("township_approve", D(2024, 5, 9), {}),
                ("county_approve", D(2024, 5, 12), {"category": "marginal", "level": "red",
                                                    "contact": ("李镇长", "13800000000")})):
            cases.advance(self.store, self.policy, self.case, step, date, "王干部", **extra)
        measure = cases.add_measure(self.store, self.case, "health", D(2024, 5, 15), 0, "医疗救助", "王干部")
        cases.set_measure_status(self.store, measure, "implemented", D(2024, 6, 1), "王干部")

    def tearDown(self):
        self.store.close()
        self.tmp.cleanup()

    def eliminate(self, start, **kw):
        for step, days, extra in (("start_elimination", 0, {}), ("review", 1, {"votes": (20, 0)}),
                                  ("notice", 2, {"notice": (start + datetime.timedelta(2),
                                                            start + datetime.timedelta(6))}),
                                  ("township_approve", 7, {}), ("county_approve", 8, kw)):
            state = cases.advance(self.store, self.policy, self.case, step,
                                  start + datetime.timedelta(days), "王干部", **extra)
        return state

    # DOMAIN.md 1.7: the colour is derived again at a visit; every change is kept.
    def test_a_visit_reassessment_changes_the_colour_and_keeps_the_history(self):
        visit, level = case_time.visit_reassess(self.store, self.policy, self.case, D(2024, 6, 10),
                                                "王干部", "病情稳定", Level.YELLOW)
        self.assertGreater(visit, 0)
        self.assertIs(level, Level.YELLOW)
        self.assertIs(cases.get_case(self.store, self.case).level, Level.YELLOW)
        history = case_time.level_history(self.store, self.case)
        self.assertEqual([(h.step, h.level_from, h.level_to) for h in history],
                         [(CaseStep.COUNTY_APPROVE, None, Level.RED),
                          (CaseStep.REASSESS, Level.RED, Level.YELLOW)])
        self.assertEqual(history[1].date, D(2024, 6, 10))
        with self.assertRaises(rg.InvalidArgument):
            case_time.reassess(self.store, self.policy, self.case, D(2024, 6, 11), "王干部", level=7)

    # DOMAIN.md 1.9 criterion 1: the income-stable date comes from the statements.
    def test_the_income_stable_date_is_derived_from_the_statements(self):
        self.assertEqual(case_time.clocks(self.store, self.policy, self.case, D(2024, 6, 1)),
                         case_time.CaseClocks(D(2024, 5, 12), None))
        hh.put_income(self.store, "H1", D(2024, 1, 1), D(2024, 12, 31), 2, wage=32000 * YUAN)
        self.assertEqual(case_time.clocks(self.store, self.policy, self.case, D(2025, 1, 10))
                         .income_stable_since, D(2024, 1, 1))
        with self.assertRaisesRegex(rg.Refused, "earlier than the date derived from the income "
                                                "statements, 2024-01-01"):
            self.eliminate(D(2025, 1, 2), income_stable_since=D(2023, 6, 1))

    # DOMAIN.md 1.9, 8.3: follow-up after elimination, re-identification, clocks restart.
    def test_after_elimination_checks_fall_due_a_clue_rolls_back_and_the_clock_restarts(self):
        hh.put_income(self.store, "H1", D(2024, 1, 1), D(2024, 12, 31), 2, wage=32000 * YUAN)
        self.assertEqual(self.eliminate(D(2025, 1, 2)), "eliminated")
        self.assertEqual(cases.scan_alerts(self.store, self.policy, D(2025, 7, 10)).raised, 1)
        [alert] = cases.list_alerts(self.store, rg.AlertState.ACTIVE)
        self.assertIs(alert.kind, AlertKind.POST_ELIMINATION_CHECK_DUE)
        check = case_time.post_elimination_check(self.store, self.policy, self.case, D(2025, 7, 11), "王干部")
        self.assertEqual(check.findings, PostCheckFinding(0))
        self.assertFalse(check.rolled_back)
        outcome = case_time.open_clue(self.store, self.policy, self.household, "hotline_12317",
                                      D(2025, 8, 1), "来电")
        self.assertEqual(outcome, case_time.ClueOutcome(self.case, True))
        self.assertIs(cases.get_case(self.store, self.case).state, CaseState.MONITORED)
        self.assertEqual(case_time.clocks(self.store, self.policy, self.case, D(2025, 8, 1))
                         .monitored_since, D(2025, 8, 1))
        with self.assertRaisesRegex(rg.Refused, "monitored 0 whole months since the rollback of "
                                                "2025-08-01, needs 6"):
            self.eliminate(D(2025, 8, 2))

    # DOMAIN.md 1.9 (5_11_013): a failed check rolls the case back.
    def test_a_failed_post_elimination_check_rolls_the_case_back(self):
        hh.put_income(self.store, "H1", D(2024, 1, 1), D(2024, 12, 31), 2, wage=32000 * YUAN)
        self.eliminate(D(2025, 1, 2))
        measure = cases.add_measure(self.store, self.case, "industry", D(2025, 2, 1), 0, "庭院经济", "王干部")
        cases.set_measure_status(self.store, measure, "implemented", D(2025, 2, 2), "王干部")
        check = case_time.post_elimination_check(self.store, self.policy, self.case, D(2025, 3, 1), "王干部")
        self.assertEqual(check.findings, PostCheckFinding.NO_BUSINESS_INCOME)
        self.assertTrue(check.rolled_back)
        self.assertEqual(cases.get_case(self.store, self.case).rollbacks, 1)
        with self.assertRaises(rg.StateError):
            case_time.post_elimination_check(self.store, self.policy, self.case, D(2025, 3, 2), "王干部")


if __name__ == "__main__":
    unittest.main()
