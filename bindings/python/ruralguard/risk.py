"""Risk assessment: policies, one-household assessment, the batch fast path, elimination checks.

Amounts are int units of 1/10000 yuan (see money.py); dates are datetime.date at this level and
int days since 1970-01-01 in batch columns. docs/risk-rules.md describes the rules.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
from array import array
from typing import Any, Dict, List, Mapping, Optional, Tuple

from . import errors
from ._lib import Money, RgDate, Status, declare, lib, read_text, utf8
from .dates import from_rg_date, to_rg_date
from .types import (Category, EliminationCondition, EliminationKind, HouseholdKind, Level, Record,
                    RiskType, deprecated_int, optional_member)

__all__ = ["Policy", "HouseholdFacts", "CaseFacts", "Assessment", "Reason", "EliminationCheck",
           "RunDiff", "HouseholdKind", "Category", "Level", "RiskType", "EliminationKind",
           "EliminationCondition", "assess", "explain", "assess_batch",
           "check_elimination", "save_policy", "load_policy", "record_run", "diff_runs",
           "RISK_TYPES", "MONEY_UNKNOWN", "DATE_NONE"]

_P = ctypes.POINTER
_size = ctypes.c_size_t
MONEY_UNKNOWN = -(2 ** 63)  # RG_MONEY_UNKNOWN
DATE_NONE = -(2 ** 31)      # RG_DATE_NONE
RISK_TYPES = ["illness", "disability", "education", "natural_disaster", "accident",
              "unstable_employment", "industry_failure", "lack_of_labour", "housing",
              "drinking_water", "high_rigid_expenditure", "income_drop", "other"]
CATEGORIES = {0: None, 1: "unstable_formerly_poor", 2: "marginal", 3: "sudden_severe"}
LEVELS = {0: None, 1: "blue", 2: "yellow", 3: "red"}
ELIMINATION_CONDITIONS = {1: "months_monitored", 2: "measures_implemented", 3: "income_stable",
                          4: "income_above_threshold", 5: "rigid_expenditure", 6: "guarantees",
                          7: "risks_gone", 8: "has_labour", 9: "not_too_soon", 10: "veto"}
_LANG = {"zh": 0, "zh-CN": 0, "en": 1}


class _Facts(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("kind", ctypes.c_uint8),
                ("guarantee_failures", ctypes.c_uint8), ("events", ctypes.c_uint16),
                ("region_code", ctypes.c_uint64), ("per_capita_income", Money),
                ("previous_per_capita_income", Money), ("net_income", Money),
                ("medical_out_of_pocket", Money), ("education_out_of_pocket", Money),
                ("income_period_end", RgDate), ("members", ctypes.c_int32),
                ("labour_capable", ctypes.c_int32), ("weak_labour", ctypes.c_int32),
                ("seriously_ill", ctypes.c_int32), ("chronically_ill", ctypes.c_int32),
                ("disabled", ctypes.c_int32), ("reserved", ctypes.c_int32)]


class _Reason(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint8), ("risk", ctypes.c_uint8), ("detail", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8), ("points", ctypes.c_int32), ("value", Money),
                ("limit", Money)]


class _Assessment(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("within_monitoring", ctypes.c_uint8),
                ("category", ctypes.c_uint8), ("level", ctypes.c_uint8),
                ("reason_count", ctypes.c_uint8), ("risk_mask", ctypes.c_uint32),
                ("score", ctypes.c_int32), ("next_visit", RgDate), ("reserved", ctypes.c_int32),
                ("threshold", Money), ("reasons", _Reason * 32)]


_COLUMN_SPECS = [  # name, C element type, array typecodes accepted, required
    ("region_code", ctypes.c_uint64, "QL", True),
    ("kind", ctypes.c_uint8, "B", True),
    ("per_capita_income", ctypes.c_int64, "ql", True),
    ("previous_per_capita_income", ctypes.c_int64, "ql", False),
    ("net_income", ctypes.c_int64, "ql", True),
    ("medical_out_of_pocket", ctypes.c_int64, "ql", False),
    ("education_out_of_pocket", ctypes.c_int64, "ql", False),
    ("income_period_end", ctypes.c_int32, "i", True),
    ("members", ctypes.c_int32, "i", True),
    ("labour_capable", ctypes.c_int32, "i", True),
    ("weak_labour", ctypes.c_int32, "i", False),
    ("seriously_ill", ctypes.c_int32, "i", False),
    ("chronically_ill", ctypes.c_int32, "i", False),
    ("disabled", ctypes.c_int32, "i", False),
    ("guarantee_failures", ctypes.c_uint8, "B", False),
    ("events", ctypes.c_uint16, "H", False),
]


class _Columns(ctypes.Structure):
    _fields_ = ([("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32),
                 ("count", _size)] + [(name, ctypes.c_void_p) for name, *_ in _COLUMN_SPECS])


_OUTPUT_SPECS = [("within_monitoring", "B"), ("category", "B"), ("risk_mask", "I"),
                 ("score", "i"), ("level", "B"), ("next_visit", "i"), ("status", "i")]


class _OutColumns(ctypes.Structure):
    _fields_ = ([("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32)] +
                [(name, ctypes.c_void_p) for name, _ in _OUTPUT_SPECS])


class _CaseFacts(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("identified", RgDate),
                ("measures_implemented", ctypes.c_int32), ("income_stable_since", RgDate),
                ("has_contact_person", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 3)]


class _EliminationResult(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("eligible", ctypes.c_uint8),
                ("kind", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 2),
                ("failed_conditions", ctypes.c_uint32), ("vetoes", ctypes.c_uint32)]


_PolicyHandle = ctypes.c_void_p
declare("rg_policy_default", Status, [_P(_PolicyHandle), ctypes.c_char_p, _size, ctypes.c_int32])
declare("rg_policy_from_json", Status, [_P(_PolicyHandle), ctypes.c_char_p, _size])
declare("rg_policy_to_json", Status, [ctypes.c_char_p, _size, _P(_size), _PolicyHandle])
declare("rg_policy_threshold", Status, [_P(Money), _PolicyHandle, ctypes.c_uint64])
declare("rg_policy_free", None, [_PolicyHandle])
declare("rg_household_facts_init", None, [_P(_Facts)])
declare("rg_risk_assess", Status, [_P(_Assessment), _P(_Facts), _PolicyHandle, RgDate])
declare("rg_risk_explain", Status, [ctypes.c_char_p, _size, _P(_size), _P(_Facts), _PolicyHandle,
                                    RgDate, ctypes.c_int32])
declare("rg_risk_assess_batch", Status, [_P(_size), _P(_OutColumns), _P(_Columns), _PolicyHandle,
                                         RgDate])
declare("rg_risk_check_elimination", Status,
        [_P(_EliminationResult), ctypes.c_char_p, _size, _P(_size), _P(_CaseFacts), _P(_Facts),
         _PolicyHandle, RgDate, ctypes.c_int32, ctypes.c_int32])


class Policy:
    """An immutable monitoring policy (thresholds, weights, cutoffs, visits, elimination rules)."""

    def __init__(self, handle):
        self._handle = handle

    @classmethod
    def default(cls, province="00", year=2021):
        handle = _PolicyHandle()
        raw = utf8(province, "province")
        lib.rg_policy_default(ctypes.byref(handle), raw, len(raw), year)
        return cls(handle)

    @classmethod
    def from_json(cls, text):
        handle = _PolicyHandle()
        raw = bytes(text) if isinstance(text, (bytes, bytearray)) else utf8(text, "policy JSON")
        lib.rg_policy_from_json(ctypes.byref(handle), raw, len(raw))
        return cls(handle)

    def to_json(self):
        return read_text(lambda buf, cap, ln: lib.rg_policy_to_json(buf, cap, ln, self.handle))

    def threshold(self, region_code=0):
        out = Money()
        lib.rg_policy_threshold(ctypes.byref(out), self.handle, region_code)
        return out.value

    @property
    def handle(self):
        if not self._handle:
            raise errors.StateError("policy is closed")
        return self._handle

    def close(self):
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            lib.rg_policy_free(handle)

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class HouseholdFacts:
    """One household as the rules see it (amounts in units, dates as datetime.date)."""

    _FIELDS = {f: 0 for f, _ in _Facts._fields_ if f not in ("struct_size", "reserved")}

    def __init__(self, **fields):
        unknown = set(fields) - set(self._FIELDS)
        if unknown:
            raise errors.InvalidArgument(f"unknown household fact(s): {sorted(unknown)}")
        self.__dict__.update(self._FIELDS)
        self.previous_per_capita_income = MONEY_UNKNOWN
        self.income_period_end = datetime.date(2021, 12, 31)
        self.members = 1
        self.kind = HouseholdKind.ORDINARY
        if "kind" in fields:
            fields["kind"] = deprecated_int(HouseholdKind, fields["kind"], "kind")
        self.__dict__.update(fields)

    def _c(self):
        c = _Facts()
        lib.rg_household_facts_init(ctypes.byref(c))
        for name in self._FIELDS:
            value = getattr(self, name)
            if value is None:
                raise errors.InvalidArgument(f"household fact {name!r} is None")
            if name == "income_period_end":
                value = to_rg_date(value)
            elif name == "kind":
                value = int(deprecated_int(HouseholdKind, value, "kind", stacklevel=4))
            elif isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"household fact {name!r} must be an int, got {type(value).__name__}")
            try:
                setattr(c, name, value)
            except (TypeError, OverflowError) as exc:
                raise errors.InvalidArgument(f"household fact {name!r}: {value!r} ({exc})") from None
            if getattr(c, name) != value:  # ctypes wraps silently: refuse values out of range
                raise errors.InvalidArgument(f"household fact {name!r}: {value} is out of range")
        return c


class CaseFacts:
    def __init__(self, identified, measures_implemented=0, income_stable_since=None,
                 has_contact_person=True):
        self.identified = identified
        self.measures_implemented = measures_implemented
        self.income_stable_since = income_stable_since
        self.has_contact_person = has_contact_person

    def _c(self):
        c = _CaseFacts()
        c.struct_size = ctypes.sizeof(_CaseFacts)
        c.identified = to_rg_date(self.identified)
        c.measures_implemented = self.measures_implemented
        c.income_stable_since = (DATE_NONE if self.income_stable_since is None
                                 else to_rg_date(self.income_stable_since))
        c.has_contact_person = 1 if self.has_contact_person else 0
        return c


@dataclasses.dataclass(frozen=True, eq=False)
class Reason(Record):
    """One line of an assessment's explanation (rg_reason): points and the value against its limit."""

    code: int
    risk: Optional[RiskType]
    detail: int
    points: int
    value: int  # rg_money units or a count, as the code says (docs/risk-rules.md)
    limit: int

    def _legacy(self):
        return {"code": self.code, "risk": None if self.risk is None else self.risk.name.lower(),
                "detail": self.detail, "points": self.points, "value": self.value, "limit": self.limit}


