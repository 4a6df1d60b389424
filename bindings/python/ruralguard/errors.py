"""Exceptions mapped one-to-one from the C ABI's ``rg_status`` codes (ruralguard.h).

Every failing call raises a subclass of :class:`Error` carrying the status code, its symbolic name
and the library's message (``rg_last_error_message()``, which names the field and the value).
Where a built-in exception means the same thing the class derives from it too, so callers that
only know ``ValueError`` or ``OSError`` still catch it.
"""

from typing import Optional

__all__ = [
    "Error", "InvalidArgument", "ParseError", "Overflow", "RangeError", "PrecisionError",
    "NotFound", "Exists", "Conflict", "StateError", "LimitExceeded", "IoError", "Corrupt", "Busy",
    "VersionError", "BalanceError", "Refused", "BufferTooSmall", "NoMemory", "InternalError",
    "error_for_status",
]


class Error(Exception):
    """Base of every ruralguard failure: ``status`` (negative rg_status), ``status_name``, message."""

    status: Optional[int] = None
    status_name = "RG_E?"

    def __init__(self, message="", status=None):
        # Exactly one argument to the base: OSError would read two as (errno, strerror).
        super().__init__(message)
        self.message = message
        if status is not None and status != type(self).status:
            self.status = status  # a code this binding does not know (a newer library)

    def __str__(self):
        return self.message


class InvalidArgument(Error, ValueError):
    """RG_EINVAL (-1): A NULL, bad size or parameter outside its documented range."""

    status = -1
    status_name = "RG_EINVAL"


class ParseError(Error, ValueError):
    """RG_EPARSE (-2): Malformed text: amount, date, code, CSV field, JSON."""

    status = -2
    status_name = "RG_EPARSE"


class Overflow(Error, OverflowError):
    """RG_EOVERFLOW (-3): A result does not fit its type."""

    status = -3
    status_name = "RG_EOVERFLOW"


class RangeError(Error, ValueError):
    """RG_ERANGE (-4): A well-formed value outside the allowed domain (2023-02-29)."""

    status = -4
    status_name = "RG_ERANGE"


class PrecisionError(Error, ValueError):
    """RG_EPRECISION (-5): More decimal places than allowed (sub-fen ledger amount)."""

    status = -5
    status_name = "RG_EPRECISION"


class NotFound(Error, LookupError):
    """RG_ENOTFOUND (-6): Unknown id."""

    status = -6
    status_name = "RG_ENOTFOUND"


class Exists(Error):
    """RG_EEXISTS (-7): The same record already exists (idempotent replay)."""

    status = -7
    status_name = "RG_EEXISTS"


class Conflict(Error):
    """RG_ECONFLICT (-8): An id is reused with different fields."""

    status = -8
    status_name = "RG_ECONFLICT"


class StateError(Error):
    """RG_ESTATE (-9): Transition not allowed from the current state."""

    status = -9
    status_name = "RG_ESTATE"


class LimitExceeded(Error):
    """RG_ELIMIT (-10): A named maximum (batch size, text length, ...) is exceeded."""

    status = -10
    status_name = "RG_ELIMIT"


class IoError(Error, OSError):
    """RG_EIO (-11): File or database I/O failed."""

    status = -11
    status_name = "RG_EIO"


class Corrupt(Error):
    """RG_ECORRUPT (-12): Stored data failed an integrity check."""

    status = -12
    status_name = "RG_ECORRUPT"


class Busy(Error):
    """RG_EBUSY (-13): The database is locked by another connection."""

    status = -13
    status_name = "RG_EBUSY"


class VersionError(Error):
    """RG_EVERSION (-14): Unsupported schema, format or library version."""

    status = -14
    status_name = "RG_EVERSION"


class BalanceError(Error):
    """RG_EBALANCE (-15): A balance limit would be exceeded."""

    status = -15
    status_name = "RG_EBALANCE"


class Refused(Error):
    """RG_EREFUSED (-16): A policy or business rule refuses the operation."""

    status = -16
    status_name = "RG_EREFUSED"


class BufferTooSmall(Error):
    """RG_EBUFFER (-17): The caller's output buffer is too small."""

    status = -17
    status_name = "RG_EBUFFER"


class NoMemory(Error, MemoryError):
    """RG_ENOMEM (-18): Memory allocation failed."""

    status = -18
    status_name = "RG_ENOMEM"


class InternalError(Error):
    """RG_EINTERNAL (-99): A bug in ruralguard: please report it."""

    status = -99
    status_name = "RG_EINTERNAL"


_BY_STATUS = {cls.status: cls for cls in (
    InvalidArgument, ParseError, Overflow, RangeError, PrecisionError, NotFound, Exists, Conflict,
    StateError, LimitExceeded, IoError, Corrupt, Busy, VersionError, BalanceError, Refused,
    BufferTooSmall, NoMemory, InternalError,
)}


def error_for_status(status, message):
    """The exception for a failing rg_status; a code unknown to this binding gives a plain Error."""
    cls = _BY_STATUS.get(status)
    return Error(message, status) if cls is None else cls(message)
