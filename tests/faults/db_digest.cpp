#include "faults/db_digest.hpp"

#include <sqlite3.h>

#include <vector>

namespace rg::faults {
namespace {

struct Hasher {
  uint64_t h = 1469598103934665603ull;
  void bytes(const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) {
      h ^= p[i];
      h *= 1099511628211ull;
    }
  }
  void u64(uint64_t v) { bytes(&v, sizeof v); }
};

class Connection {
 public:
  explicit Connection(const std::string& path) {
    rc_ = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr);
    if (rc_ == SQLITE_OK) sqlite3_busy_timeout(db_, 5000);
  }
  ~Connection() { sqlite3_close_v2(db_); }
  [[nodiscard]] bool ok() const { return rc_ == SQLITE_OK; }
  [[nodiscard]] std::string error() const {
    return db_ ? sqlite3_errmsg(db_) : std::string("cannot open: ") + sqlite3_errstr(rc_);
  }
  sqlite3* get() { return db_; }

 private:
  sqlite3* db_ = nullptr;
  int rc_ = SQLITE_OK;
};

}  // namespace

Digest digest_of(const std::string& path) {
  Digest d;
  Connection c(path);
  if (!c.ok()) {
    d.error = c.error();
    return d;
  }
  Hasher h;
  // One read transaction for the whole dump: a consistent snapshot.
  sqlite3_exec(c.get(), "BEGIN", nullptr, nullptr, nullptr);
  std::vector<std::string> tables;
  {
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(c.get(),
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' "
                           "ORDER BY name",
                           -1, &q, nullptr) != SQLITE_OK) {
      d.error = c.error();
      return d;
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) {
      d.error = c.error();
      return d;
    }
  }
  for (const auto& t : tables) {
    h.bytes(t.data(), t.size() + 1);
    sqlite3_stmt* q = nullptr;
    std::string sql = "SELECT * FROM \"" + t + "\"";
    if (sqlite3_prepare_v2(c.get(), sql.c_str(), -1, &q, nullptr) != SQLITE_OK) {
      d.error = c.error();
      return d;
    }
    const int n = sqlite3_column_count(q);
    sqlite3_finalize(q);
    sql += " ORDER BY ";
    for (int i = 1; i <= n; ++i) sql += (i > 1 ? "," : "") + std::to_string(i);
    if (sqlite3_prepare_v2(c.get(), sql.c_str(), -1, &q, nullptr) != SQLITE_OK) {
      d.error = c.error();
      return d;
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
      ++d.rows;
      for (int i = 0; i < n; ++i) {
        const int type = sqlite3_column_type(q, i);
        h.u64(static_cast<uint64_t>(type));
        switch (type) {
          case SQLITE_INTEGER: h.u64(static_cast<uint64_t>(sqlite3_column_int64(q, i))); break;
          case SQLITE_FLOAT: {
            const double v = sqlite3_column_double(q, i);
            h.bytes(&v, sizeof v);
            break;
          }
          case SQLITE_NULL: break;
          default: {
            const void* b = sqlite3_column_blob(q, i);
            const int len = sqlite3_column_bytes(q, i);
            h.u64(static_cast<uint64_t>(len));
            if (len > 0) h.bytes(b, static_cast<std::size_t>(len));
          }
        }
      }
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) {
      d.error = c.error();
      return d;
    }
  }
  sqlite3_exec(c.get(), "COMMIT", nullptr, nullptr, nullptr);
  d.hash = h.h;
  return d;
}

std::string integrity_of(const std::string& path) {
  Connection c(path);
  if (!c.ok()) return c.error();
  std::string out;
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(c.get(), "PRAGMA integrity_check", -1, &q, nullptr) != SQLITE_OK) return c.error();
  while (sqlite3_step(q) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(q, 0));
  sqlite3_finalize(q);
  if (out != "ok") return out.empty() ? c.error() : out;
  if (sqlite3_prepare_v2(c.get(), "PRAGMA foreign_key_check", -1, &q, nullptr) != SQLITE_OK) return c.error();
  if (sqlite3_step(q) == SQLITE_ROW) {
    out = std::string("foreign key violation in ") + reinterpret_cast<const char*>(sqlite3_column_text(q, 0));
  }
  sqlite3_finalize(q);
  return out;
}

}  // namespace rg::faults
