"""ruralguard: Python bindings (ctypes, standard library only) over the stable C ABI.

Money crosses the boundary as int units of 1/10000 yuan; convert with to_decimal/from_decimal.
pandas is optional: ``ruralguard.frames`` (imported on first use) needs it, nothing else does.
See docs/python.md.
"""

from . import (assets, case_time, cases, errors, households, ledger, measures, money, policy, procedure, reports,
               risk, statuses, types)
from ._lib import lib as _lib_handle
from .dates import add_months, format_date, from_rg_date, parse_date, to_rg_date
from .errors import (
    Busy, BalanceError, BufferTooSmall, Conflict, Corrupt, Error, Exists, InternalError,
    InvalidArgument, IoError, LimitExceeded, NoMemory, NotFound, Overflow, ParseError,
    PrecisionError, RangeError, Refused, StateError, VersionError,
)
from .money import Rounding, from_decimal, to_decimal
from .regions import RegionLevel, format_region, parse_region, region_is_within, region_parent
from .store import Store
from .types import (AlertKind, AlertState, CaseState, Category, EliminationCondition,
                    EliminationKind, FundLevel, HouseholdKind, Level, ProjectType, ReportFormat,
                    RiskType)

__version__ = _lib_handle.rg_version_string().decode("ascii")
version_number = _lib_handle.rg_version_number()

__all__ = [
    "__version__", "version_number", "errors", "money", "risk", "ledger", "measures", "cases", "case_time", "households",
    "assets", "reports", "statuses", "policy", "procedure",
    # errors
    "Error", "InvalidArgument", "ParseError", "Overflow", "RangeError", "PrecisionError",
    "NotFound", "Exists", "Conflict", "StateError", "LimitExceeded", "IoError", "Corrupt", "Busy",
    "VersionError", "BalanceError", "Refused", "BufferTooSmall", "NoMemory", "InternalError",
    # money
    "Rounding", "to_decimal", "from_decimal",
    # dates
    "parse_date", "format_date", "add_months", "to_rg_date", "from_rg_date",
    # regions
    "RegionLevel", "parse_region", "format_region", "region_parent", "region_is_within",
    # store
    "Store",
    # enums (types.py)
    "HouseholdKind", "Category", "Level", "RiskType", "EliminationKind", "EliminationCondition",
    "CaseState", "AlertKind", "AlertState", "FundLevel", "ProjectType", "ReportFormat", "types",
]


def __getattr__(name):
    # ruralguard.frames imports pandas: only when asked for, so `import ruralguard` never needs it.
    if name == "frames":
        import importlib
        return importlib.import_module(".frames", __name__)
    raise AttributeError(f"module 'ruralguard' has no attribute {name!r}")
