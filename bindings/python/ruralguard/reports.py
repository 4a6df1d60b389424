"""Region summaries, indicator scores and the quarterly report (docs/reports.md).

A :class:`SummarySet` holds one mergeable summary of exact sums per region. Build it from a store,
from household columns (``array`` buffers: one call whatever the number of households), or from
the raw-sum JSON another process wrote; merge sets of disjoint records, roll them up to township,
county, city or province, and render the report as JSON (``report_dict``), CSV, HTML or text.
Money figures are int units of 1/10000 yuan, as everywhere in ruralguard.
"""

from __future__ import annotations

import ctypes
import datetime
import json
from array import array
from typing import Union

from . import errors
from .types import ReportFormat, deprecated_int
from ._lib import Money, RgDate, Status, declare, read_text
from .dates import to_rg_date

__all__ = ["SummarySet", "RegionFigures", "ReportFormat", "default_indicators", "REPORT_JSON", "REPORT_CSV", "REPORT_CSV_EN",
           "REPORT_CSV_ZH", "REPORT_HTML", "REPORT_TEXT", "REPORT_SCORES_CSV", "SUMMARY_HOUSEHOLDS_MAX"]

# The pre-0.2 constants, now ReportFormat members (IntEnum: they still compare equal to 1..7).
REPORT_JSON, REPORT_CSV, REPORT_CSV_EN = ReportFormat.JSON, ReportFormat.CSV, ReportFormat.CSV_EN
REPORT_CSV_ZH, REPORT_HTML, REPORT_TEXT = ReportFormat.CSV_ZH, ReportFormat.HTML, ReportFormat.TEXT
REPORT_SCORES_CSV = ReportFormat.SCORES_CSV
SUMMARY_HOUSEHOLDS_MAX = 100_000_000  # RG_SUMMARY_HOUSEHOLDS_MAX
_LEVELS = {"province": 1, "city": 2, "county": 3, "township": 4, "village": 5}

_P = ctypes.POINTER
_size = ctypes.c_size_t
_vp = ctypes.c_void_p


class _SummaryHandle(ctypes.c_void_p):
    """rg_summary*"""


