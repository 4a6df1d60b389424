"""Loads libruralguard and declares the C signatures (private).

Search order (the first that exists wins):
  1. the path in the environment variable ``RURALGUARD_LIBRARY``;
  2. a ``libruralguard.so*`` file next to this package (a wheel or an in-tree copy);
  3. the system loader: ``ctypes.util.find_library("ruralguard")``, then ``libruralguard.so.0``.

The loaded library's major version must equal ``BINDING_MAJOR``; otherwise importing ruralguard
raises ImportError, because a different major version may have different signatures.

Every function of ruralguard.h is declared once with :func:`declare`. Functions returning
``rg_status`` get an errcheck that raises the matching :mod:`ruralguard.errors` exception with the
thread's ``rg_last_error_message()``. Later modules (households, ledger, ...) declare their own
functions in their own files by calling :func:`declare` at import time.
"""

import ctypes
import ctypes.util
import glob
import os
import threading

from . import errors

__all__ = ["lib", "declare", "declared", "BINDING_MAJOR", "library_path", "Status", "Money",
           "RgDate", "check_status"]

BINDING_MAJOR = 0  # this binding speaks the C ABI of major version 0 (RG_VERSION_MAJOR)
_ENV_VAR = "RURALGUARD_LIBRARY"
_SONAME = "libruralguard.so.0"

# C types of ruralguard.h, named as there.
Status = ctypes.c_int32  # rg_status
Money = ctypes.c_int64  # rg_money: 1/10000 yuan
RgDate = ctypes.c_int32  # rg_date: days since 1970-01-01


def _candidates():
    env = os.environ.get(_ENV_VAR)
    if env:
        # An explicit choice is final: a wrong path must fail loudly, not fall back silently.
        return [env]
    here = os.path.dirname(os.path.abspath(__file__))
    found = sorted(glob.glob(os.path.join(here, "libruralguard.so*")), key=len)
    system = ctypes.util.find_library("ruralguard")
    return found + ([system] if system else []) + [_SONAME]


def _load():
    tried = []
    for candidate in _candidates():
        try:
            return ctypes.CDLL(candidate), candidate
        except OSError as exc:
            tried.append(f"{candidate}: {exc}")
    raise ImportError("ruralguard: cannot load the shared library; tried\n  " + "\n  ".join(tried) +
                      f"\nSet {_ENV_VAR} to the path of libruralguard.so.")


def check_version(number, path):
    """Raises ImportError unless rg_version_number() `number` has the binding's major version."""
    major = number // 10000
    if major != BINDING_MAJOR:
        version = f"{major}.{number // 100 % 100}.{number % 100}"
        raise ImportError(f"ruralguard: the library {path} is version {version} (major {major}), "
                          f"but this Python binding needs major version {BINDING_MAJOR}")


lib, library_path = _load()
lib.rg_version_number.argtypes = []
lib.rg_version_number.restype = ctypes.c_uint32
check_version(lib.rg_version_number(), library_path)

lib.rg_last_error_message.argtypes = []
lib.rg_last_error_message.restype = ctypes.c_char_p
lib.rg_status_name.argtypes = [Status]
lib.rg_status_name.restype = ctypes.c_char_p


def _text(raw):
    return raw.decode("utf-8", errors="replace") if raw else ""


def last_error_message():
    """This thread's message for its most recent failing call ("" if none)."""
    return _text(lib.rg_last_error_message())


def status_name(status):
    return _text(lib.rg_status_name(status))


def check_status(status, func=None, args=None):
    """ctypes errcheck: returns RG_OK, raises the mapped exception for any other status.

    ctypes runs errcheck on the calling thread right after the call, so the thread-local message
    read here belongs to this call.
    """
    if status == 0:
        return status
    exc = errors.error_for_status(status, last_error_message())
    if exc.status_name == errors.Error.status_name:
        exc.status_name = status_name(status)
    raise exc


declared = {}  # name -> ctypes function: every C function this binding has declared

# ctypes converts a Python int to c_int32, c_uint8, ... by truncating it silently (2**40 passed as
# an int32 arrives as 0) and reports None or a str only as a generic ArgumentError. Every integer
# argument of a declared function therefore goes through a checked type: a value outside the C
# type's range raises InvalidArgument naming the argument, a non-integer TypeError, None
# InvalidArgument; the wrapper installed on ``lib`` re-raises that exception itself.
_pending = threading.local()


def _checked_int(ctype):
    bits = ctypes.sizeof(ctype) * 8
    signed = ctype(-1).value < 0
    low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)

    class Checked(ctype):
        @classmethod
        def from_param(cls, value):
            if isinstance(value, int):
                if low <= value <= high:
                    return ctype(value)
                exc = errors.InvalidArgument(f"{value} is outside the range of {ctype.__name__} "
                                             f"({low}..{high})")
            elif isinstance(value, ctype):
                return value
            elif value is None:
                exc = errors.InvalidArgument(f"None where an integer ({ctype.__name__}) is expected")
            else:
                exc = TypeError(f"expected an int ({ctype.__name__}), got {type(value).__name__}")
            _pending.exc = exc
            raise exc

    Checked.__name__ = f"checked_{ctype.__name__}"
    return Checked


_INT_TYPES = (ctypes.c_int8, ctypes.c_int16, ctypes.c_int32, ctypes.c_int64, ctypes.c_uint8,
              ctypes.c_uint16, ctypes.c_uint32, ctypes.c_uint64)
_CHECKED = {t: _checked_int(t) for t in _INT_TYPES}


