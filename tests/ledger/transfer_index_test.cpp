#include <gtest/gtest.h>

#include <random>

#include "ledger/transfer_index.hpp"

namespace rg::ledger {
namespace {

TEST(TransferIndex, FindsEveryIdAfterGrowthAndErasesWithoutLosingNeighbours) {
  std::mt19937_64 rng(5);
  std::vector<Transfer> records;
  TransferIndex index;
  for (uint32_t i = 0; i < 5000; ++i) {
    Transfer t;
    t.id = TransferId{rng() % 4, rng() % 3000};  // many near-collisions
    if (index.find(t.id, records) != TransferIndex::kMissing) continue;
    records.push_back(t);
    index.insert(t.id, static_cast<uint32_t>(records.size() - 1));
  }
  ASSERT_EQ(index.size(), records.size());
  // Undo the newest half, as a rolled-back batch does.
  const std::size_t keep = records.size() / 2;
  while (records.size() > keep) {
    index.erase(records.back().id, records);
    records.pop_back();
  }
  for (uint32_t i = 0; i < records.size(); ++i) EXPECT_EQ(index.find(records[i].id, records), i);
  EXPECT_EQ(index.size(), keep);
  // Erase from the middle too: every other entry stays findable.
  std::vector<Transfer> removed(records.begin(), records.begin() + 100);
  for (const Transfer& t : removed) index.erase(t.id, records);
  for (const Transfer& t : removed) EXPECT_EQ(index.find(t.id, records), TransferIndex::kMissing);
  for (uint32_t i = 100; i < records.size(); ++i) EXPECT_EQ(index.find(records[i].id, records), i);
}

}  // namespace
}  // namespace rg::ledger
