// The fault-injecting VFS shim: see fault_vfs.hpp.
#include "faults/fault_vfs.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>

namespace rg::faults {
namespace {

struct UndoEntry {
  int64_t offset = 0;
  int64_t old_size = 0;
  std::vector<unsigned char> old_bytes;  // the bytes [offset, offset + size) before the write
};

struct State {
  std::mutex mutex;
  sqlite3_vfs* real = nullptr;
  sqlite3_vfs shim{};
  bool armed = false;
  FaultPlan plan;
  IoCounts counts;
  std::vector<IoKind> trace;
  uint64_t crash_point = 0;  // 0: no crash planned
  bool dead = false;
  std::map<std::string, std::vector<UndoEntry>> unsynced;  // path -> writes since its last sync
  std::set<std::string> databases;                          // main database paths seen
};

State& state() {
  static State s;
  return s;
}

struct ShimFile {
  sqlite3_file base;
  sqlite3_file* real;
  const char* path;  // owned by SQLite for the life of the file (zName of xOpen)
  bool tracked;      // main db, WAL or rollback journal: survives a power loss only when synced
};

ShimFile* shim(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f); }

int error_of(IoKind kind, bool disk_full) {
  switch (kind) {
    case IoKind::kOpen: return SQLITE_CANTOPEN;
    case IoKind::kRead: return SQLITE_IOERR_READ;
    case IoKind::kWrite: return disk_full ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    case IoKind::kSync: return SQLITE_IOERR_FSYNC;
    case IoKind::kTruncate: return SQLITE_IOERR_TRUNCATE;
    case IoKind::kDelete: return SQLITE_IOERR_DELETE;
    default: return SQLITE_IOERR;
  }
}

// One I/O point: counts it and decides whether it fails. Returns SQLITE_OK to let it through.
int io_point(IoKind kind) {
  State& s = state();
  std::lock_guard lock(s.mutex);
  const bool mutating = kind == IoKind::kWrite || kind == IoKind::kSync || kind == IoKind::kTruncate ||
                        kind == IoKind::kDelete;
  if (s.armed) {
    ++s.counts.total;
    ++s.counts.by_kind[static_cast<int>(kind)];
    if (mutating) ++s.counts.mutating;
    s.trace.push_back(kind);
    if (mutating && s.crash_point != 0 && s.counts.mutating >= s.crash_point) s.dead = true;
  }
  if (s.dead) return error_of(kind, false);
  if (!s.armed || s.plan.fail_at == 0) return SQLITE_OK;
  if (s.counts.total == s.plan.fail_at || (s.plan.persistent && s.counts.total > s.plan.fail_at)) {
    ++s.counts.injected;
    return error_of(kind, s.plan.disk_full);
  }
  return SQLITE_OK;
}

// Records what a write or truncate is about to overwrite, so a power loss can undo it.
void remember(ShimFile* f, int64_t offset, int64_t length) {
  if (!f->tracked) return;
  sqlite3_int64 size = 0;
  if (f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK) return;
  UndoEntry e;
  e.offset = offset;
  e.old_size = size;
  const int64_t end = std::min<int64_t>(offset + length, size);
  if (end > offset) {
    e.old_bytes.resize(static_cast<std::size_t>(end - offset));
    // A short read zero-fills, which is what the file held there anyway.
    (void)f->real->pMethods->xRead(f->real, e.old_bytes.data(), static_cast<int>(e.old_bytes.size()), offset);
  }
  State& s = state();
  std::lock_guard lock(s.mutex);
  s.unsynced[f->path].push_back(std::move(e));
}

int x_close(sqlite3_file* f) {
  const int rc = shim(f)->real->pMethods->xClose(shim(f)->real);
  return rc;
}
int x_read(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset) {
  if (const int rc = io_point(IoKind::kRead); rc != SQLITE_OK) return rc;
  return shim(f)->real->pMethods->xRead(shim(f)->real, buf, amount, offset);
}
int x_write(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset) {
  if (const int rc = io_point(IoKind::kWrite); rc != SQLITE_OK) return rc;
  remember(shim(f), offset, amount);
  return shim(f)->real->pMethods->xWrite(shim(f)->real, buf, amount, offset);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
  if (const int rc = io_point(IoKind::kTruncate); rc != SQLITE_OK) return rc;
  sqlite3_int64 current = 0;
  if (shim(f)->real->pMethods->xFileSize(shim(f)->real, &current) == SQLITE_OK && current > size) {
    remember(shim(f), size, current - size);
  }
  return shim(f)->real->pMethods->xTruncate(shim(f)->real, size);
}
int x_sync(sqlite3_file* f, int flags) {
  if (const int rc = io_point(IoKind::kSync); rc != SQLITE_OK) return rc;
  const int rc = shim(f)->real->pMethods->xSync(shim(f)->real, flags);
  if (rc == SQLITE_OK && shim(f)->tracked) {
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.unsynced.erase(shim(f)->path);
  }
  return rc;
}
int x_file_size(sqlite3_file* f, sqlite3_int64* size) { return shim(f)->real->pMethods->xFileSize(shim(f)->real, size); }
int x_lock(sqlite3_file* f, int level) { return shim(f)->real->pMethods->xLock(shim(f)->real, level); }
int x_unlock(sqlite3_file* f, int level) { return shim(f)->real->pMethods->xUnlock(shim(f)->real, level); }
int x_check_reserved(sqlite3_file* f, int* out) {
  return shim(f)->real->pMethods->xCheckReservedLock(shim(f)->real, out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
  return shim(f)->real->pMethods->xFileControl(shim(f)->real, op, arg);
}
int x_sector_size(sqlite3_file* f) { return shim(f)->real->pMethods->xSectorSize(shim(f)->real); }
int x_device_characteristics(sqlite3_file* f) {
  return shim(f)->real->pMethods->xDeviceCharacteristics(shim(f)->real);
}
int x_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
  return shim(f)->real->pMethods->xShmMap(shim(f)->real, page, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
  return shim(f)->real->pMethods->xShmLock(shim(f)->real, offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) { shim(f)->real->pMethods->xShmBarrier(shim(f)->real); }
int x_shm_unmap(sqlite3_file* f, int delete_flag) {
  return shim(f)->real->pMethods->xShmUnmap(shim(f)->real, delete_flag);
}
// Memory-mapped reads would bypass the read points: the shim declines them (SQLite then reads).
int x_fetch(sqlite3_file*, sqlite3_int64, int, void** out) {
  *out = nullptr;
  return SQLITE_OK;
}
int x_unfetch(sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; }

const sqlite3_io_methods kMethods = {3,           x_close,       x_read,         x_write,
                                     x_truncate,  x_sync,        x_file_size,    x_lock,
                                     x_unlock,    x_check_reserved, x_file_control, x_sector_size,
                                     x_device_characteristics, x_shm_map, x_shm_lock, x_shm_barrier,
                                     x_shm_unmap, x_fetch,       x_unfetch};

int v_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
  ShimFile* f = shim(file);
  f->base.pMethods = nullptr;
  f->real = reinterpret_cast<sqlite3_file*>(f + 1);
  f->path = name;
  f->tracked = name != nullptr && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0 &&
               (flags & SQLITE_OPEN_DELETEONCLOSE) == 0;
  if (const int rc = io_point(IoKind::kOpen); rc != SQLITE_OK) return rc;
  State& s = state();
  const int rc = s.real->xOpen(s.real, name, f->real, flags, out_flags);
  if (rc != SQLITE_OK) {
    if (f->real->pMethods != nullptr) f->real->pMethods->xClose(f->real);
    return rc;
  }
  if (name != nullptr && (flags & SQLITE_OPEN_MAIN_DB)) {
    std::lock_guard lock(s.mutex);
    s.databases.insert(name);
  }
  f->base.pMethods = &kMethods;
  return SQLITE_OK;
}
int v_delete(sqlite3_vfs*, const char* name, int sync_dir) {
  if (const int rc = io_point(IoKind::kDelete); rc != SQLITE_OK) return rc;
  State& s = state();
  {
    std::lock_guard lock(s.mutex);
    s.unsynced.erase(name);  // deletes are treated as durable (SQLite syncs the directory when it matters)
  }
  return s.real->xDelete(s.real, name, sync_dir);
}
int v_access(sqlite3_vfs*, const char* name, int flags, int* out) { return state().real->xAccess(state().real, name, flags, out); }
int v_full_pathname(sqlite3_vfs*, const char* name, int n, char* out) {
  return state().real->xFullPathname(state().real, name, n, out);
}
void* v_dl_open(sqlite3_vfs*, const char* name) { return state().real->xDlOpen(state().real, name); }
void v_dl_error(sqlite3_vfs*, int n, char* out) { state().real->xDlError(state().real, n, out); }
void (*v_dl_sym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
  return state().real->xDlSym(state().real, handle, symbol);
}
void v_dl_close(sqlite3_vfs*, void* handle) { state().real->xDlClose(state().real, handle); }
int v_randomness(sqlite3_vfs*, int n, char* out) { return state().real->xRandomness(state().real, n, out); }
int v_sleep(sqlite3_vfs*, int us) { return state().real->xSleep(state().real, us); }
int v_current_time(sqlite3_vfs*, double* out) { return state().real->xCurrentTime(state().real, out); }
int v_get_last_error(sqlite3_vfs*, int n, char* out) { return state().real->xGetLastError(state().real, n, out); }
int v_current_time_int64(sqlite3_vfs*, sqlite3_int64* out) {
  return state().real->xCurrentTimeInt64(state().real, out);
}

}  // namespace

const char* io_kind_name(IoKind kind) {
  switch (kind) {
    case IoKind::kOpen: return "open";
    case IoKind::kRead: return "read";
    case IoKind::kWrite: return "write";
    case IoKind::kSync: return "sync";
    case IoKind::kTruncate: return "truncate";
    case IoKind::kDelete: return "delete";
    default: return "?";
  }
}

FaultVfs& FaultVfs::install() {
  static FaultVfs instance;
  static std::once_flag once;
  std::call_once(once, [] {
    State& s = state();
    s.real = sqlite3_vfs_find(nullptr);
    if (s.real == nullptr) throw std::runtime_error("no default SQLite VFS");
    sqlite3_vfs& v = s.shim;
    v.iVersion = 2;
    v.szOsFile = static_cast<int>(sizeof(ShimFile)) + s.real->szOsFile;
    v.mxPathname = s.real->mxPathname;
    v.zName = "rg_fault_shim";
    v.xOpen = v_open;
    v.xDelete = v_delete;
    v.xAccess = v_access;
    v.xFullPathname = v_full_pathname;
    v.xDlOpen = v_dl_open;
    v.xDlError = v_dl_error;
    v.xDlSym = v_dl_sym;
    v.xDlClose = v_dl_close;
    v.xRandomness = v_randomness;
    v.xSleep = v_sleep;
    v.xCurrentTime = v_current_time;
    v.xGetLastError = v_get_last_error;
    v.xCurrentTimeInt64 = v_current_time_int64;
    if (sqlite3_vfs_register(&v, 1) != SQLITE_OK) throw std::runtime_error("cannot register the fault VFS");
  });
  return instance;
}

void FaultVfs::arm(const FaultPlan& plan) {
  State& s = state();
  std::lock_guard lock(s.mutex);
  s.plan = plan;
  s.counts = IoCounts{};
  s.trace.clear();
  s.armed = true;
}

void FaultVfs::disarm() {
  State& s = state();
  std::lock_guard lock(s.mutex);
  s.armed = false;
  s.plan = FaultPlan{};
  s.crash_point = 0;
}

IoCounts FaultVfs::counts() const {
  State& s = state();
  std::lock_guard lock(s.mutex);
  return s.counts;
}

std::vector<IoKind> FaultVfs::trace() const {
  State& s = state();
  std::lock_guard lock(s.mutex);
  return s.trace;
}

void FaultVfs::crash_before_mutation(uint64_t point) {
  State& s = state();
  std::lock_guard lock(s.mutex);
  s.crash_point = point;
}

void FaultVfs::die_now() {
  State& s = state();
  std::lock_guard lock(s.mutex);
  s.dead = true;
}

bool FaultVfs::dead() const {
  State& s = state();
  std::lock_guard lock(s.mutex);
  return s.dead;
}

uint64_t FaultVfs::restore_after_power_loss(uint64_t torn_seed) {
  State& s = state();
  std::lock_guard lock(s.mutex);
  uint64_t discarded = 0;
  uint64_t mix = torn_seed;
  for (auto& [path, log] : s.unsynced) {
    const int fd = ::open(path.c_str(), O_RDWR);
    if (fd < 0) continue;  // deleted since: nothing to undo
    std::size_t keep = 0;  // writes that reached the disk, in order
    if (torn_seed != 0) {
      mix = (mix ^ (mix >> 31)) * 0x9e3779b97f4a7c15ull + 1;
      keep = static_cast<std::size_t>((mix >> 17) % (log.size() + 1));
    }
    for (auto it = log.rbegin(); it != log.rend() - static_cast<long>(keep); ++it) {
      if (!it->old_bytes.empty() &&
          ::pwrite(fd, it->old_bytes.data(), it->old_bytes.size(), it->offset) !=
              static_cast<ssize_t>(it->old_bytes.size())) {
        ::close(fd);
        throw std::runtime_error("power-loss restore: cannot write " + path);
      }
      if (::ftruncate(fd, it->old_size) != 0) {
        ::close(fd);
        throw std::runtime_error("power-loss restore: cannot truncate " + path);
      }
      ++discarded;
    }
    ::close(fd);
  }
  s.unsynced.clear();
  for (const auto& db : s.databases) ::unlink((db + "-shm").c_str());
  s.dead = false;
  s.crash_point = 0;
  return discarded;
}

void FaultVfs::forget_unsynced() {
  State& s = state();
  std::lock_guard lock(s.mutex);
  s.unsynced.clear();
}

}  // namespace rg::faults
