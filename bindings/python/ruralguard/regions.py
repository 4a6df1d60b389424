"""Region codes: 12-digit administrative division codes as ints (province 2, city 2, county 2,
township 3, village 3 digits)."""

from __future__ import annotations

import ctypes
import enum
from typing import Tuple

from ._lib import lib, utf8

__all__ = ["RegionLevel", "parse_region", "region_parent", "region_is_within", "format_region"]


class RegionLevel(enum.IntEnum):
    """RG_REGION_*: the deepest non-zero segment of a code."""

    PROVINCE = 1
    CITY = 2
    COUNTY = 3
    TOWNSHIP = 4
    VILLAGE = 5


def parse_region(text: str) -> Tuple[int, RegionLevel]:
    """(code, RegionLevel) of exactly 12 ASCII digits. ParseError for another shape, RangeError
    for an impossible structure (province 00, a village under township 000)."""
    raw = utf8(text, "region code text")
    code, level = ctypes.c_uint64(), ctypes.c_uint8()
    lib.rg_region_parse(ctypes.byref(code), ctypes.byref(level), raw, len(raw))
    return code.value, RegionLevel(level.value)


def format_region(code: int) -> str:
    """The 12-digit text of a code (leading zeros kept)."""
    return f"{code:012d}"


def region_parent(code: int) -> int:
    """The code of the enclosing region; RangeError for a province or an invalid code."""
    out = ctypes.c_uint64()
    lib.rg_region_parent(ctypes.byref(out), code)
    return out.value


def region_is_within(code: int, prefix: str) -> bool:
    """True when `code` lies in the region given by a 2, 4, 6, 9 or 12-digit prefix text."""
    raw = utf8(prefix, "region prefix")
    out = ctypes.c_uint8()
    lib.rg_region_is_within(ctypes.byref(out), code, raw, len(raw))
    return out.value == 1
