"""Policy sets and regimes (issue 16; DOMAIN.md 1.2, DOMAIN-2026 §7.3).

A :class:`PolicySet` holds many policies keyed by (province, year); each household is assessed
under the policy of its own province (region code // 10**10) for the year its income period
ends. A province or year the set lacks raises :class:`ruralguard.errors.NotFound` naming it.
"""

from __future__ import annotations

import ctypes
import datetime
import enum
import json
from array import array
from typing import Any, Dict, List, Mapping, Optional, Tuple

from . import errors, reports, risk
from ._lib import RgDate, Status, declare, lib, read_text, utf8
from .dates import to_rg_date

_P = ctypes.POINTER
_size = ctypes.c_size_t
_vp = ctypes.c_void_p
_SetHandle = ctypes.c_void_p


class Regime(enum.IntEnum):
    """C ``RG_REGIME_*``: the policy regime 政策阶段."""
    TRANSITION_2021_2025 = 0  # 2021-2025 过渡期
    NORMALISED_2026 = 1       # 2026 常态化帮扶


class CompareFormat(enum.IntEnum):
    """C ``RG_COMPARE_*``: the output of :func:`compare`."""
    TEXT = 0
    JSON = 1


class Language(enum.IntEnum):
    """C ``RG_LANGUAGE_*``."""
    ZH_CN = 0
    EN = 1


declare("rg_policy_set_from_json", Status, [_P(_SetHandle), ctypes.c_char_p, _size])
declare("rg_policy_set_builtin", Status, [_P(_SetHandle)])
declare("rg_policy_set_to_json", Status, [ctypes.c_char_p, _size, _P(_size), _SetHandle])
declare("rg_policy_set_counts", Status, [_P(_size), _P(_size), _SetHandle])
declare("rg_policy_set_lookup", Status, [_P(_vp), _SetHandle, ctypes.c_uint64, RgDate])
declare("rg_policy_set_free", None, [_SetHandle])
declare("rg_policy_regime", Status, [_P(ctypes.c_int32), _vp])
declare("rg_policy_compare", Status, [ctypes.c_char_p, _size, _P(_size), _P(risk._Facts), _vp, RgDate,
                                      _vp, RgDate, ctypes.c_int32, ctypes.c_int32])
declare("rg_risk_assess_batch_set", Status, [_P(_size), _P(risk._OutColumns), _P(risk._Columns),
                                             _SetHandle, RgDate])
declare("rg_store_assess_run", Status, [_P(ctypes.c_int64), _P(_size), _vp, _SetHandle, RgDate,
                                        ctypes.c_char_p, _size])
declare("rg_summary_from_store_policies", Status, [_P(reports._SummaryHandle), _vp, RgDate, ctypes.c_char_p, _size, _vp,
                                                   _SetHandle])
declare("rg_store_save_policy_set", Status, [_vp, _SetHandle])
declare("rg_store_load_policy_set", Status, [_P(_SetHandle), _vp, ctypes.c_char_p, _size, ctypes.c_int32])


class PolicySet:
    """An immutable set of policies keyed by (province, year), with threshold change records."""

    def __init__(self, handle):
        self._handle = handle

    @classmethod
    def from_json(cls, text) -> "PolicySet":
        handle = _SetHandle()
        raw = bytes(text) if isinstance(text, (bytes, bytearray)) else utf8(text, "policy set JSON")
        lib.rg_policy_set_from_json(ctypes.byref(handle), raw, len(raw))
        return cls(handle)

    @classmethod
    def builtin(cls) -> "PolicySet":
        """The built-in catalogue of sourced policies (docs/policy.md)."""
        handle = _SetHandle()
        lib.rg_policy_set_builtin(ctypes.byref(handle))
        return cls(handle)

    @classmethod
    def load(cls, store, set_id: str, version: int = 0) -> "PolicySet":
        handle = _SetHandle()
        raw = utf8(set_id, "set id")
        lib.rg_store_load_policy_set(ctypes.byref(handle), store.handle, raw, len(raw), version)
        return cls(handle)

    def save(self, store) -> None:
        lib.rg_store_save_policy_set(store.handle, self.handle)

    def to_json(self) -> str:
        return read_text(lambda buf, cap, ln: lib.rg_policy_set_to_json(buf, cap, ln, self.handle))

    def counts(self) -> Tuple[int, int]:
        """(policies, threshold changes)."""
        n, c = _size(), _size()
        lib.rg_policy_set_counts(ctypes.byref(n), ctypes.byref(c), self.handle)
        return n.value, c.value

    def __len__(self) -> int:
        return self.counts()[0]

    def lookup(self, region_code: int, income_period_end: datetime.date) -> risk.Policy:
        """The policy of a household in `region_code` whose income period ends on the date."""
        out = ctypes.c_void_p()
        lib.rg_policy_set_lookup(ctypes.byref(out), self.handle, region_code, to_rg_date(income_period_end))
        return risk.Policy(out)

    @property
    def handle(self):
        if not self._handle:
            raise errors.StateError("policy set is closed")
        return self._handle

    def close(self) -> None:
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            lib.rg_policy_set_free(handle)

    __del__ = close

    def __enter__(self) -> "PolicySet":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def regime(policy: risk.Policy) -> Regime:
    """The regime the policy assesses under (its own, else the one in force on its effective date)."""
    out = ctypes.c_int32()
    lib.rg_policy_regime(ctypes.byref(out), risk._check_policy(policy))
    return Regime(out.value)


