#include "store/id_key.hpp"

#include <fcntl.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "ruralguard/error.hpp"
#include "ruralguard/households_repo.hpp"
#include "store/store_impl.hpp"

namespace rg::store {
namespace {

constexpr std::string_view kFingerprintInput = "ruralguard id key fingerprint v1";

std::string to_hex(std::span<const uint8_t> bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (uint8_t b : bytes) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_file_backed(const std::string& path) {
  return !path.empty() && path != ":memory:" && path.rfind("file::memory:", 0) != 0;
}

IdKey read_key_file(const std::string& key_path) {
  std::ifstream in(key_path);
  std::string text;
  in >> text;
  IdKey key{};
  if (text.size() != key.size() * 2) {
    throw Error(ErrorCode::kCorrupt, "ID key file " + key_path + " does not hold 64 hex digits");
  }
  for (std::size_t i = 0; i < key.size(); ++i) {
    const int hi = hex_value(text[2 * i]);
    const int lo = hex_value(text[2 * i + 1]);
    if (hi < 0 || lo < 0) throw Error(ErrorCode::kCorrupt, "ID key file " + key_path + " holds a non-hex digit");
    key[i] = static_cast<uint8_t>(hi * 16 + lo);
  }
  return key;
}

IdKey random_key() {
  IdKey key{};
  if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) {
    throw Error(ErrorCode::kInternal, "OpenSSL RAND_bytes failed to make an ID key");
  }
  return key;
}

// Loads "<db>.idkey" or creates it (mode 0600) so that two openers never make two keys. A new key
// is written and fsynced under a private temporary name first and then link()ed into place: link
// fails with EEXIST when another opener (thread or process) won the race, and nobody ever reads a
// half-written key. (Creating the key file itself with O_EXCL and then writing it let a concurrent
// opener read it empty, and a crash between the two left an empty key file behind for good.)
IdKey load_or_create_key_file(const std::string& db_path) {
  const std::string key_path = db_path + ".idkey";
  if (::access(key_path.c_str(), F_OK) == 0) return read_key_file(key_path);
  const IdKey key = random_key();
  std::array<uint8_t, 8> salt{};
  if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1) {
    throw Error(ErrorCode::kInternal, "OpenSSL RAND_bytes failed to name a temporary ID key file");
  }
  const std::string tmp_path = key_path + ".tmp-" + to_hex(salt);
  const int fd = ::open(tmp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw Error(ErrorCode::kIo, "cannot create ID key file " + tmp_path);
  const std::string text = to_hex(key) + "\n";
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  const int linked = written ? ::link(tmp_path.c_str(), key_path.c_str()) : -1;
  const int link_errno = errno;
  ::unlink(tmp_path.c_str());
  if (!written) throw Error(ErrorCode::kIo, "cannot write ID key file " + tmp_path);
  if (linked != 0) {
    if (link_errno == EEXIST) return read_key_file(key_path);  // another opener made it first
    throw Error(ErrorCode::kIo, "cannot create ID key file " + key_path + ": " + std::strerror(link_errno));
  }
  return key;
}

std::string fingerprint(const IdKey& key) {
  IdHasher hasher(key);
  return to_hex(hasher.hash(kFingerprintInput));
}

// Compares the key with the fingerprint recorded in the database, if any.
void check_fingerprint(Store& store, const IdKey& key) {
  SQLite::Statement q(store::database_of(store).sql(), "SELECT value FROM rg_metadata WHERE key = 'id_key_fingerprint'");
  if (q.executeStep() && q.getColumn(0).getString() != fingerprint(key)) {
    throw Error(ErrorCode::kConflict, "the ID key does not match database " + store.path() +
                                          " (its members were hashed under another key)");
  }
}

}  // namespace

const IdKey& id_key(Store& store) {
  auto& impl = store::impl_of(store);
  if (!impl.id_key) {
    const IdKey key = is_file_backed(store.path()) ? load_or_create_key_file(store.path()) : random_key();
    check_fingerprint(store, key);
    impl.id_key = key;
  }
  return *impl.id_key;
}

void record_id_key_fingerprint(Store& store) {
  const std::string mine = fingerprint(id_key(store));
  SQLite::Statement ins(store::database_of(store).sql(),
                        "INSERT OR IGNORE INTO rg_metadata(key, value) VALUES ('id_key_fingerprint', ?)");
  ins.bind(1, mine);
  ins.exec();
}

IdHasher::IdHasher(const IdKey& key) {
  mac_ = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  ctx_ = mac_ != nullptr ? EVP_MAC_CTX_new(mac_) : nullptr;
  char digest[] = "SHA256";
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
  if (ctx_ == nullptr || EVP_MAC_init(ctx_, key.data(), key.size(), params) != 1) {
    EVP_MAC_CTX_free(ctx_);
    EVP_MAC_free(mac_);
    throw Error(ErrorCode::kInternal, "OpenSSL HMAC-SHA256 is not available");
  }
}

IdHasher::~IdHasher() {
  EVP_MAC_CTX_free(ctx_);
  EVP_MAC_free(mac_);
}

IdHash IdHasher::hash(std::string_view id_number) {
  std::string normal(id_number);
  if (!normal.empty() && normal.back() == 'x') normal.back() = 'X';
  IdHash out{};
  size_t len = 0;
  // A NULL key re-initialises with the key given at construction.
  if (EVP_MAC_init(ctx_, nullptr, 0, nullptr) != 1 ||
      EVP_MAC_update(ctx_, reinterpret_cast<const unsigned char*>(normal.data()), normal.size()) != 1 ||
      EVP_MAC_final(ctx_, out.data(), &len, out.size()) != 1 || len != out.size()) {
    throw Error(ErrorCode::kInternal, "OpenSSL HMAC-SHA256 failed");
  }
  return out;
}

}  // namespace rg::store

namespace rg {

void set_id_key(Store& store, std::span<const uint8_t> key) {
  if (key.size() != kIdKeyBytes) {
    throw Error(ErrorCode::kInvalidArgument, "ID key must be 32 bytes, got " + std::to_string(key.size()));
  }
  store::IdKey k{};
  std::copy(key.begin(), key.end(), k.begin());
  store::check_fingerprint(store, k);
  store::impl_of(store).id_key = k;
}

}  // namespace rg
