"""Enumerations (``enum.IntEnum``, equal to the C ABI's ``RG_*`` codes) and the base of the result
dataclasses (docs/python.md "Enums and dataclasses").

Public functions take and return these instead of bare integers and dicts. The earlier forms
keep working for one release (0.1.x) with a :class:`DeprecationWarning`:

* a bare ``int`` where an enum is expected (``HouseholdFacts(kind=3)``, ``render(fmt=1)``) is
  converted to the enum;
* a result dataclass still answers ``result["name"]``, ``result.get("name")``, ``"name" in
  result``, ``result.keys()`` and ``result == {...}`` with the values the dict used to hold (names as text, codes as
  ints), while its attributes hold enums, dates and exact values.
"""

from __future__ import annotations

import dataclasses
import enum
import warnings
from typing import Any, Dict, Iterator, Optional, Type, TypeVar

from . import errors

__all__ = ["HouseholdKind", "Category", "Level", "RiskType", "EliminationKind",
           "EliminationCondition", "CaseState", "AlertKind", "AlertState", "FundLevel",
           "ProjectType", "ReportFormat", "Record", "deprecated_int"]

E = TypeVar("E", bound=enum.IntEnum)


class HouseholdKind(enum.IntEnum):
    """RG_HOUSEHOLD_*"""

    FORMERLY_POOR = 1  # 脱贫户
    FORMERLY_POOR_NO_POLICY = 2  # 脱贫不享受政策户
    ORDINARY = 3  # 一般农户


class Category(enum.IntEnum):
    """RG_CATEGORY_* (RG_CATEGORY_NONE, 0, is None in Python)."""

    UNSTABLE_FORMERLY_POOR = 1  # 脱贫不稳定户
    MARGINAL = 2  # 边缘易致贫户
    SUDDEN_SEVERE = 3  # 突发严重困难户


class Level(enum.IntEnum):
    """RG_LEVEL_* warning levels (RG_LEVEL_NONE, 0, is None in Python)."""

    BLUE = 1
    YELLOW = 2
    RED = 3


class RiskType(enum.IntEnum):
    """RG_RISK_*: bit positions of a risk mask."""

    ILLNESS = 0
    DISABILITY = 1
    EDUCATION = 2
    NATURAL_DISASTER = 3
    ACCIDENT = 4
    UNSTABLE_EMPLOYMENT = 5
    INDUSTRY_FAILURE = 6
    LACK_OF_LABOUR = 7
    HOUSING = 8
    DRINKING_WATER = 9
    HIGH_RIGID_EXPENDITURE = 10
    INCOME_DROP = 11
    OTHER = 12

    @classmethod
    def from_mask(cls, mask: int) -> list:
        return [r for r in cls if mask >> r & 1]


class EliminationKind(enum.IntEnum):
    """RG_ELIMINATION_*"""

    AIDED = 1  # 帮扶消除
    NATURAL = 2  # 自然消除


class EliminationCondition(enum.IntEnum):
    """RG_ELIM_*: bit positions of an elimination result's failed_conditions."""

    MONTHS_MONITORED = 1
    MEASURES_IMPLEMENTED = 2
    INCOME_STABLE = 3
    INCOME_ABOVE_THRESHOLD = 4
    RIGID_EXPENDITURE = 5
    GUARANTEES = 6
    RISKS_GONE = 7
    HAS_LABOUR = 8
    NOT_TOO_SOON = 9
    VETO = 10


class CaseState(enum.IntEnum):
    """RG_CASE_*"""

    CLUE = 1
    VERIFIED = 2
    COMPARED = 3
    REVIEWED = 4
    NOTICED = 5
    TOWNSHIP_APPROVED = 6
    MONITORED = 7
    REJECTED = 8
    ELIMINATION_VERIFIED = 9
    ELIMINATION_REVIEWED = 10
    ELIMINATION_NOTICED = 11
    ELIMINATION_TOWNSHIP_APPROVED = 12
    ELIMINATED = 13


class AlertKind(enum.IntEnum):
    """RG_ALERT_* kinds."""

    VISIT_OVERDUE = 1
    IDENTIFICATION_OVERDUE = 2
    NO_MEASURE = 3
    NO_DEVELOPMENT_MEASURE = 4
    RISK_WITHOUT_MEASURE = 5
    POST_ELIMINATION_CHECK_DUE = 6


class AlertState(enum.IntEnum):
    """RG_ALERT_* states."""

    ACTIVE = 1
    ACKNOWLEDGED = 2
    RESOLVED = 3


class FundLevel(enum.IntEnum):
    """RG_FUND_*"""

    CENTRAL = 1  # 中央
    PROVINCIAL = 2  # 省级
    MUNICIPAL = 3  # 市级
    COUNTY = 4  # 县级


class ProjectType(enum.IntEnum):
    """RG_PROJECT_TYPE_*"""

    INDUSTRY = 1
    EMPLOYMENT = 2
    THREE_GUARANTEES = 3
    RURAL_CONSTRUCTION = 4
    RELOCATION_FOLLOWUP = 5
    MANAGEMENT_FEE = 6
    OTHER = 7


class ReportFormat(enum.IntEnum):
    """RG_REPORT_*: formats of rg_report_render."""

    JSON = 1
    CSV = 2
    CSV_EN = 3
    CSV_ZH = 4
    HTML = 5
    TEXT = 6
    SCORES_CSV = 7


