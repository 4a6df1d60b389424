// libFuzzer target: household CSV import through the real path (rg_households_import_csv) into a
// temporary store. The input is up to four files (regions, households, members, income) separated
// by lines "##FILE"; the first byte picks the mode (bit 0: commit valid rows).
// Properties: in all-or-nothing mode a failed import changes no count (nothing half-written) and
// reports nothing imported; a committed import adds at most the rows it imported; in
// commit-valid-rows mode every row read is either imported or rejected; every reported error
// names a line, a rule and a message.
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "ruralguard/ruralguard.h"

namespace {

struct Counts {
  std::array<int64_t, 4> n{};
  bool operator==(const Counts&) const = default;
};

class Fixture {
 public:
  Fixture() {
    char pattern[] = "/tmp/rg_fuzz_csv_XXXXXX";
    FUZZ_CHECK(mkdtemp(pattern) != nullptr, "mkdtemp");
    dir_ = pattern;
    db_ = dir_ + "/store.db";
    open();
  }
  ~Fixture() {
    rg_store_close(store_);
    remove_store();
    for (const char* name : kNames) std::remove((dir_ + "/" + name).c_str());
    for (const char* name : kNames) std::remove((dir_ + "/" + name + ".rejects.csv").c_str());
    rmdir(dir_.c_str());
  }
  rg_store* store() { return store_; }
  std::string path(int i) const { return dir_ + "/" + kNames[i]; }
  Counts counts() {
    Counts c;
    FUZZ_CHECK(rg_households_count(&c.n[0], &c.n[1], &c.n[2], &c.n[3], store_) == RG_OK, "count: %s",
               rg_last_error_message());
    return c;
  }
  // Keeps each iteration cheap: start over once the store has grown.
  void reset_if_large() {
    if (counts().n[1] + counts().n[2] < 20000) return;
    rg_store_close(store_);
    remove_store();
    open();
  }

  static constexpr const char* kNames[4] = {"regions.csv", "households.csv", "members.csv", "income.csv"};

 private:
  void open() {
    rg_store_options options;
    rg_store_options_init(&options);
    options.synchronous_full = 0;
    FUZZ_CHECK(rg_store_open(&store_, db_.data(), db_.size(), &options) == RG_OK, "open: %s", rg_last_error_message());
  }
  void remove_store() {
    std::remove(db_.c_str());
    std::remove((db_ + "-wal").c_str());
    std::remove((db_ + "-shm").c_str());
  }
  std::string dir_, db_;
  rg_store* store_ = nullptr;
};

void write_file(const std::string& path, std::string_view text) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  FUZZ_CHECK(f != nullptr, "cannot write %s", path.c_str());
  FUZZ_CHECK(std::fwrite(text.data(), 1, text.size(), f) == text.size(), "short write");
  std::fclose(f);
}

void on_error(void* context, const rg_csv_error* error) {
  ++*static_cast<int64_t*>(context);
  FUZZ_CHECK(error->line >= 1 && error->column >= 0, "line %lld column %d", static_cast<long long>(error->line),
             error->column);
  FUZZ_CHECK(error->file && error->rule && error->message && error->column_name, "NULL text in an error");
  FUZZ_CHECK(error->rule[0] != '\0' && error->message[0] != '\0', "empty rule or message");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  static Fixture fixture;
  if (size < 1) return 0;
  const bool commit_valid = (data[0] & 1u) != 0;
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);

  std::array<std::string, 4> paths;
  rg_csv_files files;
  std::memset(&files, 0, sizeof files);
  files.struct_size = sizeof files;
  const char** slots[4] = {&files.regions, &files.households, &files.members, &files.income};
  std::size_t* lengths[4] = {&files.regions_len, &files.households_len, &files.members_len, &files.income_len};
  for (int i = 0; i < 4 && !rest.empty(); ++i) {
    const std::size_t cut = rest.find("##FILE\n");
    const std::string_view text = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 7);
    if (text == "-") continue;  // entity skipped
    paths[i] = fixture.path(i);
    write_file(paths[i], text);
    *slots[i] = paths[i].c_str();
    *lengths[i] = paths[i].size();
  }

  rg_csv_import_options options;
  rg_csv_import_options_init(&options);
  options.mode = commit_valid ? RG_CSV_COMMIT_VALID_ROWS : RG_CSV_ALL_OR_NOTHING;
  int64_t errors_seen = 0;
  options.on_error = on_error;
  options.context = &errors_seen;
  rg_csv_import_result result;
  std::memset(&result, 0, sizeof result);
  result.struct_size = sizeof result;

  const Counts before = fixture.counts();
  const rg_status status = rg_households_import_csv(&result, fixture.store(), &files, &options);
  const Counts after = fixture.counts();

  FUZZ_CHECK(status == RG_OK || status == RG_EPARSE || status == RG_EIO, "status %s: %s", rg_status_name(status),
             rg_last_error_message());
  FUZZ_CHECK(errors_seen == result.errors_total, "callback saw %lld errors, result says %lld",
             static_cast<long long>(errors_seen), static_cast<long long>(result.errors_total));
  if (status != RG_OK && !commit_valid) {
    FUZZ_CHECK(before == after, "failed import changed the store: households %lld -> %lld, members %lld -> %lld",
               static_cast<long long>(before.n[1]), static_cast<long long>(after.n[1]),
               static_cast<long long>(before.n[2]), static_cast<long long>(after.n[2]));
    FUZZ_CHECK(result.committed == 0, "failed import says committed");
    for (int i = 0; i < 4; ++i) FUZZ_CHECK(result.imported[i] == 0, "entity %d imported %lld after rollback", i,
                                           static_cast<long long>(result.imported[i]));
    FUZZ_CHECK(status == RG_EIO || result.errors_total > 0, "EPARSE without errors");
  }
  if (status == RG_OK) {
    FUZZ_CHECK(result.committed == 1, "OK but not committed");
    if (!commit_valid) FUZZ_CHECK(result.errors_total == 0, "all-or-nothing committed with errors");
    for (int i = 0; i < 4; ++i) {
      FUZZ_CHECK(result.imported[i] <= result.rows[i], "entity %d imported %lld of %lld rows", i,
                 static_cast<long long>(result.imported[i]), static_cast<long long>(result.rows[i]));
      FUZZ_CHECK(after.n[i] >= before.n[i] && after.n[i] - before.n[i] <= result.imported[i],
                 "entity %d: %lld -> %lld rows with %lld imported", i, static_cast<long long>(before.n[i]),
                 static_cast<long long>(after.n[i]), static_cast<long long>(result.imported[i]));
      if (commit_valid) {
        FUZZ_CHECK(result.imported[i] + result.rejected[i] == result.rows[i], "entity %d: %lld + %lld != %lld rows",
                   i, static_cast<long long>(result.imported[i]), static_cast<long long>(result.rejected[i]),
                   static_cast<long long>(result.rows[i]));
      }
    }
  }
  fixture.reset_if_large();
  return 0;
}
