"""A case over time (issue 16): re-identification, reassessed warning levels with their history,
the derived clocks and the post-elimination checks.

Wraps rg_case_open_clue, rg_case_reassess, rg_case_visit_reassess, rg_case_level_history,
rg_case_clocks and rg_case_post_elimination_check; see docs/monitoring.md ("A case over time").
Dates are datetime.date; levels are :class:`ruralguard.types.Level` (None for RG_LEVEL_NONE).
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
import enum
from typing import List, Optional

from . import errors
from .types import Level, Record, deprecated_int, optional_member
from ._lib import RgDate, Status, declare, lib
from .dates import from_rg_date, to_rg_date
from .risk import DATE_NONE

__all__ = ["CaseStep", "PostCheckFinding", "ClueOutcome", "LevelChange", "CaseClocks",
           "PostEliminationCheck", "open_clue", "reassess", "visit_reassess", "level_history",
           "clocks", "post_elimination_check"]

_P = ctypes.POINTER
_size = ctypes.c_size_t
_handle = ctypes.c_void_p
_text = ctypes.c_char_p


class CaseStep(enum.IntEnum):
    """RG_STEP_*: the steps of a case (the step that changed a level, in the level history)."""

    VERIFY = 1
    COMPARE = 2
    REVIEW = 3
    NOTICE = 4
    TOWNSHIP_APPROVE = 5
    COUNTY_APPROVE = 6
    REJECT = 7
    START_ELIMINATION = 8
    ROLLBACK = 9
    REASSESS = 10


class PostCheckFinding(enum.IntFlag):
    """RG_POSTCHECK_*: failed post-elimination checks (DOMAIN.md 1.9)."""

    INCOME_BELOW_RANGE = 1   # 4_11_010
    NO_WAGE_INCOME = 2       # 4_11_012
    NO_TRANSFER_INCOME = 4   # 4_11_013
    NO_BUSINESS_INCOME = 8   # 5_11_013


class _LevelChange(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_int32), ("date", RgDate), ("step", ctypes.c_uint8),
                ("level_from", ctypes.c_uint8), ("level_to", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8)]


class _PostCheck(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("rolled_back", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8 * 3), ("check_id", ctypes.c_int64),
                ("findings", ctypes.c_uint32), ("date", RgDate)]


declare("rg_case_open_clue", Status, [_P(ctypes.c_int64), _P(ctypes.c_uint8), _handle, _handle,
                                      ctypes.c_int64, ctypes.c_int32, RgDate, _text, _size])
declare("rg_case_reassess", Status, [_P(ctypes.c_uint8), _handle, _handle, ctypes.c_int64, RgDate,
                                     ctypes.c_int32, _text, _size, _text, _size])
declare("rg_case_visit_reassess", Status, [_P(ctypes.c_int64), _P(ctypes.c_uint8), _handle, _handle,
                                           ctypes.c_int64, RgDate, _text, _size, _text, _size,
                                           ctypes.c_int32])
declare("rg_case_level_history", Status, [_P(_LevelChange), _size, _P(_size), _handle,
                                          ctypes.c_int64])
declare("rg_case_clocks", Status, [_P(RgDate), _P(RgDate), _handle, _handle, ctypes.c_int64, RgDate])
declare("rg_case_post_elimination_check", Status, [_P(_PostCheck), _handle, _handle, ctypes.c_int64,
                                                   RgDate, _text, _size])

_CHANNELS = {"self_declared": 1, "hotline_12317": 2, "phone_app": 3, "cadre_visit": 4,
             "department_data": 5, "platform_analysis": 6, "supervision": 7}


def _b(text):
    return (text or "").encode("utf-8")


def _level_code(level) -> int:
    return 0 if level is None else int(deprecated_int(Level, level, "level"))


def _date(value) -> Optional[datetime.date]:
    return None if value == DATE_NONE else from_rg_date(value)


@dataclasses.dataclass(frozen=True, eq=False)
class ClueOutcome(Record):
    """What a clue did: the case it went to, and whether it re-identified an eliminated case."""

    case_id: int
    reidentified: bool


@dataclasses.dataclass(frozen=True, eq=False)
class LevelChange(Record):
    """One change of a case's warning level (rg_level_change)."""

    sequence: int
    date: datetime.date
    step: CaseStep
    level_from: Optional[Level]
    level_to: Optional[Level]