@dataclasses.dataclass(frozen=True, eq=False)
class Assessment(Record):
    """The decision of rg_risk_assess for one household."""

    within_monitoring: bool
    category: Optional[Category]
    risks: List[RiskType]
    score: int
    level: Optional[Level]
    next_visit: Optional[datetime.date]
    threshold: int  # the income threshold applied, rg_money units
    reasons: List[Reason]

    def _legacy(self):
        return {"within_monitoring": self.within_monitoring,
                "category": CATEGORIES[int(self.category or 0)],
                "risks": [r.name.lower() for r in self.risks], "score": self.score,
                "level": LEVELS[int(self.level or 0)], "next_visit": self.next_visit,
                "threshold": self.threshold, "reasons": [r._legacy() for r in self.reasons]}


def _check_policy(policy):
    if policy is None:
        raise errors.InvalidArgument("policy is None: expected a ruralguard.risk.Policy")
    return policy.handle


def _check_facts(facts):
    if not isinstance(facts, HouseholdFacts):
        raise TypeError(f"expected HouseholdFacts, got {type(facts).__name__}")
    return facts._c()


def assess(facts: HouseholdFacts, policy: Policy, as_of: datetime.date) -> Assessment:
    """Assesses one household: the decision, score, level and reasons."""
    out = _Assessment()
    out.struct_size = ctypes.sizeof(_Assessment)
    c = _check_facts(facts)
    lib.rg_risk_assess(ctypes.byref(out), ctypes.byref(c), _check_policy(policy), to_rg_date(as_of))
    return Assessment(
        within_monitoring=bool(out.within_monitoring),
        category=optional_member(Category, out.category),
        risks=RiskType.from_mask(out.risk_mask),
        score=out.score,
        level=optional_member(Level, out.level),
        next_visit=None if out.next_visit == DATE_NONE else from_rg_date(out.next_visit),
        threshold=out.threshold,
        reasons=[Reason(r.code, RiskType(r.risk) if r.code == 3 else None, r.detail, r.points,
                        r.value, r.limit) for r in out.reasons[:out.reason_count]])


