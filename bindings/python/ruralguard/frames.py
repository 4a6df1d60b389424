"""pandas DataFrames in and out of ruralguard (optional: needs pandas; docs/python.md "pandas").

``import ruralguard`` never imports pandas; ``import ruralguard.frames`` (or the attribute
``ruralguard.frames``) does, and raises ImportError naming the package to install when it is
missing.

Money stays exact: columns of int64 units of 1/10000 yuan (``money="units"``, the default), or
object columns of :class:`decimal.Decimal` yuan (``money="decimal"``); never float. Float columns
are refused with TypeError wherever money or counts are expected.

Zero copies where the column types allow: :func:`assess` hands each DataFrame column whose numpy
dtype already is the C element type (int64 amounts, uint64 region codes, int32 counts and rg_date
days, uint8 kinds, uint16 events) and which is contiguous to ``rg_risk_assess_batch`` as a pointer
to the column's own memory; other integer columns are range-checked and converted once. The
output columns are numpy arrays the C call writes into directly.
"""

from __future__ import annotations

import ctypes
import datetime
import decimal
from typing import Any, Dict, Iterable, Optional, Sequence, Tuple

try:
    import numpy as np
    import pandas as pd
except ImportError as _exc:  # pragma: no cover - exercised without pandas
    raise ImportError("ruralguard.frames needs pandas (Debian: apt-get install python3-pandas; "
                      "pip: pip install 'ruralguard[pandas]'); the rest of ruralguard works without "
                      "it") from _exc

from . import errors, risk
from ._lib import lib, read_rows
from .dates import to_rg_date
from .money import to_decimal

__all__ = ["assess", "assess_households", "households", "summaries", "report", "ledger_history", "cases",
           "MONEY_COLUMNS", "CATEGORY_NAMES", "LEVEL_NAMES"]

# Input columns of rg_risk_assess_batch: name -> numpy dtype of the C element.
_INPUT_DTYPES: Dict[str, np.dtype] = {
    "region_code": np.dtype(np.uint64), "kind": np.dtype(np.uint8),
    "per_capita_income": np.dtype(np.int64), "previous_per_capita_income": np.dtype(np.int64),
    "net_income": np.dtype(np.int64), "medical_out_of_pocket": np.dtype(np.int64),
    "education_out_of_pocket": np.dtype(np.int64), "income_period_end": np.dtype(np.int32),
    "members": np.dtype(np.int32), "labour_capable": np.dtype(np.int32),
    "weak_labour": np.dtype(np.int32), "seriously_ill": np.dtype(np.int32),
    "chronically_ill": np.dtype(np.int32), "disabled": np.dtype(np.int32),
    "guarantee_failures": np.dtype(np.uint8), "events": np.dtype(np.uint16),
}
_REQUIRED = {name for name, _, _, required in risk._COLUMN_SPECS if required}
MONEY_COLUMNS = ("per_capita_income", "previous_per_capita_income", "net_income",
                 "medical_out_of_pocket", "education_out_of_pocket")
_OUTPUT_DTYPES = {"within_monitoring": np.uint8, "category": np.uint8, "risk_mask": np.uint32,
                  "score": np.int32, "level": np.uint8, "next_visit": np.int32, "status": np.int32}
CATEGORY_NAMES = ["unstable_formerly_poor", "marginal", "sudden_severe"]  # codes 1..3; 0 = none
LEVEL_NAMES = ["blue", "yellow", "red"]  # codes 1..3; 0 = none


def _check_frame(df, what="df"):
    if df is None:
        raise errors.InvalidArgument(f"{what} is None: expected a pandas DataFrame")
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{what} must be a pandas DataFrame, got {type(df).__name__}")


def _days(values: np.ndarray, name: str) -> np.ndarray:
    """datetime64 values -> int32 rg_date days (one conversion; NaT refused)."""
    days = values.astype("datetime64[D]")
    if np.isnat(days).any():
        raise errors.InvalidArgument(f"column {name!r} has a missing date (NaT) in row "
                                     f"{int(np.argmax(np.isnat(days)))}")
    out = days.astype(np.int64)
    return _narrow(out, np.dtype(np.int32), name)


