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
-- 32-byte blobs). id_masked keeps the first and last 4 characters for display.
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
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace rg::store
