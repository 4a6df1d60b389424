"""Exact money: rg_money (an int count of 1/10000 yuan) and decimal.Decimal.

Amounts cross the C ABI as Python ints in units of 1/10000 yuan (``UNITS_PER_YUAN``). Convert at
the edges with :func:`to_decimal` and :func:`from_decimal`; both are exact and never use float.
Every rounding is explicit: a :class:`Rounding` mode and a number of decimal places (0..4).

Batches cross the boundary once: :func:`allocate` hands the whole weight array to one C call.
"""

from __future__ import annotations

import ctypes
import decimal
import enum
from array import array
from typing import Iterable, List, Union

from . import errors
from ._lib import Money, lib, utf8
from .types import deprecated_int

__all__ = [
    "Rounding", "UNITS_PER_YUAN", "UNITS_PER_FEN", "MIN_UNITS", "MAX_UNITS", "ALLOCATE_PARTS_MAX",
    "to_decimal", "from_decimal", "parse", "format", "add", "sub", "mul_ratio", "div", "check_fen",
    "allocate", "allocate_fen",
]

UNITS_PER_YUAN = 10000  # RG_MONEY_UNITS_PER_YUAN
UNITS_PER_FEN = 100  # RG_MONEY_UNITS_PER_FEN
MIN_UNITS = -(2 ** 63)
MAX_UNITS = 2 ** 63 - 1
ALLOCATE_PARTS_MAX = 10_000_000  # RG_ALLOCATE_PARTS_MAX
_DECIMALS_MAX = 4
_FORMAT_CAPACITY = 48  # 32 bytes always suffice, 48 with the thousands flag (ruralguard.h)
_PARSE_THOUSANDS = 1  # RG_MONEY_PARSE_THOUSANDS
_FORMAT_THOUSANDS = 1  # RG_MONEY_FORMAT_THOUSANDS


class Rounding(enum.IntEnum):
    """RG_ROUND_*: the rounding applied once at every rounding point."""

    HALF_UP = 0  # 四舍五入: ties away from zero (decimal.ROUND_HALF_UP)
    HALF_EVEN = 1  # ties to the even neighbour (decimal.ROUND_HALF_EVEN)
    DOWN = 2  # toward zero (decimal.ROUND_DOWN)
    UP = 3  # away from zero (decimal.ROUND_UP)


def _check_units(units, what="amount"):
    if isinstance(units, bool) or not isinstance(units, int):  # never a float
        raise TypeError(f"{what} must be an int count of 1/10000 yuan, got {type(units).__name__}")
    if not MIN_UNITS <= units <= MAX_UNITS:
        raise errors.Overflow(f"{what} {units} is outside the int64 range of rg_money")
    return units


def to_decimal(units: int) -> decimal.Decimal:
    """The exact Decimal value in yuan of `units` (exponent -4: to_decimal(123400) == 12.3400)."""
    _check_units(units)
    # The string constructor is exact whatever the current decimal context's precision.
    return decimal.Decimal(f"{units}E-4")


def from_decimal(value: Union[decimal.Decimal, int]) -> int:
    """The exact rg_money units of a Decimal (or int) number of yuan.

    Raises InvalidArgument for NaN or an infinity, PrecisionError for a value finer than 1/10000
    yuan (Decimal("1.23000") is fine: its value is exact), Overflow beyond the int64 range, and
    TypeError for float (binary floats cannot hold most decimal amounts exactly).
    """
    if isinstance(value, bool) or not isinstance(value, (int, decimal.Decimal)):
        raise TypeError(f"amount must be a decimal.Decimal or int number of yuan, "
                        f"got {type(value).__name__}")
    if isinstance(value, int):
        value = decimal.Decimal(value)
    if not value.is_finite():
        raise errors.InvalidArgument(f"amount {value} is not a finite number")
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite: checked above
    coefficient = int("".join(map(str, digits))) if digits else 0
    shift = exponent + _DECIMALS_MAX  # units = coefficient * 10**shift
    if coefficient == 0:
        return 0
    if shift < 0:
        divisor = 10 ** -shift if -shift <= 40 else None
        if divisor is None or coefficient % divisor:
            raise errors.PrecisionError(f"amount {value} has more than 4 decimal places of a yuan")
        units = coefficient // divisor
    elif len(digits) + shift > 20:  # at least 10**19 units: beyond int64 without computing it
        raise errors.Overflow(f"amount {value} is outside the representable range "
                              f"(about ±922 trillion yuan)")
    else:
        units = coefficient * 10 ** shift
    units = -units if sign else units
    if not MIN_UNITS <= units <= MAX_UNITS:
        raise errors.Overflow(f"amount {value} is outside the representable range "
                              f"(about ±922 trillion yuan)")
    return units


