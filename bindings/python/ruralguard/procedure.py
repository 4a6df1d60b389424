"""Roles of case steps, procedure limits in calendar or working days, working-day calendars, the
proposed category, and risk warning letters 风险预警提示函 (issue 16; docs/monitoring.md).

Wraps rg_policy_procedure_limit, rg_policy_limit_deadline, rg_policy_add_working_days,
rg_policy_working_days_between, rg_policy_step_role_allowed, rg_case_proposed_category and the
rg_warning_letter* functions. Limits, calendars and the role model come from the policy JSON's
"procedure" section (docs/policy-format.md); ``cases.advance(..., role=Role.VILLAGE)`` passes a
step's role.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
import enum
from typing import List, Optional, Sequence, Union

from . import errors
from ._lib import RgDate, Status, declare, lib
from .dates import from_rg_date, to_rg_date
from .types import Category

__all__ = ["Role", "DayUnit", "ProcedureLimit", "AnswerKind", "Department", "DayLimit",
           "LetterCounts", "procedure_limit", "limit_deadline", "add_working_days",
           "working_days_between", "step_role_allowed", "proposed_category", "issue_letter",
           "answer_letter", "letter_counts", "scan_letters", "overdue_letters"]

_P = ctypes.POINTER
_size = ctypes.c_size_t
_handle = ctypes.c_void_p
_text = ctypes.c_char_p


class Role(enum.IntEnum):
    """RG_ROLE_*: who does a case step."""
    UNSPECIFIED = 0  # no role (callers from before roles)
    VILLAGE = 1      # 村委会
    TOWNSHIP = 2     # 乡镇
    COUNTY = 3       # 县级
    DEPARTMENT = 4   # 部门


class DayUnit(enum.IntEnum):
    """RG_DAYS_*."""
    CALENDAR = 1  # 自然日
    WORKING = 2   # 工作日


class ProcedureLimit(enum.IntEnum):
    """RG_LIMIT_*."""
    IDENTIFY = 1  # identification, at most
    NOTICE = 2  # village notice, at least
    TOWNSHIP_TO_COUNTY = 3  # at most
    ELIMINATION_NOTICE = 4  # at least


class AnswerKind(enum.IntEnum):
    """RG_ANSWER_*: how a household of a warning letter was answered."""
    VERIFIED = 1     # 已核实
    RULED_OUT = 2    # 排除 (reason required)
    CASE_OPENED = 3  # 纳入


class Department(enum.IntEnum):
    """RG_DEPT_*."""
    MEDICAL_INSURANCE = 1
    EDUCATION = 2
    HOUSING = 3
    WATER = 4
    CIVIL_AFFAIRS = 5
    DISABILITY = 6
    EMERGENCY = 7
    HUMAN_RESOURCES = 8


class _Letter(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("department", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8 * 3), ("county", ctypes.c_uint64),
                ("issued", RgDate), ("deadline", RgDate), ("batch", _text), ("batch_len", _size),
                ("household_keys", _P(ctypes.c_int64)), ("household_count", _size)]


class _Counts(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("overdue", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8 * 3), ("letter_id", ctypes.c_int64),
                ("deadline", RgDate), ("reserved2", ctypes.c_int32)] + [
        (name, ctypes.c_uint64) for name in ("households", "verified", "ruled_out", "case_opened",
                                             "unanswered", "answered_late")]


declare("rg_policy_procedure_limit", Status, [_P(ctypes.c_int32), _P(ctypes.c_uint8),
                                              _P(ctypes.c_uint8), ctypes.c_char_p, _size,
                                              _P(_size), _handle, ctypes.c_int32])
declare("rg_policy_limit_deadline", Status, [_P(RgDate), _handle, ctypes.c_int32, RgDate])
declare("rg_policy_add_working_days", Status, [_P(RgDate), _handle, _text, _size, RgDate,
                                               ctypes.c_int32])
declare("rg_policy_working_days_between", Status, [_P(ctypes.c_int32), _handle, _text, _size,
                                                   RgDate, RgDate])
declare("rg_policy_step_role_allowed", Status, [_P(ctypes.c_uint8), _handle, ctypes.c_int32,
                                                ctypes.c_int32])
declare("rg_case_proposed_category", Status, [_P(ctypes.c_uint8), _handle, ctypes.c_int64])
declare("rg_warning_letter_init", None, [_P(_Letter)])
declare("rg_warning_letter_issue", Status, [_P(ctypes.c_int64), _handle, _P(_Letter)])
declare("rg_warning_letter_answer", Status, [_P(ctypes.c_int64), _handle, ctypes.c_int64,
                                             ctypes.c_int64, ctypes.c_int32, RgDate, _text, _size,
                                             _text, _size])
declare("rg_warning_letter_counts", Status, [_P(_Counts), _handle, ctypes.c_int64, RgDate])
declare("rg_warning_letters_scan", Status, [_P(_size), _handle, RgDate])
declare("rg_warning_letters_overdue", Status, [_P(ctypes.c_int64), _size, _P(_size), _handle])


def _b(text):
    return (text or "").encode("utf-8")


@dataclasses.dataclass(frozen=True)
class DayLimit:
    """A procedure limit: days in a unit; calendar names the working-day calendar."""
    days: int
    unit: DayUnit
    calendar: str = ""


@dataclasses.dataclass(frozen=True)
class LetterCounts:
    """Counts of one warning letter (one batch) on a date."""
    letter_id: int
    deadline: datetime.date
    households: int
    verified: int
    ruled_out: int
    case_opened: int
    unanswered: int
    answered_late: int
    overdue: bool


def procedure_limit(policy, limit: ProcedureLimit) -> Optional[DayLimit]:
    """The policy's limit of a kind; None for an optional limit it does not set."""
    days, unit, is_set, length = ctypes.c_int32(), ctypes.c_uint8(), ctypes.c_uint8(), _size()
    buf = ctypes.create_string_buffer(128)
    lib.rg_policy_procedure_limit(ctypes.byref(days), ctypes.byref(unit), ctypes.byref(is_set),
                                  buf, len(buf), ctypes.byref(length), policy.handle,
                                  ProcedureLimit(limit))
    if not is_set.value:
        return None
    return DayLimit(days.value, DayUnit(unit.value), buf.value.decode("utf-8"))


