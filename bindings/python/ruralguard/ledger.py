"""The linkage-fund ledger: accounts, transfers in batches, balances, projects and fund reports.

Records cross the boundary as arrays of fixed-size structs (one C call per batch of up to 8,192).
Amounts are int units of 1/10000 yuan and must be whole fen; dates are datetime.date.
See docs/ledger.md.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
from typing import Iterable, List, Optional, Sequence, Tuple

from . import errors
from .types import FundLevel, ProjectType, Record
from ._lib import Money, RgDate, Status, declare, lib, read_rows, read_text
from .dates import from_rg_date, to_rg_date

__all__ = ["Ledger", "Account", "Transfer", "Balance", "HistoryEntry", "Progress", "IndustryShare",
           "ProjectCount", "WaitingFunds", "FundLevel", "ProjectType", "FUND", "CODE", "PROJECT_STATUS", "PROJECT_TYPE",
           "BATCH_MAX"]

_P = ctypes.POINTER
_size = ctypes.c_size_t
_handle = ctypes.c_void_p
BATCH_MAX = 8192
MEMO_MAX = 64
FUND = {"central": 1, "provincial": 2, "municipal": 3, "county": 4}
KIND = {"source": 1, "budget": 2, "project": 3, "payee": 4, "income": 5}
HOLDER = {"region": 1, "project": 2, "payee": 3}
CODE = {"allocate": 1, "disburse": 2, "return": 3, "reallocate": 4, "reversal": 5,
        "asset_income": 6}
TRANSFER_FLAGS = {"linked": 1, "pending": 2, "post_pending": 4, "void_pending": 8}
ACCOUNT_FLAGS = {"debits_must_not_exceed_credits": 1, "credits_must_not_exceed_debits": 2}
PROJECT_TYPE = {"industry": 1, "employment": 2, "three_guarantees": 3, "rural_construction": 4,
                "relocation_followup": 5, "management_fee": 6, "other": 7}
PROJECT_STATUS = {"reserve": 1, "admitted": 2, "approved": 3, "under_construction": 4,
                  "completed": 5, "accepted": 6, "assets_handed_over": 7, "terminated": 8}
TOTALS_BY = {"level": 1, "year": 2, "project_type": 3, "region_prefix": 4}


class Account(ctypes.Structure):
    """rg_account (32 bytes)."""
    _fields_ = [("id", ctypes.c_uint64), ("holder_id", ctypes.c_uint64),
                ("fiscal_year", ctypes.c_int32), ("flags", ctypes.c_uint16),
                ("level", ctypes.c_uint8), ("kind", ctypes.c_uint8),
                ("holder_kind", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 7)]


class Transfer(ctypes.Structure):
    """rg_transfer (136 bytes)."""
    _fields_ = [("id_hi", ctypes.c_uint64), ("id_lo", ctypes.c_uint64),
                ("ref_id_hi", ctypes.c_uint64), ("ref_id_lo", ctypes.c_uint64),
                ("debit_account_id", ctypes.c_uint64), ("credit_account_id", ctypes.c_uint64),
                ("project_id", ctypes.c_uint64), ("amount", Money), ("effective_date", RgDate),
                ("code", ctypes.c_uint16), ("flags", ctypes.c_uint16),
                ("memo", ctypes.c_char * MEMO_MAX)]


class _Balance(ctypes.Structure):
    _fields_ = [("debits_pending", Money), ("debits_posted", Money),
                ("credits_pending", Money), ("credits_posted", Money)]


class _HistoryEntry(ctypes.Structure):
    _fields_ = [("transfer", Transfer), ("sequence", ctypes.c_uint64),
                ("is_debit", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 7)]


class _TotalsRow(ctypes.Structure):
    _fields_ = [("key", ctypes.c_uint64), ("allocated", Money), ("disbursed", Money)]


class _Project(ctypes.Structure):
    _fields_ = [("id", ctypes.c_uint64), ("region", ctypes.c_uint64), ("planned", Money * 4),
                ("fiscal_year", ctypes.c_int32), ("type", ctypes.c_uint8),
                ("public_notice", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 2)]


class _ProgressRow(ctypes.Structure):
    _fields_ = [("allocated", Money), ("disbursed", Money), ("fiscal_year", ctypes.c_int32),
                ("level", ctypes.c_uint8), ("has_progress", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8 * 2), ("progress_percent", ctypes.c_char * 16)]


class _IndustryShare(ctypes.Structure):
    _fields_ = [("industry_disbursed", Money), ("total_disbursed", Money),
                ("has_share", ctypes.c_uint8), ("below_required", ctypes.c_uint8),
                ("reserved", ctypes.c_uint8 * 6), ("share_percent", ctypes.c_char * 16)]


class _ProjectCountRow(ctypes.Structure):
    _fields_ = [("projects", ctypes.c_uint64), ("completed", ctypes.c_uint64),
                ("terminated", ctypes.c_uint64), ("type", ctypes.c_uint8),
                ("has_rate", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 6),
                ("completion_percent", ctypes.c_char * 16)]


class _WaitingFunds(ctypes.Structure):
    _fields_ = [("project_id", ctypes.c_uint64), ("allocated", Money), ("disbursed", Money),
                ("idle_days", ctypes.c_int64), ("since", RgDate), ("reserved", ctypes.c_uint8 * 4)]


declare("rg_transfer_result_name", ctypes.c_char_p, [ctypes.c_uint32])
declare("rg_account_result_name", ctypes.c_char_p, [ctypes.c_uint32])
declare("rg_ledger_open", Status, [_P(_handle), _handle])
declare("rg_ledger_close", None, [_handle])
declare("rg_ledger_create_accounts", Status, [_P(ctypes.c_uint32), _handle, _P(Account), _size])
declare("rg_ledger_close_account", Status, [_handle, ctypes.c_uint64])
declare("rg_ledger_create_transfers", Status, [_P(ctypes.c_uint32), _P(_size), _handle,
                                               _P(Transfer), _size])
declare("rg_ledger_balance", Status, [_P(_Balance), _handle, ctypes.c_uint64])
declare("rg_ledger_balance_as_of", Status, [_P(_Balance), _handle, ctypes.c_uint64, RgDate])
declare("rg_ledger_chain_head", Status, [_P(ctypes.c_uint8), _P(ctypes.c_uint64), _handle])
declare("rg_ledger_verify", Status, [_P(ctypes.c_uint64), _handle])
declare("rg_ledger_history", Status, [_P(_HistoryEntry), _size, _P(_size), _handle,
                                      ctypes.c_uint64, RgDate, RgDate])
declare("rg_ledger_totals", Status, [_P(_TotalsRow), _size, _P(_size), _handle, ctypes.c_uint32,
                                     ctypes.c_int32, RgDate])
declare("rg_project_add", Status, [_handle, _P(_Project), ctypes.c_char_p, _size, RgDate])
declare("rg_project_transition", Status, [_handle, ctypes.c_uint64, ctypes.c_uint8, RgDate])
declare("rg_project_status", Status, [_P(ctypes.c_uint8), _handle, ctypes.c_uint64])
declare("rg_project_set_public_notice", Status, [_handle, ctypes.c_uint64, ctypes.c_uint8])
declare("rg_ledger_progress", Status, [_P(_ProgressRow), _size, _P(_size), _handle, RgDate])
declare("rg_ledger_industry_share", Status, [_P(_IndustryShare), _handle, ctypes.c_int32,
                                             ctypes.c_int64, ctypes.c_int64, RgDate])
declare("rg_ledger_project_counts", Status, [_P(_ProjectCountRow), _size, _P(_size), _handle,
                                             ctypes.c_int32])
declare("rg_ledger_funds_waiting", Status, [_P(_WaitingFunds), _size, _P(_size), _handle, RgDate,
                                            ctypes.c_int32])
declare("rg_ledger_notice_csv", Status, [ctypes.c_char_p, _size, _P(_size), _handle,
                                         ctypes.c_uint32, RgDate])


@dataclasses.dataclass(frozen=True, eq=False)
class Balance(Record):
    """An account's balance (rg_money units): pending and posted debits and credits."""

    debits_pending: int
    debits_posted: int
    credits_pending: int
    credits_posted: int


