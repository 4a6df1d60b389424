// Private: a set of 64-bit keys that may answer "maybe" for a key never added (one bit per slot,
// a Bloom filter with one hash), in fixed memory. The importer uses it to skip store probes for ID
// numbers it has certainly not written; a "maybe" goes to the store, which gives the exact answer.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace rg::csv {

class KeyFilter {
 public:
  static constexpr uint64_t kBitsMin = uint64_t{1} << 16;
  static constexpr uint64_t kBitsMax = uint64_t{1} << 28;  // 32 MiB

  // About `bits` slots (rounded up to a power of two, within [kBitsMin, kBitsMax]). Keys must be
  // uniformly distributed (they are the first 8 bytes of an HMAC): the low bits pick the slot.
  explicit KeyFilter(uint64_t bits)
      : mask_(std::bit_ceil(std::clamp(bits, kBitsMin, kBitsMax)) - 1), words_((mask_ + 1) / 64) {}

  void add(uint64_t key) { words_[(key & mask_) >> 6] |= uint64_t{1} << (key & 63); }
  // False: `key` was never added. True: it may have been.
  [[nodiscard]] bool may_contain(uint64_t key) const {
    return (words_[(key & mask_) >> 6] >> (key & 63) & 1) != 0;
  }

 private:
  uint64_t mask_;
  std::vector<uint64_t> words_;
};

}  // namespace rg::csv
