"""Differential test: ruralguard's exact money against Python's decimal module.

Seeded random cases (reproducible; RURALGUARD_DIFF_SEED and RURALGUARD_DIFF_CASES override the
defaults for a longer hunt) of parse, add/sub, multiply-by-ratio and divide in all four rounding
modes, and format, each compared with an independent decimal model (decimal_reference.py).
Zero mismatches are allowed; every mismatch is printed with its inputs.
"""

import os
import random
import sys
import time
import unittest

from ruralguard import errors, money
from ruralguard.money import Rounding

from . import decimal_reference as ref

SEED = int(os.environ.get("RURALGUARD_DIFF_SEED", "20261123"))
CASES = int(os.environ.get("RURALGUARD_DIFF_CASES", "200000"))  # per operation
MISMATCHES_SHOWN = 20

_KIND_OF_ERROR = {
    errors.ParseError: ref.PARSE,
    errors.Overflow: ref.OVERFLOW,
    errors.PrecisionError: ref.PRECISION,
    errors.InvalidArgument: ref.INVALID,
}
MODES = tuple(Rounding)


def outcome(function, *args):
    """(ref.OK, result) or (error kind, None): the library's answer in the model's terms."""
    try:
        return ref.OK, function(*args)
    except errors.Error as exc:
        return _KIND_OF_ERROR.get(type(exc), type(exc).__name__), None


