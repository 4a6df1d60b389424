// Test-only SQLite VFS shim (issue 21): wraps the default unix VFS and registers itself as the
// default, so every connection the library opens goes through it. It
//  - counts the I/O points of an operation (open, read, write, sync, truncate, delete),
//  - fails the Nth point once (transient) or from the Nth on (persistent) with the error a real
//    disk gives (SQLITE_CANTOPEN, SQLITE_IOERR_READ, SQLITE_IOERR_WRITE or SQLITE_FULL,
//    SQLITE_IOERR_FSYNC, SQLITE_IOERR_TRUNCATE, SQLITE_IOERR_DELETE),
//  - simulates power loss: it keeps, per file, an undo log of everything written since that
//    file's last sync; at the crash point every later I/O fails (the machine is dead), and once
//    the connections are closed restore_after_power_loss() puts every file back to what its last
//    sync made durable and deletes the -shm file (shared memory does not survive power loss).
// Single process; the simulator and the tests drive it from one thread (a mutex guards it anyway).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rg::faults {

enum class IoKind : uint8_t { kOpen, kRead, kWrite, kSync, kTruncate, kDelete, kCount };

const char* io_kind_name(IoKind kind);

struct FaultPlan {
  uint64_t fail_at = 0;     // 1-based I/O point (among all kinds) to fail; 0 = count only
  bool persistent = false;  // every point from fail_at on fails, not just that one
  bool disk_full = false;   // a failing write answers SQLITE_FULL instead of SQLITE_IOERR_WRITE
};

struct IoCounts {
  uint64_t by_kind[static_cast<int>(IoKind::kCount)] = {};
  uint64_t total = 0;
  uint64_t mutating = 0;   // writes, syncs, truncates, deletes: the points a power loss can fall on
  uint64_t injected = 0;   // faults returned
};

class FaultVfs {
 public:
  // Registers the shim as SQLite's default VFS (once per process) and returns it.
  static FaultVfs& install();

  // Starts a window: counts from zero, applies `plan`. disarm() ends it (counts stay readable).
  void arm(const FaultPlan& plan);
  void disarm();
  [[nodiscard]] IoCounts counts() const;
  // The kinds of the points of the last window, in order (for tables and for choosing faults).
  [[nodiscard]] std::vector<IoKind> trace() const;

  // Power loss: the machine dies just before the `point`-th mutating I/O point of the armed
  // window (1-based); die_now() kills it at once. While dead every I/O fails.
  void crash_before_mutation(uint64_t point);
  void die_now();
  [[nodiscard]] bool dead() const;
  // Call with every connection closed: undoes each file's unsynced writes (in reverse order),
  // deletes "<db>-shm" for every database seen, clears the logs and revives the machine.
  // torn_seed 0: every unsynced write is lost. Otherwise each file keeps a pseudo-random prefix
  // of its unsynced writes (the disk wrote them in order and lost the rest): a torn flush.
  // Returns the number of unsynced writes discarded.
  uint64_t restore_after_power_loss(uint64_t torn_seed = 0);
  // Forgets the undo logs (files copied in by the test are durable by definition).
  void forget_unsynced();

 private:
  FaultVfs() = default;
};

}  // namespace rg::faults
