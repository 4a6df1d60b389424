"""Store: open, close and the errors of opening."""

import os
import sqlite3
import tempfile
import unittest

import ruralguard
from ruralguard import errors


class StoreTest(unittest.TestCase):
    def setUp(self):
        self._dir = tempfile.TemporaryDirectory(prefix="rg-py-")
        self.dir = self._dir.name

    def tearDown(self):
        self._dir.cleanup()

    def test_open_migrate_close_and_reopen(self):
        path = os.path.join(self.dir, "county.db")
        with ruralguard.Store(path) as store:
            version = store.schema_version
            self.assertGreaterEqual(version, 1)
            self.assertFalse(store.closed)
        self.assertTrue(store.closed)
        with self.assertRaises(errors.StateError):
            store.schema_version
        store.close()  # twice is harmless
        with ruralguard.Store(path, read_only=True, synchronous_full=False) as again:
            self.assertEqual(again.schema_version, version)

    def test_unreachable_path_is_an_io_error(self):
        with self.assertRaises(errors.IoError) as caught:
            ruralguard.Store(os.path.join(self.dir, "no", "such", "dir", "x.db"))
        self.assertIsInstance(caught.exception, OSError)
        self.assertIn("x.db", str(caught.exception))

    def test_not_a_database_is_corrupt(self):
        path = os.path.join(self.dir, "garbage.db")
        with open(path, "wb") as f:
            f.write(b"this is not an sqlite file" * 200)
        with self.assertRaises(errors.Corrupt):
            ruralguard.Store(path)

    def test_newer_schema_is_a_version_error(self):
        path = os.path.join(self.dir, "future.db")
        con = sqlite3.connect(path)
        con.execute("PRAGMA user_version = 100000")
        con.close()
        with self.assertRaises(errors.VersionError) as caught:
            ruralguard.Store(path)
        self.assertIn("100000", str(caught.exception))

    def test_locked_database_is_busy(self):
        path = os.path.join(self.dir, "locked.db")
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN EXCLUSIVE")
        try:
            with self.assertRaises(errors.Busy):
                ruralguard.Store(path, busy_timeout_ms=0)
        finally:
            con.execute("ROLLBACK")
            con.close()


if __name__ == "__main__":
    unittest.main()
