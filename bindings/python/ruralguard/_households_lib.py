"""The C library for ruralguard.households (private).

Uses the shared binding base (``ruralguard._lib``: loader, ``declare``, typed exceptions) when it is
present. Until that base is merged into this branch, a minimal local loader stands in: it finds
the library the same way (``RURALGUARD_LIBRARY`` first) and raises :class:`HouseholdsError`
carrying ``status`` and ``status_name``, like the base's exceptions do.
"""

import ctypes
import ctypes.util
import os

Status = ctypes.c_int32
Money = ctypes.c_int64
RgDate = ctypes.c_int32
StoreHandle = ctypes.c_void_p

try:  # the shared base (bindings/python/ruralguard/_lib.py)
    from ._lib import declare, lib  # noqa: F401
    from .store import Store as _Store
    HAVE_BASE = True
except ImportError:  # stand-in until the base is merged
    HAVE_BASE = False

    class HouseholdsError(Exception):
        """A failing rg_status: ``status`` (negative code), ``status_name`` and the message."""

        def __init__(self, message, status, status_name):
            super().__init__(message)
            self.message = message
            self.status = status
            self.status_name = status_name

    def _load():
        env = os.environ.get("RURALGUARD_LIBRARY")
        candidates = [env] if env else [ctypes.util.find_library("ruralguard") or "libruralguard.so.0"]
        return ctypes.CDLL(candidates[0])

    lib = _load()
    lib.rg_last_error_message.restype = ctypes.c_char_p
    lib.rg_status_name.restype = ctypes.c_char_p
    lib.rg_status_name.argtypes = [Status]

    def _check(status, func, args):
        if status != 0:
            message = (lib.rg_last_error_message() or b"").decode("utf-8", errors="replace")
            raise HouseholdsError(message, status, lib.rg_status_name(status).decode("ascii"))
        return status

    def declare(name, restype, argtypes):
        func = getattr(lib, name)
        func.restype = restype
        func.argtypes = argtypes
        if restype is Status:
            func.errcheck = _check
        return func

    class _StoreOptions(ctypes.Structure):
        _fields_ = [("struct_size", ctypes.c_uint32), ("synchronous_full", ctypes.c_uint8),
                    ("read_only", ctypes.c_uint8), ("reserved", ctypes.c_uint8 * 2),
                    ("busy_timeout_ms", ctypes.c_int32)]

    declare("rg_store_options_init", None, [ctypes.POINTER(_StoreOptions)])
    declare("rg_store_open", Status, [ctypes.POINTER(StoreHandle), ctypes.c_char_p, ctypes.c_size_t,
                                      ctypes.POINTER(_StoreOptions)])
    declare("rg_store_close", None, [StoreHandle])

    class _Store:
        """Minimal stand-in for ruralguard.Store: ``handle``, ``close``, context manager."""

        def __init__(self, path, synchronous_full=True):
            options = _StoreOptions()
            lib.rg_store_options_init(ctypes.byref(options))
            options.synchronous_full = 1 if synchronous_full else 0
            raw = os.fsencode(path)
            self.handle = StoreHandle()
            self.path = path
            lib.rg_store_open(ctypes.byref(self.handle), raw, len(raw), ctypes.byref(options))

        def close(self):
            if self.handle:
                lib.rg_store_close(self.handle)
                self.handle = StoreHandle()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.close()


def open_store(path, synchronous_full=True):
    """Opens a store: ruralguard.Store when the base is present, else the local stand-in."""
    return _Store(path, synchronous_full=synchronous_full)
