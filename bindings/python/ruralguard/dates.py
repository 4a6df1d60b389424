"""Dates: datetime.date <-> rg_date (days since 1970-01-01, limited to 1900-01-01..9999-12-31)."""

from __future__ import annotations

import ctypes
import datetime

from . import errors
from ._lib import RgDate, lib, utf8

__all__ = ["EPOCH", "to_rg_date", "from_rg_date", "parse_date", "format_date", "add_months"]

EPOCH = datetime.date(1970, 1, 1)
_MIN = datetime.date(1900, 1, 1)


def to_rg_date(value: datetime.date) -> int:
    """The rg_date (int days since 1970-01-01) of a datetime.date; RangeError before 1900."""
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"expected a datetime.date, got {type(value).__name__}")
    if value < _MIN:
        raise errors.RangeError(f"date {value.isoformat()} is outside 1900-01-01..9999-12-31")
    return (value - EPOCH).days


def from_rg_date(days: int) -> datetime.date:
    """The datetime.date of an rg_date; RangeError outside the supported range."""
    year, month, day = ctypes.c_int32(), ctypes.c_int32(), ctypes.c_int32()
    lib.rg_date_to_ymd(ctypes.byref(year), ctypes.byref(month), ctypes.byref(day), days)
    return datetime.date(year.value, month.value, day.value)


def parse_date(text: str) -> datetime.date:
    """A datetime.date from strict ISO "YYYY-MM-DD". ParseError for any other shape ("2024-2-3"),
    RangeError for a day that does not exist ("2023-02-29", "2024-13-01")."""
    raw = utf8(text, "date text")
    out = RgDate()
    lib.rg_date_parse(ctypes.byref(out), raw, len(raw))
    return EPOCH + datetime.timedelta(days=out.value)


def format_date(value: datetime.date) -> str:
    """"YYYY-MM-DD" as the library writes it."""
    buf = ctypes.create_string_buffer(16)
    lib.rg_date_format(buf, len(buf), to_rg_date(value))
    return buf.value.decode("ascii")


def add_months(value: datetime.date, months: int) -> datetime.date:
    """value + months, keeping the day of month and clamping to the target month's last day
    (01-31 + 1 month = 02-28 or 02-29; 02-28 + 1 month = 03-28)."""
    out = RgDate()
    lib.rg_date_add_months(ctypes.byref(out), to_rg_date(value), months)
    return EPOCH + datetime.timedelta(days=out.value)