def explain(facts: HouseholdFacts, policy: Policy, as_of: datetime.date, language: str = "en") -> str:
    """The explanation text in "en" or "zh" (zh-CN)."""
    c = _check_facts(facts)
    _check_policy(policy)
    if language not in _LANG:
        raise errors.InvalidArgument(f"language must be one of {sorted(_LANG)}, got {language!r}")
    lang = _LANG[language]
    return read_text(lambda buf, cap, ln: lib.rg_risk_explain(
        buf, cap, ln, ctypes.byref(c), policy.handle, to_rg_date(as_of), lang))


def _column_pointer(name, obj, ctype, typecodes, count, keep):
    try:
        view = memoryview(obj)
    except TypeError:
        raise TypeError(f"column {name!r}: expected a buffer such as array({typecodes[0]!r}), "
                        f"got {type(obj).__name__}") from None
    if view.ndim != 1 or view.itemsize != ctypes.sizeof(ctype) or (
            view.format not in typecodes and view.format.lstrip("@=<") not in typecodes):
        raise errors.InvalidArgument(
            f"column {name!r}: expected a 1-D buffer of {ctypes.sizeof(ctype)}-byte items "
            f"(array typecode {' or '.join(typecodes)}), got format {view.format!r}")
    if len(view) != count:
        raise errors.InvalidArgument(f"column {name!r} has {len(view)} rows, region_code has {count}")
    if view.readonly:
        obj = array(typecodes[0], view)  # a copy: ctypes needs a writable buffer to take its address
        view = memoryview(obj)
    keep.append(obj)
    return ctypes.addressof(ctypes.c_char.from_buffer(view)) if count else None


