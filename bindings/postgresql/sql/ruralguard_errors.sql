-- Bad input: each is an SQL error with an SQLSTATE (echoed from psql's SQLSTATE variable after
-- the statement) and the library's message; the session stays usable after every one of them.
\set VERBOSITY default
\set SHOW_CONTEXT never
CREATE EXTENSION IF NOT EXISTS ruralguard;
SELECT pg_backend_pid() AS start_pid \gset
\set VERBOSITY sqlstate
SELECT rg_money_parse('12.3.4');
\set VERBOSITY default
SELECT rg_money_parse('12.3.4');
\echo SQLSTATE :SQLSTATE
SELECT rg_money_parse('1e5');
\echo SQLSTATE :SQLSTATE
SELECT rg_money_parse('0.00001');
\echo SQLSTATE :SQLSTATE
SELECT rg_money_parse('99999999999999999999');
\echo SQLSTATE :SQLSTATE
SELECT rg_money_format(100, 2, 'banker');
\echo SQLSTATE :SQLSTATE
SELECT rg_money_format(100, 7);
\echo SQLSTATE :SQLSTATE
SELECT rg_money_allocate(100, ARRAY[]::bigint[]);
\echo SQLSTATE :SQLSTATE
SELECT rg_region_code('53012210100x');
\echo SQLSTATE :SQLSTATE
SELECT rg_region_level('000000000000');
\echo SQLSTATE :SQLSTATE
SELECT rg_policy_default('XX', 2025);
\echo SQLSTATE :SQLSTATE
SELECT rg_policy_default('53', 1999);
\echo SQLSTATE :SQLSTATE
-- Issue 16 (DOMAIN.md 1.2): no sourced policy for Guangdong 2024, so no silent national floor.
SELECT rg_policy_default('44', 2024);
\echo SQLSTATE :SQLSTATE
SELECT rg_policy_check('{"format": "ruralguard-policy"');
\echo SQLSTATE :SQLSTATE
SELECT rg_policy_check(replace(rg_policy_default('53', 2025), '"cutoffs"', '"cutofs"'));
\echo SQLSTATE :SQLSTATE
SELECT rg_policy_check(replace(rg_policy_default('53', 2025), '"year": 2025', '"year": 2025, "colour": "red"'));
\echo SQLSTATE :SQLSTATE
SELECT rg_policy_check(replace(rg_policy_default('53', 2025), '"illness": 20', '"illness": -3'));
\echo SQLSTATE :SQLSTATE
-- NULL into a STRICT scalar function is NULL out (no error); NULLs where a value is required
-- are errors.
SELECT rg_money_parse(NULL) IS NULL AS money_null, rg_region_valid(NULL) IS NULL AS region_null;
SELECT rg_assess(NULL, DATE '2025-06-30', 530122101001, 1, 50000000, 150000000, DATE '2024-12-31', 3, 2);
\echo SQLSTATE :SQLSTATE
SELECT rg_assess(rg_policy_default('53', 2025), DATE '2025-06-30', 530122101001, 1, NULL, 150000000,
                 DATE '2024-12-31', 3, 2);
\echo SQLSTATE :SQLSTATE
-- Facts the library refuses.
SELECT rg_assess(rg_policy_default('53', 2025), DATE '2025-06-30', 530122101001, 1, 50000000, 150000000,
                 DATE '2024-12-31', 0, 0);
\echo SQLSTATE :SQLSTATE
SELECT rg_assess(rg_policy_default('53', 2025), DATE '2025-06-30', 530122101001, 7, 50000000, 150000000,
                 DATE '2024-12-31', 3, 2);
\echo SQLSTATE :SQLSTATE
SELECT rg_assess(rg_policy_default('53', 2025), DATE '2024-06-30', 530122101001, 1, 50000000, 150000000,
                 DATE '2024-12-31', 3, 2);