@dataclasses.dataclass(frozen=True, eq=False)
class CaseClocks(Record):
    """The clocks derived from a case's records (rg_case_clocks)."""

    monitored_since: Optional[datetime.date]
    income_stable_since: Optional[datetime.date]


@dataclasses.dataclass(frozen=True, eq=False)
class PostEliminationCheck(Record):
    """A recorded post-elimination check (rg_post_elimination_check)."""

    check_id: int
    date: datetime.date
    findings: PostCheckFinding
    rolled_back: bool


def open_clue(store, policy, household_key: int, channel: str, found: datetime.date,
              note: str = "") -> ClueOutcome:
    """A clue of any channel but department data; within the follow-up window of an eliminated
    case it rolls that case back instead of opening a second one."""
    out, again = ctypes.c_int64(), ctypes.c_uint8()
    raw = _b(note)
    lib.rg_case_open_clue(ctypes.byref(out), ctypes.byref(again), store.handle, policy.handle,
                          household_key, _CHANNELS[channel], to_rg_date(found), raw, len(raw))
    return ClueOutcome(out.value, bool(again.value))


def reassess(store, policy, case_id: int, date: datetime.date, actor: str,
             level: Optional[Level] = None, note: str = "") -> Optional[Level]:
    """Reassesses the level (None: derived with the policy from the household's facts); returns
    the level after it."""
    out = ctypes.c_uint8()
    a, n = _b(actor), _b(note)
    lib.rg_case_reassess(ctypes.byref(out), store.handle, policy.handle, case_id, to_rg_date(date),
                         _level_code(level), a, len(a), n, len(n))
    return optional_member(Level, out.value)


def visit_reassess(store, policy, case_id: int, date: datetime.date, visitor: str,
                   findings: str = "", level: Optional[Level] = None):
    """Logs a visit and reassesses the level in one transaction; returns (visit id, level)."""
    visit, out = ctypes.c_int64(), ctypes.c_uint8()
    v, f = _b(visitor), _b(findings)
    lib.rg_case_visit_reassess(ctypes.byref(visit), ctypes.byref(out), store.handle, policy.handle,
                               case_id, to_rg_date(date), v, len(v), f, len(f), _level_code(level))
    return visit.value, optional_member(Level, out.value)


def level_history(store, case_id: int) -> List[LevelChange]:
    """Every level change of a case, oldest first."""
    count = _size()
    try:
        lib.rg_case_level_history(None, 0, ctypes.byref(count), store.handle, case_id)
    except errors.BufferTooSmall:
        pass  # count holds the size
    rows = (_LevelChange * max(count.value, 1))()
    lib.rg_case_level_history(rows, count.value, ctypes.byref(count), store.handle, case_id)
    return [LevelChange(r.sequence, from_rg_date(r.date), CaseStep(r.step),
                        optional_member(Level, r.level_from), optional_member(Level, r.level_to))
            for r in rows[:count.value]]


def clocks(store, policy, case_id: int, as_of: datetime.date) -> CaseClocks:
    """Monitored since (identification or the last rollback) and the income-stable date derived
    from the statements on as_of."""
    since, stable = RgDate(), RgDate()
    lib.rg_case_clocks(ctypes.byref(since), ctypes.byref(stable), store.handle, policy.handle,
                       case_id, to_rg_date(as_of))
    return CaseClocks(_date(since.value), _date(stable.value))


def post_elimination_check(store, policy, case_id: int, date: datetime.date,
                           actor: str) -> PostEliminationCheck:
    """Runs and records the post-elimination checks; a failed check rolls the case back."""
    out = _PostCheck(struct_size=ctypes.sizeof(_PostCheck))
    a = _b(actor)
    lib.rg_case_post_elimination_check(ctypes.byref(out), store.handle, policy.handle, case_id,
                                       to_rg_date(date), a, len(a))
    return PostEliminationCheck(out.check_id, from_rg_date(out.date),
                                PostCheckFinding(out.findings), bool(out.rolled_back))
