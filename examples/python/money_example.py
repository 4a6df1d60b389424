"""Exact money from Python: parse, compute progress, split a payment (docs/python.md)."""
from decimal import Decimal
from ruralguard import money, to_decimal, Rounding

allocated, spent = money.parse("36.82亿"), money.parse("22.4亿")  # int units of 1/10000 yuan
percent = money.mul_ratio(100 * money.UNITS_PER_YUAN, spent, allocated, 2, Rounding.HALF_UP)
print(f"disbursement progress {money.format(percent)}%")  # 60.84%
parts = money.allocate_fen(money.parse("100.00"), [1, 1, 1])  # one C call for the whole batch
print([money.format(p) for p in parts])  # ['33.34', '33.33', '33.33']: sums to 100.00 exactly
print(to_decimal(spent) == Decimal("2240000000"))  # True: Decimal conversion is exact
