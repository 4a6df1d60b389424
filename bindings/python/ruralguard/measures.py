"""Poverty measures, exact: Foster-Greer-Thorbecke and Alkire-Foster (docs/poverty-measures.md).

Results are :class:`fractions.Fraction` values computed exactly by the library (they cross the
C ABI as reduced fraction text, because exact ratios can outgrow int64). Incomes and poverty lines
are int units of 1/10000 yuan, as everywhere in ruralguard (see money.py). Achievements, cutoffs,
weights and k accept int, Fraction, Decimal or text such as "13.1" or "1/3"; never float.
Each call crosses the boundary once, whatever the number of incomes or people (fgt_012 makes three).
"""

import ctypes
import dataclasses
import decimal
import json
import math
from array import array
from collections import namedtuple
from fractions import Fraction
from typing import List, Optional, Sequence, Union

from . import errors
from ._lib import Money, Status, declare, read_text

__all__ = ["fgt", "fgt_012", "alkire_foster", "AlkireFoster", "alkire_foster_detail",
           "AlkireFosterDetail", "AlkireFosterMeasures", "AlkireFosterSubgroup", "FGT_ENTRIES_MAX", "FGT_ALPHA_MAX",
           "AF_PEOPLE_MAX", "AF_INDICATORS_MAX"]

_P = ctypes.POINTER
_size = ctypes.c_size_t
_i64 = ctypes.c_int64
_AT_OR_BELOW = 1  # RG_MEASURES_AT_OR_BELOW
_UNCAPPED_GAP = 2  # RG_MEASURES_UNCAPPED_GAP
_ORDINAL = 4  # RG_MEASURES_ORDINAL
_FRACTION = -1  # RG_MEASURES_FRACTION
FGT_ENTRIES_MAX = 10_000_000  # RG_FGT_ENTRIES_MAX
FGT_ALPHA_MAX = 16  # RG_FGT_ALPHA_MAX
AF_PEOPLE_MAX = 1_000_000  # RG_AF_PEOPLE_MAX
AF_INDICATORS_MAX = 64  # RG_AF_INDICATORS_MAX
_INT64_MAX = 2 ** 63 - 1
Exact = Union[int, Fraction, decimal.Decimal, str]  # never float


class _AfInput(ctypes.Structure):
    """rg_af_input."""

    _fields_ = [("struct_size", ctypes.c_uint32), ("flags", ctypes.c_uint32),
                ("people", _size), ("indicators", _size),
                ("achievements", _P(_i64)), ("cutoffs", _P(_i64)), ("denominator", _i64),
                ("weights", _P(_i64)), ("person_weights", _P(_i64)),
                ("k_numerator", _i64), ("k_denominator", _i64)]


# Arrays are passed as c_void_p so array('q') buffers go through without copies.
_fgt = declare("rg_measures_fgt", Status, [ctypes.c_char_p, _size, _P(_size), ctypes.c_void_p,
                                           ctypes.c_void_p, _size, Money, ctypes.c_int32,
                                           ctypes.c_uint32, ctypes.c_int32, ctypes.c_int32])
_af_init = declare("rg_af_input_init", None, [_P(_AfInput)])
_af = declare("rg_measures_alkire_foster", Status, [ctypes.c_char_p, _size, _P(_size),
                                                    _P(_AfInput), ctypes.c_int32, ctypes.c_int32])
_af_detail = declare("rg_measures_alkire_foster_detail", Status,
                     [ctypes.c_char_p, _size, _P(_size), _P(_AfInput), ctypes.c_void_p,
                      ctypes.c_int32, ctypes.c_int32])

AlkireFoster = namedtuple("AlkireFoster", ["H", "A", "M0", "M1", "M2"])
AlkireFoster.__doc__ = """Headcount ratio H, intensity A, adjusted headcount M0 = H * A, adjusted
poverty gap M1 and adjusted squared gap M2 (None for ordinal data), all exact Fractions."""


def _call_text(func, *args):
    """Runs a text-returning call with the two-call sizing convention; returns str."""
    return read_text(lambda b, c, n: func(b, c, n, *args), 256)


_EMPTY = array("q", [0])  # a valid address for empty inputs, so the library reports "no incomes"


def _address(arr):
    return (arr if arr else _EMPTY).buffer_info()[0]


def _int64_array(values, what):
    if values is None:
        raise errors.InvalidArgument(f"{what} is None: expected a sequence of ints")
    if isinstance(values, array) and values.typecode == "q":
        return values
    out = array("q")
    for v in values:
        if isinstance(v, bool) or not isinstance(v, int):
            raise TypeError(f"{what} must hold ints, got {type(v).__name__}")
        out.append(v)
    return out


