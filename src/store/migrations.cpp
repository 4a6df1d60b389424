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
    {3, "ledger",
     R"sql(
CREATE TABLE ledger_accounts (
  id              INTEGER PRIMARY KEY,  -- caller's uint64 id, stored bit-for-bit as int64
  level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  fiscal_year     INTEGER NOT NULL,
  holder_kind     INTEGER NOT NULL,
  holder_id       INTEGER NOT NULL,
  kind            INTEGER NOT NULL,
  flags           INTEGER NOT NULL,
  debits_pending  INTEGER NOT NULL DEFAULT 0,  -- 1/10000 yuan, whole fen
  debits_posted   INTEGER NOT NULL DEFAULT 0,
  credits_pending INTEGER NOT NULL DEFAULT 0,
  credits_posted  INTEGER NOT NULL DEFAULT 0
) STRICT;
-- Append-only: the library never updates or deletes a transfer row.
CREATE TABLE ledger_transfers (
  seq               INTEGER PRIMARY KEY,  -- 1, 2, 3 ... in commit order
  id_hi             INTEGER NOT NULL,
  id_lo             INTEGER NOT NULL,
  ref_hi            INTEGER NOT NULL,
  ref_lo            INTEGER NOT NULL,
  debit_account_id  INTEGER NOT NULL,
  credit_account_id INTEGER NOT NULL,
  project_id        INTEGER NOT NULL,
  amount            INTEGER NOT NULL,  -- 1/10000 yuan, whole fen
  effective_date    INTEGER NOT NULL,  -- days since 1970-01-01
  code              INTEGER NOT NULL,
  flags             INTEGER NOT NULL,
  memo              BLOB NOT NULL,
  link              BLOB NOT NULL       -- SHA-256 chain link after this record
) STRICT;
-- No index on (id_hi, id_lo): ids are unique by construction (the in-memory index checks every
-- write, and loading refuses a duplicate as corruption); an index would only slow appends.
-- The chain head, for auditors to compare with a copy they keep.
CREATE TABLE ledger_chain (
  one    INTEGER PRIMARY KEY CHECK (one = 1),
  length INTEGER NOT NULL,
  head   BLOB NOT NULL
) STRICT;
INSERT INTO ledger_chain(one, length, head) VALUES (1, 0, zeroblob(32));
CREATE TABLE ledger_projects (
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL,
  region              INTEGER NOT NULL,
  type                INTEGER NOT NULL,
  fiscal_year         INTEGER NOT NULL,
  planned_central     INTEGER NOT NULL,
  planned_provincial  INTEGER NOT NULL,
  planned_municipal   INTEGER NOT NULL,
  planned_county      INTEGER NOT NULL,
  public_notice       INTEGER NOT NULL,
  status              INTEGER NOT NULL
) STRICT;
-- Every lifecycle step with its date (the history is kept; rows are only added).
CREATE TABLE ledger_project_transitions (
  project_id INTEGER NOT NULL REFERENCES ledger_projects(id),
  status     INTEGER NOT NULL,
  date       INTEGER NOT NULL,
  PRIMARY KEY (project_id, status)
) STRICT;
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
    {6, "project assets",
     R"sql(
-- Project assets (扶贫项目资产). Rows are updated in place as the lifecycle moves; the history is
-- rg_asset_events, which is append-only.
CREATE TABLE rg_assets (
  id                  INTEGER PRIMARY KEY,  -- caller's uint64 id, stored bit-for-bit as int64
  name                TEXT NOT NULL,
  project_id          INTEGER NOT NULL REFERENCES ledger_projects(id),
  class               INTEGER NOT NULL CHECK (class BETWEEN 1 AND 3),
  subtype             INTEGER NOT NULL,
  value               INTEGER NOT NULL CHECK (value > 0),  -- 1/10000 yuan, whole fen
  region              INTEGER NOT NULL,
  location            TEXT NOT NULL,
  owner               INTEGER NOT NULL,
  owner_name          TEXT NOT NULL,
  rights              BLOB NOT NULL,     -- 5 bytes: party of each right (ownership .. supervision)
  custodian           TEXT NOT NULL,
  operator            TEXT NOT NULL,
  mode                INTEGER NOT NULL,
  farmer_link_mode    INTEGER NOT NULL,
  farmer_link_hh      INTEGER NOT NULL,
  planned_income      INTEGER NOT NULL,
  income_account_id   INTEGER NOT NULL,
  certificate         TEXT NOT NULL,
  status              INTEGER NOT NULL CHECK (status BETWEEN 1 AND 8),
  registered          INTEGER NOT NULL,  -- days since 1970-01-01
  confirmed           INTEGER,
  handed_over         INTEGER,
  status_since        INTEGER NOT NULL,
  disposal_reason     INTEGER,           -- NULL when no disposal is pending or done
  disposal_method     INTEGER,
  disposal_valuation  INTEGER,
  disposal_requested  INTEGER,
  disposal_resume     INTEGER,
  approval_owner      INTEGER,
  approval_assembly   INTEGER,
  approval_township   INTEGER,
  approval_county     INTEGER
) STRICT;
CREATE INDEX rg_assets_project ON rg_assets(project_id);
CREATE TABLE rg_asset_events (
  seq        INTEGER PRIMARY KEY,
  asset_id   INTEGER NOT NULL REFERENCES rg_assets(id),
  kind       INTEGER NOT NULL,
  date       INTEGER NOT NULL,
  from_status INTEGER NOT NULL,
  to_status  INTEGER NOT NULL,
  note       TEXT NOT NULL
) STRICT;
CREATE INDEX rg_asset_events_asset ON rg_asset_events(asset_id, seq);
CREATE TABLE rg_asset_distributions (
  plan_id         INTEGER PRIMARY KEY,
  asset_id        INTEGER NOT NULL REFERENCES rg_assets(id),
  year            INTEGER NOT NULL,
  income          INTEGER NOT NULL CHECK (income > 0),
  decision_doc    TEXT NOT NULL,
  decision_date   INTEGER NOT NULL,
  attendees       INTEGER NOT NULL,
  votes_for       INTEGER NOT NULL,
  votes_against   INTEGER NOT NULL,
  notice_start    INTEGER NOT NULL,
  notice_end      INTEGER NOT NULL,
  first_transfer_hi INTEGER NOT NULL,
  first_transfer_lo INTEGER NOT NULL
) STRICT;
CREATE TABLE rg_asset_distribution_lines (
  plan_id          INTEGER NOT NULL REFERENCES rg_asset_distributions(plan_id),
  line             INTEGER NOT NULL,
  purpose          INTEGER NOT NULL,
  amount           INTEGER NOT NULL,
  payee_account_id INTEGER NOT NULL,
  PRIMARY KEY (plan_id, line)
) STRICT, WITHOUT ROWID;
CREATE TABLE rg_asset_distribution_shares (
  plan_id       INTEGER NOT NULL,
  line          INTEGER NOT NULL,
  seq           INTEGER NOT NULL,   -- order within the line (the allocation order)
  household_key INTEGER NOT NULL,
  amount        INTEGER NOT NULL,
  PRIMARY KEY (plan_id, line, seq),
  FOREIGN KEY (plan_id, line) REFERENCES rg_asset_distribution_lines(plan_id, line)
) STRICT, WITHOUT ROWID;
)sql"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace rg::store
