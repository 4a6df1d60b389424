"""Store: the embedded SQLite database behind an rg_store handle (docs/store.md)."""

from __future__ import annotations

import ctypes
import os
from typing import Union

from . import errors
from ._lib import StoreHandle, StoreOptions, lib

__all__ = ["Store"]


class Store:
    """An open ruralguard database; a context manager that closes the handle on exit.

    One handle owns one connection: use it from one thread at a time (open one Store per
    thread; separate handles may share a file). Later modules pass ``store.handle`` to C.
    """

    def __init__(self, path: Union[str, bytes, "os.PathLike[str]"], synchronous_full: bool = True,
                 read_only: bool = False, busy_timeout_ms: int = 5000) -> None:
        options = StoreOptions()
        lib.rg_store_options_init(ctypes.byref(options))
        options.synchronous_full = 1 if synchronous_full else 0
        options.read_only = 1 if read_only else 0
        options.busy_timeout_ms = busy_timeout_ms
        if path is None:
            raise errors.InvalidArgument("store path is None")
        raw = os.fsencode(path)
        self._handle = StoreHandle()
        self.path = path
        lib.rg_store_open(ctypes.byref(self._handle), raw, len(raw), ctypes.byref(options))

    @property
    def handle(self) -> ctypes.c_void_p:
        """The rg_store* for C calls; StateError once the store is closed."""
        if not self._handle:
            raise errors.StateError(f"store {self.path!r} is closed")
        return self._handle

    @property
    def closed(self) -> bool:
        return not self._handle

    @property
    def schema_version(self) -> int:
        """The schema version (PRAGMA user_version) of the open database."""
        out = ctypes.c_int32()
        lib.rg_store_schema_version(ctypes.byref(out), self.handle)
        return out.value

    def close(self) -> None:
        """Closes the handle; closing twice is harmless."""
        handle = getattr(self, "_handle", None)
        if handle:
            self._handle = StoreHandle()
            lib.rg_store_close(handle)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown may have torn down the module
            pass

    def __repr__(self):
        state = "closed" if self.closed else "open"
        return f"<ruralguard.Store {self.path!r} {state}>"