def assess_batch(columns: Mapping[str, Any], policy: Policy, as_of: datetime.date,
                 outputs: Tuple[str, ...] = ("within_monitoring", "category", "risk_mask",
                                             "score", "level", "next_visit", "status"),
                 ) -> Tuple[Dict[str, array], int]:
    """Assesses every row of `columns` (a mapping name -> array/buffer) in one C call.

    Returns (outputs dict name -> array, number of rows that failed). Buffers are used in place
    (no copy) when they are writable with the right item type, e.g. array('q') for amounts.
    """
    if columns is None:
        raise errors.InvalidArgument("columns is None: expected a mapping of column name -> array")
    _check_policy(policy)
    unknown = set(columns) - {name for name, *_ in _COLUMN_SPECS}
    if unknown:
        raise errors.InvalidArgument(f"unknown column(s): {sorted(unknown)}")
    if "region_code" not in columns:
        raise errors.InvalidArgument("column 'region_code' is required")
    if columns["region_code"] is None:
        raise errors.InvalidArgument("column 'region_code' is None")
    try:
        count = len(memoryview(columns["region_code"]))
    except TypeError:
        raise TypeError("column 'region_code': expected a buffer such as array('Q'), got "
                        f"{type(columns['region_code']).__name__}") from None
    keep: List[Any] = []
    cin = _Columns()
    cin.struct_size = ctypes.sizeof(_Columns)
    cin.count = count
    for name, ctype, typecodes, required in _COLUMN_SPECS:
        if name in columns and columns[name] is not None:
            setattr(cin, name, _column_pointer(name, columns[name], ctype, typecodes, count, keep))
        elif required:
            raise errors.InvalidArgument(f"column {name!r} is required")
    cout = _OutColumns()
    cout.struct_size = ctypes.sizeof(_OutColumns)
    results = {}
    for name, typecode in _OUTPUT_SPECS:
        if name in outputs:
            arr = array(typecode, bytes(count * array(typecode).itemsize))
            results[name] = arr
            if count:
                setattr(cout, name, arr.buffer_info()[0])
    failed = _size()
    lib.rg_risk_assess_batch(ctypes.byref(failed), ctypes.byref(cout), ctypes.byref(cin),
                             policy.handle, to_rg_date(as_of))
    del keep
    return results, failed.value


