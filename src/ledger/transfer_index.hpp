// Private: the transfer-id index of the ledger engine. Open addressing with linear probing over
// 16-byte slots holding the id's 64-bit hash and the transfer's position, so a lookup of a new id
// (the common case) touches one cache line and never the transfer records themselves. Load is
// kept at or below one half; erase (used only when undoing a batch) shifts later entries back, so
// there are no tombstones. std::unordered_map spent half of the engine's time here (perf).
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include "ruralguard/transfer.hpp"

namespace rg::ledger {

class TransferIndex {
 public:
  static constexpr uint32_t kMissing = std::numeric_limits<uint32_t>::max();

  // Position of `id` in `records`, or kMissing.
  [[nodiscard]] uint32_t find(TransferId id, const std::vector<Transfer>& records) const noexcept {
    if (slots_.empty()) return kMissing;
    const uint64_t h = hash(id);
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
    const uint64_t h = hash(id);
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
    uint64_t hash = 0;
    uint32_t position_plus_one = 0;  // 0 = empty
    uint32_t unused = 0;
  };

  static uint64_t hash(TransferId id) noexcept { return std::hash<TransferId>{}(id); }

  void place(Slot s) noexcept {
    std::size_t i = s.hash & mask_;
    while (slots_[i].position_plus_one != 0) i = (i + 1) & mask_;
    slots_[i] = s;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
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
