// Private: reading and writing asset rows (migration 6). Callers own the transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <vector>

#include "ruralguard/asset_registry.hpp"

namespace rg::store {

void load_assets(SQLite::Database& db, AssetRegistry& registry);  // Error(kCorrupt) naming the asset
void save_asset(SQLite::Database& db, const Asset& asset);         // insert or replace the row
void append_event(SQLite::Database& db, const AssetEvent& event);  // next sequence number
// What another writer would have changed: the last event sequence and the number of plans.
uint64_t last_event_sequence(SQLite::Database& db);
uint64_t plan_count(SQLite::Database& db);
std::vector<AssetEvent> load_events(SQLite::Database& db, uint64_t asset_id);
void save_plan(SQLite::Database& db, const DistributionPlan& plan);
void load_plans(SQLite::Database& db, AssetRegistry& registry);

}  // namespace rg::store
