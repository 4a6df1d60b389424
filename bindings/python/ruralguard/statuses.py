"""Statuses that overlap and events that count (issue 16; docs/monitoring.md "Statuses and events").

Memberships (monitored, 低保, 特困, 低保边缘, 刚性支出困难, other low income) that a household or
one of its members holds at once, each with its authority, start, end and evidence; the permanent
registered-poor history (建档立卡 / 脱贫 years); the 2026 assistance exit with its assessment; and
dated household events (disaster, accident, serious illness, job loss, ...) that the store-path
assessment and the elimination gate read for the 12 months before the as-of date.

Wraps the rg_memberships_* / rg_registered_poor_* / rg_assistance_exit_* / rg_household_events_*
functions of the C ABI. Dates are datetime.date.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
import enum
import os
from typing import Dict, List, Optional

from . import errors
from . import errors as errors_module
from ._lib import RgDate, Status, declare, lib
from .dates import from_rg_date, to_rg_date
from .households import CsvError, _CsvErrorFn, _CsvOptions, _CsvResult
from .risk import DATE_NONE
from .types import Record

__all__ = ["MembershipKind", "HouseholdEventKind", "Channel", "Membership", "RegisteredPoorHistory",
           "AssistanceExit", "HouseholdEvent", "record_membership", "end_membership", "memberships",
           "set_registered_poor", "registered_poor", "record_assistance_exit", "assistance_exit",
           "record_event", "events", "event_bit", "import_csv", "export_csv", "StatusImportResult",
           "import_history_csv", "export_history_csv", "STATUS_TEXT_MAX"]

_P = ctypes.POINTER
_size = ctypes.c_size_t
_handle = ctypes.c_void_p
_ID_MAX = 64
STATUS_TEXT_MAX = 256  # RG_STATUS_TEXT_MAX


class MembershipKind(enum.IntEnum):
    """RG_MEMBERSHIP_*"""

    MONITORED = 1          # 防止返贫致贫对象
    DIBAO = 2              # 低保
    TEKUN = 3              # 特困
    DIBAO_EDGE = 4         # 低保边缘
    RIGID_EXPENDITURE = 5  # 刚性支出困难
    OTHER_LOW_INCOME = 6   # 其他困难人员


class HouseholdEventKind(enum.IntEnum):
    """RG_EVENT_KIND_*: kind k sets the RG_EVENT_* bit 1 << (k - 1) (see event_bit)."""

    NATURAL_DISASTER = 1    # 自然灾害
    ACCIDENT = 2            # 意外事故
    INDUSTRY_FAILURE = 3    # 产业项目失败
    JOB_LOSS = 4            # 失业/务工就业不稳
    SEVERE_DIFFICULTY = 5   # the cadre's judgement: basic living severely difficult
    OTHER = 6
    SERIOUS_ILLNESS = 7     # 重大疾病确诊
    SUDDEN_EXPENDITURE = 8  # 突发大额支出


class Channel(enum.IntEnum):
    """RG_CHANNEL_*: how an event became known (its source)."""

    SELF_DECLARED = 1
    HOTLINE_12317 = 2
    PHONE_APP = 3
    CADRE_VISIT = 4
    DEPARTMENT_DATA = 5
    PLATFORM_ANALYSIS = 6
    SUPERVISION = 7


def event_bit(kind: HouseholdEventKind) -> int:
    """The RG_EVENT_* bit (risk facts, table view ``events``) of an event kind."""
    return 1 << (int(HouseholdEventKind(kind)) - 1)


def _id_field():
    return ctypes.c_char * (_ID_MAX + 1)


def _text_field():
    return ctypes.c_char * (STATUS_TEXT_MAX + 1)


class _Membership(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("kind", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8 * 3), ("membership_id", ctypes.c_int64),
                ("start", RgDate), ("end", RgDate), ("household_id", _id_field()),
                ("person_id", _id_field()), ("authority", _text_field()),
                ("evidence", _text_field())]


class _RegisteredPoor(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("registered_year", ctypes.c_int32),
                ("exit_year", ctypes.c_int32), ("reserved", ctypes.c_int32),
                ("household_id", _id_field()), ("source", _text_field())]


class _AssistanceExit(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("date", RgDate), ("assessment_date", RgDate),
                ("reserved", ctypes.c_int32), ("household_id", _id_field()),
                ("assessment", _text_field()), ("authority", _text_field()),
                ("evidence", _text_field())]


class _Event(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("kind", ctypes.c_uint8),
                ("source", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 2), ("date", RgDate),
                ("recorded", RgDate), ("event_id", ctypes.c_int64), ("clue_id", ctypes.c_int64),
                ("household_id", _id_field()), ("evidence", _text_field())]


declare("rg_membership_init", None, [_P(_Membership)])
declare("rg_memberships_record", Status, [_P(ctypes.c_int64), _handle, _P(_Membership)])
declare("rg_memberships_end", Status, [_handle, ctypes.c_int64, RgDate])
declare("rg_memberships_list", Status, [_P(_Membership), _size, _P(_size), _handle,
                                        ctypes.c_char_p, _size])
declare("rg_registered_poor_init", None, [_P(_RegisteredPoor)])
declare("rg_registered_poor_set", Status, [_handle, _P(_RegisteredPoor)])
declare("rg_registered_poor_get", Status, [_P(_RegisteredPoor), _handle, ctypes.c_char_p, _size])
declare("rg_assistance_exit_init", None, [_P(_AssistanceExit)])
declare("rg_assistance_exit_record", Status, [_handle, _P(_AssistanceExit)])
declare("rg_assistance_exit_get", Status, [_P(_AssistanceExit), _handle, ctypes.c_char_p, _size])
declare("rg_household_event_init", None, [_P(_Event)])
declare("rg_household_events_record", Status, [_P(ctypes.c_int64), _handle, _P(_Event)])
_import_csv = declare("rg_statuses_import_csv", Status, [_P(_CsvResult), _handle, ctypes.c_char_p, _size,
                                                      ctypes.c_char_p, _size, _P(_CsvOptions)])
declare("rg_statuses_export_csv", Status, [_handle, ctypes.c_char_p, _size, ctypes.c_char_p, _size])
declare("rg_household_events_list", Status, [_P(_Event), _size, _P(_size), _handle,
                                             ctypes.c_char_p, _size, RgDate, RgDate])
_import_history_csv = declare("rg_status_history_import_csv", Status,
                              [_P(_CsvResult), _handle, ctypes.c_char_p, _size, ctypes.c_char_p, _size,
                               _P(_CsvOptions)])
declare("rg_status_history_export_csv", Status, [_handle, ctypes.c_char_p, _size, ctypes.c_char_p, _size])


def _put(record, field, text, limit, what):
    raw = (text or "").encode("utf-8")
    if len(raw) > limit:
        raise errors.LimitExceeded(f"{what} of {len(raw)} bytes exceeds {limit}")
    setattr(record, field, raw)


def _get(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace") if raw else ""


def _key(household_id: str):
    raw = household_id.encode("utf-8")
    return raw, len(raw)


@dataclasses.dataclass(frozen=True)
class Membership(Record):
    """One membership: kind, identifying authority, span (end None while open), evidence."""

    household_id: str
    kind: MembershipKind
    authority: str
    start: datetime.date
    end: Optional[datetime.date] = None
    evidence: str = ""
    person_id: str = ""       # "" = the whole household
    membership_id: int = 0    # set by the store


@dataclasses.dataclass(frozen=True)
class RegisteredPoorHistory(Record):
    """The permanent 建档立卡 history: registered year, exit (脱贫) year or None, source."""

    household_id: str
    registered_year: int
    exit_year: Optional[int]
    source: str


@dataclasses.dataclass(frozen=True)
class AssistanceExit(Record):
    """A former registered household's exit from assistance (2026 on) with its assessment."""

    household_id: str
    date: datetime.date
    assessment_date: datetime.date
    assessment: str
    authority: str
    evidence: str = ""


