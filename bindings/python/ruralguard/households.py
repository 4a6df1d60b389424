"""Households, members and income statements; CSV import/export; data-quality validation; the
synthetic county; the columnar load for batch scoring (docs/households.md, docs/csv-format.md).

Batch first: import a county from CSV in one call, load a million households as columns in one
call (the columns are zero-copy ``memoryview`` objects over library-owned arrays). Money crosses
the boundary as int units of 1/10000 yuan; dates as :class:`datetime.date`. ID numbers go in as
clear text and always come back masked (``5001*************X``).

Functions take a store object with a ``handle`` attribute: :class:`ruralguard.Store`, or
:func:`open_store` here.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import dataclasses
import datetime
import os
from typing import Iterable, List, Optional, Tuple

from . import errors
from ._lib import Money, RgDate, Status, StoreHandle, declare, lib
from .store import Store
from .types import (Education, Health, HouseholdKind, IdStatus, KeyAssist, Labour, MemberStatus,
                    Record, Relation, SchoolStatus, Sex, deprecated_int)


def open_store(path, synchronous_full: bool = True) -> Store:
    """Opens (or creates) a store; the same as ruralguard.Store(path)."""
    return Store(path, synchronous_full=synchronous_full)

__all__ = [
    "open_store", "transaction", "put_region", "put_household", "get_household", "put_member",
    "get_member", "find_member_by_id_number", "members_of", "put_income", "per_capita_income",
    "counts", "import_csv", "export_csv", "validate", "rule_info", "generate_county",
    "write_county_csv", "load_columns", "CsvError", "ImportResult", "Finding", "TRANSFER_ITEMS",
    "Household", "Member", "StoreCounts", "CountySummary", "HouseholdColumns",
]

_P = ctypes.POINTER
_ID_MAX = 64
_EPOCH = datetime.date(1970, 1, 1)

TRANSFER_ITEMS = ("pension", "dibao", "tekun", "farmland_subsidy", "grain_to_green",
                  "eco_compensation", "recurring_gift", "support_payment", "condolence",
                  "temporary_aid", "one_off_relief", "relocation_subsidy", "housing_renovation",
                  "pen_renovation", "medical_reimbursement", "student_aid", "other")
_INCOME_KINDS = {"identification": 1, "annual": 2, "post_elimination": 3}


def _to_date(d):
    return (d - _EPOCH).days


def _from_date(days):
    return _EPOCH + datetime.timedelta(days=days)


def _bytes(text):
    return text.encode("utf-8") if isinstance(text, str) else bytes(text)


def _text(raw):
    return raw.decode("utf-8", errors="replace") if raw else ""


class _Household(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("type", ctypes.c_uint8), ("relocated", ctypes.c_uint8),
                ("unsafe_house", ctypes.c_uint8), ("house_damaged", ctypes.c_uint8),
                ("water_safe", ctypes.c_uint8), ("electricity", ctypes.c_uint8),
                ("road_paved", ctypes.c_uint8), ("reserved", ctypes.c_uint8),
                ("region_code", ctypes.c_uint64), ("arable_centimu", ctypes.c_int64),
                ("forest_centimu", ctypes.c_int64), ("grain_to_green_centimu", ctypes.c_int64),
                ("orchard_centimu", ctypes.c_int64), ("pasture_centimu", ctypes.c_int64),
                ("water_centimu", ctypes.c_int64), ("housing_area_centim2", ctypes.c_int64),
                ("household_id", ctypes.c_char * (_ID_MAX + 1)), ("phone", ctypes.c_char * 33)]


_MEMBER_CODES = ("relation", "sex", "education", "school_status", "health", "disability_grade",
                 "labour", "medical_resident", "medical_employee", "critical_illness", "pension",
                 "dibao", "tekun", "status", "id_status", "reserved")


class _Member(ctypes.Structure):
    _fields_ = ([("struct_size", ctypes.c_uint32)] + [(n, ctypes.c_uint8) for n in _MEMBER_CODES] +
                [("birth_date", RgDate), ("person_id", ctypes.c_char * (_ID_MAX + 1)),
                 ("household_id", ctypes.c_char * (_ID_MAX + 1)), ("id_number", ctypes.c_char * 33)])


class _Income(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("kind", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 3),
                ("family_size", ctypes.c_int32), ("period_start", RgDate), ("period_end", RgDate),
                ("reserved2", ctypes.c_int32), ("wage", Money), ("business_income", Money),
                ("business_cost", Money), ("property", Money), ("transfers", Money * len(TRANSFER_ITEMS)),
                ("insurance_payout", Money), ("oop_medical", Money), ("oop_education", Money),
                ("household_id", ctypes.c_char * (_ID_MAX + 1))]


class _CsvFiles(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32),
                ("regions", ctypes.c_char_p), ("regions_len", ctypes.c_size_t),
                ("households", ctypes.c_char_p), ("households_len", ctypes.c_size_t),
                ("members", ctypes.c_char_p), ("members_len", ctypes.c_size_t),
                ("income", ctypes.c_char_p), ("income_len", ctypes.c_size_t)]


class _CsvError(ctypes.Structure):
    _fields_ = [("line", ctypes.c_int64), ("column", ctypes.c_int32), ("reserved", ctypes.c_int32),
                ("file", ctypes.c_char_p), ("column_name", ctypes.c_char_p), ("rule", ctypes.c_char_p),
                ("message", ctypes.c_char_p)]


_CsvErrorFn = ctypes.CFUNCTYPE(None, ctypes.c_void_p, _P(_CsvError))


class _CsvOptions(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("mode", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 3),
                ("as_of", RgDate), ("reserved2", ctypes.c_int32), ("rejects_dir", ctypes.c_char_p),
                ("rejects_dir_len", ctypes.c_size_t), ("on_error", _CsvErrorFn), ("context", ctypes.c_void_p)]


class _CsvResult(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("committed", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 3),
                ("rows", ctypes.c_int64 * 4), ("imported", ctypes.c_int64 * 4), ("rejected", ctypes.c_int64 * 4),
                ("errors_total", ctypes.c_int64), ("warnings_total", ctypes.c_int64)]


class _Finding(ctypes.Structure):
    _fields_ = [("rule", ctypes.c_uint16), ("severity", ctypes.c_uint8), ("reserved", ctypes.c_uint8),
                ("household_id", ctypes.c_char_p), ("person_id", ctypes.c_char_p), ("field", ctypes.c_char_p),
                ("value", ctypes.c_char_p), ("message_en", ctypes.c_char_p), ("message_zh", ctypes.c_char_p)]


_FindingFn = ctypes.CFUNCTYPE(None, ctypes.c_void_p, _P(_Finding))


class _CountyOptions(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("townships", ctypes.c_int32), ("seed", ctypes.c_uint64),
                ("households", ctypes.c_int64), ("county_code", ctypes.c_uint64), ("villages", ctypes.c_int32),
                ("formerly_poor_permille", ctypes.c_int32), ("monitored_permille", ctypes.c_int32),
                ("error_permille", ctypes.c_int32), ("income_year", ctypes.c_int32), ("reserved", ctypes.c_int32)]


_SUMMARY_FIELDS = ("regions", "households", "members", "income_statements", "formerly_poor",
                   "monitored_profile", "injected_errors")


class _CountySummary(ctypes.Structure):
    _fields_ = ([("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32)] +
                [(n, ctypes.c_int64) for n in _SUMMARY_FIELDS])


# (name, ctypes element type, struct format) of rg_household_table_view's columns, in order.
_COLUMNS = (("region_code", ctypes.c_uint64, "Q"), ("kind", ctypes.c_uint8, "B"),
            ("per_capita_income", Money, "q"), ("previous_per_capita_income", Money, "q"),
            ("net_income", Money, "q"), ("medical_out_of_pocket", Money, "q"),
            ("education_out_of_pocket", Money, "q"), ("income_period_end", RgDate, "i"),
            ("members", ctypes.c_int32, "i"), ("labour_capable", ctypes.c_int32, "i"),
            ("weak_labour", ctypes.c_int32, "i"), ("seriously_ill", ctypes.c_int32, "i"),
            ("chronically_ill", ctypes.c_int32, "i"), ("disabled", ctypes.c_int32, "i"),
            ("guarantee_failures", ctypes.c_uint8, "B"), ("events", ctypes.c_uint16, "H"),
            ("household_key", ctypes.c_int64, "q"), ("has_income", ctypes.c_uint8, "B"),
            ("relocated", ctypes.c_uint8, "B"), ("elderly", ctypes.c_int32, "i"),
            ("school_age", ctypes.c_int32, "i"))


class _TableView(ctypes.Structure):
    _fields_ = ([("struct_size", ctypes.c_uint32), ("reserved", ctypes.c_uint32), ("count", ctypes.c_size_t)] +
                [(name, ctypes.c_void_p) for name, _, _ in _COLUMNS])


_char_p, _size = ctypes.c_char_p, ctypes.c_size_t
declare("rg_store_begin", Status, [StoreHandle])
declare("rg_store_commit", Status, [StoreHandle])
declare("rg_store_rollback", Status, [StoreHandle])
declare("rg_store_set_id_key", Status, [StoreHandle, _char_p, _size])
declare("rg_households_put_region", Status, [StoreHandle, ctypes.c_uint64, _char_p, _size, ctypes.c_uint8,
                                             ctypes.c_uint8, ctypes.c_uint8])
declare("rg_household_record_init", None, [_P(_Household)])
declare("rg_households_put", Status, [StoreHandle, _P(_Household)])
declare("rg_households_get", Status, [_P(_Household), StoreHandle, _char_p, _size])
declare("rg_member_record_init", None, [_P(_Member)])
declare("rg_members_put", Status, [StoreHandle, _P(_Member)])
declare("rg_members_get", Status, [_P(_Member), StoreHandle, _char_p, _size])
declare("rg_members_find_by_id_number", Status, [_P(_Member), StoreHandle, _char_p, _size])
declare("rg_members_list", Status, [_P(_Member), _size, _P(_size), StoreHandle, _char_p, _size])
declare("rg_income_record_init", None, [_P(_Income)])
declare("rg_income_put", Status, [StoreHandle, _P(_Income)])
declare("rg_income_compute", Status, [_P(Money), _P(Money), _P(_Income), ctypes.c_void_p])
declare("rg_households_count", Status, [_P(ctypes.c_int64)] * 4 + [StoreHandle])
declare("rg_csv_import_options_init", None, [_P(_CsvOptions)])
_import_csv = declare("rg_households_import_csv", Status, [_P(_CsvResult), StoreHandle, _P(_CsvFiles),
                                                           _P(_CsvOptions)])
declare("rg_households_export_csv", Status, [StoreHandle, _P(_CsvFiles)])
declare("rg_dq_rule_info", Status, [_P(_char_p), _P(_char_p), _P(ctypes.c_uint8), _P(_char_p), _P(_char_p),
                                    ctypes.c_uint16])
declare("rg_households_validate", Status, [ctypes.c_void_p, _P(ctypes.c_int64), StoreHandle, RgDate, _FindingFn,
                                           ctypes.c_void_p, _size])
declare("rg_synthetic_county_options_init", None, [_P(_CountyOptions)])
declare("rg_synthetic_county_generate", Status, [_P(_CountySummary), StoreHandle, _P(_CountyOptions)])
declare("rg_synthetic_county_write_csv", Status, [_P(_CountySummary), _P(_CsvFiles), _P(_CountyOptions)])
declare("rg_household_table_load", Status, [_P(ctypes.c_void_p), StoreHandle, RgDate, _char_p, _size])
declare("rg_household_table_view_get", Status, [_P(_TableView), ctypes.c_void_p])
declare("rg_household_table_household_id", Status, [ctypes.c_char_p, _size, ctypes.c_void_p, _size])
declare("rg_household_table_free", None, [ctypes.c_void_p])


@contextlib.contextmanager
def transaction(store):
    """BEGIN IMMEDIATE ... COMMIT around the block; ROLLBACK if it raises."""
    lib.rg_store_begin(store.handle)
    try:
        yield
    except BaseException:
        lib.rg_store_rollback(store.handle)
        raise
    lib.rg_store_commit(store.handle)


def put_region(store, code: int, name: str, former_poverty_county: bool = False,
               key_assist: KeyAssist = KeyAssist.NONE, relocation_site: bool = False) -> None:
    """Inserts or updates a region (level and parent derive from the 12-digit code)."""
    raw = _bytes(name)
    lib.rg_households_put_region(store.handle, code, raw, len(raw), int(bool(former_poverty_county)),
                                 int(deprecated_int(KeyAssist, key_assist, "key_assist")),
                                 int(bool(relocation_site)))


_HOUSEHOLD_FIELDS = ("type", "relocated", "unsafe_house", "house_damaged", "water_safe", "electricity",
                     "road_paved", "region_code", "arable_centimu", "forest_centimu", "grain_to_green_centimu",
                     "orchard_centimu", "pasture_centimu", "water_centimu", "housing_area_centim2")


_AREA_FIELDS = ("arable_centimu", "forest_centimu", "grain_to_green_centimu", "orchard_centimu",
                "pasture_centimu", "water_centimu", "housing_area_centim2")
_FLAG_FIELDS = ("relocated", "unsafe_house", "house_damaged", "water_safe", "electricity", "road_paved")


def _set_int(rec, name, value, what):
    if isinstance(value, bool):
        value = int(value)
    if value is None:
        raise errors.InvalidArgument(f"{what}: {name} is None")
    if not isinstance(value, int):
        raise TypeError(f"{what}: {name} must be an int, got {type(value).__name__}")
    setattr(rec, name, value)
    if getattr(rec, name) != value:  # ctypes wraps silently: refuse it
        raise errors.InvalidArgument(f"{what}: {name} = {value} is out of range")


def put_household(store, household_id: str, region_code: int, **fields) -> None:
    """Inserts or updates a household; ``fields`` are rg_household_record fields: type (a
    HouseholdKind), the flags relocated, unsafe_house, house_damaged, water_safe, electricity,
    road_paved (bools), the areas (ints, 1/100 mu or 1/100 m²) and phone."""
    rec = _Household()
    lib.rg_household_record_init(ctypes.byref(rec))
    rec.household_id = _bytes(household_id)
    _set_int(rec, "region_code", region_code, "put_household")
    for name, value in fields.items():
        if name == "phone":
            rec.phone = _bytes(value)
        elif name == "type":
            rec.type = deprecated_int(HouseholdKind, value, "type")
        elif name in _HOUSEHOLD_FIELDS:
            _set_int(rec, name, value, "put_household")
        else:
            raise TypeError(f"put_household: unknown field {name!r}")
    lib.rg_households_put(store.handle, ctypes.byref(rec))


@dataclasses.dataclass(frozen=True, eq=False)
class Household(Record):
    """A household record (rg_households_get); areas in 1/100 mu, housing area in 1/100 m²."""

    household_id: str
    region_code: int
    type: HouseholdKind
    relocated: bool
    unsafe_house: bool
    house_damaged: bool
    water_safe: bool
    electricity: bool
    road_paved: bool
    arable_centimu: int
    forest_centimu: int
    grain_to_green_centimu: int
    orchard_centimu: int
    pasture_centimu: int
    water_centimu: int
    housing_area_centim2: int
    phone: str

    def _legacy(self):
        out = {name: getattr(self, name) for name in _HOUSEHOLD_FIELDS}
        out.update({name: int(getattr(self, name)) for name in _FLAG_FIELDS + ("type",)})
        out.update(household_id=self.household_id, phone=self.phone)
        return out


def get_household(store, household_id: str) -> Household:
    rec = _Household(struct_size=ctypes.sizeof(_Household))
    raw = _bytes(household_id)
    lib.rg_households_get(ctypes.byref(rec), store.handle, raw, len(raw))
    return Household(
        household_id=_text(rec.household_id), region_code=rec.region_code, type=HouseholdKind(rec.type),
        relocated=bool(rec.relocated), unsafe_house=bool(rec.unsafe_house),
        house_damaged=bool(rec.house_damaged), water_safe=bool(rec.water_safe),
        electricity=bool(rec.electricity), road_paved=bool(rec.road_paved),
        arable_centimu=rec.arable_centimu, forest_centimu=rec.forest_centimu,
        grain_to_green_centimu=rec.grain_to_green_centimu, orchard_centimu=rec.orchard_centimu,
        pasture_centimu=rec.pasture_centimu, water_centimu=rec.water_centimu,
        housing_area_centim2=rec.housing_area_centim2, phone=_text(rec.phone))


@dataclasses.dataclass(frozen=True, eq=False)
class Member(Record):
    """A member record; ``id_number`` is always the masked form."""

    person_id: str
    household_id: str
    id_number: str
    birth_date: datetime.date
    relation: Relation
    sex: Sex
    education: Education
    school_status: SchoolStatus
    health: Health
    disability_grade: int  # 0..4
    labour: Labour
    medical_resident: bool
    medical_employee: bool
    critical_illness: bool
    pension: bool
    dibao: bool
    tekun: bool
    status: MemberStatus
    id_status: IdStatus

    def _legacy(self):
        out = {name: int(getattr(self, name)) for name in _MEMBER_CODES if name != "reserved"}
        out.update(person_id=self.person_id, household_id=self.household_id,
                   id_number=self.id_number, birth_date=self.birth_date)
        return out


_MEMBER_ENUMS = {"relation": Relation, "sex": Sex, "education": Education,
                 "school_status": SchoolStatus, "health": Health, "labour": Labour,
                 "status": MemberStatus}
_MEMBER_FLAGS = ("medical_resident", "medical_employee", "critical_illness", "pension", "dibao", "tekun")


def _member(rec) -> Member:
    return Member(
        person_id=_text(rec.person_id), household_id=_text(rec.household_id),
        id_number=_text(rec.id_number), birth_date=_from_date(rec.birth_date),
        relation=Relation(rec.relation), sex=Sex(rec.sex), education=Education(rec.education),
        school_status=SchoolStatus(rec.school_status), health=Health(rec.health),
        disability_grade=rec.disability_grade, labour=Labour(rec.labour),
        medical_resident=bool(rec.medical_resident), medical_employee=bool(rec.medical_employee),
        critical_illness=bool(rec.critical_illness), pension=bool(rec.pension),
        dibao=bool(rec.dibao), tekun=bool(rec.tekun), status=MemberStatus(rec.status),
        id_status=IdStatus(rec.id_status))


def put_member(store, person_id: str, household_id: str, id_number: str, birth_date: datetime.date,
               **codes) -> None:
    """Inserts or updates a member; ``codes`` are rg_member_record fields: relation, sex,
    education, school_status, health, labour, status (enums of ruralguard.types or their names),
    disability_grade (0..4) and the flags medical_resident, medical_employee, critical_illness,
    pension, dibao, tekun (bools)."""
    rec = _Member()
    lib.rg_member_record_init(ctypes.byref(rec))
    rec.person_id = _bytes(person_id)
    rec.household_id = _bytes(household_id)
    rec.id_number = _bytes(id_number)
    rec.birth_date = _to_date(birth_date)
    for name, value in codes.items():
        if name not in _MEMBER_CODES or name in ("id_status", "reserved"):
            raise TypeError(f"put_member: unknown field {name!r}")
        if name in _MEMBER_ENUMS:
            setattr(rec, name, deprecated_int(_MEMBER_ENUMS[name], value, name))
        else:
            _set_int(rec, name, value, "put_member")
    lib.rg_members_put(store.handle, ctypes.byref(rec))


def get_member(store, person_id: str) -> Member:
    rec = _Member(struct_size=ctypes.sizeof(_Member))
    raw = _bytes(person_id)
    lib.rg_members_get(ctypes.byref(rec), store.handle, raw, len(raw))
    return _member(rec)


def find_member_by_id_number(store, id_number: str) -> Member:
    """The member with this clear ID number (hashed before the lookup); its id_number is masked."""
    rec = _Member(struct_size=ctypes.sizeof(_Member))
    raw = _bytes(id_number)
    lib.rg_members_find_by_id_number(ctypes.byref(rec), store.handle, raw, len(raw))
    return _member(rec)


def members_of(store, household_id: str, capacity: int = 16) -> List[Member]:
    raw = _bytes(household_id)
    count = ctypes.c_size_t()
    while True:
        recs = (_Member * capacity)()
        for r in recs:
            r.struct_size = ctypes.sizeof(_Member)
        try:
            lib.rg_members_list(recs, capacity, ctypes.byref(count), store.handle, raw, len(raw))
            return [_member(recs[i]) for i in range(count.value)]
        except Exception as exc:  # RG_EBUFFER: grow to the count the library reported
            if getattr(exc, "status", None) != -17:
                raise
            capacity = count.value


def _income_record(household_id, period_start, period_end, family_size, kind="annual", transfers=None, **money):
    rec = _Income()
    lib.rg_income_record_init(ctypes.byref(rec))
    rec.household_id = _bytes(household_id)
    rec.kind = _INCOME_KINDS[kind]
    rec.period_start = _to_date(period_start)
    rec.period_end = _to_date(period_end)
    rec.family_size = int(family_size)
    for name, value in money.items():
        if name not in ("wage", "business_income", "business_cost", "property", "insurance_payout",
                        "oop_medical", "oop_education"):
            raise TypeError(f"income: unknown field {name!r}")
        setattr(rec, name, int(value))
    for item, value in (transfers or {}).items():
        rec.transfers[TRANSFER_ITEMS.index(item)] = int(value)
    return rec


def put_income(store, household_id: str, period_start: datetime.date, period_end: datetime.date,
               family_size: int, **fields) -> None:
    """Inserts or replaces an income statement; money fields in units of 1/10000 yuan,
    ``transfers`` a dict item name -> units."""
    rec = _income_record(household_id, period_start, period_end, family_size, **fields)
    lib.rg_income_put(store.handle, ctypes.byref(rec))


def per_capita_income(family_size: int, counted: Optional[Iterable[str]] = None, **fields) -> Tuple[int, int]:
    """(per-capita, net) income in units, exact and rounded once to fen; ``counted`` is an
    iterable of transfer item names that count (None: the built-in defaults)."""
    rec = _income_record("-", _EPOCH, _EPOCH, family_size, **fields)
    flags = None
    if counted is not None:
        counted = set(counted)
        flags = (ctypes.c_uint8 * len(TRANSFER_ITEMS))(*[1 if i in counted else 0 for i in TRANSFER_ITEMS])
    per_capita, net = Money(), Money()
    lib.rg_income_compute(ctypes.byref(per_capita), ctypes.byref(net), ctypes.byref(rec), flags)
    return per_capita.value, net.value


@dataclasses.dataclass(frozen=True, eq=False)
class StoreCounts(Record):
    regions: int
    households: int
    members: int
    income: int


def counts(store) -> StoreCounts:
    """Rows of regions, households, members and income statements in the store."""
    values = [ctypes.c_int64() for _ in range(4)]
    lib.rg_households_count(*[ctypes.byref(v) for v in values], store.handle)
    return StoreCounts(*(v.value for v in values))


@dataclasses.dataclass(frozen=True, eq=False)
class CountySummary(Record):
    """What a synthetic county holds (rg_synthetic_county_summary)."""

    regions: int
    households: int
    members: int
    income_statements: int
    formerly_poor: int
    monitored_profile: int
    injected_errors: int


def _files(regions=None, households=None, members=None, income=None):
    files = _CsvFiles(struct_size=ctypes.sizeof(_CsvFiles))
    keep = []
    for name, path in (("regions", regions), ("households", households), ("members", members), ("income", income)):
        if path is not None:
            raw = os.fsencode(path)
            keep.append(raw)
            setattr(files, name, raw)
            setattr(files, name + "_len", len(raw))
    return files, keep


CsvError = collections.namedtuple("CsvError", "file line column column_name rule message")
ImportResult = collections.namedtuple("ImportResult", "committed rows imported rejected errors_total "
                                                      "warnings_total errors")
_ENTITIES = ("regions", "households", "members", "income")


def import_csv(store, regions=None, households=None, members=None, income=None, commit_valid_rows: bool = False,
               rejects_dir=None, as_of=None):
    """Imports the CSV files in one transaction (docs/csv-format.md). Returns an ImportResult;
    a file rejected in all-or-nothing mode is not an exception: ``committed`` is False and
    ``errors`` lists every CsvError. Other failures (missing file, busy database) raise."""
    files, keep = _files(regions, households, members, income)
    options = _CsvOptions()
    lib.rg_csv_import_options_init(ctypes.byref(options))
    options.mode = 1 if commit_valid_rows else 0
    if as_of is not None:
        options.as_of = _to_date(as_of)
    if rejects_dir is not None:
        raw_dir = os.fsencode(rejects_dir)
        keep.append(raw_dir)
        options.rejects_dir = raw_dir
        options.rejects_dir_len = len(raw_dir)
    errors = []

    def on_error(_context, err):
        e = err.contents
        errors.append(CsvError(_text(e.file), e.line, e.column, _text(e.column_name), _text(e.rule),
                               _text(e.message)))

    callback = _CsvErrorFn(on_error)
    options.on_error = callback
    result = _CsvResult(struct_size=ctypes.sizeof(_CsvResult))
    try:
        _import_csv(ctypes.byref(result), store.handle, ctypes.byref(files), ctypes.byref(options))
    except Exception as exc:
        if getattr(exc, "status", None) != -2 or result.committed or not errors:
            raise  # not a rolled-back file
    return ImportResult(bool(result.committed), dict(zip(_ENTITIES, result.rows)),
                        dict(zip(_ENTITIES, result.imported)), dict(zip(_ENTITIES, result.rejected)),
                        result.errors_total, result.warnings_total, errors)


def export_csv(store, regions=None, households=None, members=None, income=None):
    """Writes the import format with English headers; ID numbers masked."""
    files, _keep = _files(regions, households, members, income)
    lib.rg_households_export_csv(store.handle, ctypes.byref(files))


Finding = collections.namedtuple("Finding", "rule code severity household_id person_id field value "
                                            "message_en message_zh")


def rule_info(rule):
    """(code, key, severity, title_en, title_zh) of data-quality rule number ``rule``."""
    code, key, title_en, title_zh = _char_p(), _char_p(), _char_p(), _char_p()
    severity = ctypes.c_uint8()
    lib.rg_dq_rule_info(ctypes.byref(code), ctypes.byref(key), ctypes.byref(severity), ctypes.byref(title_en),
                        ctypes.byref(title_zh), rule)
    return _text(code.value), _text(key.value), severity.value, _text(title_en.value), _text(title_zh.value)


def validate(store, as_of, findings_max=1000):
    """Runs every data-quality rule over the store. Returns ({code: count}, [Finding, ...])."""
    raw_counts = (ctypes.c_int64 * 12)()
    total = ctypes.c_int64()
    findings = []

    def on_finding(_context, f):
        x = f.contents
        findings.append(Finding(x.rule, f"DQ{x.rule:03d}", x.severity, _text(x.household_id), _text(x.person_id),
                                _text(x.field), _text(x.value), _text(x.message_en), _text(x.message_zh)))

    callback = _FindingFn(on_finding)
    lib.rg_households_validate(raw_counts, ctypes.byref(total), store.handle, _to_date(as_of), callback, None,
                               findings_max)
    return {f"DQ{i:03d}": raw_counts[i] for i in range(1, 12)}, findings


def _county_options(**options):
    opts = _CountyOptions()
    lib.rg_synthetic_county_options_init(ctypes.byref(opts))
    for name, value in options.items():
        if name not in dict(_CountyOptions._fields_) or name in ("struct_size", "reserved"):
            raise TypeError(f"synthetic county: unknown option {name!r}")
        setattr(opts, name, int(value))
    return opts


def generate_county(store, **options) -> CountySummary:
    """Writes a deterministic synthetic county into the store; returns its summary dict.
    Options: seed, households, county_code, townships, villages, formerly_poor_permille,
    monitored_permille, error_permille, income_year."""
    opts = _county_options(**options)
    summary = _CountySummary(struct_size=ctypes.sizeof(_CountySummary))
    lib.rg_synthetic_county_generate(ctypes.byref(summary), store.handle, ctypes.byref(opts))
    return CountySummary(*(getattr(summary, n) for n in _SUMMARY_FIELDS))


def write_county_csv(regions, households, members, income, **options) -> CountySummary:
    """The same county as the four CSV files (clear ID numbers: test data only)."""
    files, _keep = _files(regions, households, members, income)
    opts = _county_options(**options)
    summary = _CountySummary(struct_size=ctypes.sizeof(_CountySummary))
    lib.rg_synthetic_county_write_csv(ctypes.byref(summary), ctypes.byref(files), ctypes.byref(opts))
    return CountySummary(*(getattr(summary, n) for n in _SUMMARY_FIELDS))


class HouseholdColumns:
    """Library-owned columns of one load; each column is a zero-copy memoryview (``len`` = rows).
    Valid until :meth:`close` (also a context manager)."""

    def __init__(self, handle):
        self._handle = handle
        view = _TableView(struct_size=ctypes.sizeof(_TableView))
        lib.rg_household_table_view_get(ctypes.byref(view), handle)
        self.count = view.count
        for name, ctype, fmt in _COLUMNS:
            # ctypes exports formats such as "<q" that memoryview cannot index: re-cast natively.
            array = (ctype * self.count).from_address(getattr(view, name)) if self.count else (ctype * 0)()
            setattr(self, name, memoryview(array).cast("B").cast(fmt))

    def __len__(self):
        return self.count

    def household_id(self, row):
        buf = ctypes.create_string_buffer(_ID_MAX + 1)
        lib.rg_household_table_household_id(buf, len(buf), self._handle, row)
        return _text(buf.value)

    def close(self):
        if self._handle:
            for name, _, _ in _COLUMNS:
                getattr(self, name).release()
            lib.rg_household_table_free(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass


def load_columns(store, as_of: datetime.date, region_prefix: str = "") -> "HouseholdColumns":
    """One columnar load of every household (within ``region_prefix``) as of ``as_of``."""
    handle = ctypes.c_void_p()
    raw = _bytes(region_prefix)
    lib.rg_household_table_load(ctypes.byref(handle), store.handle, _to_date(as_of), raw, len(raw))
    return HouseholdColumns(handle)
