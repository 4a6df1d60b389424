-- ruralguard 0.1.0: SQL functions and aggregates over libruralguard's C ABI (docs/postgres.md).
\echo Use "CREATE EXTENSION ruralguard" to load this file. \quit

-- Money is bigint: a count of 1/10000 yuan (rg_money), never floating point.

CREATE FUNCTION rg_version() RETURNS text
  AS 'MODULE_PATHNAME', 'pg_rg_version' LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rg_money_parse(amount text, thousands boolean DEFAULT false) RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_rg_money_parse' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rg_money_format(amount bigint, decimals integer DEFAULT 2,
                                rounding text DEFAULT 'half_up', thousands boolean DEFAULT false)
  RETURNS text
  AS 'MODULE_PATHNAME', 'pg_rg_money_format' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rg_money_round(amount bigint, decimals integer, rounding text DEFAULT 'half_up')
  RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_rg_money_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rg_money_mul_ratio(amount bigint, numerator bigint, denominator bigint,
                                   decimals integer DEFAULT 4, rounding text DEFAULT 'half_up')
  RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_rg_money_mul_ratio' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rg_money_allocate(total bigint, weights bigint[], fen boolean DEFAULT false)
  RETURNS bigint[]
  AS 'MODULE_PATHNAME', 'pg_rg_money_allocate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Region codes (12-digit administrative division codes).