@dataclasses.dataclass(frozen=True)
class HouseholdEvent(Record):
    """A dated household event with its source and evidence (recorded: when it was recorded)."""

    household_id: str
    kind: HouseholdEventKind
    date: datetime.date
    recorded: datetime.date
    source: Channel = Channel.CADRE_VISIT
    evidence: str = ""
    event_id: int = 0               # set by the store
    clue_id: Optional[int] = None   # the department clue that created it


def record_membership(store, membership: Membership) -> int:
    """Stores a membership; returns its id. InvalidArgument (no authority, unknown kind),
    RangeError (end before start), NotFound (household or person), Exists (same kind overlaps)."""
    c = _Membership()
    lib.rg_membership_init(ctypes.byref(c))
    c.kind = int(membership.kind)
    c.start = to_rg_date(membership.start)
    c.end = DATE_NONE if membership.end is None else to_rg_date(membership.end)
    _put(c, "household_id", membership.household_id, _ID_MAX, "household_id")
    _put(c, "person_id", membership.person_id, _ID_MAX, "person_id")
    _put(c, "authority", membership.authority, STATUS_TEXT_MAX, "authority")
    _put(c, "evidence", membership.evidence, STATUS_TEXT_MAX, "evidence")
    out = ctypes.c_int64()
    lib.rg_memberships_record(ctypes.byref(out), store.handle, ctypes.byref(c))
    return out.value