def limit_deadline(policy, limit: ProcedureLimit, start: datetime.date) -> datetime.date:
    """The last day a maximum limit allows, counted from start in the limit's unit."""
    out = RgDate()
    lib.rg_policy_limit_deadline(ctypes.byref(out), policy.handle, ProcedureLimit(limit),
                                 to_rg_date(start))
    return from_rg_date(out.value)


def add_working_days(policy, calendar: str, start: datetime.date, days: int) -> datetime.date:
    out, raw = RgDate(), _b(calendar)
    lib.rg_policy_add_working_days(ctypes.byref(out), policy.handle, raw, len(raw),
                                   to_rg_date(start), days)
    return from_rg_date(out.value)


def working_days_between(policy, calendar: str, first: datetime.date, last: datetime.date) -> int:
    """Working days in the closed range first..last."""
    out, raw = ctypes.c_int32(), _b(calendar)
    lib.rg_policy_working_days_between(ctypes.byref(out), policy.handle, raw, len(raw),
                                       to_rg_date(first), to_rg_date(last))
    return out.value


def step_role_allowed(policy, step: Union[str, int], role: Role) -> bool:
    """Whether the policy's role model lets ``role`` do ``step`` (an RG_STEP_* value or a
    ``cases.STEPS`` name)."""
    from .cases import STEPS
    code = STEPS[step] if isinstance(step, str) else int(step)  # type: ignore[index]
    out = ctypes.c_uint8()
    lib.rg_policy_step_role_allowed(ctypes.byref(out), policy.handle, code, int(role))
    return bool(out.value)


def proposed_category(store, case_id: int) -> Optional[Category]:
    """The category proposed at the case's verify / review step (None if none)."""
    out = ctypes.c_uint8()
    lib.rg_case_proposed_category(ctypes.byref(out), store.handle, case_id)
    return Category(out.value) if out.value else None


def issue_letter(store, batch: str, department: Department, county: int, issued: datetime.date,
                 deadline: datetime.date, household_keys: Sequence[int]) -> int:
    """Stores a warning letter (one batch with its feedback deadline); returns its id."""
    letter = _Letter()
    lib.rg_warning_letter_init(ctypes.byref(letter))
    raw = _b(batch)
    keys = (ctypes.c_int64 * len(household_keys))(*household_keys)
    letter.department = Department(department)
    letter.county = county
    letter.issued, letter.deadline = to_rg_date(issued), to_rg_date(deadline)
    letter.batch, letter.batch_len = raw, len(raw)
    letter.household_keys = ctypes.cast(keys, _P(ctypes.c_int64)) if len(household_keys) else None
    letter.household_count = len(household_keys)
    out = ctypes.c_int64()
    lib.rg_warning_letter_issue(ctypes.byref(out), store.handle, ctypes.byref(letter))
    return out.value


def answer_letter(store, letter_id: int, household_key: int, kind: AnswerKind,
                  date: datetime.date, actor: str, reason: str = "") -> Optional[int]:
    """Answers one household of a letter; returns the case id for CASE_OPENED, else None."""
    a, r = _b(actor), _b(reason)
    out = ctypes.c_int64()
    lib.rg_warning_letter_answer(ctypes.byref(out), store.handle, letter_id, household_key,
                                 AnswerKind(kind), to_rg_date(date), a, len(a), r, len(r))
    return out.value or None


def letter_counts(store, letter_id: int, as_of: datetime.date) -> LetterCounts:
    out = _Counts()
    out.struct_size = ctypes.sizeof(_Counts)
    lib.rg_warning_letter_counts(ctypes.byref(out), store.handle, letter_id, to_rg_date(as_of))
    return LetterCounts(out.letter_id, from_rg_date(out.deadline), out.households, out.verified,
                        out.ruled_out, out.case_opened, out.unanswered, out.answered_late,
                        bool(out.overdue))


def scan_letters(store, as_of: datetime.date) -> int:
    """Raises an alert for every letter overdue on as_of (once each); returns how many are new."""
    out = _size()
    lib.rg_warning_letters_scan(ctypes.byref(out), store.handle, to_rg_date(as_of))
    return out.value


def overdue_letters(store) -> List[int]:
    """Ids of the letters with a raised overdue alert."""
    count = _size()
    try:
        lib.rg_warning_letters_overdue(None, 0, ctypes.byref(count), store.handle)
        return []
    except errors.BufferTooSmall:
        pass  # count holds how many there are
    ids = (ctypes.c_int64 * count.value)()
    lib.rg_warning_letters_overdue(ids, len(ids), ctypes.byref(count), store.handle)
    return list(ids[:count.value])