\echo SQLSTATE :SQLSTATE
SELECT rg_assess(rg_policy_default('53', 2025), 'infinity', 530122101001, 1, 50000000, 150000000,
                 DATE '2024-12-31', 3, 2);
\echo SQLSTATE :SQLSTATE
SELECT rg_check_elimination(rg_policy_default('53', 2025), DATE '2025-06-30', DATE '2025-01-01', 'sideways',
                            530122101001, 1, 50000000, 150000000, DATE '2024-12-31', 3, 2);
\echo SQLSTATE :SQLSTATE
SELECT rg_assess_explain(rg_policy_default('53', 2025), DATE '2025-06-30', 530122101001, 1, 50000000,
                         150000000, DATE '2024-12-31', 3, 2, language => 'fr');
\echo SQLSTATE :SQLSTATE
SELECT * FROM rg_assess_batch(rg_policy_default('53', 2025), DATE '2025-06-30', ARRAY[1, 2]::bigint[],
                              ARRAY[530122101001, 530122101001]::bigint[], ARRAY[1, NULL]::int[],
                              ARRAY[1, 1]::bigint[], ARRAY[1, 1]::bigint[],
                              ARRAY[DATE '2024-12-31', DATE '2024-12-31'], ARRAY[1, 1], ARRAY[1, 1]);
\echo SQLSTATE :SQLSTATE
SELECT * FROM rg_assess_batch(rg_policy_default('53', 2025), DATE '2025-06-30', ARRAY[1, 2]::bigint[],
                              ARRAY[530122101001]::bigint[], ARRAY[1, 1], ARRAY[1, 1]::bigint[],
                              ARRAY[1, 1]::bigint[], ARRAY[DATE '2024-12-31', DATE '2024-12-31'],
                              ARRAY[1, 1], ARRAY[1, 1]);
\echo SQLSTATE :SQLSTATE
-- Aggregates.
SELECT rg_summary_agg(region, 1, 3, NULL, NULL, NULL, NULL, NULL) FROM (VALUES (NULL::bigint)) v(region);
\echo SQLSTATE :SQLSTATE
SELECT rg_summary_agg(530122101001, 9, 3, NULL, NULL, NULL, NULL, NULL);
\echo SQLSTATE :SQLSTATE
SELECT rg_summary_agg(1, 1, 3, NULL, NULL, NULL, NULL, NULL);
\echo SQLSTATE :SQLSTATE
SELECT rg_summary_merge_agg(s) FROM (VALUES ('{"not": "a summary"}'::json)) v(s);
\echo SQLSTATE :SQLSTATE
SELECT rg_summary_figures('[');
\echo SQLSTATE :SQLSTATE
SELECT rg_fgt(y, l, 0) FROM (VALUES (1::bigint, 30000::bigint), (2, 40000)) v(y, l);
\echo SQLSTATE :SQLSTATE
SELECT rg_fgt(y, 0, 0) FROM (VALUES (1::bigint)) v(y);
\echo SQLSTATE :SQLSTATE
SELECT rg_fgt(y, 30000, 17) FROM (VALUES (1::bigint)) v(y);
\echo SQLSTATE :SQLSTATE
SELECT rg_alkire_foster(ARRAY[1, 2]::bigint[], ARRAY[5]::bigint[], 1, 1, 2);
\echo SQLSTATE :SQLSTATE
SELECT rg_alkire_foster(ARRAY[1]::bigint[], ARRAY[5]::bigint[], 1, 3, 2);
\echo SQLSTATE :SQLSTATE
-- The aggregates' support functions cannot be reached from SQL (no value of type internal can be
-- made); in C they also check that they run inside an aggregate.
SELECT rg_summary_final(NULL::internal);
\echo SQLSTATE :SQLSTATE
SELECT rg_summary_deserialize('\x00'::bytea, NULL::internal);
\echo SQLSTATE :SQLSTATE
-- The session is still usable and the backend did not restart.
SELECT rg_money_format(rg_money_parse('1.5')) AS still_working, pg_backend_pid() = :start_pid AS same_backend;