@dataclasses.dataclass(frozen=True, eq=False)
class EliminationCheck(Record):
    """The elimination gate's answer (rg_risk_check_elimination) and its report text."""

    eligible: bool
    kind: EliminationKind
    failed: List[EliminationCondition]
    vetoes: int
    report: str

    def _legacy(self):
        return {"eligible": self.eligible, "kind": self.kind.name.lower(),
                "failed": [c.name.lower() for c in self.failed], "vetoes": self.vetoes,
                "report": self.report}


def check_elimination(case: CaseFacts, facts: HouseholdFacts, policy: Policy, as_of: datetime.date,
                      kind: EliminationKind = EliminationKind.AIDED,
                      language: str = "en") -> EliminationCheck:
    """Checks the elimination gate: eligible, the failed conditions and the report text.
    `kind` is an EliminationKind (or its name, "aided" / "natural")."""
    out = _EliminationResult()
    out.struct_size = ctypes.sizeof(_EliminationResult)
    if not isinstance(case, CaseFacts):
        raise TypeError(f"expected CaseFacts, got {type(case).__name__}")
    c_case = case._c()
    c_facts = _check_facts(facts)
    handle = _check_policy(policy)
    kind_value = deprecated_int(EliminationKind, kind, "kind")
    if language not in _LANG:
        raise errors.InvalidArgument(f"language must be one of {sorted(_LANG)}, got {language!r}")
    lang = _LANG[language]
    report = read_text(lambda buf, cap, ln: lib.rg_risk_check_elimination(
        ctypes.byref(out), buf, cap, ln, ctypes.byref(c_case), ctypes.byref(c_facts),
        handle, to_rg_date(as_of), int(kind_value), lang))
    return EliminationCheck(bool(out.eligible), kind_value,
                            [c for c in EliminationCondition if out.failed_conditions >> c & 1],
                            out.vetoes, report)


# --- Stored policies and assessment runs --------------------------------------------------------

_DiffHandle = ctypes.c_void_p
declare("rg_store_save_policy", Status, [ctypes.c_void_p, _PolicyHandle])
declare("rg_store_load_policy", Status, [_P(_PolicyHandle), ctypes.c_void_p, ctypes.c_char_p, _size,
                                         ctypes.c_int32])
declare("rg_risk_run_record", Status, [_P(ctypes.c_int64), ctypes.c_void_p, _PolicyHandle, RgDate,
                                       ctypes.c_void_p, _size, _P(_OutColumns), ctypes.c_char_p,
                                       _size])
