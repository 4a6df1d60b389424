"""The exception hierarchy matches ruralguard.h and the library, and every C function is declared."""

import os
import re
import threading
import unittest

import ruralguard
from ruralguard import _lib, errors

HEADER = os.path.join(os.path.dirname(__file__), "..", "..", "..", "include", "ruralguard",
                      "ruralguard.h")


def header_text():
    if not os.path.exists(HEADER):
        raise unittest.SkipTest("ruralguard.h not found (installed package)")
    with open(HEADER, encoding="utf-8") as f:
        return f.read()


class ErrorMappingTest(unittest.TestCase):
    def test_every_status_code_of_the_header_has_its_class(self):
        codes = {name: int(value) for name, value in
                 re.findall(r"#define (RG_E[A-Z]+) \((-\d+)\)", header_text())}
        self.assertGreaterEqual(len(codes), 19)
        for name, value in codes.items():
            with self.subTest(status=name):
                exc = errors.error_for_status(value, "message")
                self.assertIs(type(exc), errors._BY_STATUS[value])
                self.assertEqual(exc.status, value)
                self.assertEqual(exc.status_name, name)
                self.assertEqual(_lib.status_name(value), name)  # the library agrees
                self.assertEqual(str(exc), "message")
        self.assertEqual(set(errors._BY_STATUS), set(codes.values()))

    def test_classes_also_derive_from_the_matching_builtin(self):
        builtin = {
            errors.InvalidArgument: ValueError, errors.ParseError: ValueError,
            errors.Overflow: OverflowError, errors.RangeError: ValueError,
            errors.PrecisionError: ValueError, errors.NotFound: LookupError,
            errors.IoError: OSError, errors.NoMemory: MemoryError,
        }
        for cls in errors._BY_STATUS.values():
            self.assertTrue(issubclass(cls, ruralguard.Error))
            if cls in builtin:
                self.assertTrue(issubclass(cls, builtin[cls]), cls)
        self.assertEqual(str(errors.IoError("cannot open x")), "cannot open x")

    def test_unknown_status_from_a_newer_library_is_a_plain_error(self):
        exc = errors.error_for_status(-42, "new")
        self.assertIs(type(exc), ruralguard.Error)
        self.assertEqual(exc.status, -42)
        with self.assertRaises(ruralguard.Error) as caught:
            _lib.check_status(-42)
        self.assertEqual(caught.exception.status_name, "RG_E?")

    def test_message_is_the_thread_last_error(self):
        with self.assertRaises(ruralguard.ParseError) as caught:
            ruralguard.money.parse("12,3x")
        self.assertEqual(str(caught.exception), _lib.last_error_message())

    def test_each_thread_gets_its_own_message(self):
        # ctypes releases the GIL during the call, so threads really interleave in the library.
        texts = [f"{k},5x" for k in range(8)]
        wrong = []

        def work(text):
            for _ in range(2000):
                try:
                    ruralguard.money.parse(text)
                except ruralguard.ParseError as exc:
                    if repr(text) not in str(exc):
                        wrong.append((text, str(exc)))

        threads = [threading.Thread(target=work, args=(t,)) for t in texts]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(wrong[:3], [])


class DeclarationsTest(unittest.TestCase):
    def test_every_function_of_the_header_is_declared(self):
        functions = set(re.findall(r"RG_API(?:\s+RG_NODISCARD)?\s+[\w\s\*]+?\b(rg_\w+)\s*\(",
                                   header_text()))
        self.assertGreater(len(functions), 20)
        self.assertEqual(sorted(functions - set(_lib.declared)), [])

    def test_status_functions_raise_and_others_do_not(self):
        self.assertIs(_lib.declared["rg_money_parse"].errcheck, _lib.check_status)
        self.assertIsNone(_lib.declared["rg_store_close"].restype)

    def test_version(self):
        number = _lib.lib.rg_version_number()
        self.assertEqual(ruralguard.version_number, number)
        self.assertEqual(ruralguard.__version__,
                         f"{number // 10000}.{number // 100 % 100}.{number % 100}")

    def test_a_different_major_version_is_refused_at_import(self):
        _lib.check_version(_lib.BINDING_MAJOR * 10000 + 99, "libruralguard.so")
        with self.assertRaises(ImportError) as caught:
            _lib.check_version((_lib.BINDING_MAJOR + 1) * 10000, "/x/libruralguard.so.1")
        self.assertIn("/x/libruralguard.so.1", str(caught.exception))
        self.assertIn(f"major version {_lib.BINDING_MAJOR}", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