def end_membership(store, membership_id: int, end: datetime.date) -> None:
    """Ends an open membership (inclusive last day); StateError when it has ended already."""
    lib.rg_memberships_end(store.handle, membership_id, to_rg_date(end))


def _list(function, row_type, store, household_id, *extra):
    raw, n = _key(household_id)
    count = _size()
    try:  # sizing call: *out_count is set also on BufferTooSmall
        function(None, 0, ctypes.byref(count), store.handle, raw, n, *extra)
    except errors.BufferTooSmall:
        pass
    rows = (row_type * count.value)()
    for r in rows:
        r.struct_size = ctypes.sizeof(row_type)
    if count.value:
        function(rows, count.value, ctypes.byref(count), store.handle, raw, n, *extra)
    return rows


def memberships(store, household_id: str) -> List[Membership]:
    """Every membership of the household, ended ones too (by start, then id)."""
    return [Membership(household_id=_get(r.household_id), kind=MembershipKind(r.kind),
                       authority=_get(r.authority), start=from_rg_date(r.start),
                       end=None if r.end == DATE_NONE else from_rg_date(r.end),
                       evidence=_get(r.evidence), person_id=_get(r.person_id),
                       membership_id=r.membership_id)
            for r in _list(lib.rg_memberships_list, _Membership, store, household_id)]


def set_registered_poor(store, history: RegisteredPoorHistory) -> None:
    """Writes the permanent registered-poor history; Refused when it would change it."""
    c = _RegisteredPoor()
    lib.rg_registered_poor_init(ctypes.byref(c))
    c.registered_year = history.registered_year
    c.exit_year = history.exit_year or 0
    _put(c, "household_id", history.household_id, _ID_MAX, "household_id")
    _put(c, "source", history.source, STATUS_TEXT_MAX, "source")
    lib.rg_registered_poor_set(store.handle, ctypes.byref(c))


def registered_poor(store, household_id: str) -> Optional[RegisteredPoorHistory]:
    """The household's registered-poor history, or None when it was never registered poor."""
    c = _RegisteredPoor()
    c.struct_size = ctypes.sizeof(_RegisteredPoor)
    raw, n = _key(household_id)
    try:
        lib.rg_registered_poor_get(ctypes.byref(c), store.handle, raw, n)
    except errors.NotFound:
        if not _household_exists(store, household_id):
            raise
        return None
    return RegisteredPoorHistory(_get(c.household_id), c.registered_year, c.exit_year or None,
                                 _get(c.source))


def _household_exists(store, household_id: str) -> bool:
    try:
        memberships(store, household_id)
    except errors.NotFound:
        return False
    return True


def record_assistance_exit(store, exit: AssistanceExit) -> None:
    """Records a 2026 assistance exit. RangeError before 2026-01-01, Refused for a household
    that was never registered poor, Exists for a second exit."""
    c = _AssistanceExit()
    lib.rg_assistance_exit_init(ctypes.byref(c))
    c.date = to_rg_date(exit.date)
    c.assessment_date = to_rg_date(exit.assessment_date)
    _put(c, "household_id", exit.household_id, _ID_MAX, "household_id")
    _put(c, "assessment", exit.assessment, STATUS_TEXT_MAX, "assessment")
    _put(c, "authority", exit.authority, STATUS_TEXT_MAX, "authority")
    _put(c, "evidence", exit.evidence, STATUS_TEXT_MAX, "evidence")
    lib.rg_assistance_exit_record(store.handle, ctypes.byref(c))


def assistance_exit(store, household_id: str) -> Optional[AssistanceExit]:
    """The household's assistance exit, or None."""
    c = _AssistanceExit()
    c.struct_size = ctypes.sizeof(_AssistanceExit)
    raw, n = _key(household_id)
    try:
        lib.rg_assistance_exit_get(ctypes.byref(c), store.handle, raw, n)
    except errors.NotFound:
        if not _household_exists(store, household_id):
            raise
        return None
    return AssistanceExit(_get(c.household_id), from_rg_date(c.date), from_rg_date(c.assessment_date),
                          _get(c.assessment), _get(c.authority), _get(c.evidence))