def random_units(rng):
    """An amount in units from a mix of magnitudes, signs, ties and the int64 limits."""
    kind = rng.randrange(9)
    sign = -1 if rng.random() < 0.5 else 1
    if kind == 0:
        return sign * rng.randrange(1000)  # below a fen
    if kind == 1:
        return sign * rng.randrange(10 ** 8) * 100  # whole fen, up to a million yuan
    if kind == 2:
        # a tie at 0..3 decimals: ...5, ...50, ...500, ...5000 units
        step = 10 ** rng.randrange(1, 5)
        return sign * (rng.randrange(10 ** 9) * step + step // 2)
    if kind == 3:
        return sign * rng.randrange(10 ** 12)  # county budgets
    if kind == 4:
        return ref.INT64_MAX - rng.randrange(10 ** 6) if sign > 0 else \
            ref.INT64_MIN + rng.randrange(10 ** 6)  # the int64 limits
    if kind == 5:
        return rng.randrange(ref.INT64_MIN, ref.INT64_MAX + 1)  # anywhere
    if kind == 6:
        return rng.choice((0, 1, -1, ref.INT64_MAX, ref.INT64_MIN, 5000, -5000, 50, -50))
    if kind == 7:
        return sign * rng.randrange(2 ** 62, 2 ** 63)  # huge
    return sign * rng.randrange(10 ** rng.randrange(1, 19))  # every number of digits


def random_factor(rng):
    """A numerator, denominator or divisor: small, percent-like, tie-making, huge, or zero."""
    kind = rng.randrange(7)
    sign = -1 if rng.random() < 0.3 else 1
    if kind == 0:
        return sign * rng.randrange(1, 1001)
    if kind == 1:
        return sign * rng.choice((2, 4, 8, 16, 20, 40, 80, 200, 400, 1000, 10000, 3, 7, 9, 11))
    if kind == 2:
        return sign * rng.choice((100, 10000, 1000000))
    if kind == 3:
        return rng.randrange(ref.INT64_MIN, ref.INT64_MAX + 1)
    if kind == 4:
        return sign * rng.randrange(1, 2 ** 31)
    if kind == 5:
        return rng.choice((ref.INT64_MAX, ref.INT64_MIN, 1, -1))
    return 0 if rng.random() < 0.02 else sign * rng.randrange(1, 10 ** 6)


_SUFFIXES = ("", "", "", "", "元", "万", "万元", "亿", "亿元")
_NOISE = ".,e- +x0万1"


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _group_thousands(whole):
    head = len(whole) % 3 or 3
    return ",".join([whole[:head]] + [whole[k:k + 3] for k in range(head, len(whole), 3)])


def random_amount_text(rng):
    """Amount text: mostly well-formed, some too precise or too large, some malformed."""
    kind = rng.randrange(10)
    if kind == 0:  # text of a representable amount, e.g. the format of random units
        return money.format(random_units(rng), rng.randrange(5)), False
    if kind == 1:  # near the int64 limit, one unit either side
        units = rng.choice((ref.INT64_MAX, ref.INT64_MIN)) + rng.randrange(-3, 4)
        sign = "-" if units < 0 else ""
        whole, frac = divmod(abs(units), 10000)
        return f"{sign}{whole}.{frac:04d}", False
    if kind == 9:  # short strings over the characters that matter, mostly malformed
        return "".join(rng.choice("0123456789.,+-万亿元e ") for _ in range(rng.randrange(8))), \
            rng.random() < 0.5
    sign = rng.choice(("", "", "-", "+"))
    whole = _digits(rng, rng.randrange(1, 22 if kind == 2 else 16))
    fraction = _digits(rng, rng.randrange(0, 14)) if rng.random() < 0.7 else None
    if fraction and rng.random() < 0.3:
        fraction += "0" * rng.randrange(1, 40)  # exact trailing zeros beyond 4 places
    thousands = rng.random() < 0.2
    whole_text = _group_thousands(whole) if thousands else whole
    text = sign + whole_text + ("." + fraction if fraction is not None else "") + rng.choice(_SUFFIXES)
    if kind == 8:  # malformed (or occasionally still fine): insert, delete or replace a char
        chars = list(text)
        at = rng.randrange(len(chars) + 1)
        action = rng.randrange(3)
        if action == 0:
            chars.insert(at, rng.choice(_NOISE))
        elif action == 1 and at < len(chars):
            del chars[at]
        elif at < len(chars):
            chars[at] = rng.choice(_NOISE)
        text = "".join(chars)
    allow = thousands or rng.random() < 0.1
    return text, allow


class MismatchLog:
    """Collects mismatches and prints them with their inputs."""

    def __init__(self, test, name):
        self.test, self.name, self.count, self.cases = test, name, 0, 0
        self.started = time.perf_counter()

    def check(self, case, got, expected):
        self.cases += 1
        if got != expected:
            self.count += 1
            if self.count <= MISMATCHES_SHOWN:
                print(f"MISMATCH {self.name} {case}: ruralguard {got}, decimal {expected}",
                      file=sys.stderr)

    def finish(self, minimum_cases=CASES):
        seconds = time.perf_counter() - self.started
        print(f"\n  {self.name}: {self.cases} cases, {self.count} mismatches, {seconds:.2f} s "
              f"(seed {SEED})", file=sys.stderr)
        self.test.assertGreaterEqual(self.cases, minimum_cases)
        self.test.assertEqual(self.count, 0, f"{self.name}: {self.count} mismatches (printed above)")


class MoneyDifferentialTest(unittest.TestCase):
    def test_parse_matches_decimal(self):
        rng = random.Random(f"{SEED}-parse")
        log = MismatchLog(self, "parse")
        for _ in range(CASES):
            text, allow = random_amount_text(rng)
            log.check((text, allow), outcome(money.parse, text, allow), ref.parse(text, allow))
        log.finish()

    def test_add_and_sub_match_decimal_and_overflow_exactly_at_the_int64_range(self):
        rng = random.Random(f"{SEED}-add")
        log = MismatchLog(self, "add/sub")
        for k in range(CASES):
            a, b = random_units(rng), random_units(rng)
            if k % 2:
                log.check(("add", a, b), outcome(money.add, a, b), ref.add(a, b))
            else:
                log.check(("sub", a, b), outcome(money.sub, a, b), ref.sub(a, b))
        log.finish()

    def test_mul_ratio_matches_decimal_in_every_rounding_mode(self):
        rng = random.Random(f"{SEED}-mul")
        log = MismatchLog(self, "mul_ratio")
        for k in range(CASES):
            a, n, d = random_units(rng), random_factor(rng), random_factor(rng)
            decimals, mode = rng.randrange(5), MODES[k % 4]
            log.check(("mul_ratio", a, n, d, decimals, mode.name),
                      outcome(money.mul_ratio, a, n, d, decimals, mode),
                      ref.mul_ratio(a, n, d, decimals, mode))
        log.finish()

    def test_div_matches_decimal_in_every_rounding_mode(self):
        rng = random.Random(f"{SEED}-div")
        log = MismatchLog(self, "div")
        for k in range(CASES):
            a, divisor = random_units(rng), random_factor(rng)
            decimals, mode = rng.randrange(5), MODES[k % 4]
            log.check(("div", a, divisor, decimals, mode.name),
                      outcome(money.div, a, divisor, decimals, mode),
                      ref.div(a, divisor, decimals, mode))
        log.finish()

    def test_format_matches_decimal_quantize_in_every_rounding_mode(self):
        rng = random.Random(f"{SEED}-format")
        log = MismatchLog(self, "format")
        for k in range(CASES):
            a, decimals, mode = random_units(rng), rng.randrange(5), MODES[k % 4]
            thousands = k % 8 < 2
            log.check(("format", a, decimals, mode.name, thousands),
                      outcome(money.format, a, decimals, mode, thousands),
                      (ref.OK, ref.format_text(a, decimals, mode, thousands)))
        log.finish()

    def test_allocate_matches_the_largest_remainder_model(self):
        rng = random.Random(f"{SEED}-allocate")
        log = MismatchLog(self, "allocate")
        k = 0
        while log.cases < CASES:  # one C call per batch of up to 200 parts; cases count parts
            k += 1
            count = rng.randrange(1, 200)
            weights = [rng.choice((0, 1, 1, 2, 3, rng.randrange(10 ** 6), rng.randrange(2 ** 40)))
                       for _ in range(count)]
            total = random_units(rng)
            if k % 2:
                if rng.random() < 0.9:  # whole fen, rounded toward zero to stay in range
                    total = total - total % 100 if total >= 0 else total + -total % 100
                got = outcome(money.allocate_fen, total, weights)
                expected = ref.allocate(total, weights, 100)
            else:
                got, expected = outcome(money.allocate, total, weights), ref.allocate(total, weights, 1)
            log.check(("allocate", total, weights), got, expected)
            log.cases += count - 1  # count parts, not calls
        log.finish()

    def test_every_combination_of_extreme_values(self):
        """The int64 corners, where 128-bit intermediates and sign handling are most fragile."""
        amounts = (ref.INT64_MIN, ref.INT64_MIN + 1, -5001, -5000, -50, -1, 0, 1, 50, 5000, 5001,
                   ref.INT64_MAX - 1, ref.INT64_MAX)
        factors = (ref.INT64_MIN, ref.INT64_MIN + 1, -3, -2, -1, 0, 1, 2, 3, 10000,
                   ref.INT64_MAX - 1, ref.INT64_MAX)
        log = MismatchLog(self, "extremes")
        for a in amounts:
            for b in amounts:
                log.check(("add", a, b), outcome(money.add, a, b), ref.add(a, b))
                log.check(("sub", a, b), outcome(money.sub, a, b), ref.sub(a, b))
            for decimals in range(5):
                for mode in MODES:
                    log.check(("format", a, decimals, mode.name),
                              outcome(money.format, a, decimals, mode, True),
                              (ref.OK, ref.format_text(a, decimals, mode, True)))
                    for f in factors:
                        log.check(("div", a, f, decimals, mode.name),
                                  outcome(money.div, a, f, decimals, mode),
                                  ref.div(a, f, decimals, mode))
                        for g in factors:
                            log.check(("mul_ratio", a, f, g, decimals, mode.name),
                                      outcome(money.mul_ratio, a, f, g, decimals, mode),
                                      ref.mul_ratio(a, f, g, decimals, mode))
        log.finish(minimum_cases=len(amounts) * len(factors) ** 2 * 20)


if __name__ == "__main__":
    unittest.main()
