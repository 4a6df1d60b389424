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
    {2, "households",
     R"sql(
CREATE TABLE rg_regions (
  code                  INTEGER PRIMARY KEY CHECK (code BETWEEN 110000000000 AND 999999999999),
  name                  TEXT NOT NULL,
  level                 INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  parent                INTEGER,
  former_poverty_county INTEGER NOT NULL DEFAULT 0 CHECK (former_poverty_county IN (0, 1)),
  key_assist            INTEGER NOT NULL DEFAULT 0 CHECK (key_assist BETWEEN 0 AND 3),
  relocation_site       INTEGER NOT NULL DEFAULT 0 CHECK (relocation_site IN (0, 1))
) STRICT;
CREATE TABLE rg_households (
  id                  INTEGER PRIMARY KEY,
  region              INTEGER NOT NULL REFERENCES rg_regions(code),
  type                INTEGER NOT NULL CHECK (type IN (1, 2, 3)),
  relocated           INTEGER NOT NULL CHECK (relocated IN (0, 1)),
  unsafe_house        INTEGER NOT NULL CHECK (unsafe_house IN (0, 1)),
  house_damaged       INTEGER NOT NULL CHECK (house_damaged IN (0, 1)),
  water_safe          INTEGER NOT NULL CHECK (water_safe IN (0, 1)),
  electricity         INTEGER NOT NULL CHECK (electricity IN (0, 1)),
  road_paved          INTEGER NOT NULL CHECK (road_paved IN (0, 1)),
  household_id        TEXT NOT NULL UNIQUE,
  phone               TEXT NOT NULL,
  arable_centimu      INTEGER NOT NULL,
  forest_centimu      INTEGER NOT NULL,
  grain_to_green_centimu INTEGER NOT NULL,
  orchard_centimu     INTEGER NOT NULL,
  pasture_centimu     INTEGER NOT NULL,
  water_centimu       INTEGER NOT NULL,
  housing_area_centim2 INTEGER NOT NULL
) STRICT;
CREATE INDEX rg_households_region ON rg_households(region);
-- Columns the columnar load reads come first: SQLite decodes a record's header only up to the
-- last column asked for. id_hash: HMAC-SHA256 of the ID number under the store's ID key
-- (docs/households.md); the clear number is never stored. id_hash_key holds its first 8 bytes as
-- an integer: the indexed lookup key (an integer index is far cheaper to maintain than one on
-- 32-byte blobs). id_masked keeps the first and last 4 characters for display (migration 8: the
-- first 4 and the last one).
CREATE TABLE rg_members (
  id                  INTEGER PRIMARY KEY,
  household           INTEGER NOT NULL REFERENCES rg_households(id) ON DELETE CASCADE,
  status              INTEGER NOT NULL CHECK (status IN (1, 2)),
  birth_date          INTEGER NOT NULL,
  school_status       INTEGER NOT NULL,
  health              INTEGER NOT NULL,
  labour              INTEGER NOT NULL,
  medical_resident    INTEGER NOT NULL CHECK (medical_resident IN (0, 1)),
  medical_employee    INTEGER NOT NULL CHECK (medical_employee IN (0, 1)),
  disability_grade    INTEGER NOT NULL CHECK (disability_grade BETWEEN 0 AND 4),
  relation            INTEGER NOT NULL,
  sex                 INTEGER NOT NULL CHECK (sex IN (1, 2)),
  education           INTEGER NOT NULL,
  critical_illness    INTEGER NOT NULL CHECK (critical_illness IN (0, 1)),
  pension             INTEGER NOT NULL CHECK (pension IN (0, 1)),
  dibao               INTEGER NOT NULL CHECK (dibao IN (0, 1)),
  tekun               INTEGER NOT NULL CHECK (tekun IN (0, 1)),
  person_id           TEXT NOT NULL UNIQUE,
  id_hash_key         INTEGER,
  id_hash             BLOB CHECK (id_hash IS NULL OR length(id_hash) = 32),
  id_masked           TEXT NOT NULL,
  id_status           INTEGER NOT NULL CHECK (id_status BETWEEN 0 AND 3),
  id_birth_date       INTEGER
) STRICT;
CREATE INDEX rg_members_household ON rg_members(household);
CREATE INDEX rg_members_id_hash_key ON rg_members(id_hash_key);
-- Money columns: INTEGER 1/10000 yuan. Dates: INTEGER days since 1970-01-01.
CREATE TABLE rg_income_statements (
  household           INTEGER NOT NULL REFERENCES rg_households(id) ON DELETE CASCADE,
  kind                INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
  period_start        INTEGER NOT NULL,
  period_end          INTEGER NOT NULL CHECK (period_end >= period_start),
  wage                INTEGER NOT NULL,
  business_income     INTEGER NOT NULL,
  business_cost       INTEGER NOT NULL,
  property            INTEGER NOT NULL,
  t_pension                INTEGER NOT NULL DEFAULT 0,
  t_dibao                  INTEGER NOT NULL DEFAULT 0,
  t_tekun                  INTEGER NOT NULL DEFAULT 0,
  t_farmland_subsidy       INTEGER NOT NULL DEFAULT 0,
  t_grain_to_green         INTEGER NOT NULL DEFAULT 0,
  t_eco_compensation       INTEGER NOT NULL DEFAULT 0,
  t_recurring_gift         INTEGER NOT NULL DEFAULT 0,
  t_support_payment        INTEGER NOT NULL DEFAULT 0,
  t_condolence             INTEGER NOT NULL DEFAULT 0,
  t_temporary_aid          INTEGER NOT NULL DEFAULT 0,
  t_one_off_relief         INTEGER NOT NULL DEFAULT 0,
  t_relocation_subsidy     INTEGER NOT NULL DEFAULT 0,
  t_housing_renovation     INTEGER NOT NULL DEFAULT 0,
  t_pen_renovation         INTEGER NOT NULL DEFAULT 0,
  t_medical_reimbursement  INTEGER NOT NULL DEFAULT 0,
  t_student_aid            INTEGER NOT NULL DEFAULT 0,
  t_other                  INTEGER NOT NULL DEFAULT 0,
  insurance_payout    INTEGER NOT NULL,
  oop_medical         INTEGER NOT NULL,
  oop_education       INTEGER NOT NULL,
  family_size         INTEGER NOT NULL CHECK (family_size >= 1),
  PRIMARY KEY (household, kind, period_start)
) STRICT, WITHOUT ROWID;
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
    {5, "monitoring cases, clues, measures, visits, alerts",
     R"sql(
CREATE TABLE rg_cases (
  case_id          INTEGER PRIMARY KEY,
  household        INTEGER NOT NULL REFERENCES rg_households(id),
  channel          INTEGER NOT NULL CHECK (channel BETWEEN 1 AND 7),
  found            INTEGER NOT NULL,
  state            INTEGER NOT NULL CHECK (state BETWEEN 1 AND 13),
  category         INTEGER NOT NULL CHECK (category BETWEEN 0 AND 3),
  risk_mask        INTEGER NOT NULL,
  level            INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
  contact_name     TEXT,
  contact_phone    TEXT,
  contact_rank     TEXT,
  identified       INTEGER,
  notice_start     INTEGER,
  notice_end       INTEGER,
  votes_for        INTEGER NOT NULL,
  votes_against    INTEGER NOT NULL,
  eliminated       INTEGER,
  elimination_kind INTEGER,
  rollbacks        INTEGER NOT NULL,
  rejection_reason TEXT NOT NULL
) STRICT;
CREATE INDEX rg_cases_household ON rg_cases(household);
CREATE TABLE rg_case_events (
  case_id    INTEGER NOT NULL REFERENCES rg_cases(case_id),
  sequence   INTEGER NOT NULL,
  step       INTEGER NOT NULL,
  from_state INTEGER NOT NULL,
  to_state   INTEGER NOT NULL,
  date       INTEGER NOT NULL,
  actor      TEXT NOT NULL,
  note       TEXT NOT NULL,
  PRIMARY KEY (case_id, sequence)
) STRICT, WITHOUT ROWID;
CREATE TABLE rg_clues (
  clue_id     INTEGER PRIMARY KEY,
  household   INTEGER NOT NULL REFERENCES rg_households(id),
  channel     INTEGER NOT NULL,
  department  INTEGER NOT NULL,
  metric      INTEGER NOT NULL,
  period_key  INTEGER NOT NULL,
  amount      INTEGER NOT NULL,
  found       INTEGER NOT NULL,
  case_id     INTEGER REFERENCES rg_cases(case_id),
  note        TEXT NOT NULL,
  UNIQUE (household, channel, department, metric, period_key)
) STRICT;
CREATE TABLE rg_measures (
  measure_id     INTEGER PRIMARY KEY,
  case_id        INTEGER NOT NULL REFERENCES rg_cases(case_id),
  category       INTEGER NOT NULL CHECK (category BETWEEN 1 AND 16),
  content        TEXT NOT NULL,
  start          INTEGER NOT NULL,
  end_date       INTEGER,
  planned_amount INTEGER NOT NULL CHECK (planned_amount >= 0),
  status         INTEGER NOT NULL CHECK (status BETWEEN 1 AND 3),
  transfer_hi    INTEGER,
  transfer_lo    INTEGER
) STRICT;
CREATE INDEX rg_measures_case ON rg_measures(case_id);
CREATE TABLE rg_measure_events (
  measure_id INTEGER NOT NULL REFERENCES rg_measures(measure_id),
  status     INTEGER NOT NULL,
  date       INTEGER NOT NULL,
  actor      TEXT NOT NULL
) STRICT;
CREATE TABLE rg_visits (
  visit_id INTEGER PRIMARY KEY,
  case_id  INTEGER NOT NULL REFERENCES rg_cases(case_id),
  date     INTEGER NOT NULL,
  visitor  TEXT NOT NULL,
  findings TEXT NOT NULL
) STRICT;
CREATE INDEX rg_visits_case ON rg_visits(case_id, date);
CREATE TABLE rg_alerts (
  alert_id          INTEGER PRIMARY KEY,
  kind              INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 5),
  case_id           INTEGER NOT NULL REFERENCES rg_cases(case_id),
  detail            TEXT NOT NULL,
  priority          INTEGER NOT NULL,
  message           TEXT NOT NULL,
  state             INTEGER NOT NULL CHECK (state BETWEEN 1 AND 3),
  raised            INTEGER NOT NULL,
  acknowledged_by   TEXT,
  acknowledged_at   INTEGER,
  acknowledged_note TEXT,
  resolved_by       TEXT,
  resolved_at       INTEGER,
  resolved_note     TEXT
) STRICT;
CREATE UNIQUE INDEX rg_alerts_open ON rg_alerts(kind, case_id, detail) WHERE state <> 3;
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
    {7, "household tables without IN-list checks",
     // SQLite evaluates `x IN (1, 2, 3)` in a CHECK through an ephemeral table opened and torn down
     // for every row written (measured: about a sixth of a bulk CSV import's instructions). The two
     // tables are rebuilt with equivalent BETWEEN checks (the 12-step procedure of SQLite's ALTER
     // TABLE documentation; the runner turns foreign keys off and checks them before COMMIT).
     R"sql(
CREATE TABLE rg_households_v7 (
  id                  INTEGER PRIMARY KEY,
  region              INTEGER NOT NULL REFERENCES rg_regions(code),
  type                INTEGER NOT NULL CHECK (type BETWEEN 1 AND 3),
  relocated           INTEGER NOT NULL CHECK (relocated IN (0, 1)),
  unsafe_house        INTEGER NOT NULL CHECK (unsafe_house IN (0, 1)),
  house_damaged       INTEGER NOT NULL CHECK (house_damaged IN (0, 1)),
  water_safe          INTEGER NOT NULL CHECK (water_safe IN (0, 1)),
  electricity         INTEGER NOT NULL CHECK (electricity IN (0, 1)),
  road_paved          INTEGER NOT NULL CHECK (road_paved IN (0, 1)),
  household_id        TEXT NOT NULL UNIQUE,
  phone               TEXT NOT NULL,
  arable_centimu      INTEGER NOT NULL,
  forest_centimu      INTEGER NOT NULL,
  grain_to_green_centimu INTEGER NOT NULL,
  orchard_centimu     INTEGER NOT NULL,
  pasture_centimu     INTEGER NOT NULL,
  water_centimu       INTEGER NOT NULL,
  housing_area_centim2 INTEGER NOT NULL
) STRICT;
INSERT INTO rg_households_v7 SELECT * FROM rg_households;
DROP TABLE rg_households;
ALTER TABLE rg_households_v7 RENAME TO rg_households;
CREATE INDEX rg_households_region ON rg_households(region);
CREATE TABLE rg_income_statements_v7 (
  household           INTEGER NOT NULL REFERENCES rg_households(id) ON DELETE CASCADE,
  kind                INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 3),
  period_start        INTEGER NOT NULL,
  period_end          INTEGER NOT NULL CHECK (period_end >= period_start),
  wage                INTEGER NOT NULL,
  business_income     INTEGER NOT NULL,
  business_cost       INTEGER NOT NULL,
  property            INTEGER NOT NULL,
  t_pension                INTEGER NOT NULL DEFAULT 0,
  t_dibao                  INTEGER NOT NULL DEFAULT 0,
  t_tekun                  INTEGER NOT NULL DEFAULT 0,
  t_farmland_subsidy       INTEGER NOT NULL DEFAULT 0,
  t_grain_to_green         INTEGER NOT NULL DEFAULT 0,
  t_eco_compensation       INTEGER NOT NULL DEFAULT 0,
  t_recurring_gift         INTEGER NOT NULL DEFAULT 0,
  t_support_payment        INTEGER NOT NULL DEFAULT 0,
  t_condolence             INTEGER NOT NULL DEFAULT 0,
  t_temporary_aid          INTEGER NOT NULL DEFAULT 0,
  t_one_off_relief         INTEGER NOT NULL DEFAULT 0,
  t_relocation_subsidy     INTEGER NOT NULL DEFAULT 0,
  t_housing_renovation     INTEGER NOT NULL DEFAULT 0,
  t_pen_renovation         INTEGER NOT NULL DEFAULT 0,
  t_medical_reimbursement  INTEGER NOT NULL DEFAULT 0,
  t_student_aid            INTEGER NOT NULL DEFAULT 0,
  t_other                  INTEGER NOT NULL DEFAULT 0,
  insurance_payout    INTEGER NOT NULL,
  oop_medical         INTEGER NOT NULL,
  oop_education       INTEGER NOT NULL,
  family_size         INTEGER NOT NULL CHECK (family_size >= 1),
  PRIMARY KEY (household, kind, period_start)
) STRICT, WITHOUT ROWID;
INSERT INTO rg_income_statements_v7 SELECT * FROM rg_income_statements;
DROP TABLE rg_income_statements;
ALTER TABLE rg_income_statements_v7 RENAME TO rg_income_statements;
)sql",
     /*rebuilds_tables=*/true},
    {8, "ID numbers masked down to the first 4 and last character",
     // Version 0.1.0 kept the first and last 4 characters; with the birth date in clear and the
     // county given by the region, that let a copy of the file rebuild the number. Masks of more
     // than 8 characters (all from ASCII numbers, first 4 and last 4 clear) keep their first 4 and
     // last character; shorter ones are all '*' already.
     R"sql(
UPDATE rg_members
   SET id_masked = substr(id_masked, 1, 4) ||
                   substr('****************************************', 1, length(id_masked) - 5) ||
                   substr(id_masked, -1)
 WHERE length(id_masked) > 8;
)sql"},
    {9, "policy sets and threshold changes",
     // Issue 16 (DOMAIN.md 1.2, DOMAIN-2026 §7.3): a set of policies keyed by (province, year),
     // each member a stored policy; threshold changes are records (old, new, basis, document,
     // effective), appended and never updated. `json` is the set's canonical form, kept to refuse
     // different content under a stored (set_id, version).
     R"sql(
CREATE TABLE rg_policy_sets (
  set_id      TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  json        TEXT NOT NULL,
  PRIMARY KEY (set_id, version)
) STRICT;
CREATE TABLE rg_policy_set_members (
  set_id          TEXT NOT NULL,
  set_version     INTEGER NOT NULL,
  province        TEXT NOT NULL CHECK (length(province) = 2),
  year            INTEGER NOT NULL CHECK (year BETWEEN 2020 AND 2100),
  policy_id       TEXT NOT NULL,
  policy_version  INTEGER NOT NULL,
  PRIMARY KEY (set_id, set_version, province, year),
  FOREIGN KEY (set_id, set_version) REFERENCES rg_policy_sets(set_id, version),
  FOREIGN KEY (policy_id, policy_version) REFERENCES rg_policies(policy_id, version)
) STRICT;
CREATE TABLE rg_threshold_changes (
  change_id    INTEGER PRIMARY KEY,
  set_id       TEXT NOT NULL,
  set_version  INTEGER NOT NULL,
  province     TEXT NOT NULL CHECK (length(province) = 2),
  year         INTEGER NOT NULL CHECK (year BETWEEN 2020 AND 2100),
  county       INTEGER CHECK (county IS NULL OR county BETWEEN 110000 AND 999999),
  old_amount   INTEGER NOT NULL CHECK (old_amount >= 0),
  new_amount   INTEGER NOT NULL CHECK (new_amount > 0),
  basis        TEXT NOT NULL,
  document     TEXT NOT NULL,
  effective    INTEGER NOT NULL,
  FOREIGN KEY (set_id, set_version) REFERENCES rg_policy_sets(set_id, version)
) STRICT;
)sql"},
    {10, "memberships, registered-poor history, assistance exits, household events",
     // Issue 16 part B (docs/decisions.md). Nothing existing changes: the new tables
     // start empty, so a database carried forward reads back as before. The registered-poor
     // history is permanent: triggers refuse DELETE, and UPDATE except filling an absent exit year.
     R"sql(
CREATE TABLE rg_memberships (
  membership_id INTEGER PRIMARY KEY,
  household     INTEGER NOT NULL REFERENCES rg_households(id) ON DELETE CASCADE,
  person_id     TEXT NOT NULL,     -- '' = the whole household
  kind          INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 6),
  authority     TEXT NOT NULL CHECK (length(authority) > 0),
  start_date    INTEGER NOT NULL,
  end_date      INTEGER CHECK (end_date IS NULL OR end_date >= start_date),
  evidence      TEXT NOT NULL
) STRICT;
CREATE INDEX rg_memberships_household ON rg_memberships(household, kind, start_date);
CREATE TABLE rg_registered_poor (
  household       INTEGER PRIMARY KEY REFERENCES rg_households(id),
  registered_year INTEGER NOT NULL CHECK (registered_year BETWEEN 2014 AND 2020),
  exit_year       INTEGER CHECK (exit_year IS NULL OR exit_year BETWEEN registered_year AND 2020),
  source          TEXT NOT NULL CHECK (length(source) > 0)
) STRICT;
CREATE TRIGGER rg_registered_poor_no_delete BEFORE DELETE ON rg_registered_poor
BEGIN SELECT RAISE(ABORT, 'registered-poor history is permanent: it cannot be deleted'); END;
CREATE TRIGGER rg_registered_poor_no_update BEFORE UPDATE ON rg_registered_poor
WHEN OLD.exit_year IS NOT NULL OR NEW.household != OLD.household OR NEW.registered_year != OLD.registered_year
     OR NEW.source != OLD.source