def record_event(store, event: HouseholdEvent) -> int:
    """Stores a household event; returns its id. InvalidArgument (unknown kind or source),
    RangeError (dated after its recording date), NotFound (household)."""
    c = _Event()
    lib.rg_household_event_init(ctypes.byref(c))
    c.kind = int(event.kind)
    c.source = int(event.source)
    c.date = to_rg_date(event.date)
    c.recorded = to_rg_date(event.recorded)
    _put(c, "household_id", event.household_id, _ID_MAX, "household_id")
    _put(c, "evidence", event.evidence, STATUS_TEXT_MAX, "evidence")
    out = ctypes.c_int64()
    lib.rg_household_events_record(ctypes.byref(out), store.handle, ctypes.byref(c))
    return out.value


def events(store, household_id: str, first: datetime.date, last: datetime.date) -> List[HouseholdEvent]:
    """The household's events dated in [first, last], by date then id."""
    return [HouseholdEvent(household_id=_get(r.household_id), kind=HouseholdEventKind(r.kind),
                           date=from_rg_date(r.date), recorded=from_rg_date(r.recorded),
                           source=Channel(r.source), evidence=_get(r.evidence),
                           event_id=r.event_id, clue_id=r.clue_id or None)
            for r in _list(lib.rg_household_events_list, _Event, store, household_id,
                           to_rg_date(first), to_rg_date(last))]


@dataclasses.dataclass(frozen=True)
class StatusImportResult(Record):
    """What import_csv / import_history_csv did: counts per file ("memberships", "events" or
    "registered_poor", "assistance_exits") and every CsvError."""

    committed: bool
    rows: Dict[str, int]
    imported: Dict[str, int]
    rejected: Dict[str, int]
    errors_total: int
    errors: List[CsvError]


def _path(path):
    raw = os.fsencode(path) if path is not None else None
    return raw, (len(raw) if raw is not None else 0)


def _import(function, names, store, first, second, commit_valid_rows) -> StatusImportResult:
    a, a_len = _path(first)
    b, b_len = _path(second)
    options = _CsvOptions()
    lib.rg_csv_import_options_init(ctypes.byref(options))
    options.mode = 1 if commit_valid_rows else 0
    errors: List[CsvError] = []

    def on_error(_context, err):
        x = err.contents
        errors.append(CsvError(_get(x.file), x.line, x.column, _get(x.column_name), _get(x.rule), _get(x.message)))

    callback = _CsvErrorFn(on_error)
    options.on_error = callback
    result = _CsvResult(struct_size=ctypes.sizeof(_CsvResult))
    try:
        function(ctypes.byref(result), store.handle, a, a_len, b, b_len, ctypes.byref(options))
    except errors_module.ParseError:
        if result.committed or not errors:
            raise  # not a rolled-back file
    return StatusImportResult(bool(result.committed), dict(zip(names, result.rows)),
                              dict(zip(names, result.imported)), dict(zip(names, result.rejected)),
                              result.errors_total, errors)


def import_csv(store, memberships=None, events=None, commit_valid_rows: bool = False) -> StatusImportResult:
    """Imports memberships.csv and events.csv in one transaction (docs/csv-format.md). A file
    rejected in all-or-nothing mode is not an exception: ``committed`` is False and ``errors``
    lists every CsvError (file, line, column). Other failures (missing file, busy) raise."""
    return _import(_import_csv, ("memberships", "events"), store, memberships, events, commit_valid_rows)


def import_history_csv(store, registered_poor=None, assistance_exits=None,
                       commit_valid_rows: bool = False) -> StatusImportResult:
    """Imports registered_poor.csv and assistance_exits.csv in one transaction, each row checked as
    set_registered_poor and record_assistance_exit check it (docs/csv-format.md). The history is
    permanent: an identical row is no change, a contradicting one is an error naming the
    household. Counts are keyed "registered_poor" and "assistance_exits"; errors as import_csv."""
    return _import(_import_history_csv, ("registered_poor", "assistance_exits"), store, registered_poor,
                   assistance_exits, commit_valid_rows)


def export_csv(store, memberships=None, events=None) -> None:
    """Writes every membership and event in the import format (English headers)."""
    m, m_len = _path(memberships)
    e, e_len = _path(events)
    lib.rg_statuses_export_csv(store.handle, m, m_len, e, e_len)


def export_history_csv(store, registered_poor=None, assistance_exits=None) -> None:
    """Writes every registered-poor history and assistance exit in the import format."""
    h, h_len = _path(registered_poor)
    x, x_len = _path(assistance_exits)
    lib.rg_status_history_export_csv(store.handle, h, h_len, x, x_len)