@dataclasses.dataclass(frozen=True, eq=False)
class HistoryEntry(Record):
    """One transfer touching an account (rg_ledger_history)."""

    sequence: int
    is_debit: bool
    amount: int
    date: datetime.date
    code: int  # a CODE value


@dataclasses.dataclass(frozen=True, eq=False)
class Progress(Record):
    """Disbursement progress of one fund level and fiscal year."""

    level: FundLevel
    fiscal_year: int
    allocated: int
    disbursed: int
    progress: Optional[str]  # percent text rounded once ("60.84"); None without allocation

    def _legacy(self):
        return dict(super()._legacy(), level=int(self.level))


@dataclasses.dataclass(frozen=True, eq=False)
class IndustryShare(Record):
    industry_disbursed: int
    total_disbursed: int
    share: Optional[str]
    below_required: bool


@dataclasses.dataclass(frozen=True, eq=False)
class ProjectCount(Record):
    type: ProjectType
    projects: int
    completed: int
    terminated: int
    completion: Optional[str]

    def _legacy(self):
        return dict(super()._legacy(), type=int(self.type))


@dataclasses.dataclass(frozen=True, eq=False)
class WaitingFunds(Record):
    project_id: int
    allocated: int
    disbursed: int
    idle_days: int
    since: datetime.date


