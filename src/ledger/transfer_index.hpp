// Private: the transfer-id index of the ledger engine. Open addressing with linear probing over
// 8-byte slots holding 32 bits of the id's hash and the transfer's position, so a lookup of a new
// id (the common case) touches one cache line and never the transfer records themselves, and the
// table for a few million transfers stays within the L3 cache. Load is kept at or below one half;
// erase (used only when undoing a batch) shifts later entries back, so there are no tombstones.
// std::unordered_map spent half of the engine's time here (perf).
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <vector>

#include "ruralguard/transfer.hpp"

namespace rg::ledger {

class TransferIndex {
 public:
  static constexpr uint32_t kMissing = std::numeric_limits<uint32_t>::max();

  // Position of `id` in `records`, or kMissing.
  [[nodiscard]] uint32_t find(TransferId id, const std::vector<Transfer>& records) const noexcept {
    if (slots_.empty()) return kMissing;
    const uint32_t h = hash(id);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.position_plus_one == 0) return kMissing;
      if (s.hash == h && records[s.position_plus_one - 1].id == id) return s.position_plus_one - 1;
    }
  }

  // Adds `id` at `position`; the id must not be present.
  void insert(TransferId id, uint32_t position) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    place(Slot{hash(id), position + 1});
    ++size_;
  }

  // Removes `id` (which must be present).
  void erase(TransferId id, const std::vector<Transfer>& records) noexcept {
    const uint32_t h = hash(id);
    std::size_t i = h & mask_;
    while (!(slots_[i].hash == h && records[slots_[i].position_plus_one - 1].id == id)) i = (i + 1) & mask_;
    slots_[i] = Slot{};
    for (std::size_t j = (i + 1) & mask_; slots_[j].position_plus_one != 0; j = (j + 1) & mask_) {
      const std::size_t home = slots_[j].hash & mask_;
      const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
      if (stays) continue;
      slots_[i] = slots_[j];
      slots_[j] = Slot{};
      i = j;
    }
    --size_;
  }

  [[nodiscard]] std::size_t size() const noexcept { return size_; }

 private:
  struct Slot {
    uint32_t hash = 0;               // low 32 bits of the id's hash; also its home slot
    uint32_t position_plus_one = 0;  // 0 = empty
  };

  // Positions are 32-bit, so the table never has more than 2^32 slots and 32 hash bits suffice
  // to find an entry's home slot.
  static uint32_t hash(TransferId id) noexcept { return static_cast<uint32_t>(std::hash<TransferId>{}(id)); }

  void place(Slot s) noexcept {
    std::size_t i = s.hash & mask_;
    while (slots_[i].position_plus_one != 0) i = (i + 1) & mask_;
    slots_[i] = s;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    if (old.size() >= (std::size_t{1} << 31)) throw std::length_error("transfer index: more than 2^30 transfers");
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.position_plus_one != 0) place(s);
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace rg::ledger