def _narrow(values: np.ndarray, dtype: np.dtype, name: str) -> np.ndarray:
    """Integer values -> `dtype`, refusing values the C type cannot hold (never wraps)."""
    if values.size:
        info = np.iinfo(dtype)
        low, high = values.min(), values.max()
        if int(low) < info.min or int(high) > info.max:
            bad = int(np.argmax((values < info.min) | (values > info.max)))
            raise errors.InvalidArgument(
                f"column {name!r} row {bad}: {values[bad]} is outside the range of {dtype.name} "
                f"({info.min}..{info.max})")
    return values.astype(dtype)


def _object_column(values: np.ndarray, name: str) -> np.ndarray:
    """An object column: Decimal yuan (money), datetime.date (dates) or Python ints."""
    if name in MONEY_COLUMNS:
        from .money import from_decimal
        out = np.empty(len(values), dtype=np.int64)
        for i, v in enumerate(values):
            if v is None or v is pd.NA or (isinstance(v, float) and v != v):
                if name != "previous_per_capita_income":
                    raise errors.InvalidArgument(f"column {name!r} row {i} is missing")
                out[i] = risk.MONEY_UNKNOWN
            else:
                out[i] = from_decimal(v)  # TypeError for float, PrecisionError below 1/10000 yuan
        return out
    if name == "income_period_end":
        out = np.empty(len(values), dtype=np.int32)
        for i, v in enumerate(values):
            if v is None:
                raise errors.InvalidArgument(f"column {name!r} row {i} is missing")
            out[i] = to_rg_date(v)
        return out
    for i, v in enumerate(values):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
            raise TypeError(f"column {name!r} row {i}: expected an int, got {type(v).__name__}")
    return _narrow(np.array([int(v) for v in values], dtype=object).astype(np.int64)
                   if len(values) else np.empty(0, np.int64), _INPUT_DTYPES[name], name)


def _column_buffer(series: "pd.Series", name: str) -> Tuple[np.ndarray, bool]:
    """(contiguous numpy array of the C element type, True when it is the column's own memory)."""
    dtype = _INPUT_DTYPES[name]
    if isinstance(series.dtype, pd.api.extensions.ExtensionDtype):
        if series.isna().any():
            if name != "previous_per_capita_income":
                raise errors.InvalidArgument(f"column {name!r} has a missing value in row "
                                             f"{int(np.argmax(series.isna().to_numpy()))}")
            series = series.fillna(risk.MONEY_UNKNOWN)
        if not pd.api.types.is_integer_dtype(series.dtype):
            raise TypeError(f"column {name!r}: expected integers, got dtype {series.dtype}")
        return _narrow(series.to_numpy(dtype=np.int64), dtype, name), False
    values = series.to_numpy()
    kind = values.dtype.kind
    if kind == "f" or kind == "c":
        raise TypeError(f"column {name!r} has dtype {values.dtype}: ruralguard never takes floats "
                        f"(money as int64 units of 1/10000 yuan or Decimal)")
    if kind == "M":
        if name != "income_period_end":
            raise TypeError(f"column {name!r}: a date column where integers are expected")
        return _days(values, name), False
    if kind == "O":
        return _object_column(values, name), False
    if kind == "b":
        values = values.view(np.uint8)
    elif kind not in "iu":
        raise TypeError(f"column {name!r}: unsupported dtype {values.dtype}")
    if values.dtype == dtype:
        if values.flags.c_contiguous:  # read-only is fine: the C columns are const
            return values, True  # zero copy: the C call reads the column's own memory
        return np.ascontiguousarray(values), False
    return _narrow(values, dtype, name), False


def _categorical(codes: np.ndarray, names: Sequence[str], ordered: bool) -> "pd.Categorical":
    return pd.Categorical.from_codes(codes.astype(np.int8) - 1, categories=list(names), ordered=ordered)


def _dates(days: np.ndarray) -> np.ndarray:
    out = days.astype("datetime64[D]")
    out[days == risk.DATE_NONE] = np.datetime64("NaT")
    return out.astype("datetime64[ns]")