def compare(facts: risk.HouseholdFacts, before: risk.Policy, before_as_of: datetime.date,
            after: risk.Policy, after_as_of: datetime.date,
            language: Language = Language.EN, as_json: bool = False):
    """One household under two policies, the differences explained: text lines in `language`, or
    (as_json) a dict with both sides and the lines in zh and en."""
    c = risk._check_facts(facts)
    fmt = CompareFormat.JSON if as_json else CompareFormat.TEXT
    text = read_text(lambda buf, cap, ln: lib.rg_policy_compare(
        buf, cap, ln, ctypes.byref(c), risk._check_policy(before), to_rg_date(before_as_of),
        risk._check_policy(after), to_rg_date(after_as_of), int(fmt), int(Language(language))))
    return json.loads(text) if as_json else text


def assess_batch(columns: Mapping[str, Any], policies: PolicySet, as_of: datetime.date,
                 outputs: Tuple[str, ...] = ("within_monitoring", "category", "risk_mask",
                                             "score", "level", "next_visit", "status"),
                 ) -> Tuple[Dict[str, array], int]:
    """risk.assess_batch with each row under the set's policy of its province and year."""
    if policies is None:
        raise errors.InvalidArgument("policies is None: expected a ruralguard.policy.PolicySet")
    if columns is None or "region_code" not in columns or columns["region_code"] is None:
        raise errors.InvalidArgument("column 'region_code' is required")
    unknown = set(columns) - {name for name, *_ in risk._COLUMN_SPECS}
    if unknown:
        raise errors.InvalidArgument(f"unknown column(s): {sorted(unknown)}")
    count = len(memoryview(columns["region_code"]))
    keep: List[Any] = []
    cin = risk._Columns()
    cin.struct_size = ctypes.sizeof(risk._Columns)
    cin.count = count
    for name, ctype, typecodes, required in risk._COLUMN_SPECS:
        if name in columns and columns[name] is not None:
            setattr(cin, name, risk._column_pointer(name, columns[name], ctype, typecodes, count, keep))
        elif required:
            raise errors.InvalidArgument(f"column {name!r} is required")
    cout = risk._OutColumns()
    cout.struct_size = ctypes.sizeof(risk._OutColumns)
    results = {}
    for name, typecode in risk._OUTPUT_SPECS:
        if name in outputs:
            arr = array(typecode, bytes(count * array(typecode).itemsize))
            results[name] = arr
            if count:
                setattr(cout, name, arr.buffer_info()[0])
    failed = _size()
    lib.rg_risk_assess_batch_set(ctypes.byref(failed), ctypes.byref(cout), ctypes.byref(cin),
                                 policies.handle, to_rg_date(as_of))
    del keep
    return results, failed.value


def assess_store(store, policies: PolicySet, as_of: datetime.date, label: str = "") -> Tuple[int, int]:
    """Assesses every household of `store` under the set and records the run: (run id, monitored)."""
    run, monitored = ctypes.c_int64(), _size()
    raw = utf8(label, "label")
    lib.rg_store_assess_run(ctypes.byref(run), ctypes.byref(monitored), store.handle, policies.handle,
                            to_rg_date(as_of), raw, len(raw))
    return run.value, monitored.value


def summary_from_store(store, as_of: datetime.date, region_prefix: str = "",
                       policy: Optional[risk.Policy] = None, policies: Optional[PolicySet] = None):
    """reports.SummarySet.from_store, assessing a store without a run under `policies` (per
    household) or `policy` (every household) instead of the built-in catalogue."""
    h = reports._SummaryHandle()
    raw = region_prefix.encode("ascii")
    lib.rg_summary_from_store_policies(ctypes.byref(h), store.handle, to_rg_date(as_of), raw, len(raw),
                                       policy.handle if policy is not None else None,
                                       policies.handle if policies is not None else None)
    return reports.SummarySet(h)
