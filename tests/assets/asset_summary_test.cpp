// Assets appear in the mergeable region summaries (issue 8's hook) with their values.
#include <gtest/gtest.h>

#include "assets/asset_fixture.hpp"
#include "ruralguard/summary_store.hpp"

namespace rg::test {
namespace {

class AssetSummary : public AssetFixture {};

TEST_F(AssetSummary, RegisteredAssetsAreTalliedByClassAndStatusWithTheirValues) {
  const Money settled = pv_settled();
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(settled));
  StoreSummaryOptions options;
  options.as_of = day("2024-12-31");
  const StoreSummary s = summarize_store(*store, options);
  int64_t count = 0;
  Money value;
  for (const auto& region : s.regions) {
    for (const auto& [key, tally] : region.assets) {
      EXPECT_EQ(key.asset_class, static_cast<uint8_t>(AssetClass::kOperating));
      EXPECT_EQ(key.status, static_cast<uint8_t>(AssetStatus::kRegistered));
      count += tally.count;
      value += tally.value;
    }
  }
  EXPECT_EQ(count, 2);
  EXPECT_EQ(value, settled);  // 1,234,567.89: the two assets' values sum to the settled amount
  options.as_of = day("2024-08-31");  // before capitalisation: nothing
  for (const auto& region : summarize_store(*store, options).regions) EXPECT_TRUE(region.assets.empty());
}

}  // namespace
}  // namespace rg::test