BEGIN SELECT RAISE(ABORT, 'registered-poor history is permanent: it cannot be changed'); END;
CREATE TABLE rg_assistance_exits (
  household       INTEGER PRIMARY KEY REFERENCES rg_registered_poor(household),
  exit_date       INTEGER NOT NULL CHECK (exit_date >= 20454),  -- 2026-01-01
  assessment_date INTEGER NOT NULL CHECK (assessment_date <= exit_date),
  assessment      TEXT NOT NULL CHECK (length(assessment) > 0),
  authority       TEXT NOT NULL CHECK (length(authority) > 0),
  evidence        TEXT NOT NULL
) STRICT;
CREATE TABLE rg_household_events (
  event_id  INTEGER PRIMARY KEY,
  household INTEGER NOT NULL REFERENCES rg_households(id) ON DELETE CASCADE,
  kind      INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 8),
  date      INTEGER NOT NULL,
  source    INTEGER NOT NULL CHECK (source BETWEEN 1 AND 7),
  evidence  TEXT NOT NULL,
  recorded  INTEGER NOT NULL CHECK (recorded >= date),
  clue_id   INTEGER REFERENCES rg_clues(clue_id)
) STRICT;
CREATE INDEX rg_household_events_date ON rg_household_events(date, household);
CREATE INDEX rg_household_events_household ON rg_household_events(household, date);
-- Department clues stored before this migration become the events they stand for, as
-- rg_cases_ingest records them from now on (event_of_clue): a disaster loss (metric 6) or a house
-- damaged reported by emergency management (metric 4, department 7) is a natural disaster (kind
-- 1), a job loss (metric 9) a job loss (kind 4); source 5 = department data.
INSERT INTO rg_household_events(household, kind, date, source, evidence, recorded, clue_id)
SELECT household, CASE WHEN metric = 9 THEN 4 ELSE 1 END, found, 5,
       'department clue ' || clue_id || ': department ' || department || ' metric ' || metric || ' amount ' || amount,
       found, clue_id
  FROM rg_clues
 WHERE channel = 5 AND (metric IN (6, 9) OR (metric = 4 AND department = 7))
 ORDER BY clue_id;
)sql"},
    {11, "a case over time: level history, post-elimination checks, alert kinds beyond 5",
     // Issue 16 part C. rg_case_levels keeps every warning-level change of a case (the row of an
     // existing case is its current level, dated at identification, marked 'migrated');
     // rg_post_elimination_checks keeps the checks of the follow-up window; rg_alerts is rebuilt
     // so new alert kinds need no further rebuild (kind 1..255; the C ABI pins the values).
     R"sql(
CREATE TABLE rg_case_levels (
  case_id    INTEGER NOT NULL REFERENCES rg_cases(case_id),
  sequence   INTEGER NOT NULL,
  step       INTEGER NOT NULL,
  date       INTEGER NOT NULL,
  level_from INTEGER NOT NULL CHECK (level_from BETWEEN 0 AND 3),
  level_to   INTEGER NOT NULL CHECK (level_to BETWEEN 0 AND 3),
  basis      TEXT NOT NULL,
  PRIMARY KEY (case_id, sequence)
) STRICT, WITHOUT ROWID;
INSERT INTO rg_case_levels(case_id, sequence, step, date, level_from, level_to, basis)
  SELECT c.case_id, coalesce((SELECT max(e.sequence) FROM rg_case_events e WHERE e.case_id = c.case_id), 0),
         coalesce((SELECT e.step FROM rg_case_events e WHERE e.case_id = c.case_id ORDER BY e.sequence DESC LIMIT 1), 0),
         coalesce(c.identified, c.found), 0, c.level, 'migrated'
    FROM rg_cases c WHERE c.level <> 0;
CREATE TABLE rg_post_elimination_checks (
  check_id    INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES rg_cases(case_id),
  date        INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  findings    INTEGER NOT NULL CHECK (findings >= 0),
  rule_ids    TEXT NOT NULL,
  message     TEXT NOT NULL,
  rolled_back INTEGER NOT NULL CHECK (rolled_back IN (0, 1))
) STRICT;
CREATE INDEX rg_post_elimination_checks_case ON rg_post_elimination_checks(case_id, date);
CREATE TABLE rg_alerts_v11 (
  alert_id          INTEGER PRIMARY KEY,
  kind              INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 255),
  case_id           INTEGER NOT NULL REFERENCES rg_cases(case_id),
  detail            TEXT NOT NULL,
  priority          INTEGER NOT NULL,
  message           TEXT NOT NULL,
  state             INTEGER NOT NULL CHECK (state BETWEEN 1 AND 3),
  raised            INTEGER NOT NULL,
  acknowledged_by   TEXT,
  acknowledged_at   INTEGER,
  acknowledged_note TEXT,
  resolved_by       TEXT,
  resolved_at       INTEGER,
  resolved_note     TEXT
) STRICT;
INSERT INTO rg_alerts_v11 SELECT * FROM rg_alerts;
DROP TABLE rg_alerts;
ALTER TABLE rg_alerts_v11 RENAME TO rg_alerts;
CREATE UNIQUE INDEX rg_alerts_open ON rg_alerts(kind, case_id, detail) WHERE state <> 3;
)sql",
     /*rebuilds_tables=*/true},
    {12, "roles of case steps, proposed category, risk warning letters",
     // Issue 16 part D. Existing events and cases read back with role 0 (unspecified: from before
     // roles) and no proposed category. A warning letter 风险预警提示函 is one dated batch from a
     // department to a county; each listed household gets at most one answer (append-only); an
     // overdue letter's alert is raised once.
     R"sql(
ALTER TABLE rg_cases ADD COLUMN proposed_category INTEGER NOT NULL DEFAULT 0 CHECK (proposed_category BETWEEN 0 AND 3);
ALTER TABLE rg_case_events ADD COLUMN role INTEGER NOT NULL DEFAULT 0 CHECK (role BETWEEN 0 AND 4);
CREATE TABLE rg_warning_letters (
  letter_id  INTEGER PRIMARY KEY,
  batch      TEXT NOT NULL,
  department INTEGER NOT NULL CHECK (department BETWEEN 1 AND 8),
  county     INTEGER NOT NULL,
  issued     INTEGER NOT NULL,
  deadline   INTEGER NOT NULL CHECK (deadline >= issued),
  UNIQUE (department, county, batch)
) STRICT;
CREATE TABLE rg_warning_letter_households (
  letter_id INTEGER NOT NULL REFERENCES rg_warning_letters(letter_id),
  household INTEGER NOT NULL REFERENCES rg_households(id),
  PRIMARY KEY (letter_id, household)
) STRICT, WITHOUT ROWID;
CREATE TABLE rg_warning_letter_answers (
  letter_id INTEGER NOT NULL,
  household INTEGER NOT NULL,
  kind      INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 3),
  date      INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  reason    TEXT NOT NULL,
  case_id   INTEGER REFERENCES rg_cases(case_id),
  PRIMARY KEY (letter_id, household),
  FOREIGN KEY (letter_id, household) REFERENCES rg_warning_letter_households(letter_id, household)
) STRICT, WITHOUT ROWID;
CREATE TABLE rg_warning_letter_alerts (
  letter_id  INTEGER PRIMARY KEY REFERENCES rg_warning_letters(letter_id),
  raised     INTEGER NOT NULL,
  unanswered INTEGER NOT NULL,
  message    TEXT NOT NULL
) STRICT;
)sql"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace rg::store
