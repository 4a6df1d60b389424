"""Monitoring cases: department clues in batch, the procedure steps, measures, visits, alerts.

Wraps the rg_case*/rg_alert* functions of the C ABI; see docs/monitoring.md. Amounts are int units
of 1/10000 yuan; dates are datetime.date.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
from array import array
from typing import Any, Dict, List, Mapping, Optional, Tuple

from . import errors
from .types import (AlertKind, AlertState, CaseState, Category, Level, Record, RiskType,
                    deprecated_int, optional_member)
from ._lib import Money, RgDate, Status, declare, lib, read_text
from .dates import from_rg_date, to_rg_date
from .risk import DATE_NONE

__all__ = ["ingest", "open_case", "advance", "get_case", "add_measure", "set_measure_status",
           "record_visit", "scan_alerts", "list_alerts", "acknowledge_alert", "resolve_alert",
           "public_notice", "report", "IngestCounts", "Case", "Alert", "AlertScan", "CaseReport", "CaseState",
           "AlertKind", "AlertState", "STEPS", "STATES", "MEASURES", "DEPARTMENTS", "METRICS"]

_P = ctypes.POINTER
_size = ctypes.c_size_t
_handle = ctypes.c_void_p
_text = ctypes.c_char_p

STEPS = {"verify": 1, "compare": 2, "review": 3, "notice": 4, "township_approve": 5,
         "county_approve": 6, "reject": 7, "start_elimination": 8, "rollback": 9,
         "reassess": 10}
STATES = {1: "clue", 2: "verified", 3: "compared", 4: "reviewed", 5: "noticed",
          6: "township_approved", 7: "monitored", 8: "rejected", 9: "elimination_verified",
          10: "elimination_reviewed", 11: "elimination_noticed",
          12: "elimination_township_approved", 13: "eliminated"}
CHANNELS = {"self_declared": 1, "hotline_12317": 2, "phone_app": 3, "cadre_visit": 4,
            "department_data": 5, "platform_analysis": 6, "supervision": 7}
MEASURES = {"industry": 1, "employment": 2, "finance": 3, "public_welfare_job": 4, "health": 5,
            "education": 6, "compulsory_education": 7, "housing": 8, "water": 9,
            "social_security": 10, "social_aid": 11, "relocation": 12, "living_conditions": 13,
            "infrastructure": 14, "insurance": 15, "other": 16}
MEASURE_STATUS = {"planned": 1, "implemented": 2, "ended": 3}
DEPARTMENTS = {"medical_insurance": 1, "education": 2, "housing": 3, "water": 4,
               "civil_affairs": 5, "disability": 6, "emergency": 7, "human_resources": 8}
METRICS = {"inpatient_oop_ytd": 1, "outpatient_special_monthly": 2, "school_cost_year": 3,
           "house_damaged": 4, "water_supply_cut": 5, "disaster_loss": 6, "new_disability": 7,
           "dibao_application": 8, "job_loss": 9}
CATEGORIES = {None: 0, "unstable_formerly_poor": 1, "marginal": 2, "sudden_severe": 3}
LEVELS = {None: 0, "blue": 1, "yellow": 2, "red": 3}
ALERT_KINDS = {1: "visit_overdue", 2: "identification_overdue", 3: "no_measure",
               4: "no_development_measure", 5: "risk_without_measure",
               6: "post_elimination_check_due"}
ALERT_STATES = {1: "active", 2: "acknowledged", 3: "resolved"}


class _Records(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32), ("count", _size),
                ("household_key", ctypes.c_void_p), ("department", ctypes.c_void_p),
                ("metric", ctypes.c_void_p), ("amount", ctypes.c_void_p),
                ("period", ctypes.c_void_p), ("formerly_poor", ctypes.c_void_p)]


class _IngestResult(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32)] + [
        (name, _size) for name in ("records", "rejected_records", "below_threshold", "duplicates",
                                   "clues_raised", "cases_opened", "attached_to_open_case")]


class _Step(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("step", ctypes.c_uint8),
                ("consent_signed", ctypes.c_uint8), ("comparison_passed", ctypes.c_uint8),
                ("category", ctypes.c_uint8), ("level", ctypes.c_uint8),
                ("elimination_kind", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 2),
                ("risk_mask", ctypes.c_uint32), ("date", RgDate), ("votes_for", ctypes.c_int32),
                ("votes_against", ctypes.c_int32), ("notice_start", RgDate),
                ("notice_end", RgDate), ("income_stable_since", RgDate),
                ("actor", _text), ("actor_len", _size), ("note", _text), ("note_len", _size),
                ("contact_name", _text), ("contact_name_len", _size),
                ("contact_phone", _text), ("contact_phone_len", _size),
                ("contact_rank", _text), ("contact_rank_len", _size),
                ("role", ctypes.c_uint8), ("proposed_category", ctypes.c_uint8),
                ("reserved2", ctypes.c_uint8 * 6)]


class _CaseInfo(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("state", ctypes.c_uint8),
                ("category", ctypes.c_uint8), ("level", ctypes.c_uint8),
                ("channel", ctypes.c_uint8), ("case_id", ctypes.c_int64),
                ("household_key", ctypes.c_int64), ("risk_mask", ctypes.c_uint32),
                ("found", RgDate), ("identified", RgDate), ("eliminated", RgDate),
                ("rollbacks", ctypes.c_int32), ("events", ctypes.c_int32)]


class _AlertInfo(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("kind", ctypes.c_uint8),
                ("state", ctypes.c_uint8), ("priority", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8), ("alert_id", ctypes.c_int64),
                ("case_id", ctypes.c_int64), ("raised", RgDate), ("reserved2", ctypes.c_int32)]


class _Report(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32),
                ("by_state", ctypes.c_int64 * 14), ("by_category", ctypes.c_int64 * 4),
                ("by_level", ctypes.c_int64 * 4)] + [
        (name, ctypes.c_int64) for name in ("under_monitoring", "with_measure", "eliminated",
                                            "identified_total", "identification_days_sum",
                                            "overdue_visits")]


declare("rg_cases_ingest", Status, [_P(_IngestResult), ctypes.c_void_p, _handle, _handle,
                                    _P(_Records)])
declare("rg_case_open", Status, [_P(ctypes.c_int64), _handle, ctypes.c_int64, ctypes.c_int32,
                                 RgDate, _text, _size])
declare("rg_case_step_init", None, [_P(_Step)])
declare("rg_case_advance", Status, [_P(ctypes.c_uint8), _handle, _handle, ctypes.c_int64,
                                    _P(_Step)])
declare("rg_case_get", Status, [_P(_CaseInfo), _handle, ctypes.c_int64])
declare("rg_case_add_measure", Status, [_P(ctypes.c_int64), _handle, ctypes.c_int64,
                                        ctypes.c_int32, RgDate, RgDate, Money, ctypes.c_int32,
                                        _text, _size, _text, _size])
declare("rg_case_set_measure_status", Status, [_handle, ctypes.c_int64, ctypes.c_int32, RgDate,
                                               _text, _size])
declare("rg_case_record_visit", Status, [_P(ctypes.c_int64), _handle, ctypes.c_int64, RgDate,
                                         _text, _size, _text, _size])
declare("rg_alerts_scan", Status, [_P(_size), _P(_size), _P(_size), _handle, _handle, RgDate])
declare("rg_alerts_list", Status, [_P(_handle), _handle, ctypes.c_int32])
declare("rg_alert_list_count", Status, [_P(_size), _handle])
declare("rg_alert_list_get", Status, [_P(_AlertInfo), ctypes.c_char_p, _size, _P(_size), _handle,
                                      _size])
declare("rg_alert_list_free", None, [_handle])
declare("rg_alert_acknowledge", Status, [_handle, ctypes.c_int64, RgDate, _text, _size, _text,
                                         _size])
declare("rg_alert_resolve", Status, [_handle, ctypes.c_int64, RgDate, _text, _size, _text, _size])
declare("rg_case_notice", Status, [ctypes.c_char_p, _size, _P(_size), _handle, ctypes.c_int64,
                                   _text, _size, ctypes.c_uint8])
declare("rg_cases_report", Status, [_P(_Report), _handle, _handle, RgDate])


def _b(text):
    return (text or "").encode("utf-8")


def _buffer(values, typecode):
    arr = values if isinstance(values, array) and values.typecode == typecode else array(typecode, values)
    return arr, (arr.buffer_info()[0] if len(arr) else None)


@dataclasses.dataclass(frozen=True, eq=False)
class IngestCounts(Record):
    """What rg_cases_ingest did with a batch of department records."""

    records: int
    rejected_records: int
    below_threshold: int
    duplicates: int
    clues_raised: int
    cases_opened: int
    attached_to_open_case: int


def ingest(store, policy, records: Mapping[str, Any]) -> "Tuple[IngestCounts, array]":
    """Ingests department records: a mapping of columns household_key, department, metric,
    amount, period (rg_date ints) and optionally formerly_poor. Returns (IngestCounts, the
    per-record status array)."""
    if records is None:
        raise errors.InvalidArgument("records is None: expected a mapping of columns")
    if "household_key" not in records:
        raise errors.InvalidArgument("column 'household_key' is required")
    count = len(records["household_key"])
    keep = {}
    c = _Records()
    c.struct_size = ctypes.sizeof(_Records)
    c.count = count
    for name, typecode in (("household_key", "q"), ("department", "B"), ("metric", "B"),
                           ("amount", "q"), ("period", "i"), ("formerly_poor", "B")):
        if name not in records:
            if name == "formerly_poor":
                continue
            raise errors.InvalidArgument(f"column {name!r} is required")
        if len(records[name]) != count:
            raise errors.InvalidArgument(f"column {name!r} has {len(records[name])} rows, "
                                         f"household_key has {count}")
        keep[name], pointer = _buffer(records[name], typecode)
        setattr(c, name, pointer)
    status = array("i", bytes(4 * count))
    out = _IngestResult()
    out.struct_size = ctypes.sizeof(_IngestResult)
    lib.rg_cases_ingest(ctypes.byref(out), status.buffer_info()[0] if count else None,
                        store.handle, policy.handle, ctypes.byref(c))
    counts = IngestCounts(*(getattr(out, name) for name, _ in _IngestResult._fields_[2:]))
    return counts, status


def open_case(store, household_key: int, channel: str, found: datetime.date, note: str = "") -> int:
    out = ctypes.c_int64()
    raw = _b(note)
    lib.rg_case_open(ctypes.byref(out), store.handle, household_key, CHANNELS[channel],
                     to_rg_date(found), raw, len(raw))
    return out.value


def advance(store, policy, case_id: int, step: str, date: datetime.date, actor: str, note: str = "",
            consent_signed: bool = False,
            comparison_passed=True, votes=(0, 0), notice=None, category=None, level=None,
            risk_mask=0, contact=None, elimination_kind="aided", income_stable_since=None,
            role=0, proposed_category=None):
    """Applies one step; returns the new state name (text; CaseState(value) of get_case gives the enum).

    role: a ``procedure.Role`` (0: unspecified, accepted unless the policy requires roles);
    proposed_category: a ``Category`` proposed at verify / review, shown by the running notice."""
    s = _Step()
    lib.rg_case_step_init(ctypes.byref(s))
    s.step = STEPS[step]
    s.date = to_rg_date(date)
    keep = [_b(actor), _b(note)]
    s.actor, s.actor_len = keep[0], len(keep[0])
    s.note, s.note_len = keep[1], len(keep[1])
    s.consent_signed = 1 if consent_signed else 0
    s.comparison_passed = 1 if comparison_passed else 0
    s.votes_for, s.votes_against = votes
    if notice:
        s.notice_start, s.notice_end = to_rg_date(notice[0]), to_rg_date(notice[1])
    s.category = CATEGORIES[category]
    s.level = LEVELS[level]
    s.risk_mask = risk_mask
    if contact:
        name, phone, rank = (list(contact) + ["", ""])[:3]
        keep += [_b(name), _b(phone), _b(rank)]
        s.contact_name, s.contact_name_len = keep[2], len(keep[2])
        s.contact_phone, s.contact_phone_len = keep[3], len(keep[3])
        s.contact_rank, s.contact_rank_len = keep[4], len(keep[4])
    s.elimination_kind = 2 if elimination_kind == "natural" else 1
    if income_stable_since is not None:
        s.income_stable_since = to_rg_date(income_stable_since)
    s.role = int(role)
    s.proposed_category = int(proposed_category or 0)
    state = ctypes.c_uint8()
    lib.rg_case_advance(ctypes.byref(state), store.handle, policy.handle, case_id, ctypes.byref(s))
    return STATES[state.value]


@dataclasses.dataclass(frozen=True, eq=False)
class Case(Record):
    """A monitoring case (rg_case_get)."""

    case_id: int
    household_key: int
    state: CaseState
    category: Optional[Category]
    level: Optional[Level]
    risks: List[RiskType]
    found: datetime.date
    identified: Optional[datetime.date]
    eliminated: Optional[datetime.date]
    rollbacks: int
    events: int

    def _legacy(self):
        return {"case_id": self.case_id, "household_key": self.household_key,
                "state": self.state.name.lower(), "category": int(self.category or 0),
                "level": int(self.level or 0), "risk_mask": sum(1 << r for r in self.risks),
                "found": self.found, "identified": self.identified, "eliminated": self.eliminated,
                "rollbacks": self.rollbacks, "events": self.events}


def get_case(store, case_id: int) -> Case:
    info = _CaseInfo()
    info.struct_size = ctypes.sizeof(_CaseInfo)
    lib.rg_case_get(ctypes.byref(info), store.handle, case_id)
    date = lambda d: None if d == DATE_NONE else from_rg_date(d)  # noqa: E731
    return Case(info.case_id, info.household_key, CaseState(info.state),
                optional_member(Category, info.category), optional_member(Level, info.level),
                RiskType.from_mask(info.risk_mask), from_rg_date(info.found), date(info.identified),
                date(info.eliminated), info.rollbacks, info.events)


def add_measure(store, case_id: int, category: str, start: datetime.date, planned_amount: int,
                content: str, actor: str, end: Optional[datetime.date] = None,
                status="planned"):
    out = ctypes.c_int64()
    c, a = _b(content), _b(actor)
    lib.rg_case_add_measure(ctypes.byref(out), store.handle, case_id, MEASURES[category],
                            to_rg_date(start), DATE_NONE if end is None else to_rg_date(end),
                            planned_amount, MEASURE_STATUS[status], c, len(c), a, len(a))
    return out.value


def set_measure_status(store, measure_id: int, status: str, date: datetime.date, actor: str) -> None:
    a = _b(actor)
    lib.rg_case_set_measure_status(store.handle, measure_id, MEASURE_STATUS[status],
                                   to_rg_date(date), a, len(a))


def record_visit(store, case_id: int, date: datetime.date, visitor: str, findings: str = "") -> int:
    out = ctypes.c_int64()
    v, f = _b(visitor), _b(findings)
    lib.rg_case_record_visit(ctypes.byref(out), store.handle, case_id, to_rg_date(date), v, len(v),
                             f, len(f))
    return out.value


@dataclasses.dataclass(frozen=True, eq=False)
class AlertScan(Record):
    raised: int
    still_open: int
    auto_resolved: int


def scan_alerts(store, policy, as_of: datetime.date) -> AlertScan:
    raised, still, resolved = _size(), _size(), _size()
    lib.rg_alerts_scan(ctypes.byref(raised), ctypes.byref(still), ctypes.byref(resolved),
                       store.handle, policy.handle, to_rg_date(as_of))
    return AlertScan(raised.value, still.value, resolved.value)


@dataclasses.dataclass(frozen=True, eq=False)
class Alert(Record):
    alert_id: int
    case_id: int
    kind: AlertKind
    state: AlertState
    priority: int
    raised: datetime.date
    message: str

    def _legacy(self):
        return dict(super()._legacy(), kind=self.kind.name.lower(), state=self.state.name.lower())


def list_alerts(store, state: Optional[AlertState] = None) -> List[Alert]:
    """The alerts, all or in one state (an AlertState or its name)."""
    handle = _handle()
    code = 0 if state is None else int(deprecated_int(AlertState, state, "state"))
    lib.rg_alerts_list(ctypes.byref(handle), store.handle, code)
    try:
        n = _size()
        lib.rg_alert_list_count(ctypes.byref(n), handle)
        out = []
        for i in range(n.value):
            info = _AlertInfo()
            info.struct_size = ctypes.sizeof(_AlertInfo)
            message = read_text(lambda b, c, n: lib.rg_alert_list_get(ctypes.byref(info), b, c, n,
                                                                         handle, i), 1024)
            out.append(Alert(info.alert_id, info.case_id, AlertKind(info.kind),
                             AlertState(info.state), info.priority, from_rg_date(info.raised),
                             message))
        return out
    finally:
        lib.rg_alert_list_free(handle)


def acknowledge_alert(store, alert_id: int, when: datetime.date, who: str, note: str = "") -> None:
    w, n = _b(who), _b(note)
    lib.rg_alert_acknowledge(store.handle, alert_id, to_rg_date(when), w, len(w), n, len(n))


def resolve_alert(store, alert_id: int, when: datetime.date, who: str, note: str = "") -> None:
    w, n = _b(who), _b(note)
    lib.rg_alert_resolve(store.handle, alert_id, to_rg_date(when), w, len(w), n, len(n))


def public_notice(store, case_id: int, head_name_masked: str, elimination: bool = False) -> str:
    head = _b(head_name_masked)
    return read_text(lambda b, c, n: lib.rg_case_notice(b, c, n, store.handle, case_id, head,
                                                          len(head), 1 if elimination else 0))


@dataclasses.dataclass(frozen=True, eq=False)
class CaseReport(Record):
    """Case counts (rg_cases_report). by_category / by_level are indexed by the C code (0 = none)."""

    by_state: Dict[CaseState, int]
    by_category: List[int]
    by_level: List[int]
    under_monitoring: int
    with_measure: int
    eliminated: int
    identified_total: int
    identification_days_sum: int
    overdue_visits: int

    def _legacy(self):
        return dict(super()._legacy(), by_state={s.name.lower(): n for s, n in self.by_state.items()})


def report(store, policy, as_of: datetime.date) -> CaseReport:
    r = _Report()
    r.struct_size = ctypes.sizeof(_Report)
    lib.rg_cases_report(ctypes.byref(r), store.handle, policy.handle, to_rg_date(as_of))
    return CaseReport({CaseState(i): r.by_state[i] for i in range(1, 14) if r.by_state[i]},
                      list(r.by_category), list(r.by_level), r.under_monitoring, r.with_measure,
                      r.eliminated, r.identified_total, r.identification_days_sum,
                      r.overdue_visits)