def account(id: int, level: str, kind: str, holder_kind: str, holder_id: int, fiscal_year: int,
            flags: Iterable[str] = ()) -> Account:
    a = Account()
    a.id, a.level, a.kind = id, FUND[level], KIND[kind]
    a.holder_kind, a.holder_id, a.fiscal_year = HOLDER[holder_kind], holder_id, fiscal_year
    a.flags = sum(ACCOUNT_FLAGS[f] for f in flags)
    return a


def transfer(id: int, debit: int, credit: int, amount: int, code: str, date: datetime.date,
             project_id: int = 0, ref_id: int = 0, flags: Iterable[str] = (), memo: str = "") -> Transfer:
    """A Transfer record; ids are Python ints below 2**128."""
    t = Transfer()
    t.id_hi, t.id_lo = id >> 64, id & (2 ** 64 - 1)
    t.ref_id_hi, t.ref_id_lo = ref_id >> 64, ref_id & (2 ** 64 - 1)
    t.debit_account_id, t.credit_account_id = debit, credit
    t.project_id, t.amount, t.effective_date = project_id, amount, to_rg_date(date)
    t.code = CODE[code]
    t.flags = sum(TRANSFER_FLAGS[f] for f in flags)
    raw = memo.encode("utf-8")
    if len(raw) > MEMO_MAX:
        raise errors.LimitExceeded(f"memo has {len(raw)} bytes, the maximum is {MEMO_MAX}")
    t.memo = raw
    return t


