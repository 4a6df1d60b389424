"""Statuses that overlap and events that count, through the Python bindings (issue 16 part B).

Each test is a rule with its DOMAIN / DOMAIN-2026 section (docs/monitoring.md "Statuses and
events"); enums are IntEnum and results dataclasses, never bare ints.
"""

import datetime
import os
import tempfile
import unittest

import ruralguard as rg
from ruralguard import cases, households, risk, statuses
from ruralguard.statuses import (AssistanceExit, Channel, HouseholdEvent, HouseholdEventKind,
                                 Membership, MembershipKind, RegisteredPoorHistory)

D = datetime.date
VILLAGE = 530102001001  # Yunnan: default_policy("53", 2025), 8,700 yuan
_BATCH = ("region_code", "kind", "per_capita_income", "previous_per_capita_income", "net_income",
          "medical_out_of_pocket", "education_out_of_pocket", "income_period_end", "members",
          "labour_capable", "weak_labour", "seriously_ill", "chronically_ill", "disabled",
          "guarantee_failures", "events")


class StatusesTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.store = rg.Store(os.path.join(self.tmp.name, "statuses.db"))
        self.policy = risk.Policy.default("53", 2025)
        households.put_region(self.store, VILLAGE, "和平村")
        households.put_household(self.store, "H1", VILLAGE)
        households.put_member(self.store, "P1", "H1", "", D(1970, 1, 1), medical_resident=True)
        households.put_income(self.store, "H1", D(2024, 6, 1), D(2025, 5, 31), 1,
                              wage=300000 * 10000)

    def tearDown(self):
        self.store.close()
        self.tmp.cleanup()

    def assess_from_store(self, as_of):
        """(events bits, risk mask) of H1 on the store path: columnar load, then the batch."""
        with households.load_columns(self.store, as_of) as cols:
            columns = {name: getattr(cols, name) for name in _BATCH}
            out, failed = risk.assess_batch(columns, self.policy, as_of)
            self.assertEqual(failed, 0)
            return cols.events[0], out["risk_mask"][0]

    def household_key(self):
        with households.load_columns(self.store, D(2025, 6, 1)) as cols:
            return cols.household_key[0]

    # DOMAIN.md 1.4 (因自然灾害) and 1.9 ("no new risk"): a disaster event stored through the C ABI
    # raises its risk on the store path and vetoes elimination, naming the event.
    def test_disaster_event_raises_the_risk_and_vetoes_elimination(self):
        approve = D(2025, 12, 30)
        self.assertEqual(self.assess_from_store(approve)[0], 0)
        event_id = statuses.record_event(self.store, HouseholdEvent(
            "H1", HouseholdEventKind.NATURAL_DISASTER, D(2025, 9, 29), D(2025, 9, 30),
            Channel.CADRE_VISIT, "村委会灾情登记表"))
        self.assertGreater(event_id, 0)
        events, mask = self.assess_from_store(approve)
        self.assertEqual(events, statuses.event_bit(HouseholdEventKind.NATURAL_DISASTER))
        self.assertTrue(mask & (1 << rg.RiskType.NATURAL_DISASTER))

        case_id = cases.open_case(self.store, self.household_key(), "cadre_visit", D(2025, 6, 1), "走访")
        day = D(2025, 6, 1)
        step = lambda name, days, **kw: cases.advance(self.store, self.policy, case_id, name,
                                                      day + datetime.timedelta(days=days), "王干部", **kw)
        step("verify", 1, consent_signed=True)
        step("compare", 2)
        step("review", 3, votes=(21, 2))
        step("notice", 4, notice=(D(2025, 6, 5), D(2025, 6, 9)))
        step("township_approve", 10)
        step("county_approve", 12, category="marginal", level="yellow", risk_mask=1 << rg.RiskType.OTHER,
             contact=("李镇长", "13800000000"))
        step("start_elimination", 200)
        step("review", 201, votes=(21, 2))
        step("notice", 202, notice=(D(2025, 12, 20), D(2025, 12, 24)))
        step("township_approve", 207)
        with self.assertRaisesRegex(rg.Refused, "natural_disaster"):
            step("county_approve", 212, elimination_kind="natural", income_stable_since=D(2024, 6, 1))
        self.assertEqual(cases.get_case(self.store, case_id).state,
                         rg.CaseState.ELIMINATION_TOWNSHIP_APPROVED)
        # The disaster was the only veto: once it is more than 12 months old the approval passes.
        self.assertEqual(cases.advance(self.store, self.policy, case_id, "county_approve", D(2026, 10, 1),
                                       "王干部", elimination_kind="natural",
                                       income_stable_since=D(2024, 6, 1)), "eliminated")

    # DOMAIN.md 1.9: only the 12 months before the as-of date count.
    def test_an_event_outside_the_twelve_months_before_as_of_does_not_count(self):
        statuses.record_event(self.store, HouseholdEvent(
            "H1", HouseholdEventKind.JOB_LOSS, D(2024, 7, 1), D(2024, 7, 2)))
        self.assertEqual(self.assess_from_store(D(2025, 7, 2))[0], 0)
        self.assertEqual(self.assess_from_store(D(2025, 7, 1))[0],
                         statuses.event_bit(HouseholdEventKind.JOB_LOSS))
        listed = statuses.events(self.store, "H1", D(2024, 1, 1), D(2025, 12, 31))
        self.assertEqual(len(listed), 1)
        self.assertIs(type(listed[0].kind), HouseholdEventKind)
        self.assertIs(type(listed[0].source), Channel)
        self.assertIsNone(listed[0].clue_id)

    # DOMAIN.md 1.5: a department clue (应急 disaster loss) creates the event.
    def test_department_clues_create_events(self):
        from array import array
        counts, status = cases.ingest(self.store, self.policy, {
            "household_key": array("q", [self.household_key()]),
            "department": array("B", [cases.DEPARTMENTS["emergency"]]),
            "metric": array("B", [cases.METRICS["disaster_loss"]]),
            "amount": array("q", [20000 * 10000]),
            "period": array("i", [rg.to_rg_date(D(2025, 7, 15))]),
        })
        self.assertEqual(list(status), [0])
        listed = statuses.events(self.store, "H1", D(2025, 1, 1), D(2025, 12, 31))
        self.assertEqual([e.kind for e in listed], [HouseholdEventKind.NATURAL_DISASTER])
        self.assertEqual(listed[0].source, Channel.DEPARTMENT_DATA)
        self.assertIsNotNone(listed[0].clue_id)

    # DOMAIN-2026 §7.1 row 7.4, §7.3: 低保 and monitored at once; an ended membership keeps its history.
    def test_memberships_overlap_and_an_ended_one_keeps_its_history(self):
        dibao = statuses.record_membership(self.store, Membership(
            "H1", MembershipKind.DIBAO, "五华区民政局", D(2024, 1, 1), evidence="审批表"))
        statuses.record_membership(self.store, Membership(
            "H1", MembershipKind.MONITORED, "五华区乡村振兴局", D(2025, 3, 1)))
        statuses.end_membership(self.store, dibao, D(2025, 6, 30))
        with self.assertRaises(rg.StateError):
            statuses.end_membership(self.store, dibao, D(2025, 7, 31))
        held = statuses.memberships(self.store, "H1")
        self.assertEqual([m.kind for m in held], [MembershipKind.DIBAO, MembershipKind.MONITORED])
        self.assertEqual(held[0].end, D(2025, 6, 30))
        self.assertIsNone(held[1].end)
        self.assertIsInstance(held[0].kind, MembershipKind)

    # DOMAIN-2026 §7.1 row 7.7: the registered-poor history is permanent; a 2026 exit needs it.
    def test_registered_poor_history_is_permanent_and_the_exit_needs_it(self):
        exit_ = AssistanceExit("H1", D(2026, 4, 1), D(2026, 3, 1), "退出评估 2026-3号", "五华区乡村振兴局")
        with self.assertRaisesRegex(rg.Refused, "never registered poor"):
            statuses.record_assistance_exit(self.store, exit_)
        self.assertIsNone(statuses.registered_poor(self.store, "H1"))
        history = RegisteredPoorHistory("H1", 2014, 2018, "全国扶贫开发信息系统")
        statuses.set_registered_poor(self.store, history)
        with self.assertRaisesRegex(rg.Refused, "permanent"):
            statuses.set_registered_poor(self.store, RegisteredPoorHistory("H1", 2014, 2019, "x"))
        self.assertEqual(statuses.registered_poor(self.store, "H1"), history)
        with self.assertRaisesRegex(rg.RangeError, "2026-01-01"):
            statuses.record_assistance_exit(self.store, AssistanceExit(
                "H1", D(2025, 12, 31), D(2025, 12, 1), "评估", "五华区乡村振兴局"))
        statuses.record_assistance_exit(self.store, exit_)
        self.assertEqual(statuses.assistance_exit(self.store, "H1"), exit_)

    # Issue 16 "Bad input": named errors, nothing stored.
    def test_bad_input_is_refused_by_name_and_stores_nothing(self):
        with self.assertRaises(ValueError):
            HouseholdEventKind(9)
        with self.assertRaisesRegex(rg.RangeError, "a future event"):
            statuses.record_event(self.store, HouseholdEvent(
                "H1", HouseholdEventKind.ACCIDENT, D(2025, 6, 2), D(2025, 6, 1)))
        with self.assertRaisesRegex(rg.NotFound, "H404"):
            statuses.record_event(self.store, HouseholdEvent(
                "H404", HouseholdEventKind.ACCIDENT, D(2025, 6, 1), D(2025, 6, 1)))
        with self.assertRaisesRegex(rg.InvalidArgument, "authority"):
            statuses.record_membership(self.store, Membership("H1", MembershipKind.TEKUN, "", D(2025, 1, 1)))
        with self.assertRaisesRegex(rg.RangeError, "before start"):
            statuses.record_membership(self.store, Membership(
                "H1", MembershipKind.TEKUN, "民政局", D(2025, 1, 1), D(2024, 12, 31)))
        with self.assertRaises(rg.LimitExceeded):
            statuses.record_membership(self.store, Membership(
                "H1", MembershipKind.TEKUN, "a" * (statuses.STATUS_TEXT_MAX + 1), D(2025, 1, 1)))
        with self.assertRaises(rg.NotFound):
            statuses.memberships(self.store, "H404")
        self.assertEqual(statuses.memberships(self.store, "H1"), [])
        self.assertEqual(statuses.events(self.store, "H1", D(2000, 1, 1), D(2030, 1, 1)), [])

    # docs/csv-format.md: an export imports back unchanged; a malformed row is named by file,
    # line and column and, all or nothing, stores nothing.
    def test_csv_round_trip_and_malformed_rows(self):
        statuses.record_membership(self.store, Membership("H1", MembershipKind.DIBAO, "民政局", D(2024, 1, 1)))
        statuses.record_event(self.store, HouseholdEvent(
            "H1", HouseholdEventKind.ACCIDENT, D(2025, 7, 1), D(2025, 7, 2), Channel.SELF_DECLARED, "申报"))
        m = os.path.join(self.tmp.name, "memberships.csv")
        e = os.path.join(self.tmp.name, "events.csv")
        statuses.export_csv(self.store, memberships=m, events=e)
        again = statuses.import_csv(self.store, memberships=m, events=e)
        self.assertTrue(again.committed)
        self.assertEqual(again.imported, {"memberships": 1, "events": 1})
        self.assertEqual(len(statuses.memberships(self.store, "H1")), 1)
        with open(e, "a", encoding="utf-8") as f:
            f.write("H1,flood,2025-07-01,cadre_visit,,2025-07-02\n")
        bad = statuses.import_csv(self.store, events=e)
        self.assertFalse(bad.committed)
        self.assertEqual([(x.file, x.line, x.column) for x in bad.errors], [(e, 3, 2)])
        self.assertIn("unknown event type 'flood'", bad.errors[0].message)
        self.assertEqual(len(statuses.events(self.store, "H1", D(2025, 1, 1), D(2025, 12, 31))), 1)


    # DOMAIN-2026 §7.3 through CSV: the permanent history and the 2026 exit round-trip into a fresh
    # store; the same rows again are no change; an exit before 2026 is named by file, line and
    # column and stores nothing; a row contradicting the history is refused naming the household.
    def test_history_csv_round_trip_reimport_and_refusals(self):
        history = RegisteredPoorHistory("H1", 2015, 2019, "建档立卡 register")
        exit_ = AssistanceExit("H1", D(2026, 4, 1), D(2026, 3, 1), "退出评估 2026-3号", "五华区乡村振兴局", "公示")
        statuses.set_registered_poor(self.store, history)
        statuses.record_assistance_exit(self.store, exit_)
        h = os.path.join(self.tmp.name, "registered_poor.csv")
        x = os.path.join(self.tmp.name, "assistance_exits.csv")
        statuses.export_history_csv(self.store, registered_poor=h, assistance_exits=x)

        fresh = rg.Store(os.path.join(self.tmp.name, "fresh.db"))
        try:
            households.put_region(fresh, VILLAGE, "和平村")
            households.put_household(fresh, "H1", VILLAGE)
            for _ in range(2):
                r = statuses.import_history_csv(fresh, registered_poor=h, assistance_exits=x)
                self.assertTrue(r.committed, r.errors)
                self.assertEqual(r.imported, {"registered_poor": 1, "assistance_exits": 1})
            self.assertEqual(statuses.registered_poor(fresh, "H1"), history)
            self.assertEqual(statuses.assistance_exit(fresh, "H1"), exit_)
        finally:
            fresh.close()

        bad_exit = os.path.join(self.tmp.name, "bad_exits.csv")
        with open(bad_exit, "w", encoding="utf-8") as f:
            f.write("household_id,date,assessment_date,assessment,authority,evidence\n"
                    "H1,2025-12-31,2025-12-01,评估,乡村振兴局,\n")
        bad = statuses.import_history_csv(self.store, assistance_exits=bad_exit)
        self.assertFalse(bad.committed)
        self.assertEqual([(e.file, e.line, e.column) for e in bad.errors], [(bad_exit, 2, 2)])

        conflict = os.path.join(self.tmp.name, "conflict.csv")
        with open(conflict, "w", encoding="utf-8") as f:
            f.write("household_id,registered_year,exit_year,source\nH1,2016,2019,建档立卡 register\n")
        refused = statuses.import_history_csv(self.store, registered_poor=conflict)
        self.assertFalse(refused.committed)
        self.assertEqual([(e.line, e.column) for e in refused.errors], [(2, 1)])
        self.assertIn("'H1'", refused.errors[0].message)
        self.assertEqual(statuses.registered_poor(self.store, "H1"), history)
        self.assertEqual(statuses.assistance_exit(self.store, "H1"), exit_)

if __name__ == "__main__":
    unittest.main()