declare("rg_risk_run_diff", Status, [_P(_DiffHandle), ctypes.c_void_p, ctypes.c_int64,
                                     ctypes.c_int64])
declare("rg_run_diff_counts", Status, [_P(_size), _P(_size), _P(_size), _DiffHandle])
declare("rg_run_diff_copy", Status, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                                     ctypes.c_void_p, ctypes.c_void_p, _DiffHandle])
declare("rg_run_diff_free", None, [_DiffHandle])


def save_policy(store, policy):
    """Stores the policy under its (id, version); Conflict if that version holds other content."""
    lib.rg_store_save_policy(store.handle, policy.handle)


def load_policy(store, policy_id, version=0):
    """Loads a stored policy (version 0 = the highest stored)."""
    handle = _PolicyHandle()
    raw = policy_id.encode("utf-8")
    lib.rg_store_load_policy(ctypes.byref(handle), store.handle, raw, len(raw), version)
    return Policy(handle)


def record_run(store, policy, as_of, household_keys, results, label=""):
    """Stores the outputs of assess_batch (all columns) for household_keys; returns the run id."""
    keys = household_keys if isinstance(household_keys, array) else array("Q", household_keys)
    count = len(keys)
    cout = _OutColumns()
    cout.struct_size = ctypes.sizeof(_OutColumns)
    for name, typecode in _OUTPUT_SPECS:
        column = results.get(name)
        if column is None:
            continue
        if len(column) != count:
            raise errors.InvalidArgument(f"results column {name!r} has {len(column)} rows, "
                                         f"household_keys has {count}")
        if count:
            setattr(cout, name, column.buffer_info()[0])
    run_id = ctypes.c_int64()
    raw = label.encode("utf-8")
    lib.rg_risk_run_record(ctypes.byref(run_id), store.handle, policy.handle, to_rg_date(as_of),
                           keys.buffer_info()[0] if count else None, count, ctypes.byref(cout),
                           raw, len(raw))
    return run_id.value


@dataclasses.dataclass(frozen=True, eq=False)
class RunDiff(Record):
    """Households that entered or left the monitoring range between two runs, and level changes
    (key, level before, level after; None = not monitored)."""

    entered: List[int]
    left: List[int]
    level_changed: List[Tuple[int, Optional[Level], Optional[Level]]]

    def _legacy(self):
        name = lambda level: None if level is None else level.name.lower()  # noqa: E731
        return {"entered": self.entered, "left": self.left,
                "level_changed": [(k, name(a), name(b)) for k, a, b in self.level_changed]}


def diff_runs(store, earlier: int, later: int) -> RunDiff:
    """Compares two recorded runs (rg_risk_run_diff)."""
    handle = _DiffHandle()
    lib.rg_risk_run_diff(ctypes.byref(handle), store.handle, earlier, later)
    try:
        n_in, n_out, n_changed = _size(), _size(), _size()
        lib.rg_run_diff_counts(ctypes.byref(n_in), ctypes.byref(n_out), ctypes.byref(n_changed),
                               handle)
        entered = array("Q", bytes(8 * n_in.value))
        left = array("Q", bytes(8 * n_out.value))
        changed = array("Q", bytes(8 * n_changed.value))
        level_from = array("B", bytes(n_changed.value))
        level_to = array("B", bytes(n_changed.value))
        ptr = lambda a: a.buffer_info()[0] if len(a) else None  # noqa: E731
        lib.rg_run_diff_copy(ptr(entered), ptr(left), ptr(changed), ptr(level_from), ptr(level_to),
                             handle)
        return RunDiff(list(entered), list(left),
                       [(k, optional_member(Level, a), optional_member(Level, b))
                        for k, a, b in zip(changed, level_from, level_to)])
    finally:
        lib.rg_run_diff_free(handle)
