"""Roles, procedure limits in calendar and working days, the proposed category and risk warning
letters through the Python bindings (issue 16 part D; DOMAIN.md 1.5, 1.6)."""

import datetime
import json
import os
import tempfile
import unittest

import ruralguard as rg
from ruralguard import cases, households, risk
from ruralguard.procedure import (AnswerKind, DayLimit, DayUnit, Department, ProcedureLimit, Role,
                                  add_working_days, answer_letter, issue_letter, letter_counts,
                                  limit_deadline, overdue_letters, procedure_limit, proposed_category,
                                  scan_letters, step_role_allowed, working_days_between)
from ruralguard.types import Category

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
D = datetime.date


def calendar():
    with open(os.path.join(ROOT, "examples", "calendars", "cn-2024-2025.json"), encoding="utf-8") as f:
        return json.load(f)


def policy_with(procedure):
    doc = json.loads(risk.Policy.default("53", 2025).to_json())
    doc["procedure"] = procedure
    return risk.Policy.from_json(json.dumps(doc, ensure_ascii=False))


HAINAN = {"limits": {"identify_max": {"days": 20, "unit": "working", "calendar": "cn-2024-2025"}},
          "calendars": [calendar()]}


class LimitsTest(unittest.TestCase):
    def test_limits_are_read_from_the_policy_json_in_calendar_and_working_days(self):
        # DOMAIN.md 1.6, 8.1: 15 calendar days by default; Hainan 20 working days.
        self.assertEqual(procedure_limit(risk.Policy.default("53", 2025), ProcedureLimit.IDENTIFY),
                         DayLimit(15, DayUnit.CALENDAR, ""))
        p = policy_with(HAINAN)
        self.assertEqual(procedure_limit(p, ProcedureLimit.IDENTIFY),
                         DayLimit(20, DayUnit.WORKING, "cn-2024-2025"))
        self.assertIsNone(procedure_limit(p, ProcedureLimit.TOWNSHIP_TO_COUNTY))

    def test_twenty_working_days_across_national_day_2024_end_on_30_october(self):
        # DOMAIN.md 1.6 (Hainan ✔) with 国办发明电〔2023〕7号: Oct 1-7 off, Sep 29 and Oct 12 worked.
        p = policy_with(HAINAN)
        self.assertEqual(limit_deadline(p, ProcedureLimit.IDENTIFY, D(2024, 9, 27)), D(2024, 10, 30))
        self.assertEqual(add_working_days(p, "cn-2024-2025", D(2024, 9, 30), 1), D(2024, 10, 8))
        self.assertEqual(working_days_between(p, "cn-2024-2025", D(2024, 9, 26), D(2024, 10, 9)), 6)

    def test_a_limit_in_an_unknown_calendar_is_a_named_error(self):
        with self.assertRaisesRegex(rg.NotFound, "unknown calendar 'hainan-2021'"):
            policy_with({"limits": {"identify_max": {"days": 20, "unit": "working",
                                                     "calendar": "hainan-2021"}}})
        with self.assertRaisesRegex(rg.ParseError, "unknown role 'mayor'"):
            policy_with({"roles": {"steps": {"verify": ["mayor"]}}})

    def test_the_role_model_is_in_the_policy(self):
        p = risk.Policy.default("53", 2025)
        self.assertTrue(step_role_allowed(p, "township_approve", Role.TOWNSHIP))
        self.assertFalse(step_role_allowed(p, "township_approve", Role.VILLAGE))
        with self.assertRaises(rg.InvalidArgument):
            step_role_allowed(p, "verify", 7)


class StoreTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.store = rg.Store(os.path.join(self.tmp.name, "roles.db"))
        self.policy = risk.Policy.default("53", 2025)
        households.put_region(self.store, 530102001001, "红星村")
        for i in range(3):
            households.put_household(self.store, f"H{i + 1}", 530102001001)
        self.keys = [1, 2, 3]

    def tearDown(self):
        self.store.close()
        self.tmp.cleanup()

    def test_a_step_by_a_role_that_may_not_do_it_is_refused(self):
        # DOMAIN.md 1.6: the village verifies; a department does not.
        case_id = cases.open_case(self.store, 1, "cadre_visit", D(2025, 3, 1), "走访")
        with self.assertRaisesRegex(rg.Refused, "may not be done by role 'department'; allowed roles: village"):
            cases.advance(self.store, self.policy, case_id, "verify", D(2025, 3, 2), "医保局",
                          consent_signed=True, role=Role.DEPARTMENT)
        self.assertEqual(cases.get_case(self.store, case_id).events, 0)

    def test_the_same_person_may_not_verify_and_approve_for_the_township(self):
        # DOMAIN.md 1.6: separation of duties.
        doc = json.loads(self.policy.to_json())
        doc["procedure"]["roles"]["steps"] = {}
        p = risk.Policy.from_json(json.dumps(doc, ensure_ascii=False))
        c = cases.open_case(self.store, 1, "cadre_visit", D(2025, 3, 1), "走访")
        cases.advance(self.store, p, c, "verify", D(2025, 3, 2), "甲", consent_signed=True, role=Role.VILLAGE)
        cases.advance(self.store, p, c, "compare", D(2025, 3, 3), "乙", role=Role.VILLAGE)
        cases.advance(self.store, p, c, "review", D(2025, 3, 4), "乙", votes=(9, 1), role=Role.VILLAGE,
                      proposed_category=Category.MARGINAL)
        cases.advance(self.store, p, c, "notice", D(2025, 3, 5), "乙", notice=(D(2025, 3, 5), D(2025, 3, 9)),
                      role=Role.VILLAGE)
        with self.assertRaisesRegex(rg.Refused, "someone other than the actor of step 'verify'"):
            cases.advance(self.store, p, c, "township_approve", D(2025, 3, 10), "甲", role=Role.TOWNSHIP)
        # DOMAIN.md 1.6 step 5: the running notice shows the proposed category.
        self.assertEqual(proposed_category(self.store, c), Category.MARGINAL)
        self.assertIn("边缘易致贫户", cases.public_notice(self.store, c, "张*"))

    def test_letters_every_household_answered_three_ways_counted_and_overdue_alerted(self):
        # DOMAIN.md 1.5: department batches to the county, verified and fed back by a deadline.
        letter = issue_letter(self.store, "2025-03 医保", Department.MEDICAL_INSURANCE, 530102000000,
                              D(2025, 3, 5), D(2025, 3, 20), self.keys)
        self.assertIsNone(answer_letter(self.store, letter, 1, AnswerKind.VERIFIED, D(2025, 3, 6), "县"))
        self.assertIsNone(answer_letter(self.store, letter, 2, AnswerKind.RULED_OUT, D(2025, 3, 7), "县",
                                        "自付低于标准"))
        with self.assertRaisesRegex(rg.InvalidArgument, "ruled-out answer needs its reason"):
            answer_letter(self.store, letter, 3, AnswerKind.RULED_OUT, D(2025, 3, 7), "县")
        with self.assertRaisesRegex(rg.NotFound, "not in the letter"):
            answer_letter(self.store, letter, 4, AnswerKind.VERIFIED, D(2025, 3, 7), "县")
        counts = letter_counts(self.store, letter, D(2025, 3, 21))
        self.assertEqual((counts.verified, counts.ruled_out, counts.case_opened, counts.unanswered),
                         (1, 1, 0, 1))
        self.assertTrue(counts.overdue)
        self.assertEqual(scan_letters(self.store, D(2025, 3, 21)), 1)
        self.assertEqual(overdue_letters(self.store), [letter])
        case_id = answer_letter(self.store, letter, 3, AnswerKind.CASE_OPENED, D(2025, 3, 22), "县")
        self.assertGreater(case_id, 0)
        counts = letter_counts(self.store, letter, D(2025, 3, 22))
        self.assertEqual((counts.case_opened, counts.unanswered, counts.answered_late), (1, 0, 1))


if __name__ == "__main__":
    unittest.main()