def _exact(value, what):
    if isinstance(value, (bool, float)) or not isinstance(value, (int, Fraction, decimal.Decimal, str)):
        raise TypeError(f"{what} must be an int, Fraction, Decimal or text, got {type(value).__name__}")
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError) as exc:
        raise errors.ParseError(f"{what}: {value!r} is not an exact number ({exc})") from None


def _scaled(values, denominator, what):
    out = array("q")
    for i, v in enumerate(values):
        n = v * denominator
        assert n.denominator == 1
        if not -_INT64_MAX <= n.numerator <= _INT64_MAX:
            raise errors.Overflow(f"{what}[{i}] = {v} times the common denominator {denominator} "
                                  f"does not fit int64")
        out.append(n.numerator)
    return out


def _flags(at_or_below, cap_gap, ordinal=False):
    return ((_AT_OR_BELOW if at_or_below else 0) | (0 if cap_gap else _UNCAPPED_GAP) |
            (_ORDINAL if ordinal else 0))


def fgt(incomes, line, alpha=0, weights=None, at_or_below=False, cap_gap=True):
    """The FGT index P_alpha of per-capita `incomes` (int units of 1/10000 yuan, or array('q')).

    `line` is the poverty line in the same units; `weights` optional positive ints (household
    sizes); `at_or_below` counts incomes equal to the line as poor; `cap_gap` treats a negative
    income as 0 so that no gap exceeds 1. Returns a Fraction.
    """
    values = _int64_array(incomes, "incomes")
    w = None if weights is None else _int64_array(weights, "weights")
    if w is not None and len(w) != len(values):
        raise errors.InvalidArgument(f"weights has {len(w)} entries but incomes has {len(values)}")
    text = _call_text(_fgt, _address(values), None if w is None else _address(w), len(values), line, alpha,
                      _flags(at_or_below, cap_gap), _FRACTION, 0)
    return Fraction(text)


def fgt_012(incomes, line, weights=None, at_or_below=False, cap_gap=True):
    """(P0, P1, P2): headcount ratio, poverty gap index and squared gap index (three calls)."""
    values = _int64_array(incomes, "incomes")
    w = None if weights is None else _int64_array(weights, "weights")
    return tuple(fgt(values, line, alpha, w, at_or_below, cap_gap) for alpha in (0, 1, 2))


def _af_problem(achievements, cutoffs, k, weights, person_weights, at_or_below, ordinal, cap_gap):
    """(rg_af_input, keep-alive list, people) of an achievement matrix, validated here first."""
    if achievements is None or cutoffs is None:
        raise errors.InvalidArgument("achievements and cutoffs are required (got None)")
    rows = [list(row) for row in achievements]
    z = [_exact(v, f"cutoffs[{j}]") for j, v in enumerate(cutoffs)]
    for i, row in enumerate(rows):
        if len(row) != len(z):
            raise errors.InvalidArgument(f"achievements row {i} has {len(row)} values, "
                                         f"expected {len(z)} (one per cutoff)")
    y = [_exact(v, f"achievements[{i}][{j}]") for i, row in enumerate(rows) for j, v in enumerate(row)]
    denominator = math.lcm(*(v.denominator for v in y + z)) if y or z else 1
    ys, zs = _scaled(y, denominator, "achievements"), _scaled(z, denominator, "cutoffs")
    inp = _AfInput()
    _af_init(ctypes.byref(inp))
    inp.flags = _flags(at_or_below, cap_gap, ordinal)
    inp.people, inp.indicators, inp.denominator = len(rows), len(z), denominator
    keep = [ys, zs]  # the arrays must outlive the call

    def pointer(arr):
        keep.append(arr)
        return ctypes.cast(_address(arr), _P(_i64))

    inp.achievements, inp.cutoffs = pointer(ys), pointer(zs)
    if weights is not None:
        w = [_exact(v, f"weights[{j}]") for j, v in enumerate(weights)]
        if len(w) != len(z):
            raise errors.InvalidArgument(f"weights has {len(w)} values, expected {len(z)}")
        inp.weights = pointer(_scaled(w, math.lcm(*(v.denominator for v in w)) if w else 1, "weights"))
    if person_weights is not None:
        v = _int64_array(person_weights, "person_weights")
        if len(v) != len(rows):
            raise errors.InvalidArgument(f"person_weights has {len(v)} values, expected {len(rows)}")
        inp.person_weights = pointer(v)
    kk = _exact(k, "k")
    if not -_INT64_MAX <= kk.numerator <= _INT64_MAX or kk.denominator > _INT64_MAX:
        raise errors.Overflow(f"k = {kk} does not fit an int64 fraction")
    inp.k_numerator, inp.k_denominator = kk.numerator, kk.denominator
    return inp, keep, len(rows)


