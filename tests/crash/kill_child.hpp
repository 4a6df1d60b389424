// Test helper for crash tests: runs work in a forked child and kills it with SIGKILL after a
// delay, as a power cut or the OOM killer would; the parent then reopens the files and checks them.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>

namespace rg::test {

struct ChildEnd {
  bool killed = false;  // false: the work finished (exit 0) before the kill
  int exit_code = 0;    // when not killed: 0 done, 2 the work threw
};

// Forks; the child runs `work` and _exit(0)s (2 if it threw). The parent sleeps `delay`, sends
// SIGKILL and reaps the child. Only async-signal-safe exits in the child: no gtest teardown there.
inline ChildEnd run_and_kill(const std::function<void()>& work, std::chrono::microseconds delay) {
  std::fflush(nullptr);
  const pid_t child = fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    try {
      work();
    } catch (...) {
      _exit(2);
    }
    _exit(0);
  }
  std::this_thread::sleep_for(delay);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  if (WIFSIGNALED(status)) return {true, 0};
  return {false, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

// Runs `work` in a child to completion (never killed) and returns how long it took, or -1 us when
// the child did not exit with 0.
inline std::chrono::microseconds time_in_child(const std::function<void()>& work) {
  std::fflush(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    try {
      work();
    } catch (...) {
      _exit(2);
    }
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::chrono::microseconds(-1);
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
}

// Opened read-write, as a user reopening after the crash would: a read-only connection cannot
// replay the hot journal or rebuild the WAL index a killed writer may leave behind.
inline std::string integrity_check(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  SQLite::Statement q(db, "PRAGMA integrity_check");
  std::string out;
  while (q.executeStep()) out += q.getColumn(0).getString();
  return out;
}

inline int64_t count_rows(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement q(db, sql);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace rg::test
