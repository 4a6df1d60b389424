// Private: the store's ID-number key and the keyed hash (HMAC-SHA256, OpenSSL libcrypto).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "ruralguard/store.hpp"

typedef struct evp_mac_st EVP_MAC;
typedef struct evp_mac_ctx_st EVP_MAC_CTX;

namespace rg::store {

using IdKey = std::array<uint8_t, 32>;
using IdHash = std::array<uint8_t, 32>;

// The key of this Store: the caller's (set_id_key), else "<path>.idkey" beside the database,
// created on first use (an in-memory database gets a random key). On first use the key's
// fingerprint is compared with the one recorded in rg_metadata; a mismatch throws
// Error(kConflict).
const IdKey& id_key(Store& store);
// Records the key's fingerprint in rg_metadata if none is there yet. Writers call it inside their
// write transaction before storing the first hash, so a rolled-back batch leaves no trace.
void record_id_key_fingerprint(Store& store);

// The indexed lookup key of a hash: its first 8 bytes as a signed integer (big-endian).
[[nodiscard]] inline int64_t id_hash_key(const IdHash& hash) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | hash[static_cast<std::size_t>(i)];
  return static_cast<int64_t>(v);
}

// HMAC-SHA256 keyed once, reused for many numbers (one instance per thread).
class IdHasher {
 public:
  explicit IdHasher(const IdKey& key);
  ~IdHasher();
  IdHasher(const IdHasher&) = delete;
  IdHasher& operator=(const IdHasher&) = delete;
  // Hash of the normalised number (a trailing lower-case 'x' upper-cased).
  [[nodiscard]] IdHash hash(std::string_view id_number);

 private:
  EVP_MAC* mac_ = nullptr;
  EVP_MAC_CTX* ctx_ = nullptr;
};

}  // namespace rg::store
