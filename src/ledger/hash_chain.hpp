// Private: the ledger's SHA-256 hash chain (OpenSSL libcrypto, which uses the CPU's SHA
// instructions). Link n = SHA-256(link n-1 || record n) where record n is the fixed little-endian
// encoding below; link 0 is 32 zero bytes. The encoding is part of the file format: never change
// it (a new encoding needs a new chain version in rg_metadata).
#pragma once

#include <openssl/evp.h>

#include <cstdint>

#include "ruralguard/ledger.hpp"
#include "ruralguard/transfer.hpp"

namespace rg::ledger {

// Record layout (bytes): sequence u64 | id.hi u64 | id.lo u64 | ref.hi u64 | ref.lo u64 |
// debit u64 | credit u64 | project u64 | amount i64 (1/10000 yuan) | effective date i32 (days
// since 1970-01-01) | code u16 | flags u16 | memo length u8 | memo bytes (0..64).
inline constexpr std::size_t kRecordFixedBytes = 8 * 9 + 4 + 2 + 2 + 1;
inline constexpr std::size_t kRecordBytesMax = kRecordFixedBytes + Memo::kBytesMax;

// Encodes record `sequence` into out (kRecordBytesMax bytes); returns the length used.
std::size_t encode_record(uint8_t* out, uint64_t sequence, const Transfer& t) noexcept;

// Reusable SHA-256 context. Not thread-safe; one per ledger or verifier.
class ChainHasher {
 public:
  ChainHasher();
  ~ChainHasher();
  ChainHasher(const ChainHasher&) = delete;
  ChainHasher& operator=(const ChainHasher&) = delete;
  // SHA-256(previous || record(sequence, t)). Throws Error(kInternal) if libcrypto fails.
  [[nodiscard]] Digest link(const Digest& previous, uint64_t sequence, const Transfer& t);

 private:
  EVP_MD_CTX* ctx_ = nullptr;
  EVP_MD* md_ = nullptr;
};

// Lowercase hex of a digest (64 characters).
[[nodiscard]] std::string to_hex(const Digest& d);

}  // namespace rg::ledger
