"""Project assets (扶贫项目资产): capitalisation, lifecycle, income distribution, warnings, reports.

An :class:`Assets` registry works on an open :class:`ruralguard.ledger.Ledger` (same store): it
must be closed before the ledger. Amounts are int units of 1/10000 yuan (whole fen); dates are
datetime.date; enumerations are passed and returned by name. See docs/assets.md.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
from typing import Dict, List, Optional, Tuple

from . import errors
from .types import Record
from ._lib import Money, RgDate, Status, declare, lib, read_rows, read_text
from .dates import from_rg_date, to_rg_date

__all__ = ["Assets", "AssetInfo", "AssetEvent", "AssetWarning", "AssetIncome", "ASSET_CLASS", "SUBTYPE", "PARTY", "OPERATION", "FARMER_LINK", "STATUS",
           "DISPOSAL_REASON", "DISPOSAL_METHOD", "APPROVAL", "PURPOSE", "WARNING"]

_P = ctypes.POINTER
_size = ctypes.c_size_t
_handle = ctypes.c_void_p
_u8, _u32, _u64, _i32, _i64 = ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint64, ctypes.c_int32, ctypes.c_int64

ASSET_CLASS = {"operating": 1, "public_welfare": 2, "household": 3}
SUBTYPE = {"photovoltaic": 1, "farming_base": 2, "processing": 3, "tourism_commerce": 4,
           "equity": 5, "road": 6, "irrigation": 7, "water_supply": 8, "sanitation": 9,
           "public_service": 10, "power": 11, "service_centre": 12, "livestock": 13,
           "equipment": 14, "other": 15}
PARTY = {"village_collective": 1, "township": 2, "county_department": 3, "state_company": 4,
         "household": 5, "operator": 6}
RIGHTS = ("ownership", "management", "income", "disposal", "supervision")
OPERATION = {"self": 1, "lease": 2, "contract": 3, "share": 4, "entrusted": 5}
FARMER_LINK = {"none": 0, "employment": 1, "order": 2, "dividend": 3, "share_cooperation": 4}
STATUS = {"registered": 1, "ownership_confirmed": 2, "handed_over": 3, "operating": 4, "idle": 5,
          "damaged": 6, "disposal_pending": 7, "disposed": 8}
DISPOSAL_REASON = {"disaster": 1, "replanning": 2, "end_of_life": 3, "poor_returns": 4,
                   "agreement_expired": 5, "replaced": 6}
DISPOSAL_METHOD = {"auction": 1, "transfer": 2, "change_of_use": 3, "suspension": 4,
                   "write_down": 5, "scrapping": 6}
APPROVAL = {"owner": 1, "assembly": 2, "township": 3, "county": 4}
PURPOSE = {"hardship_support": 1, "public_welfare_jobs": 2, "upkeep": 3, "production_awards": 4,
           "collective_economy": 5, "dividends": 6, "village_running_costs": 7,
           "vehicles_telecom": 8, "allowances_welfare": 9, "losses_debts": 10, "buildings": 11,
           "large_infrastructure": 12}
EVENT = {1: "registered", 2: "ownership_confirmed", 3: "handed_over", 4: "status_changed",
         5: "management_changed", 6: "disposal_requested", 7: "disposal_approved",
         8: "disposal_withdrawn", 9: "disposed"}
WARNING = {1: "idle_too_long", 2: "income_below_plan", 3: "no_custodian", 4: "damaged",
           5: "ownership_unconfirmed", 6: "no_farmer_link", 7: "project_not_registered",
           8: "value_differs_from_settled"}
TOTALS_BY = {"class": 1, "status": 2, "region_prefix": 3}
_NAMES = {"status": {v: k for k, v in STATUS.items()}, "party": {v: k for k, v in PARTY.items()},
          "purpose": {v: k for k, v in PURPOSE.items()}}


class _Management(ctypes.Structure):
    _fields_ = [("custodian", ctypes.c_char_p), ("custodian_len", _size),
                ("operator_name", ctypes.c_char_p), ("operator_name_len", _size),
                ("planned_income_per_year", Money), ("income_account_id", _u64),
                ("farmer_link_households", _u32), ("mode", _u8), ("farmer_link", _u8),
                ("reserved", _u8 * 2)]


class _Draft(ctypes.Structure):
    _fields_ = [("id", _u64), ("region", _u64), ("value", Money),
                ("name", ctypes.c_char_p), ("name_len", _size),
                ("location", ctypes.c_char_p), ("location_len", _size),
                ("owner_name", ctypes.c_char_p), ("owner_name_len", _size),
                ("management", _Management), ("asset_class", _u8), ("subtype", _u8),
                ("owner", _u8), ("rights", _u8 * 5)]


class _Info(ctypes.Structure):
    _fields_ = [("id", _u64), ("project_id", _u64), ("region", _u64), ("income_account_id", _u64),
                ("value", Money), ("planned_income_per_year", Money), ("disposal_valuation", Money),
                ("registered", RgDate), ("confirmed", RgDate), ("handed_over", RgDate),
                ("status_since", RgDate), ("farmer_link_households", _u32),
                ("asset_class", _u8), ("subtype", _u8), ("owner", _u8), ("mode", _u8),
                ("farmer_link", _u8), ("status", _u8), ("has_confirmed", _u8),
                ("has_handed_over", _u8), ("has_disposal", _u8), ("disposal_reason", _u8),
                ("disposal_method", _u8), ("approvals_given", _u8), ("rights", _u8 * 5),
                ("has_custodian", _u8), ("reserved", _u8 * 6)]


class _Event(ctypes.Structure):
    _fields_ = [("sequence", _u64), ("date", RgDate), ("kind", _u8), ("from_status", _u8),
                ("to_status", _u8), ("reserved", _u8), ("note", ctypes.c_char * 128)]


class _Policy(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("forbidden_purposes", _u32),
                ("allowed_disposal_reasons", _u32), ("allowed_disposal_methods", _u32),
                ("notice_days_min", _i32), ("reserved", _u8 * 4)]


class _Purpose(ctypes.Structure):
    _fields_ = [("households", _P(_u64)), ("household_weights", _P(_i64)),
                ("household_count", _size), ("weight", _i64), ("amount", Money),
                ("payee_account_id", _u64), ("purpose", _u8), ("reserved", _u8 * 7)]


class _Plan(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("year", _i32), ("plan_id", _u64), ("asset_id", _u64),
                ("income", Money), ("decision_document", ctypes.c_char_p),
                ("decision_document_len", _size), ("decision_date", RgDate),
                ("attendees", _u32), ("votes_for", _u32), ("votes_against", _u32),
                ("notice_start", RgDate), ("notice_end", RgDate),
                ("first_transfer_id_hi", _u64), ("first_transfer_id_lo", _u64),
                ("purposes", _P(_Purpose)), ("purpose_count", _size)]


class _Share(ctypes.Structure):
    _fields_ = [("household_key", _u64), ("amount", Money), ("line_amount", Money),
                ("line", _u32), ("purpose", _u8), ("reserved", _u8 * 3)]


class _WarningOptions(ctypes.Structure):
    _fields_ = [("struct_size", _u32), ("idle_months_max", _i32),
                ("unconfirmed_months_max", _i32), ("income_year", _i32), ("as_of", RgDate),
                ("reserved", _u8 * 4)]


class _Warning(ctypes.Structure):
    _fields_ = [("asset_id", _u64), ("project_id", _u64), ("expected", Money), ("actual", Money),
                ("months", _i64), ("kind", _u8), ("reserved", _u8 * 7)]


class _TotalsRow(ctypes.Structure):
    _fields_ = [("key", _u64), ("assets", _u64), ("value", Money)]


class _IncomeRow(ctypes.Structure):
    _fields_ = [("income", Money), ("planned", Money), ("paid", Money), ("year", _i32),
                ("reserved", _u8 * 4)]


declare("rg_assets_open", Status, [_P(_handle), _handle])
declare("rg_assets_close", None, [_handle])
declare("rg_asset_policy_init", None, [_P(_Policy)])
declare("rg_assets_set_policy", Status, [_handle, _P(_Policy)])
declare("rg_assets_settled_amount", Status, [_P(Money), _handle, _u64, RgDate])
declare("rg_assets_capitalise", Status, [_handle, _u64, RgDate, _P(_Draft), _size])
declare("rg_assets_get", Status, [_P(_Info), _handle, _u64])
declare("rg_assets_confirm_ownership", Status, [_handle, _u64, RgDate, ctypes.c_char_p, _size])
declare("rg_assets_hand_over", Status, [_handle, _u64, RgDate])
declare("rg_assets_set_status", Status, [_handle, _u64, _u8, RgDate])
declare("rg_assets_set_management", Status, [_handle, _u64, _P(_Management), RgDate])
declare("rg_assets_request_disposal", Status, [_handle, _u64, _u8, _u8, Money, RgDate])
declare("rg_assets_approve_disposal", Status, [_handle, _u64, _u8, RgDate, ctypes.c_char_p, _size])
declare("rg_assets_withdraw_disposal", Status, [_handle, _u64, RgDate])
declare("rg_assets_dispose", Status, [_handle, _u64, RgDate])
declare("rg_assets_events", Status, [_P(_Event), _size, _P(_size), _handle, _u64])
declare("rg_assets_record_income", Status, [_handle, _u64, _u64, _u64, _u64, Money, RgDate])
declare("rg_distribution_plan_init", None, [_P(_Plan)])
declare("rg_assets_add_distribution", Status, [_handle, _P(_Plan)])
declare("rg_assets_distribution_shares", Status, [_P(_Share), _size, _P(_size), _handle, _u64])
declare("rg_assets_post_distribution", Status, [_P(_u8), _handle, _u64, RgDate])
declare("rg_asset_warning_options_init", None, [_P(_WarningOptions)])
declare("rg_assets_warnings", Status, [_P(_Warning), _size, _P(_size), _handle,
                                       _P(_WarningOptions)])
declare("rg_assets_totals", Status, [_P(_TotalsRow), _size, _P(_size), _handle, _u32, _i32])
declare("rg_assets_income_by_year", Status, [_P(_IncomeRow), _size, _P(_size), _handle])
declare("rg_assets_notice_csv", Status, [ctypes.c_char_p, _size, _P(_size), _handle, _u64])


@dataclasses.dataclass(frozen=True, eq=False)
class AssetInfo(Record):
    """An asset (rg_assets_get); enumerations by name as everywhere in this module."""

    id: int
    project_id: int
    region: int
    value: int
    asset_class: str
    status: str
    owner: Optional[str]
    rights: Dict[str, Optional[str]]
    registered: datetime.date
    confirmed: Optional[datetime.date]
    handed_over: Optional[datetime.date]
    status_since: datetime.date
    income_account_id: int
    planned_income_per_year: int
    has_custodian: bool
    approvals_given: Optional[int]


@dataclasses.dataclass(frozen=True, eq=False)
class AssetEvent(Record):
    sequence: int
    date: datetime.date
    kind: str
    from_status: Optional[str]
    to_status: Optional[str]
    note: str

    def _legacy(self):
        return {"sequence": self.sequence, "date": self.date, "kind": self.kind,
                "from": self.from_status, "to": self.to_status, "note": self.note}


@dataclasses.dataclass(frozen=True, eq=False)
class AssetWarning(Record):
    kind: str
    asset_id: int
    project_id: int
    expected: int
    actual: int
    months: int


@dataclasses.dataclass(frozen=True, eq=False)
class AssetIncome(Record):
    year: int
    income: int
    planned: int
    paid: int


def _utf8(text):
    raw = (text or "").encode("utf-8")
    return raw, len(raw)


def _management(m):
    """A dict with custodian, operator, mode, farmer_link, farmer_link_households,
    planned_income_per_year, income_account_id (all optional) -> the C struct."""
    out = _Management()
    out.custodian, out.custodian_len = _utf8(m.get("custodian"))
    out.operator_name, out.operator_name_len = _utf8(m.get("operator"))
    out.mode = OPERATION[m.get("mode", "self")]
    out.farmer_link = FARMER_LINK[m.get("farmer_link", "none")]
    out.farmer_link_households = m.get("farmer_link_households", 0)
    out.planned_income_per_year = m.get("planned_income_per_year", 0)
    out.income_account_id = m.get("income_account_id", 0)
    return out


def _draft(d):
    out = _Draft()
    out.id, out.region, out.value = d["id"], d.get("region", 110000000000), d["value"]
    out.name, out.name_len = _utf8(d["name"])
    out.location, out.location_len = _utf8(d.get("location"))
    out.owner_name, out.owner_name_len = _utf8(d.get("owner_name"))
    out.management = _management(d)
    out.asset_class = ASSET_CLASS[d["asset_class"]]
    out.subtype = SUBTYPE[d["subtype"]]
    out.owner = PARTY[d["owner"]] if d.get("owner") else 0
    for i, right in enumerate(RIGHTS):
        if right in d.get("rights", {}):
            out.rights[i] = PARTY[d["rights"][right]]
    return out


class Assets:
    """The asset registry of an open Ledger (close it before the ledger)."""

    def __init__(self, ledger):
        self._ledger = ledger
        self._handle = _handle()
        lib.rg_assets_open(ctypes.byref(self._handle), ledger.handle)

    @property
    def handle(self) -> int:
        if not self._handle:
            raise errors.StateError("asset registry is closed")
        return self._handle

    def close(self) -> None:
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            lib.rg_assets_close(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def set_policy(self, forbidden_purposes: Optional[List[str]] = None, notice_days_min: Optional[int] = None,
                   disposal_reasons: Optional[List[str]] = None,
                   disposal_methods: Optional[List[str]] = None) -> None:
        """County options; None keeps the library default. Lists hold names."""
        p = _Policy()
        lib.rg_asset_policy_init(ctypes.byref(p))
        if forbidden_purposes is not None:
            p.forbidden_purposes = sum(1 << PURPOSE[x] for x in forbidden_purposes)
        if notice_days_min is not None:
            p.notice_days_min = notice_days_min
        if disposal_reasons is not None:
            p.allowed_disposal_reasons = sum(1 << DISPOSAL_REASON[x] for x in disposal_reasons)
        if disposal_methods is not None:
            p.allowed_disposal_methods = sum(1 << DISPOSAL_METHOD[x] for x in disposal_methods)
        lib.rg_assets_set_policy(self.handle, ctypes.byref(p))

    def settled_amount(self, project_id: int, as_of: datetime.date) -> int:
        out = Money()
        lib.rg_assets_settled_amount(ctypes.byref(out), self.handle, project_id, to_rg_date(as_of))
        return out.value

    def capitalise(self, project_id: int, date: datetime.date, drafts: List[dict]) -> None:
        """Registers the assets of a completed project; their values must sum to its settled
        amount. Each draft is a dict: id, name, asset_class, subtype, value, and optionally
        region, location, owner, owner_name, rights {right: party}, custodian, operator, mode,
        farmer_link, farmer_link_households, planned_income_per_year, income_account_id."""
        arr = (_Draft * len(drafts))(*[_draft(d) for d in drafts])
        lib.rg_assets_capitalise(self.handle, project_id, to_rg_date(date), arr, len(drafts))

    def get(self, asset_id: int) -> AssetInfo:
        i = _Info()
        lib.rg_assets_get(ctypes.byref(i), self.handle, asset_id)
        return AssetInfo(
            id=i.id, project_id=i.project_id, region=i.region, value=i.value,
            asset_class={v: k for k, v in ASSET_CLASS.items()}[i.asset_class],
            status=_NAMES["status"][i.status], owner=_NAMES["party"].get(i.owner),
            rights={r: _NAMES["party"].get(i.rights[k]) for k, r in enumerate(RIGHTS)},
            registered=from_rg_date(i.registered),
            confirmed=from_rg_date(i.confirmed) if i.has_confirmed else None,
            handed_over=from_rg_date(i.handed_over) if i.has_handed_over else None,
            status_since=from_rg_date(i.status_since),
            income_account_id=i.income_account_id,
            planned_income_per_year=i.planned_income_per_year,
            has_custodian=bool(i.has_custodian),
            approvals_given=i.approvals_given if i.has_disposal else None)

    def confirm_ownership(self, asset_id: int, date: datetime.date, certificate: str) -> None:
        raw, n = _utf8(certificate)
        lib.rg_assets_confirm_ownership(self.handle, asset_id, to_rg_date(date), raw, n)

    def hand_over(self, asset_id: int, date: datetime.date) -> None:
        lib.rg_assets_hand_over(self.handle, asset_id, to_rg_date(date))

    def set_status(self, asset_id: int, status: str, date: datetime.date) -> None:
        lib.rg_assets_set_status(self.handle, asset_id, STATUS[status], to_rg_date(date))

    def set_management(self, asset_id: int, date: datetime.date, **management) -> None:
        m = _management(management)
        lib.rg_assets_set_management(self.handle, asset_id, ctypes.byref(m), to_rg_date(date))

    def request_disposal(self, asset_id: int, reason: str, method: str, valuation: int,
                         date: datetime.date) -> None:
        """reason and method are names, or raw ints (to pass a value outside the lists)."""
        r = DISPOSAL_REASON[reason] if isinstance(reason, str) else reason
        m = DISPOSAL_METHOD[method] if isinstance(method, str) else method
        lib.rg_assets_request_disposal(self.handle, asset_id, r, m, valuation, to_rg_date(date))

    def approve_disposal(self, asset_id: int, level: str, date: datetime.date, document: str) -> None:
        raw, n = _utf8(document)
        lib.rg_assets_approve_disposal(self.handle, asset_id, APPROVAL[level], to_rg_date(date),
                                       raw, n)

    def withdraw_disposal(self, asset_id: int, date: datetime.date) -> None:
        lib.rg_assets_withdraw_disposal(self.handle, asset_id, to_rg_date(date))

    def dispose(self, asset_id: int, date: datetime.date) -> None:
        lib.rg_assets_dispose(self.handle, asset_id, to_rg_date(date))

    def events(self, asset_id: int) -> List[AssetEvent]:
        rows = read_rows(lambda r, c, n: lib.rg_assets_events(r, c, n, self.handle, asset_id), _Event)
        return [AssetEvent(e.sequence, from_rg_date(e.date), EVENT[e.kind],
                           _NAMES["status"].get(e.from_status), _NAMES["status"].get(e.to_status),
                           e.note.decode("utf-8")) for e in rows]

    def record_income(self, asset_id: int, transfer_id: int, from_account_id: int, amount: int,
                      date: datetime.date) -> None:
        lib.rg_assets_record_income(self.handle, asset_id, transfer_id >> 64,
                                    transfer_id & (2 ** 64 - 1), from_account_id, amount,
                                    to_rg_date(date))

    def add_distribution(self, plan_id, asset_id, year, income, decision, notice,
                         first_transfer_id, purposes):
        """decision: dict document, date, attendees, votes_for, votes_against; notice: (start,
        end); purposes: dicts with purpose (name), payee_account_id, weight or amount, and
        optionally households (list of keys) and household_weights."""
        keep = []
        arr = (_Purpose * len(purposes))()
        for i, p in enumerate(purposes):
            c = arr[i]
            c.purpose = PURPOSE[p["purpose"]]
            c.weight, c.amount = p.get("weight", 0), p.get("amount", 0)
            c.payee_account_id = p["payee_account_id"]
            households = p.get("households", ())
            if households:
                hh = (_u64 * len(households))(*households)
                keep.append(hh)
                c.households, c.household_count = hh, len(households)
                if p.get("household_weights") is not None:
                    w = (_i64 * len(households))(*p["household_weights"])
                    keep.append(w)
                    c.household_weights = w
        plan = _Plan()
        lib.rg_distribution_plan_init(ctypes.byref(plan))
        plan.plan_id, plan.asset_id, plan.year, plan.income = plan_id, asset_id, year, income
        plan.decision_document, plan.decision_document_len = _utf8(decision["document"])
        plan.decision_date = to_rg_date(decision["date"])
        plan.attendees, plan.votes_for = decision["attendees"], decision["votes_for"]
        plan.votes_against = decision.get("votes_against", 0)
        plan.notice_start, plan.notice_end = to_rg_date(notice[0]), to_rg_date(notice[1])
        plan.first_transfer_id_hi = first_transfer_id >> 64
        plan.first_transfer_id_lo = first_transfer_id & (2 ** 64 - 1)
        plan.purposes, plan.purpose_count = arr, len(purposes)
        lib.rg_assets_add_distribution(self.handle, ctypes.byref(plan))

    def distribution_shares(self, plan_id: int) -> List[Tuple[str, int, int]]:
        """[(purpose, household_key or 0, amount)] in plan order."""
        rows = read_rows(lambda r, c, n: lib.rg_assets_distribution_shares(r, c, n, self.handle,
                                                                         plan_id), _Share, 4096)
        return [(_NAMES["purpose"][s.purpose], s.household_key, s.amount) for s in rows]

    def post_distribution(self, plan_id: int, date: datetime.date) -> bool:
        """Pays the plan as one linked chain in the ledger; returns True when it is paid."""
        paid = _u8()
        lib.rg_assets_post_distribution(ctypes.byref(paid), self.handle, plan_id, to_rg_date(date))
        return bool(paid.value)

    def warnings(self, as_of: datetime.date, idle_months_max: Optional[int] = None,
                 unconfirmed_months_max: Optional[int] = None, income_year: int = 0) -> List[AssetWarning]:
        o = _WarningOptions()
        lib.rg_asset_warning_options_init(ctypes.byref(o))
        o.as_of, o.income_year = to_rg_date(as_of), income_year
        if idle_months_max is not None:
            o.idle_months_max = idle_months_max
        if unconfirmed_months_max is not None:
            o.unconfirmed_months_max = unconfirmed_months_max
        rows = read_rows(lambda r, c, n: lib.rg_assets_warnings(r, c, n, self.handle, ctypes.byref(o)),
                     _Warning)
        return [AssetWarning(WARNING[w.kind], w.asset_id, w.project_id, w.expected, w.actual,
                             w.months) for w in rows]

    def totals(self, by: str, prefix_digits: int = 6) -> List[Tuple[int, int, int]]:
        rows = read_rows(lambda r, c, n: lib.rg_assets_totals(r, c, n, self.handle, TOTALS_BY[by],
                                                            prefix_digits), _TotalsRow)
        return [(r.key, r.assets, r.value) for r in rows]

    def income_by_year(self) -> List[AssetIncome]:
        rows = read_rows(lambda r, c, n: lib.rg_assets_income_by_year(r, c, n, self.handle), _IncomeRow)
        return [AssetIncome(r.year, r.income, r.planned, r.paid) for r in rows]

    def notice_csv(self, plan_id: int) -> str:
        return read_text(lambda b, c, n: lib.rg_assets_notice_csv(b, c, n, self.handle, plan_id), 65536)
