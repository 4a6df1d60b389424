// Shared by the libFuzzer targets: a property check that stops the run with a readable report.
// A failed check aborts, which libFuzzer records as a crash and saves the input (crash-<sha1>).
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, ...)                                                      \
  do {                                                                                  \
    if (!(condition)) {                                                                 \
      std::fprintf(stderr, "fuzz property failed at %s:%d: %s\n  ", __FILE__, __LINE__, \
                   #condition);                                                         \
      std::fprintf(stderr, __VA_ARGS__);                                                \
      std::fprintf(stderr, "\n");                                                       \
      std::abort();                                                                     \
    }                                                                                   \
  } while (0)