def assess(df: "pd.DataFrame", policy: "risk.Policy", as_of: datetime.date, decode: bool = True,
           copies: Optional[list] = None) -> "pd.DataFrame":
    """Assesses every row of `df` in one ``rg_risk_assess_batch`` call; returns a DataFrame with
    the same index and the columns within_monitoring, category, risk_mask, score, level,
    next_visit and status (0, or the rg_status of a row that failed).

    `df` has the columns of :func:`ruralguard.risk.assess_batch` (extra columns are ignored):
    region_code, kind, per_capita_income, net_income, income_period_end, members,
    labour_capable required; amounts int64 units (or Decimal objects), income_period_end as
    rg_date int32 days or datetime64. With `decode` (the default) within_monitoring is bool,
    category and level are pandas Categoricals of names (CATEGORY_NAMES, LEVEL_NAMES; missing
    when none) and next_visit is datetime64 (NaT when none); with ``decode=False`` they are the
    raw codes the C ABI writes. `copies`, when a list, receives the names of input columns that
    had to be converted (all others were passed without a copy).
    """
    _check_frame(df)
    if policy is None:
        raise errors.InvalidArgument("policy is None")
    missing = sorted(_REQUIRED - set(df.columns))
    if missing:
        raise errors.InvalidArgument(f"column(s) {missing} are required")
    count = len(df)
    keep = []
    cin = risk._Columns()
    cin.struct_size = ctypes.sizeof(risk._Columns)
    cin.count = count
    for name in _INPUT_DTYPES:
        if name not in df.columns:
            continue
        arr, shared = _column_buffer(df[name], name)
        if not shared and copies is not None:
            copies.append(name)
        keep.append(arr)
        setattr(cin, name, arr.ctypes.data if count else None)
    outputs = {name: np.zeros(count, dtype=dtype) for name, dtype in _OUTPUT_DTYPES.items()}
    cout = risk._OutColumns()
    cout.struct_size = ctypes.sizeof(risk._OutColumns)
    for name, arr in outputs.items():
        setattr(cout, name, arr.ctypes.data if count else None)
    failed = ctypes.c_size_t()
    if count:  # the C function wants non-NULL columns; nothing to assess in an empty frame
        risk.lib.rg_risk_assess_batch(ctypes.byref(failed), ctypes.byref(cout), ctypes.byref(cin),
                                      policy.handle, to_rg_date(as_of))
    else:
        policy.handle  # StateError for a closed policy, as with rows
    del keep
    if decode:
        outputs["within_monitoring"] = outputs["within_monitoring"].view(np.bool_)
        outputs["category"] = _categorical(outputs["category"], CATEGORY_NAMES, ordered=False)
        outputs["level"] = _categorical(outputs["level"], LEVEL_NAMES, ordered=True)
        outputs["next_visit"] = _dates(outputs["next_visit"])
    result = pd.DataFrame(outputs, index=df.index, copy=False)
    result.attrs["failed"] = failed.value
    return result


def _money(values: np.ndarray, money: str):
    if money == "units":
        return values
    if money == "decimal":
        return np.array([None if v == risk.MONEY_UNKNOWN else to_decimal(int(v)) for v in values],
                        dtype=object)
    raise errors.InvalidArgument(f"money must be 'units' or 'decimal', got {money!r}")


def households(store, as_of: datetime.date, region_prefix: str = "", money: str = "units",
               dates: str = "datetime64", household_ids: bool = False) -> "pd.DataFrame":
    """Every household of `store` (within `region_prefix`) as of `as_of`, one row each, indexed by
    household_key: the columns of ``rg_household_table_view`` (one columnar load). The DataFrame
    owns copies of the library's arrays (freed before returning). ``dates="rg_date"`` keeps
    income_period_end as int32 days, so that :func:`assess` passes every column without a copy;
    ``household_ids=True`` adds the household_id text (one C call per row: slow for a county)."""
    from .households import _COLUMNS, load_columns
    if dates not in ("datetime64", "rg_date"):
        raise errors.InvalidArgument(f"dates must be 'datetime64' or 'rg_date', got {dates!r}")
    with load_columns(store, as_of, region_prefix) as table:
        data = {}
        for name, _, _ in _COLUMNS:
            column = np.array(getattr(table, name), copy=True)
            if name in MONEY_COLUMNS:
                column = _money(column, money)
            elif name == "income_period_end" and dates == "datetime64":
                column = _dates(column)
            data[name] = column
        if household_ids:
            data["household_id"] = np.array([table.household_id(i) for i in range(len(table))],
                                            dtype=object)
    keys = data.pop("household_key")
    return pd.DataFrame(data, index=pd.Index(keys, name="household_key"), copy=False)


