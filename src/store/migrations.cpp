#include "store/migrations.hpp"

namespace rg::store {
namespace {

// Every table is STRICT; money columns hold INTEGER 1/10000 yuan; dates hold INTEGER days since
// 1970-01-01. Modules append their migrations here in landing order.
constexpr Migration kMigrations[] = {
    {1, "metadata",
     R"sql(
CREATE TABLE rg_metadata (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
INSERT INTO rg_metadata(key, value) VALUES ('application', 'ruralguard');
)sql"},
    {4, "policies and assessment runs",
     R"sql(
CREATE TABLE rg_policies (
  policy_id   TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  province    TEXT NOT NULL,
  year        INTEGER NOT NULL,
  effective   INTEGER NOT NULL,
  json        TEXT NOT NULL,
  PRIMARY KEY (policy_id, version)
) STRICT;
CREATE TABLE rg_assessment_runs (
  run_id          INTEGER PRIMARY KEY,
  policy_id       TEXT NOT NULL,
  policy_version  INTEGER NOT NULL,
  as_of           INTEGER NOT NULL,
  households      INTEGER NOT NULL,
  monitored       INTEGER NOT NULL,
  label           TEXT NOT NULL,
  FOREIGN KEY (policy_id, policy_version) REFERENCES rg_policies(policy_id, version)
) STRICT;
CREATE TABLE rg_assessment_results (
  run_id         INTEGER NOT NULL REFERENCES rg_assessment_runs(run_id),
  household_key  INTEGER NOT NULL,
  within         INTEGER NOT NULL,
  category       INTEGER NOT NULL,
  level          INTEGER NOT NULL,
  risk_mask      INTEGER NOT NULL,
  score          INTEGER NOT NULL,
  next_visit     INTEGER,
  PRIMARY KEY (run_id, household_key)
) STRICT, WITHOUT ROWID;
)sql"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace rg::store