class Ledger:
    """The ledger of one open Store (one writer per database file)."""

    def __init__(self, store) -> None:
        self._store = store
        self._handle: Optional[ctypes.c_void_p] = _handle()
        lib.rg_ledger_open(ctypes.byref(self._handle), store.handle)

    @property
    def handle(self) -> ctypes.c_void_p:
        if not self._handle:
            raise errors.StateError("ledger is closed")
        return self._handle

    def close(self) -> None:
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            lib.rg_ledger_close(handle)

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc):
        self.close()

    def create_accounts(self, accounts: Sequence[Account]) -> List[str]:
        """Creates accounts; returns one result name per account ("ok", "exists", ...)."""
        arr = (Account * len(accounts))(*accounts)
        results = (ctypes.c_uint32 * len(accounts))()
        lib.rg_ledger_create_accounts(results, self.handle, arr, len(accounts))
        return [lib.rg_account_result_name(r).decode() for r in results]

    def close_account(self, account_id: int) -> None:
        lib.rg_ledger_close_account(self.handle, account_id)

    def create_transfers(self, transfers: Sequence[Transfer]) -> Tuple[List[str], int]:
        """Applies a batch (<= 8,192); returns (result names, committed count)."""
        arr = (Transfer * len(transfers))(*transfers)
        results = (ctypes.c_uint32 * len(transfers))()
        committed = _size()
        lib.rg_ledger_create_transfers(results, ctypes.byref(committed), self.handle, arr,
                                       len(transfers))
        return [lib.rg_transfer_result_name(r).decode() for r in results], committed.value

    def balance(self, account_id: int, as_of: Optional[datetime.date] = None) -> Balance:
        b = _Balance()
        if as_of is None:
            lib.rg_ledger_balance(ctypes.byref(b), self.handle, account_id)
        else:
            lib.rg_ledger_balance_as_of(ctypes.byref(b), self.handle, account_id, to_rg_date(as_of))
        return Balance(b.debits_pending, b.debits_posted, b.credits_pending, b.credits_posted)

    def chain_head(self) -> Tuple[str, int]:
        head = (ctypes.c_uint8 * 32)()
        length = ctypes.c_uint64()
        lib.rg_ledger_chain_head(head, ctypes.byref(length), self.handle)
        return bytes(head).hex(), length.value

    def verify(self) -> int:
        """Recomputes the hash chain; returns 0 when intact (else raises Corrupt)."""
        bad = ctypes.c_uint64()
        lib.rg_ledger_verify(ctypes.byref(bad), self.handle)
        return bad.value

    def history(self, account_id: int, date_from: datetime.date, date_to: datetime.date) -> List[HistoryEntry]:
        rows = read_rows(lambda r, c, n: lib.rg_ledger_history(r, c, n, self.handle, account_id,
                                                             to_rg_date(date_from),
                                                             to_rg_date(date_to)), _HistoryEntry)
        return [HistoryEntry(e.sequence, bool(e.is_debit), e.transfer.amount,
                             from_rg_date(e.transfer.effective_date), e.transfer.code) for e in rows]

    def totals(self, by: str, as_of: datetime.date, prefix_digits: int = 0) -> List[Tuple[int, int, int]]:
        rows = read_rows(lambda r, c, n: lib.rg_ledger_totals(r, c, n, self.handle, TOTALS_BY[by],
                                                            prefix_digits, to_rg_date(as_of)),
                     _TotalsRow)
        return [(r.key, r.allocated, r.disbursed) for r in rows]

    def add_project(self, id: int, region: int, name: str, fiscal_year: int, type: str,
                    proposed: datetime.date, planned: Sequence[int] = (0, 0, 0, 0)) -> None:
        p = _Project()
        p.id, p.region, p.fiscal_year, p.type = id, region, fiscal_year, PROJECT_TYPE[type]
        for i, amount in enumerate(planned):
            p.planned[i] = amount
        raw = name.encode("utf-8")
        lib.rg_project_add(self.handle, ctypes.byref(p), raw, len(raw), to_rg_date(proposed))

    def transition_project(self, project_id: int, status: str, date: datetime.date) -> None:
        lib.rg_project_transition(self.handle, project_id, PROJECT_STATUS[status], to_rg_date(date))

    def project_status(self, project_id: int) -> str:
        out = ctypes.c_uint8()
        lib.rg_project_status(ctypes.byref(out), self.handle, project_id)
        return {v: k for k, v in PROJECT_STATUS.items()}[out.value]

    def set_public_notice(self, project_id: int, on_notice: bool = True) -> None:
        lib.rg_project_set_public_notice(self.handle, project_id, 1 if on_notice else 0)

    def progress(self, as_of: datetime.date) -> List[Progress]:
        rows = read_rows(lambda r, c, n: lib.rg_ledger_progress(r, c, n, self.handle,
                                                              to_rg_date(as_of)), _ProgressRow)
        return [Progress(FundLevel(r.level), r.fiscal_year, r.allocated, r.disbursed,
                         r.progress_percent.decode() if r.has_progress else None) for r in rows]

    def industry_share(self, fiscal_year: int, required: Tuple[int, int] = (55, 100),
                       as_of: Optional[datetime.date] = None) -> IndustryShare:
        """The industry share of `fiscal_year`'s disbursed funds up to `as_of` (None: the whole
        year, to 31 December) against required[0] / required[1]."""
        if as_of is None:
            as_of = datetime.date(fiscal_year, 12, 31)
        out = _IndustryShare()
        lib.rg_ledger_industry_share(ctypes.byref(out), self.handle, fiscal_year, required[0],
                                     required[1], to_rg_date(as_of))
        return IndustryShare(out.industry_disbursed, out.total_disbursed,
                             out.share_percent.decode() if out.has_share else None,
                             bool(out.below_required))

    def project_counts(self, fiscal_year: int) -> List[ProjectCount]:
        rows = read_rows(lambda r, c, n: lib.rg_ledger_project_counts(r, c, n, self.handle,
                                                                    fiscal_year), _ProjectCountRow)
        return [ProjectCount(ProjectType(r.type), r.projects, r.completed, r.terminated,
                             r.completion_percent.decode() if r.has_rate else None) for r in rows]

    def funds_waiting(self, as_of: datetime.date, idle_days_min: int) -> List[WaitingFunds]:
        rows = read_rows(lambda r, c, n: lib.rg_ledger_funds_waiting(r, c, n, self.handle,
                                                                   to_rg_date(as_of),
                                                                   idle_days_min), _WaitingFunds)
        return [WaitingFunds(r.project_id, r.allocated, r.disbursed, r.idle_days,
                             from_rg_date(r.since)) for r in rows]

    def notice_csv(self, which: str, as_of: datetime.date) -> str:
        code = {"projects": 1, "disbursements": 2}[which]
        return read_text(lambda b, c, n: lib.rg_ledger_notice_csv(b, c, n, self.handle, code,
                                                                  to_rg_date(as_of)), 65536)