CREATE FUNCTION rg_region_code(code text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_rg_region_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_region_level(code text) RETURNS integer
  AS 'MODULE_PATHNAME', 'pg_rg_region_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_region_valid(code text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_rg_region_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_region_parent(code bigint) RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_rg_region_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_region_within(code bigint, prefix text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_rg_region_within' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Policies are JSON text (docs/policy-format.md); functions taking one parse it once per call
-- site and distinct text (a constant or a scalar subquery from a policy table).
CREATE FUNCTION rg_policy_default(province text, year integer) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_rg_policy_default' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_policy_check(policy text) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_rg_policy_check' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_policy_threshold(policy text, region bigint) RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_rg_policy_threshold' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- Risk assessment of one household (docs/risk-rules.md).
CREATE TYPE rg_assessment AS (
  within_monitoring boolean,
  category integer,          -- 0 none, 1 unstable formerly poor, 2 marginal, 3 sudden severe
  category_name text,
  level integer,             -- 0 none, 1 blue, 2 yellow, 3 red
  level_name text,
  score integer,
  risk_mask integer,         -- bit RG_RISK_*
  threshold bigint,          -- the threshold that applied (1/10000 yuan)
  next_visit date,           -- NULL when no visit is due
  reasons_zh text,           -- with_reasons only
  reasons_en text
);

CREATE FUNCTION rg_assess(
    policy text, as_of date,
    region bigint, kind integer, per_capita_income bigint, net_income bigint,
    income_period_end date, members integer, labour_capable integer,
    previous_per_capita_income bigint DEFAULT NULL,
    medical_out_of_pocket bigint DEFAULT 0, education_out_of_pocket bigint DEFAULT 0,
    weak_labour integer DEFAULT 0, seriously_ill integer DEFAULT 0,
    chronically_ill integer DEFAULT 0, disabled integer DEFAULT 0,
    guarantee_failures integer DEFAULT 0, events integer DEFAULT 0,
    with_reasons boolean DEFAULT false)
  RETURNS rg_assessment
  AS 'MODULE_PATHNAME', 'pg_rg_assess' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rg_assess_explain(
    policy text, as_of date,
    region bigint, kind integer, per_capita_income bigint, net_income bigint,
    income_period_end date, members integer, labour_capable integer,
    previous_per_capita_income bigint DEFAULT NULL,
    medical_out_of_pocket bigint DEFAULT 0, education_out_of_pocket bigint DEFAULT 0,
    weak_labour integer DEFAULT 0, seriously_ill integer DEFAULT 0,
    chronically_ill integer DEFAULT 0, disabled integer DEFAULT 0,
    guarantee_failures integer DEFAULT 0, events integer DEFAULT 0,
    language text DEFAULT 'zh')
  RETURNS text
  AS 'MODULE_PATHNAME', 'pg_rg_assess_explain' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- The batch form over whole columns (arrays; e.g. one array_agg per village or partition): the
-- policy is compiled once per call. A row the library refuses gets its rg_status in `status` and
-- NULL results instead of failing the query.
CREATE FUNCTION rg_assess_batch(
    policy text, as_of date, keys bigint[],
    region bigint[], kind integer[], per_capita_income bigint[], net_income bigint[],
    income_period_end date[], members integer[], labour_capable integer[],
    previous_per_capita_income bigint[] DEFAULT NULL,
    medical_out_of_pocket bigint[] DEFAULT NULL, education_out_of_pocket bigint[] DEFAULT NULL,
    weak_labour integer[] DEFAULT NULL, seriously_ill integer[] DEFAULT NULL,
    chronically_ill integer[] DEFAULT NULL, disabled integer[] DEFAULT NULL,
    guarantee_failures integer[] DEFAULT NULL, events integer[] DEFAULT NULL)
  RETURNS TABLE (key bigint, within_monitoring boolean, category integer, level integer,
                 score integer, risk_mask integer, next_visit date, status integer)
  AS 'MODULE_PATHNAME', 'pg_rg_assess_batch' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 1000;

-- The elimination check (every condition, one-item veto).
CREATE TYPE rg_elimination AS (
  eligible boolean,
  kind text,                 -- aided or natural
  failed_conditions integer, -- bit (1 << RG_ELIM_*)
  vetoes integer,
  report text                -- one line per failure
);

CREATE FUNCTION rg_check_elimination(
    policy text, as_of date, identified date, elimination text,
    region bigint, kind integer, per_capita_income bigint, net_income bigint,
    income_period_end date, members integer, labour_capable integer,
    previous_per_capita_income bigint DEFAULT NULL,
    medical_out_of_pocket bigint DEFAULT 0, education_out_of_pocket bigint DEFAULT 0,
    weak_labour integer DEFAULT 0, seriously_ill integer DEFAULT 0,
    chronically_ill integer DEFAULT 0, disabled integer DEFAULT 0,
    guarantee_failures integer DEFAULT 0, events integer DEFAULT 0,
    measures_implemented integer DEFAULT 0, income_stable_since date DEFAULT NULL,
    has_contact_person boolean DEFAULT true, language text DEFAULT 'zh')
  RETURNS rg_elimination
  AS 'MODULE_PATHNAME', 'pg_rg_check_elimination' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- The data-quality rule catalogue (the rules themselves run over a store: rg_households_validate).
CREATE FUNCTION rg_dq_rules(OUT rule integer, OUT code text, OUT key text, OUT severity text,
                            OUT title_en text, OUT title_zh text)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'pg_rg_dq_rules' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- Region summaries: the library's mergeable summary set (raw-sum JSON, money in 1/10000 yuan).
CREATE FUNCTION rg_summary_trans(internal, bigint, integer, integer, bigint, bigint, boolean,
                                 integer, integer) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_summary_trans' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_summary_merge_trans(internal, json) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_summary_merge_trans' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_summary_combine(internal, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_summary_combine' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_summary_serialize(internal) RETURNS bytea
  AS 'MODULE_PATHNAME', 'pg_rg_summary_serialize' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION rg_summary_deserialize(bytea, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_summary_deserialize' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION rg_summary_final(internal) RETURNS json
  AS 'MODULE_PATHNAME', 'pg_rg_summary_final' LANGUAGE C PARALLEL SAFE;

CREATE AGGREGATE rg_summary_agg(region bigint, kind integer, members integer,
                                per_capita_income bigint, previous_per_capita_income bigint,
                                within_monitoring boolean, category integer, level integer) (
  SFUNC = rg_summary_trans, STYPE = internal,
  FINALFUNC = rg_summary_final, FINALFUNC_MODIFY = READ_WRITE,
  COMBINEFUNC = rg_summary_combine,
  SERIALFUNC = rg_summary_serialize, DESERIALFUNC = rg_summary_deserialize,
  PARALLEL = SAFE);

-- Merges summaries computed elsewhere (per shard, partition or machine) on a coordinator.
CREATE AGGREGATE rg_summary_merge_agg(summary json) (
  SFUNC = rg_summary_merge_trans, STYPE = internal,
  FINALFUNC = rg_summary_final, FINALFUNC_MODIFY = READ_WRITE,
  COMBINEFUNC = rg_summary_combine,
  SERIALFUNC = rg_summary_serialize, DESERIALFUNC = rg_summary_deserialize,
  PARALLEL = SAFE);

CREATE FUNCTION rg_summary_merge(a json, b json) RETURNS json
  AS 'MODULE_PATHNAME', 'pg_rg_summary_merge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_summary_roll_up(summary json, level integer) RETURNS json
  AS 'MODULE_PATHNAME', 'pg_rg_summary_roll_up' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_summary_of_arrays(region bigint[], kind integer[], members integer[],
                                     per_capita_income bigint[] DEFAULT NULL,
                                     previous_per_capita_income bigint[] DEFAULT NULL,
                                     within_monitoring boolean[] DEFAULT NULL,
                                     category integer[] DEFAULT NULL, level integer[] DEFAULT NULL)
  RETURNS json
  AS 'MODULE_PATHNAME', 'pg_rg_summary_of_arrays' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION rg_summary_figures(summary json,
    OUT region bigint,
    OUT households_formerly_poor bigint, OUT households_formerly_poor_no_policy bigint,
    OUT households_ordinary bigint,
    OUT people_formerly_poor bigint, OUT people_formerly_poor_no_policy bigint,
    OUT people_ordinary bigint,
    OUT assessed bigint, OUT monitored bigint,
    OUT monitored_blue bigint, OUT monitored_yellow bigint, OUT monitored_red bigint,
    OUT fp_people_with_income bigint, OUT fp_income_people_sum bigint, OUT projects bigint)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'pg_rg_summary_figures' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rg_report_render(summary json, as_of date, level integer DEFAULT 3,
                                 format text DEFAULT 'text') RETURNS text
  AS 'MODULE_PATHNAME', 'pg_rg_report_render' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- FGT (exact; the incomes are the state, combine concatenates).
CREATE FUNCTION rg_fgt_trans(internal, bigint, bigint, integer) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_fgt_trans' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_fgt_trans(internal, bigint, bigint, bigint, integer, integer) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_fgt_trans' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_fgt_combine(internal, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_fgt_combine' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_fgt_serialize(internal) RETURNS bytea
  AS 'MODULE_PATHNAME', 'pg_rg_fgt_serialize' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION rg_fgt_deserialize(bytea, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_fgt_deserialize' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION rg_fgt_final(internal) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_rg_fgt_final' LANGUAGE C PARALLEL SAFE;

-- rg_fgt(income, line, alpha): exact reduced fraction, each row weighs 1.
CREATE AGGREGATE rg_fgt(income bigint, line bigint, alpha integer) (
  SFUNC = rg_fgt_trans, STYPE = internal, FINALFUNC = rg_fgt_final,
  COMBINEFUNC = rg_fgt_combine, SERIALFUNC = rg_fgt_serialize, DESERIALFUNC = rg_fgt_deserialize,
  PARALLEL = SAFE);
-- rg_fgt(income, weight, line, alpha, decimals): weighted (NULL weight = 1); decimals -1 = fraction.
CREATE AGGREGATE rg_fgt(income bigint, weight bigint, line bigint, alpha integer, decimals integer) (
  SFUNC = rg_fgt_trans, STYPE = internal, FINALFUNC = rg_fgt_final,
  COMBINEFUNC = rg_fgt_combine, SERIALFUNC = rg_fgt_serialize, DESERIALFUNC = rg_fgt_deserialize,
  PARALLEL = SAFE);

-- Alkire-Foster (exact; the achievement matrix is the state). Output "H A M0 M1 M2".
CREATE FUNCTION rg_af_trans(internal, bigint[], bigint[], bigint, bigint, bigint) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_af_trans' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_af_trans(internal, bigint[], bigint[], bigint[], bigint, bigint, bigint, integer)
  RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_af_trans' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_af_combine(internal, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_af_combine' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION rg_af_serialize(internal) RETURNS bytea
  AS 'MODULE_PATHNAME', 'pg_rg_af_serialize' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION rg_af_deserialize(bytea, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'pg_rg_af_deserialize' LANGUAGE C STRICT PARALLEL SAFE;
CREATE FUNCTION rg_af_final(internal) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_rg_af_final' LANGUAGE C PARALLEL SAFE;

-- rg_alkire_foster(achievements, cutoffs, denominator, k_numerator, k_denominator): equal
-- weights, exact fractions.
CREATE AGGREGATE rg_alkire_foster(achievements bigint[], cutoffs bigint[], denominator bigint,
                                  k_numerator bigint, k_denominator bigint) (
  SFUNC = rg_af_trans, STYPE = internal, FINALFUNC = rg_af_final,
  COMBINEFUNC = rg_af_combine, SERIALFUNC = rg_af_serialize, DESERIALFUNC = rg_af_deserialize,
  PARALLEL = SAFE);
-- With indicator weights (NULL = equal) and decimals (-1 = fractions).
CREATE AGGREGATE rg_alkire_foster(achievements bigint[], cutoffs bigint[], weights bigint[],
                                  denominator bigint, k_numerator bigint, k_denominator bigint,
                                  decimals integer) (
  SFUNC = rg_af_trans, STYPE = internal, FINALFUNC = rg_af_final,
  COMBINEFUNC = rg_af_combine, SERIALFUNC = rg_af_serialize, DESERIALFUNC = rg_af_deserialize,
  PARALLEL = SAFE);