_FIGURE_ARRAYS = {"households_by_type": ("formerly_poor", "formerly_poor_no_policy", "ordinary"),
                  "people_by_type": ("formerly_poor", "formerly_poor_no_policy", "ordinary"),
                  "monitored_by_level": ("blue", "yellow", "red")}
_FUNDS = ("central", "provincial", "municipal", "county")


def summaries(summary_set, money: str = "units") -> "pd.DataFrame":
    """One row per region summary of a :class:`ruralguard.reports.SummarySet` (its exact sums:
    rg_summary_figures), indexed by region code; money columns int64 units or Decimal."""
    if summary_set is None:
        raise errors.InvalidArgument("summary_set is None")
    rows = []
    for i in range(len(summary_set)):
        f = summary_set.figures(i)
        row = {"region": f.region}
        for name, _ in f._fields_[3:]:
            value = getattr(f, name)
            if name in _FIGURE_ARRAYS:
                for j, part in enumerate(_FIGURE_ARRAYS[name], start=1):
                    row[f"{name.replace('_by_type', '').replace('_by_level', '')}_{part}"] = value[j]
            elif name in ("allocated", "disbursed"):
                for j, fund in enumerate(_FUNDS):
                    row[f"{name}_{fund}"] = value[j]
            else:
                row[name] = value
        rows.append(row)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    for name in frame.columns:
        if name == "region":
            frame[name] = frame[name].astype(np.uint64)
        else:
            frame[name] = frame[name].astype(np.int64)
    money_columns = [c for c in frame.columns if c.startswith(("allocated_", "disbursed_")) or
                     c in ("fp_income_people_sum", "industry_disbursed")]
    for name in money_columns:
        frame[name] = _money(frame[name].to_numpy(), money)
    return frame.set_index("region")


def _yuan_text(text, money):
    """A report's money text ("1234.56", exact) -> int units or Decimal; None stays None."""
    if text is None:
        return None
    value = decimal.Decimal(text)
    if money == "decimal":
        return value
    from .money import from_decimal
    return from_decimal(value)


def report(summary_set, as_of: datetime.date, detail_level: str = "township", indicators=None,
           money: str = "units") -> "pd.DataFrame":
    """The report (the JSON document of docs/reports.md) as a DataFrame: one row per region, then
    the counties and the total (column ``scope``: "region", "county", "total"), columns in the
    report's order. Counts are int64; money (rounded once to fen by the library) is int64 units or
    Decimal; rates are Decimal (None without data). ``df.attrs["columns"]`` keeps the report's
    column descriptions (en, zh, kind)."""
    if summary_set is None:
        raise errors.InvalidArgument("summary_set is None")
    if money not in ("units", "decimal"):
        raise errors.InvalidArgument(f"money must be 'units' or 'decimal', got {money!r}")
    doc = summary_set.report_dict(as_of, detail_level, indicators)
    columns = doc["columns"]
    rows = []
    for scope, items in (("region", doc["regions"]), ("county", doc["counties"]), ("total", [doc["total"]])):
        for item in items:
            row = {"scope": scope}
            for column in columns:
                value = item.get(column["id"])
                kind = column["kind"]
                if kind == "money":
                    value = _yuan_text(value, money)
                elif kind not in ("text", "count") and isinstance(value, str):
                    value = decimal.Decimal(value)  # rates and percentages: exact decimal text
                row[column["id"]] = value
            rows.append(row)
    frame = pd.DataFrame(rows, columns=["scope"] + [c["id"] for c in columns])
    for column in columns:
        if column["kind"] == "count" or (column["kind"] == "money" and money == "units"):
            if not frame[column["id"]].isna().any():
                frame[column["id"]] = frame[column["id"]].astype(np.int64)
    frame.attrs["columns"] = columns
    frame.attrs["as_of"] = doc.get("as_of")
    return frame