def _wrap(name, func):
    def call(*args):
        try:
            return func(*args)
        except ctypes.ArgumentError as exc:
            original = getattr(_pending, "exc", None)
            _pending.exc = None
            if original is None:
                raise TypeError(f"{name}: {exc}") from None
            raise type(original)(f"{name}: {exc.args[0].split(':', 1)[0]}: {original}") from None

    call.__name__ = name
    call.__wrapped__ = func
    return call


def declare(name, restype, argtypes):
    """Declares lib.<name>; restype ``Status`` installs :func:`check_status`. Integer arguments
    are range-checked (see above). Returns the wrapper installed as ``lib.<name>``."""
    func = lib[name]  # a fresh function object (attribute access would return the wrapper)
    func.argtypes = [_CHECKED.get(t, t) for t in argtypes]
    func.restype = restype
    if restype is Status:
        func.errcheck = check_status
    declared[name] = func
    wrapper = _wrap(name, func)
    setattr(lib, name, wrapper)
    return wrapper


def utf8(value, what):
    """Text argument -> UTF-8 bytes; None is InvalidArgument, a non-str TypeError."""
    if isinstance(value, str):
        return value.encode("utf-8")
    if value is None:
        raise errors.InvalidArgument(f"{what} is None: expected text")
    raise TypeError(f"{what} must be a str, got {type(value).__name__}")


_P = ctypes.POINTER
_char_p = ctypes.c_char_p
_size = ctypes.c_size_t

# Versions and errors (declared above before the version check; recorded here).
declare("rg_version_number", ctypes.c_uint32, [])
declare("rg_version_string", _char_p, [])
declare("rg_status_name", _char_p, [Status])
declare("rg_last_error_message", _char_p, [])

# Money.
declare("rg_money_parse", Status, [_P(Money), _char_p, _size, ctypes.c_uint32])
declare("rg_money_format", Status, [ctypes.c_char_p, _size, _P(_size), Money, ctypes.c_int32,
                                    ctypes.c_int32, ctypes.c_uint32])
declare("rg_money_add", Status, [_P(Money), Money, Money])
declare("rg_money_sub", Status, [_P(Money), Money, Money])
declare("rg_money_mul_ratio", Status, [_P(Money), Money, ctypes.c_int64, ctypes.c_int64,
                                       ctypes.c_int32, ctypes.c_int32])
declare("rg_money_div", Status, [_P(Money), Money, ctypes.c_int64, ctypes.c_int32, ctypes.c_int32])
declare("rg_money_check_fen", Status, [Money])
# Weight and part arrays are passed as c_void_p so array('q') buffers go through without copies.
declare("rg_money_allocate", Status, [ctypes.c_void_p, Money, ctypes.c_void_p, _size])
declare("rg_money_allocate_fen", Status, [ctypes.c_void_p, Money, ctypes.c_void_p, _size])

# Dates.
declare("rg_date_parse", Status, [_P(RgDate), _char_p, _size])
declare("rg_date_from_ymd", Status, [_P(RgDate), ctypes.c_int32, ctypes.c_int32, ctypes.c_int32])
declare("rg_date_to_ymd", Status, [_P(ctypes.c_int32), _P(ctypes.c_int32), _P(ctypes.c_int32),
                                   RgDate])
declare("rg_date_format", Status, [ctypes.c_char_p, _size, RgDate])
declare("rg_date_add_months", Status, [_P(RgDate), RgDate, ctypes.c_int32])

# Region codes.
declare("rg_region_parse", Status, [_P(ctypes.c_uint64), _P(ctypes.c_uint8), _char_p, _size])
declare("rg_region_parent", Status, [_P(ctypes.c_uint64), ctypes.c_uint64])
declare("rg_region_is_within", Status, [_P(ctypes.c_uint8), ctypes.c_uint64, _char_p, _size])


class StoreOptions(ctypes.Structure):
    """rg_store_options (struct_size first: the struct may grow compatibly)."""

    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("synchronous_full", ctypes.c_uint8),
        ("read_only", ctypes.c_uint8),
        ("reserved", ctypes.c_uint8 * 2),
        ("busy_timeout_ms", ctypes.c_int32),
    ]


StoreHandle = ctypes.c_void_p  # rg_store*: opaque

declare("rg_store_options_init", None, [_P(StoreOptions)])
declare("rg_store_open", Status, [_P(StoreHandle), _char_p, _size, _P(StoreOptions)])
declare("rg_store_close", None, [StoreHandle])
declare("rg_store_schema_version", Status, [_P(ctypes.c_int32), StoreHandle])


def read_text(fill, capacity=4096):
    """Text out under the C ABI's sizing convention.

    ``fill(buffer, capacity, length_ref)`` makes the C call; *length_ref is always set, and a
    buffer that is too small raises BufferTooSmall, so one retry with the exact size suffices.
    """
    length = ctypes.c_size_t()
    buf = ctypes.create_string_buffer(capacity)
    try:
        fill(buf, len(buf), ctypes.byref(length))
    except errors.BufferTooSmall:
        buf = ctypes.create_string_buffer(length.value + 1)
        fill(buf, len(buf), ctypes.byref(length))
    return buf.raw[:length.value].decode("utf-8")


def read_rows(fill, row_type, capacity=256):
    """Rows out: ``fill(rows, capacity, count_ref)``; grows the array once on BufferTooSmall."""
    while True:
        rows = (row_type * capacity)()
        count = ctypes.c_size_t()
        try:
            fill(rows, capacity, ctypes.byref(count))
            return list(rows[:count.value])
        except errors.BufferTooSmall:
            if count.value <= capacity:
                raise
            capacity = count.value
