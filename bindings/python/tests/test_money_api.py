"""The money API: errors for each bad input, Decimal round trips, rounding table, splits."""

import ctypes
import decimal
import random
import unittest
from array import array
from decimal import Decimal

import ruralguard
from ruralguard import errors, money
from ruralguard._lib import lib
from ruralguard.money import Rounding

from . import decimal_reference as ref


class ParseErrorsTest(unittest.TestCase):
    def assert_raises_naming(self, exc_class, text, **kwargs):
        with self.assertRaises(exc_class) as caught:
            money.parse(text, **kwargs)
        self.assertIsInstance(caught.exception, ruralguard.Error)
        self.assertIsInstance(caught.exception, ValueError if exc_class is not errors.Overflow
                              else OverflowError)
        if text:
            self.assertIn(repr(text), str(caught.exception))  # the message quotes the text
        return caught.exception

    def test_malformed_text_is_a_parse_error(self):
        for text in ("12.3.4", "1e5", "", "NaN", "12,34", "inf", ".5", "1.", "--1", " 1", "万"):
            with self.subTest(text=text):
                exc = self.assert_raises_naming(errors.ParseError, text)
                self.assertEqual(exc.status, -2)
                self.assertEqual(exc.status_name, "RG_EPARSE")

    def test_thousands_separators_need_the_flag_and_groups_of_three(self):
        self.assert_raises_naming(errors.ParseError, "1,234,567.89")
        self.assertEqual(money.parse("1,234,567.89", allow_thousands=True), 12345678900)
        self.assert_raises_naming(errors.ParseError, "12,34", allow_thousands=True)

    def test_thirty_digit_amount_overflows(self):
        exc = self.assert_raises_naming(errors.Overflow, "123456789012345678901234567890")
        self.assertEqual(exc.status_name, "RG_EOVERFLOW")

    def test_finer_than_a_ten_thousandth_is_a_precision_error(self):
        self.assert_raises_naming(errors.PrecisionError, "0.00001")
        self.assertEqual(money.parse("0.00010"), 1)  # zeros beyond 4 places are exact

    def test_unit_suffixes(self):
        self.assertEqual(money.parse("9819.05万"), 98_190_500 * money.UNITS_PER_YUAN)
        self.assertEqual(money.parse("36.82亿"), 3_682_000_000 * money.UNITS_PER_YUAN)


class ArithmeticErrorsTest(unittest.TestCase):
    def test_sub_fen_amount_fails_the_fen_check(self):
        self.assertIsNone(money.check_fen(money.parse("12.34")))
        with self.assertRaises(errors.PrecisionError) as caught:
            money.check_fen(money.parse("12.345"))
        self.assertIn("12.3450", str(caught.exception))

    def test_add_overflow_never_wraps(self):
        with self.assertRaises(errors.Overflow):
            money.add(money.MAX_UNITS, 1)
        with self.assertRaises(errors.Overflow):
            money.sub(money.MIN_UNITS, 1)

    def test_bad_arguments_are_invalid_argument(self):
        with self.assertRaises(errors.InvalidArgument):
            money.div(100, 0)
        with self.assertRaises(errors.InvalidArgument):
            money.mul_ratio(100, 1, 0)
        with self.assertRaises(errors.InvalidArgument):
            money.format(100, 5)
        with self.assertRaises(errors.InvalidArgument) as caught:
            money.div(100, 3, 2, 4)  # no such rounding mode
        self.assertIn("rounding", str(caught.exception))

    def test_floats_are_refused(self):
        for call in (lambda: money.add(1.5, 1), lambda: money.format(0.1),
                     lambda: money.from_decimal(0.1), lambda: money.to_decimal(True)):
            with self.assertRaises(TypeError):
                call()

    def test_small_format_buffer_is_buffer_too_small(self):
        buf = ctypes.create_string_buffer(4)
        with self.assertRaises(errors.BufferTooSmall) as caught:
            lib.rg_money_format(buf, len(buf), None, 123456789, 2, 0, 0)
        self.assertEqual(caught.exception.status, -17)

    def test_too_many_parts_is_limit_exceeded_before_any_array_is_read(self):
        one = array("q", [1])
        with self.assertRaises(errors.LimitExceeded):
            lib.rg_money_allocate(one.buffer_info()[0], 100, one.buffer_info()[0],
                                  money.ALLOCATE_PARTS_MAX + 1)

    def test_allocate_rejects_bad_weights(self):
        with self.assertRaises(errors.InvalidArgument):
            money.allocate(100, [])
        with self.assertRaises(errors.InvalidArgument):
            money.allocate(100, [1, -1])
        with self.assertRaises(errors.InvalidArgument):
            money.allocate(100, [0, 0])
        with self.assertRaises(errors.PrecisionError):
            money.allocate_fen(101, [1, 1])