def ledger_history(ledger, account_id: int, date_from: datetime.date, date_to: datetime.date,
                   money: str = "units") -> "pd.DataFrame":
    """The transfers touching `account_id` between two dates (inclusive) in commit order
    (rg_ledger_history): sequence, transfer_id (int, 128 bits), debit_account_id,
    credit_account_id, is_debit, amount (int64 units or Decimal), effective_date, code (a
    Categorical of ledger.CODE names), project_id, flags, memo."""
    from .ledger import CODE, _HistoryEntry
    if ledger is None:
        raise errors.InvalidArgument("ledger is None")
    rows = read_rows(lambda r, c, n: lib.rg_ledger_history(
        r, c, n, ledger.handle, account_id, to_rg_date(date_from), to_rg_date(date_to)), _HistoryEntry)
    records: Any = np.frombuffer(bytearray(b"".join(bytes(r) for r in rows)), dtype=np.dtype(_HistoryEntry)) \
        if rows else np.zeros(0, dtype=np.dtype(_HistoryEntry))
    t = records["transfer"]
    names = {v: k for k, v in CODE.items()}
    codes = t["code"].astype(np.int64)
    frame = pd.DataFrame({
        "sequence": records["sequence"].astype(np.int64),
        "transfer_id": [int(hi) << 64 | int(lo) for hi, lo in zip(t["id_hi"], t["id_lo"])],
        "debit_account_id": t["debit_account_id"], "credit_account_id": t["credit_account_id"],
        "is_debit": records["is_debit"].astype(bool),
        "amount": _money(t["amount"].astype(np.int64), money),
        "effective_date": _dates(t["effective_date"].astype(np.int32)),
        "code": pd.Categorical([names.get(int(c), str(int(c))) for c in codes],
                               categories=list(CODE)),
        "project_id": t["project_id"], "flags": t["flags"].astype(np.int64),
        "memo": [bytes(m).split(b"\0", 1)[0].decode("utf-8", "replace") for m in t["memo"]],
    })
    return frame


def cases(store, case_ids: Iterable[int]) -> "pd.DataFrame":
    """The monitoring cases `case_ids` (rg_case_get each) as a DataFrame indexed by case_id:
    household_key, state, category, level (names), risks (list of names), found, identified,
    eliminated (datetime64, NaT when not yet), rollbacks, events."""
    from . import cases as _cases
    if case_ids is None:
        raise errors.InvalidArgument("case_ids is None")
    rows = []
    for case_id in case_ids:
        info = _cases.get_case(store, case_id)
        rows.append({"case_id": info.case_id, "household_key": info.household_key,
                     "state": info.state.name.lower(),
                     "category": None if info.category is None else info.category.name.lower(),
                     "level": None if info.level is None else info.level.name.lower(),
                     "risks": [r.name.lower() for r in info.risks],
                     "found": info.found, "identified": info.identified, "eliminated": info.eliminated,
                     "rollbacks": info.rollbacks, "events": info.events})
    frame = pd.DataFrame(rows, columns=["case_id", "household_key", "state", "category", "level", "risks",
                                        "found", "identified", "eliminated", "rollbacks", "events"])
    for name in ("found", "identified", "eliminated"):
        frame[name] = pd.to_datetime(frame[name])
    frame["category"] = pd.Categorical(frame["category"], categories=CATEGORY_NAMES)
    frame["level"] = pd.Categorical(frame["level"], categories=LEVEL_NAMES, ordered=True)
    return frame.set_index("case_id")


def assess_households(store, policy: "risk.Policy", as_of: datetime.date, region_prefix: str = "",
                      decode: bool = True) -> "pd.DataFrame":
    """Loads the store's households and assesses them: :func:`households` (rg_date days, so every
    column goes to the C call without a copy) joined with :func:`assess`."""
    frame = households(store, as_of, region_prefix, dates="rg_date")
    return frame.join(assess(frame, policy, as_of, decode=decode))