def alkire_foster(achievements: Sequence[Sequence[Exact]], cutoffs: Sequence[Exact], k: Exact,
                  weights: Optional[Sequence[Exact]] = None,
                  person_weights: Optional[Sequence[int]] = None, at_or_below: bool = False,
                  ordinal: bool = False, cap_gap: bool = True) -> AlkireFoster:
    """Alkire-Foster measures of an achievement matrix (a list of rows, one per person).

    `cutoffs` has one value per indicator (deprived when strictly below, or at or below with
    `at_or_below`); `weights` are relative indicator weights (normalised by their sum; None for
    equal weights); `k` is the poverty cutoff in (0, 1]; `person_weights` optional positive ints;
    `ordinal` skips M1 and M2. Returns an :class:`AlkireFoster` of Fractions.
    """
    inp, _keep, _people = _af_problem(achievements, cutoffs, k, weights, person_weights,
                                      at_or_below, ordinal, cap_gap)
    text = _call_text(_af, ctypes.byref(inp), _FRACTION, 0)
    return AlkireFoster(*(None if part == "NA" else Fraction(part) for part in text.split(" ")))


@dataclasses.dataclass(frozen=True)
class AlkireFosterMeasures:
    """One Alkire-Foster result with its per-indicator breakdowns (exact Fractions).

    ``indicator_contribution[j]`` is w_j * censored_headcount[j] / M0: the indicators' shares of
    M0, which sum to 1 (all 0 when M0 is 0). M1 and M2 are None for ordinal data."""

    H: Fraction
    A: Fraction
    M0: Fraction
    M1: Optional[Fraction]
    M2: Optional[Fraction]
    uncensored_headcount: List[Fraction]
    censored_headcount: List[Fraction]
    indicator_contribution: List[Fraction]

    @classmethod
    def _from_json(cls, d: dict) -> "AlkireFosterMeasures":
        f = lambda v: None if v is None else Fraction(v)  # noqa: E731
        return cls(Fraction(d["H"]), Fraction(d["A"]), Fraction(d["M0"]), f(d["M1"]), f(d["M2"]),
                   [Fraction(v) for v in d["uncensored_headcount"]],
                   [Fraction(v) for v in d["censored_headcount"]],
                   [Fraction(v) for v in d["indicator_contribution"]])


@dataclasses.dataclass(frozen=True)
class AlkireFosterSubgroup:
    """One population subgroup: its id, population share, contribution to the total M0 and its
    own measures. Population-share-weighted group M0, M1, M2 sum exactly to the totals."""

    group: int
    population_share: Fraction
    contribution: Fraction
    measures: AlkireFosterMeasures


@dataclasses.dataclass(frozen=True)
class AlkireFosterDetail:
    """The total measures and (when groups were given) the subgroup decomposition."""

    total: AlkireFosterMeasures
    subgroups: List[AlkireFosterSubgroup]


def alkire_foster_detail(achievements: Sequence[Sequence[Exact]], cutoffs: Sequence[Exact], k: Exact,
                         groups: Optional[Sequence[int]] = None,
                         weights: Optional[Sequence[Exact]] = None,
                         person_weights: Optional[Sequence[int]] = None, at_or_below: bool = False,
                         ordinal: bool = False, cap_gap: bool = True) -> AlkireFosterDetail:
    """As :func:`alkire_foster`, plus each indicator's contribution to M0, the uncensored and
    censored headcount ratios and, with `groups` (one int64 id per person: a region code, a
    household type, ...), the population-subgroup decomposition (rg_measures_alkire_foster_detail,
    one C call)."""
    inp, keep, people = _af_problem(achievements, cutoffs, k, weights, person_weights,
                                    at_or_below, ordinal, cap_gap)
    group_ptr = None
    if groups is not None:
        g = _int64_array(groups, "groups")
        if len(g) != people:
            raise errors.InvalidArgument(f"groups has {len(g)} values, expected {people} (one per person)")
        keep.append(g)
        group_ptr = _address(g)
    text = _call_text(_af_detail, ctypes.byref(inp), group_ptr, _FRACTION, 0)
    data = json.loads(text)
    return AlkireFosterDetail(
        AlkireFosterMeasures._from_json(data["total"]),
        [AlkireFosterSubgroup(s["group"], Fraction(s["population_share"]), Fraction(s["contribution"]),
                              AlkireFosterMeasures._from_json(s["measures"]))
         for s in data["subgroups"]])