def parse(text: str, allow_thousands: bool = False) -> int:
    """Units of a decimal amount text: "1234.56", "-0.5", "9819.05万", "36.82亿"; with
    `allow_thousands` also "1,234,567.89". Raises ParseError, PrecisionError or Overflow."""
    raw = utf8(text, "amount text")
    out = Money()
    lib.rg_money_parse(ctypes.byref(out), raw, len(raw), _PARSE_THOUSANDS if allow_thousands else 0)
    return out.value


def format(units: int, decimals: int = 2, rounding: Rounding = Rounding.HALF_UP,  # noqa: A001
           thousands: bool = False) -> str:
    """Text of `units` rounded once to `decimals` places (0..4). A value that rounds to zero is
    written without a sign ("0.00", never "-0.00")."""
    if type(rounding) is not Rounding:
        rounding = deprecated_int(Rounding, rounding, "rounding")
    buf = ctypes.create_string_buffer(_FORMAT_CAPACITY)
    length = ctypes.c_size_t()
    lib.rg_money_format(buf, _FORMAT_CAPACITY, ctypes.byref(length), _check_units(units),
                        decimals, rounding, _FORMAT_THOUSANDS if thousands else 0)
    return buf.raw[:length.value].decode("ascii")


def add(a: int, b: int) -> int:
    """a + b; Overflow beyond the int64 range (never wraps)."""
    out = Money()
    lib.rg_money_add(ctypes.byref(out), _check_units(a, "a"), _check_units(b, "b"))
    return out.value


def sub(a: int, b: int) -> int:
    """a - b; Overflow beyond the int64 range (never wraps)."""
    out = Money()
    lib.rg_money_sub(ctypes.byref(out), _check_units(a, "a"), _check_units(b, "b"))
    return out.value


def _check_int64(value, what):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, got {type(value).__name__}")
    if not MIN_UNITS <= value <= MAX_UNITS:
        raise errors.Overflow(f"{what} {value} is outside the int64 range")
    return value


def mul_ratio(units: int, numerator: int, denominator: int, decimals: int = 4,
              rounding: Rounding = Rounding.HALF_UP) -> int:
    """units * numerator / denominator computed exactly, rounded once to `decimals` places."""
    if type(rounding) is not Rounding:
        rounding = deprecated_int(Rounding, rounding, "rounding")
    out = Money()
    lib.rg_money_mul_ratio(ctypes.byref(out), _check_units(units),
                           _check_int64(numerator, "numerator"),
                           _check_int64(denominator, "denominator"), decimals, rounding)
    return out.value


def div(units: int, divisor: int, decimals: int = 4, rounding: Rounding = Rounding.HALF_UP) -> int:
    """units / divisor, rounded once to `decimals` places."""
    if type(rounding) is not Rounding:
        rounding = deprecated_int(Rounding, rounding, "rounding")
    out = Money()
    lib.rg_money_div(ctypes.byref(out), _check_units(units), _check_int64(divisor, "divisor"),
                     decimals, rounding)
    return out.value


def check_fen(units: int) -> None:
    """Returns None when `units` is a whole number of fen; raises PrecisionError otherwise."""
    lib.rg_money_check_fen(_check_units(units))


def _weights_array(weights):
    if weights is None:
        raise errors.InvalidArgument("weights is None: expected a sequence of ints")
    if isinstance(weights, array) and weights.typecode == "q":
        return weights  # already int64: passed through without a copy
    return array("q", weights)  # OverflowError/TypeError for values that are not int64


_EMPTY = ctypes.c_int64()


def _allocate(function, total, weights):
    w = _weights_array(weights)
    count = len(w)
    parts = array("q", bytes(8 * count))
    # An empty array has no buffer; pass a valid pointer and let the C function report count 0.
    w_ptr = w.buffer_info()[0] if count else ctypes.addressof(_EMPTY)
    parts_ptr = parts.buffer_info()[0] if count else ctypes.addressof(_EMPTY)
    function(parts_ptr, _check_units(total, "total"), w_ptr, count)
    return parts.tolist()


def allocate(total: int, weights: Iterable[int]) -> List[int]:
    """Splits `total` units by `weights` (ints >= 0, positive sum) with the largest-remainder
    method in one C call; the parts (a list of units) always sum to `total`."""
    return _allocate(lib.rg_money_allocate, total, weights)


def allocate_fen(total: int, weights: Iterable[int]) -> List[int]:
    """As :func:`allocate`, in whole fen; `total` must be whole fen (else PrecisionError)."""
    return _allocate(lib.rg_money_allocate_fen, total, weights)