class DecimalConversionTest(unittest.TestCase):
    def test_round_trip_is_exact_over_the_whole_range(self):
        rng = random.Random(7)
        samples = [0, 1, -1, 100, 5000, money.MAX_UNITS, money.MIN_UNITS]
        samples += [rng.randrange(money.MIN_UNITS, money.MAX_UNITS + 1) for _ in range(5000)]
        for units in samples:
            value = money.to_decimal(units)
            self.assertEqual(money.from_decimal(value), units)
            # and the library reads the Decimal's text as the same amount
            self.assertEqual(money.parse(str(value)), units)

    def test_to_decimal_is_exact_under_a_low_precision_context(self):
        with decimal.localcontext() as ctx:
            ctx.prec = 3
            self.assertEqual(str(money.to_decimal(money.MAX_UNITS)), "922337203685477.5807")

    def test_from_decimal_accepts_exact_values_and_rejects_the_rest(self):
        self.assertEqual(money.from_decimal(Decimal("12.34")), 123400)
        self.assertEqual(money.from_decimal(Decimal("1.23000")), 12300)
        self.assertEqual(money.from_decimal(Decimal("-0.0001")), -1)
        self.assertEqual(money.from_decimal(Decimal("1E+3")), 10_000_000)
        self.assertEqual(money.from_decimal(7), 70000)
        self.assertEqual(money.from_decimal(Decimal("-922337203685477.5808")), money.MIN_UNITS)
        with self.assertRaises(errors.PrecisionError):
            money.from_decimal(Decimal("0.00001"))
        with self.assertRaises(errors.PrecisionError):
            money.from_decimal(Decimal("1E-100"))
        for bad in ("NaN", "sNaN", "Infinity", "-Infinity"):
            with self.assertRaises(errors.InvalidArgument):
                money.from_decimal(Decimal(bad))
        for big in ("922337203685477.5808", "1E+15", "1E+999999"):
            with self.assertRaises(errors.Overflow):
                money.from_decimal(Decimal(big))


class RoundingTableTest(unittest.TestCase):
    """The classic cases where binary floating point gets money wrong, in every mode."""

    TABLE = {  # amount: (half_up, half_even, down, up) at 2 decimal places
        "0.125": ("0.13", "0.12", "0.12", "0.13"),
        "-0.125": ("-0.13", "-0.12", "-0.12", "-0.13"),
        "1.005": ("1.01", "1.00", "1.00", "1.01"),
        "2.675": ("2.68", "2.68", "2.67", "2.68"),
    }

    def test_table_in_every_mode_by_format_mul_ratio_and_div(self):
        for text, expected in self.TABLE.items():
            units = money.parse(text)
            for mode, want in zip(Rounding, expected):
                with self.subTest(amount=text, mode=mode.name):
                    self.assertEqual(want, ref.format_text(units, 2, mode))  # decimal agrees
                    self.assertEqual(money.format(units, 2, mode), want)
                    self.assertEqual(money.mul_ratio(units, 1, 1, 2, mode), money.parse(want))
                    self.assertEqual(money.div(units, 1, 2, mode), money.parse(want))
                    self.assertEqual(money.mul_ratio(units, 3, 3, 2, mode), money.parse(want))

    def test_rounding_enum_matches_decimal_modes(self):
        self.assertEqual([m.value for m in Rounding], [0, 1, 2, 3])
        self.assertEqual(money.format(-1, 2, Rounding.HALF_UP), "0.00")  # never "-0.00"

    def test_hundred_yuan_split_three_ways(self):
        parts = money.allocate_fen(money.parse("100.00"), [1, 1, 1])
        self.assertEqual([money.format(p) for p in parts], ["33.34", "33.33", "33.33"])
        self.assertEqual(sum(parts), money.parse("100.00"))
        units = money.allocate(money.parse("100"), array("q", [1, 1, 1]))
        self.assertEqual(units, [333334, 333333, 333333])
        self.assertEqual(money.allocate_fen(money.parse("-100"), [1, 1, 1]),
                         [-333400, -333300, -333300])

    def test_disbursement_progress(self):
        allocated, spent = money.parse("36.82亿"), money.parse("22.4亿")
        percent = money.mul_ratio(100 * money.UNITS_PER_YUAN, spent, allocated, 2)
        self.assertEqual(money.format(percent), "60.84")
        self.assertEqual(money.format(money.parse("1234567.895"), 2, thousands=True),
                         "1,234,567.90")


if __name__ == "__main__":
    unittest.main()
