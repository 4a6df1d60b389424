#include "ledger/hash_chain.hpp"

#include <string>

#include "ruralguard/error.hpp"

namespace rg::ledger {
namespace {

inline uint8_t* put_u64(uint8_t* p, uint64_t v) noexcept {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<uint8_t>(v >> (8 * i));
  return p + 8;
}
inline uint8_t* put_u32(uint8_t* p, uint32_t v) noexcept {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<uint8_t>(v >> (8 * i));
  return p + 4;
}
inline uint8_t* put_u16(uint8_t* p, uint16_t v) noexcept {
  p[0] = static_cast<uint8_t>(v);
  p[1] = static_cast<uint8_t>(v >> 8);
  return p + 2;
}

}  // namespace

std::size_t encode_record(uint8_t* out, uint64_t sequence, const Transfer& t) noexcept {
  uint8_t* p = out;
  p = put_u64(p, sequence);
  p = put_u64(p, t.id.hi);
  p = put_u64(p, t.id.lo);
  p = put_u64(p, t.ref_id.hi);
  p = put_u64(p, t.ref_id.lo);
  p = put_u64(p, t.debit_account_id);
  p = put_u64(p, t.credit_account_id);
  p = put_u64(p, t.project_id);
  p = put_u64(p, static_cast<uint64_t>(t.amount.units()));
  p = put_u32(p, static_cast<uint32_t>(t.effective_date.days_since_epoch()));
  p = put_u16(p, static_cast<uint16_t>(t.code));
  p = put_u16(p, t.flags);
  const auto memo = t.memo.view();
  *p++ = static_cast<uint8_t>(memo.size());
  for (char c : memo) *p++ = static_cast<uint8_t>(c);
  return static_cast<std::size_t>(p - out);
}

ChainHasher::ChainHasher() {
  md_ = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  ctx_ = EVP_MD_CTX_new();
  if (md_ == nullptr || ctx_ == nullptr) {
    EVP_MD_CTX_free(ctx_);
    EVP_MD_free(md_);
    throw Error(ErrorCode::kInternal, "libcrypto: SHA-256 is not available");
  }
}

ChainHasher::~ChainHasher() {
  EVP_MD_CTX_free(ctx_);
  EVP_MD_free(md_);
}

Digest ChainHasher::link(const Digest& previous, uint64_t sequence, const Transfer& t) {
  uint8_t buf[32 + kRecordBytesMax];
  std::copy(previous.begin(), previous.end(), buf);
  const std::size_t n = 32 + encode_record(buf + 32, sequence, t);
  Digest out{};
  unsigned int len = 0;
  if (EVP_DigestInit_ex2(ctx_, md_, nullptr) != 1 || EVP_DigestUpdate(ctx_, buf, n) != 1 ||
      EVP_DigestFinal_ex(ctx_, out.data(), &len) != 1 || len != out.size()) {
    throw Error(ErrorCode::kInternal, "libcrypto: SHA-256 failed on record " + std::to_string(sequence));
  }
  return out;
}

std::string to_hex(const Digest& d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s(64, '0');
  for (std::size_t i = 0; i < d.size(); ++i) {
    s[2 * i] = kHex[d[i] >> 4];
    s[2 * i + 1] = kHex[d[i] & 15];
  }
  return s;
}

}  // namespace rg::ledger
