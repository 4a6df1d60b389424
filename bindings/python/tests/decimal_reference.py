"""An independent model of ruralguard's money rules written with Python's decimal module.

The differential tests compare the C library with this model. Nothing here calls ruralguard: the
model follows the contracts in ruralguard.h (and docs/python.md), not the C++ code.
"""

import decimal
import re

UNIT = decimal.Decimal("0.0001")  # 1/10000 yuan
INT64_MIN = -(2 ** 63)
INT64_MAX = 2 ** 63 - 1

# 100 significant digits: every product of two int64 values is exact (at most 38 digits), and a
# quotient n / d (|d| < 2^63) that is not exactly representable lies at least 1 / (2 * |d|)
# units from any rounding boundary, far more than the 10^-60 relative error of a 100-digit
# division, so quantize() afterwards sees the same side of every tie as exact arithmetic would.
CONTEXT = decimal.Context(prec=100, rounding=decimal.ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          traps=[decimal.InvalidOperation, decimal.DivisionByZero])

# RG_ROUND_* -> decimal rounding: half_up is ties away from zero in both.
ROUNDINGS = {
    0: decimal.ROUND_HALF_UP,
    1: decimal.ROUND_HALF_EVEN,
    2: decimal.ROUND_DOWN,
    3: decimal.ROUND_UP,
}

_SUFFIX_DIGITS = {"": 0, "元": 0, "万": 4, "万元": 4, "亿": 8, "亿元": 8}
_PLAIN = re.compile(r"([+-]?)([0-9]+)(?:\.([0-9]+))?(万元|亿元|元|万|亿)?", re.ASCII)
_GROUPED = re.compile(r"([+-]?)([0-9]{1,3}(?:,[0-9]{3})*)(?:\.([0-9]+))?(万元|亿元|元|万|亿)?",
                      re.ASCII)

OK, PARSE, OVERFLOW, PRECISION, INVALID = "ok", "parse", "overflow", "precision", "invalid"


def yuan(units):
    """The exact Decimal yuan of an int count of units."""
    return CONTEXT.multiply(decimal.Decimal(units), UNIT)


def in_range(units):
    return INT64_MIN <= units <= INT64_MAX


def parse(text, allow_thousands=False):
    """(OK, units) or (error kind, None). Order: malformed, then too precise, then too large.
    Exact for texts of up to 100 significant digits (the context's precision)."""
    # The flag allows separators; it does not require them.
    match = _PLAIN.fullmatch(text) or (_GROUPED.fullmatch(text) if allow_thousands else None)
    if match is None:
        return PARSE, None
    sign, whole, fraction, suffix = match.groups()
    number = decimal.Decimal(sign + whole.replace(",", "") + ("." + fraction if fraction else ""))
    value = number.scaleb(_SUFFIX_DIGITS[suffix or ""], context=CONTEXT)
    units = CONTEXT.divide(value, UNIT)
    if units != units.to_integral_value():
        return PRECISION, None
    if not in_range(int(units)):
        return OVERFLOW, None
    return OK, int(units)


def _rounded_units(exact_yuan, decimals, rounding):
    step = decimal.Decimal(1).scaleb(-decimals)
    rounded = exact_yuan.quantize(step, rounding=ROUNDINGS[rounding], context=CONTEXT)
    units = int(CONTEXT.divide(rounded, UNIT))
    return (OK, units) if in_range(units) else (OVERFLOW, None)


def add(a, b):
    units = int(CONTEXT.divide(CONTEXT.add(yuan(a), yuan(b)), UNIT))
    return (OK, units) if in_range(units) else (OVERFLOW, None)


def sub(a, b):
    units = int(CONTEXT.divide(CONTEXT.subtract(yuan(a), yuan(b)), UNIT))
    return (OK, units) if in_range(units) else (OVERFLOW, None)


def mul_ratio(a, numerator, denominator, decimals, rounding):
    if denominator == 0:
        return INVALID, None
    exact = CONTEXT.divide(CONTEXT.multiply(yuan(a), decimal.Decimal(numerator)),
                           decimal.Decimal(denominator))
    return _rounded_units(exact, decimals, rounding)


def div(a, divisor, decimals, rounding):
    if divisor == 0:
        return INVALID, None
    return _rounded_units(CONTEXT.divide(yuan(a), decimal.Decimal(divisor)), decimals, rounding)


def format_text(a, decimals, rounding, thousands=False):
    step = decimal.Decimal(1).scaleb(-decimals)
    rounded = yuan(a).quantize(step, rounding=ROUNDINGS[rounding], context=CONTEXT)
    text = f"{rounded:,f}" if thousands else f"{rounded:f}"
    # decimal keeps the sign of a negative value that rounds to zero ("-0.00"); ruralguard never
    # writes a signed zero, by contract (ruralguard.h, rg_money_format). Normalise that one case.
    if rounded.is_zero() and text.startswith("-"):
        text = text[1:]
    return text


def allocate(total, weights, step_units):
    """Largest-remainder split (ruralguard.h, rg_money_allocate): parts of |total| in multiples
    of step_units, leftover steps to the largest remainders, ties to the lower index; a negative
    total splits its magnitude and negates every part."""
    # When both a sub-fen total and bad weights apply, the library reports the total first
    # (the header does not order them; this pins the observed order so a change is noticed).
    if not weights:
        return INVALID, None
    if total % step_units:
        return PRECISION, None
    if any(w < 0 for w in weights) or sum(weights) == 0:
        return INVALID, None
    if total == INT64_MIN:
        return OVERFLOW, None  # documented RG_EOVERFLOW: -total does not fit in int64
    weight_sum = sum(weights)
    steps = abs(total) // step_units
    quotas = [steps * w // weight_sum for w in weights]
    remainders = [steps * w % weight_sum for w in weights]
    leftover = steps - sum(quotas)
    for index in sorted(range(len(weights)), key=lambda k: (-remainders[k], k))[:leftover]:
        quotas[index] += 1
    sign = -1 if total < 0 else 1
    return OK, [sign * q * step_units for q in quotas]