class _Households(ctypes.Structure):
    """rg_summary_households."""

    _fields_ = [("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32), ("count", _size),
                ("region", _vp), ("kind", _vp), ("members", _vp), ("per_capita_income", _vp),
                ("previous_per_capita_income", _vp), ("within_monitoring", _vp), ("category", _vp),
                ("level", _vp)]


class RegionFigures(ctypes.Structure):
    """rg_region_figures: key figures of one region summary (money in 1/10000 yuan)."""

    _fields_ = [("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32), ("region", ctypes.c_uint64),
                ("households_by_type", ctypes.c_int64 * 4), ("people_by_type", ctypes.c_int64 * 4),
                ("assessed", ctypes.c_int64), ("monitored", ctypes.c_int64),
                ("monitored_by_level", ctypes.c_int64 * 4), ("cases_under_monitoring", ctypes.c_int64),
                ("cases_with_measure", ctypes.c_int64), ("cases_eliminated", ctypes.c_int64),
                ("fp_people_with_income", ctypes.c_int64), ("fp_income_people_sum", Money),
                ("allocated", Money * 4), ("disbursed", Money * 4), ("industry_disbursed", Money),
                ("projects", ctypes.c_int64), ("projects_completed", ctypes.c_int64)]


_from_store = declare("rg_summary_from_store", Status, [_P(_SummaryHandle), _vp, RgDate, ctypes.c_char_p, _size])
_households_init = declare("rg_summary_households_init", None, [_P(_Households)])
_from_households = declare("rg_summary_from_households", Status, [_P(_SummaryHandle), _P(_Households)])
_from_json = declare("rg_summary_from_json", Status, [_P(_SummaryHandle), ctypes.c_char_p, _size])
_to_json = declare("rg_summary_to_json", Status, [ctypes.c_char_p, _size, _P(_size), _SummaryHandle])
_merge = declare("rg_summary_merge", Status, [_SummaryHandle, _SummaryHandle])
_roll_up = declare("rg_summary_roll_up", Status, [_P(_SummaryHandle), _SummaryHandle, ctypes.c_int32])
_count = declare("rg_summary_count", Status, [_P(_size), _SummaryHandle])
_figures = declare("rg_summary_figures", Status, [_P(RegionFigures), _SummaryHandle, _size])
_free = declare("rg_summary_free", None, [_SummaryHandle])
_indicators_default = declare("rg_indicators_default", Status, [ctypes.c_char_p, _size, _P(_size), RgDate])
_render = declare("rg_report_render", Status, [ctypes.c_char_p, _size, _P(_size), _SummaryHandle, RgDate,
                                               ctypes.c_int32, ctypes.c_int32, ctypes.c_char_p, _size])


def _call_text(func, *args):
    """Runs a text-returning call with the two-call sizing convention; returns str."""
    return read_text(lambda b, c, n: func(b, c, n, *args))


def _date(as_of):
    return as_of if isinstance(as_of, int) else to_rg_date(as_of)


def _column(values, typecode, what, n):
    if values is None:
        return None
    arr = values if isinstance(values, array) and values.typecode == typecode else array(typecode, values)
    if len(arr) != n:
        raise errors.InvalidArgument(f"{what} has {len(arr)} values, expected {n}")
    return arr


def default_indicators(as_of: Union[datetime.date, int]) -> dict:
    """The default indicator set for `as_of` (a date or rg_date) as a dict (docs/indicators.md)."""
    return json.loads(_call_text(_indicators_default, _date(as_of)))


class SummarySet:
    """A set of region summaries (one per region, sorted by region code). Frees itself."""

    def __init__(self, handle):
        self._handle = handle

    def __del__(self):
        if getattr(self, "_handle", None):
            _free(self._handle)
            self._handle = None

    @classmethod
    def from_store(cls, store, as_of: Union[datetime.date, int], region_prefix: str = "") -> "SummarySet":
        """Summaries of everything in `store` (a ruralguard.Store) up to `as_of`."""
        h = _SummaryHandle()
        raw = region_prefix.encode("ascii")
        _from_store(ctypes.byref(h), store.handle, _date(as_of), raw, len(raw))
        return cls(h)

    @classmethod
    def from_households(cls, region, kind, members, per_capita_income=None, previous_per_capita_income=None,
                        within_monitoring=None, category=None, level=None):
        """Summaries of household columns in one call. Columns are sequences or ``array`` buffers:
        region 'Q' (12-digit codes), kind/within_monitoring/category/level 'B', members 'i',
        incomes 'q' (1/10000 yuan; previous INT64_MIN = unknown). Optional columns may be None."""
        n = len(region)
        cols = {"region": _column(region, "Q", "region", n), "kind": _column(kind, "B", "kind", n),
                "members": _column(members, "i", "members", n),
                "per_capita_income": _column(per_capita_income, "q", "per_capita_income", n),
                "previous_per_capita_income": _column(previous_per_capita_income, "q",
                                                      "previous_per_capita_income", n),
                "within_monitoring": _column(within_monitoring, "B", "within_monitoring", n),
                "category": _column(category, "B", "category", n), "level": _column(level, "B", "level", n)}
        rows = _Households()
        _households_init(ctypes.byref(rows))
        rows.count = n
        for name, arr in cols.items():
            setattr(rows, name, arr.buffer_info()[0] if arr is not None and n else None)
        h = _SummaryHandle()
        _from_households(ctypes.byref(h), ctypes.byref(rows))
        return cls(h)

    @classmethod
    def from_json(cls, text: str) -> "SummarySet":
        """Loads the raw-sum JSON of :meth:`to_json` (e.g. written by another process)."""
        raw = text.encode("utf-8")
        h = _SummaryHandle()
        _from_json(ctypes.byref(h), raw, len(raw))
        return cls(h)

    @property
    def handle(self) -> "_SummaryHandle":
        """The rg_summary*; StateError once closed."""
        if not getattr(self, "_handle", None):
            raise errors.StateError("summary set is closed")
        return self._handle

    def close(self) -> None:
        """Frees the summaries now (also done when the object is collected)."""
        self.__del__()

    def __enter__(self) -> "SummarySet":
        return self

    def __exit__(self, *exc):
        self.close()

    def to_json(self) -> str:
        """The raw sums as JSON text (money in integer 1/10000-yuan units; nothing rounded)."""
        return _call_text(_to_json, self.handle)

    def merge(self, other: "SummarySet") -> "SummarySet":
        """Adds `other`'s summaries into this set, region by region (exact)."""
        _merge(self.handle, other.handle)
        return self

    def roll_up(self, level: str) -> "SummarySet":
        """A new set rolled up to 'village', 'township', 'county', 'city' or 'province'."""
        if level not in _LEVELS:
            raise errors.InvalidArgument(f"level must be one of {sorted(_LEVELS)}, got {level!r}")
        h = _SummaryHandle()
        _roll_up(ctypes.byref(h), self.handle, _LEVELS[level])
        return SummarySet(h)

    def __len__(self) -> int:
        n = _size(0)
        _count(ctypes.byref(n), self.handle)
        return n.value

    def figures(self, index: int) -> RegionFigures:
        """The key figures of summary `index` as a :class:`RegionFigures` structure."""
        f = RegionFigures()
        f.struct_size = ctypes.sizeof(RegionFigures)
        _figures(ctypes.byref(f), self.handle, index)
        return f

    def render(self, as_of: Union[datetime.date, int], fmt: ReportFormat = ReportFormat.JSON, detail_level: str = "township",
               indicators=None) -> str:
        """The report as text in `fmt` (a ReportFormat or its name; REPORT_* are its members). `indicators`: None (default set), a dict or JSON text."""
        if detail_level not in _LEVELS:
            raise errors.InvalidArgument(f"detail_level must be one of {sorted(_LEVELS)}, got {detail_level!r}")
        if isinstance(indicators, dict):
            indicators = json.dumps(indicators)
        raw = (indicators or "").encode("utf-8")
        fmt = deprecated_int(ReportFormat, fmt, "fmt")
        return _call_text(_render, self.handle, _date(as_of), _LEVELS[detail_level], int(fmt), raw, len(raw))

    def report_dict(self, as_of: Union[datetime.date, int], detail_level: str = "township",
                    indicators=None) -> dict:
        """The report as a dict (the JSON document of docs/reports.md)."""
        return json.loads(self.render(as_of, REPORT_JSON, detail_level, indicators))