def deprecated_int(enum_type: Type[E], value: Any, what: str, allow_names: bool = True,
                   stacklevel: int = 3) -> E:
    """`value` as `enum_type`: an enum member passes; a name ("red", "RED") passes when
    `allow_names`; a bare int is converted with a DeprecationWarning (the pre-0.2 form); anything
    else, or an int that is not a member, raises InvalidArgument naming `what`."""
    if isinstance(value, enum_type):
        return value
    if allow_names and isinstance(value, str):
        try:
            return enum_type[value.upper()]
        except KeyError:
            raise errors.InvalidArgument(f"{what}: {value!r} is not one of "
                                         f"{[m.name.lower() for m in enum_type]}") from None
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            member = enum_type(value)
        except ValueError:
            raise errors.InvalidArgument(f"{what}: {value} is not one of "
                                         f"{[(m.name, int(m)) for m in enum_type]}") from None
        if not isinstance(value, enum.Enum):
            warnings.warn(f"{what}: pass {enum_type.__name__}.{member.name} instead of the bare int "
                          f"{value} (ints are accepted until ruralguard 0.2)", DeprecationWarning,
                          stacklevel=stacklevel)
        return member
    if value is None:
        raise errors.InvalidArgument(f"{what} is None: expected a {enum_type.__name__}")
    raise TypeError(f"{what}: expected a {enum_type.__name__}, got {type(value).__name__}")


def optional_member(enum_type: Type[E], code: int) -> Optional[E]:
    """The member for a C code; None for 0 (RG_*_NONE)."""
    return None if code == 0 else enum_type(code)


class Record:
    """Base of the result dataclasses. Attribute access is the API; the dict-style access of the
    pre-0.2 results (``r["score"]``) still works, with a DeprecationWarning, and returns what the
    dict held (see :meth:`_legacy`)."""

    def _legacy(self) -> Dict[str, Any]:
        """The pre-0.2 dict of this result; subclasses override where the old values differ."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    def _warn(self) -> None:
        warnings.warn(f"{type(self).__name__}: dict-style access is deprecated (until ruralguard "
                      f"0.2); use attributes, e.g. result.{dataclasses.fields(self)[0].name}",
                      DeprecationWarning, stacklevel=3)

    def __getitem__(self, key: str) -> Any:
        self._warn()
        return self._legacy()[key]

    def get(self, key: str, default: Any = None) -> Any:
        self._warn()
        return self._legacy().get(key, default)

    def __contains__(self, key: object) -> bool:
        self._warn()
        return key in self._legacy()

    def keys(self):
        self._warn()
        return self._legacy().keys()

    def items(self):
        self._warn()
        return self._legacy().items()

    def __iter__(self) -> Iterator[str]:
        self._warn()
        return iter(self._legacy())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, dict):  # a pre-0.2 comparison with the dict the function returned
            self._warn()
            return self._legacy() == other
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in dataclasses.fields(self))

    __hash__ = None  # type: ignore[assignment]  # results hold lists

    def to_dict(self) -> Dict[str, Any]:
        """The fields as a dict (enums and dates as they are; nested records as dicts)."""
        return dataclasses.asdict(self)


# Member and region codes (ruralguard.h "Member codes", docs/csv-format.md).

class Relation(enum.IntEnum):
    """Relation to the head of household (与户主关系)."""

    HEAD = 1
    SPOUSE = 2
    CHILD = 3
    PARENT = 4
    GRANDCHILD = 5
    SIBLING = 6
    CHILD_IN_LAW = 7
    OTHER = 9


class Sex(enum.IntEnum):
    MALE = 1
    FEMALE = 2


class Education(enum.IntEnum):
    """文化程度"""

    NONE = 0
    PRESCHOOL = 1
    PRIMARY = 2
    JUNIOR_HIGH = 3
    SENIOR_HIGH = 4
    VOCATIONAL = 5
    COLLEGE = 6


class SchoolStatus(enum.IntEnum):
    """在校生状况"""

    NOT_IN_SCHOOL = 0
    PRESCHOOL = 1
    COMPULSORY = 2
    HIGH_SCHOOL = 3
    HIGHER = 4
    DROPOUT = 5
    HOME_TEACHING = 6


class Health(enum.IntEnum):
    HEALTHY = 1
    CHRONIC = 2
    SERIOUS_ILLNESS = 3
    DISABLED = 4


class Labour(enum.IntEnum):
    """劳动技能"""

    SKILLED = 1
    ORDINARY = 2
    WEAK = 3
    LOST = 4
    NONE = 5


class MemberStatus(enum.IntEnum):
    ACTIVE = 1
    NATURAL_DECREASE = 2  # 自然减少


class IdStatus(enum.IntEnum):
    """How the stored ID number checked out (out only)."""

    VALID = 0
    BAD_FORMAT = 1
    BAD_CHECK_DIGIT = 2
    MISSING = 3


class KeyAssist(enum.IntEnum):
    """Key-assistance county level of a region (乡村振兴重点帮扶县)."""

    NONE = 0
    NATIONAL = 1
    PROVINCIAL = 2
    CITY = 3


__all__ += ["Relation", "Sex", "Education", "SchoolStatus", "Health", "Labour", "MemberStatus",
            "IdStatus", "KeyAssist"]
