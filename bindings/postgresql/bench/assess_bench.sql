-- Assessment of 1,000,000 households: the extension's rg_assess beside the same screening rule
-- written in plain SQL, on the same table, in one run (docs/postgres.md "Figures").
-- Run by hand:  bindings/postgresql/bench/run_bench.sh   (a throw-away cluster; not a timed test)
\set ON_ERROR_STOP 1
CREATE EXTENSION ruralguard;
SET max_parallel_workers_per_gather = 0;   -- one core each, rates comparable
SET work_mem = '256MB';
CREATE TABLE households AS
SELECT i::int AS id,
       530100000000 + (22 + i % 3) * 1000000 + (101 + (i / 3) % 13) * 1000 + 1 + (i / 39) % 25 AS region,
       CASE WHEN i % 10 < 3 THEN 1 WHEN i % 10 = 3 THEN 2 ELSE 3 END AS kind,
       m AS members,
       least(m, (i * 17) % 4)::int AS labour,
       pci,
       CASE WHEN i % 5 = 0 THEN NULL ELSE pci + ((i * 31) % 20000 - 5000)::bigint * 10000 END AS prev,
       pci * m AS net,
       CASE WHEN i % 17 = 0 THEN ((i * 11) % 50000)::bigint * 10000 ELSE 0 END AS medical,
       CASE WHEN i % 23 = 0 THEN ((i * 3) % 15000)::bigint * 10000 ELSE 0 END AS education,
       CASE WHEN i % 11 = 0 THEN 1 ELSE 0 END AS ill,
       CASE WHEN i % 19 = 0 THEN 1 ELSE 0 END AS disabled,
       (CASE WHEN i % 97 = 0 THEN 1 << (i % 5)::int ELSE 0 END)::int AS guarantees,
       (CASE WHEN i % 29 = 0 THEN 1 << ((i / 29) % 6)::int ELSE 0 END)::int AS events
FROM (SELECT i, (1 + (i * 13) % 6)::int AS m,
             (2000 + (i * 7919) % 40000)::bigint * 10000 + (i % 100) * 100 AS pci
      FROM generate_series(1, 1000000::bigint) i) g;
ANALYZE households;
VACUUM households;
SELECT rg_policy_default('53', 2025) AS policy \gset

-- Warm the table into shared buffers, and time the bare scan for reference.
SELECT count(*) FROM households;
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) AS scanned FROM households;
SELECT clock_timestamp() AS t1 \gset

-- 1. The extension: rg_assess per row (policy parsed once per query, cached per call site).
SELECT clock_timestamp() AS t2 \gset
CREATE TEMP TABLE found_ext AS
SELECT id FROM households
WHERE (rg_assess(:'policy', DATE '2025-06-30', region, kind, pci, net, DATE '2024-12-31',
                 members, labour, prev, medical, education, seriously_ill => ill,
                 disabled => disabled, guarantee_failures => guarantees, events => events)).within_monitoring;
SELECT clock_timestamp() AS t3 \gset

-- 2. The same screening rule in plain SQL (docs/risk-rules.md "Monitoring decision"), its numbers
--    read from the same policy JSON.
SELECT clock_timestamp() AS t4 \gset
CREATE TEMP TABLE found_sql AS
WITH p AS (
  SELECT (j -> 'threshold' ->> 'amount')::numeric * 10000 AS t_num,
         (j -> 'screening' ->> 'medical_oop_formerly_poor')::numeric * 10000 AS med_fp_num,
         (j -> 'screening' ->> 'medical_oop_other')::numeric * 10000 AS med_other_num,
         j -> 'screening' ->> 'rigid_expenditure_share' AS rigid_share,
         j -> 'screening' ->> 'income_drop_share' AS drop_share
  FROM (SELECT :'policy'::jsonb AS j) s),
q AS (
  SELECT t_num::bigint AS t, med_fp_num::bigint AS med_fp, med_other_num::bigint AS med_other,
         split_part(rigid_share, '/', 1)::bigint AS rigid_num,
         coalesce(nullif(split_part(rigid_share, '/', 2), ''), '1')::bigint AS rigid_den,
         split_part(drop_share, '/', 1)::bigint AS drop_num,
         coalesce(nullif(split_part(drop_share, '/', 2), ''), '1')::bigint AS drop_den
  FROM p)
SELECT h.id FROM households h, q
WHERE h.pci < q.t                                                     -- income below the threshold
   OR h.guarantees <> 0                                               -- a failed guarantee
   OR (( (h.ill > 0 AND h.medical >= CASE WHEN h.kind IN (1, 2) THEN q.med_fp ELSE q.med_other END)
         OR (h.guarantees & 2) <> 0                                   -- illness
         OR (h.medical + h.education > 0
             AND (h.net <= 0 OR (h.medical + h.education) * q.rigid_den > h.net * q.rigid_num))  -- rigid
         OR (h.prev > 0 AND h.pci * q.drop_den < (q.drop_den - q.drop_num) * h.prev)            -- income drop
         OR (h.events & 3) <> 0)                                      -- disaster, accident
       AND ((h.events & 16) <> 0                                      -- severe difficulty (cadre)
            OR (h.medical + h.education > 0
                AND h.pci * h.members - (h.medical + h.education) < q.t * h.members)));  -- after rigid spending
SELECT clock_timestamp() AS t5 \gset

-- 3. The batch C ABI (rg_risk_assess_batch) from SQL: the columns as arrays per county, one
--    call per county (the policy compiled once per call instead of once per row).
SELECT clock_timestamp() AS t8 \gset
CREATE TEMP TABLE found_batch AS
SELECT b.key AS id
FROM (SELECT array_agg(id::bigint) AS ids, array_agg(region) AS region, array_agg(kind) AS kind,
             array_agg(pci) AS pci, array_agg(net) AS net, array_agg(DATE '2024-12-31') AS period_end,
             array_agg(members) AS members, array_agg(labour) AS labour, array_agg(prev) AS prev,
             array_agg(medical) AS medical, array_agg(education) AS education, array_agg(ill) AS ill,
             array_agg(disabled) AS disabled, array_agg(guarantees) AS guarantees, array_agg(events) AS events
      FROM households GROUP BY region / 1000000) c,
     LATERAL rg_assess_batch(:'policy', DATE '2025-06-30', c.ids, c.region, c.kind, c.pci, c.net,
                             c.period_end, c.members, c.labour, c.prev, c.medical, c.education,
                             seriously_ill => c.ill, disabled => c.disabled,
                             guarantee_failures => c.guarantees, events => c.events) b
WHERE b.within_monitoring;
SELECT clock_timestamp() AS t9 \gset

-- Identical households found: the symmetric difference is empty.
SELECT (SELECT count(*) FROM found_ext) AS found_by_extension,
       (SELECT count(*) FROM found_sql) AS found_by_plain_sql,
       (SELECT count(*) FROM ((SELECT id FROM found_ext EXCEPT SELECT id FROM found_sql)
                              UNION ALL (SELECT id FROM found_sql EXCEPT SELECT id FROM found_ext)) d)
         AS symmetric_difference,
       (SELECT count(*) FROM found_batch) AS found_by_batch,
       (SELECT count(*) FROM ((SELECT id FROM found_batch EXCEPT SELECT id FROM found_sql)
                              UNION ALL (SELECT id FROM found_sql EXCEPT SELECT id FROM found_batch)) d)
         AS symmetric_difference_batch;

SELECT round(extract(epoch FROM :'t1'::timestamptz - :'t0'::timestamptz)::numeric, 3) AS scan_s,
       round(extract(epoch FROM :'t3'::timestamptz - :'t2'::timestamptz)::numeric, 3) AS extension_s,
       round(extract(epoch FROM :'t5'::timestamptz - :'t4'::timestamptz)::numeric, 3) AS plain_sql_s,
       round(1000000 / extract(epoch FROM :'t3'::timestamptz - :'t2'::timestamptz)) AS extension_rows_per_s,
       round(1000000 / extract(epoch FROM :'t5'::timestamptz - :'t4'::timestamptz)) AS plain_sql_rows_per_s,
       round(extract(epoch FROM :'t3'::timestamptz - :'t2'::timestamptz)::numeric
             / extract(epoch FROM :'t5'::timestamptz - :'t4'::timestamptz)::numeric, 2) AS extension_over_plain_sql;
SELECT round(extract(epoch FROM :'t9'::timestamptz - :'t8'::timestamptz)::numeric, 3) AS batch_s,
       round(1000000 / extract(epoch FROM :'t9'::timestamptz - :'t8'::timestamptz)) AS batch_rows_per_s,
       round(extract(epoch FROM :'t9'::timestamptz - :'t8'::timestamptz)::numeric
             / extract(epoch FROM :'t5'::timestamptz - :'t4'::timestamptz)::numeric, 2) AS batch_over_plain_sql;

-- The extension with two parallel workers (the leader gathers only).
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET parallel_leader_participation = off;
SELECT clock_timestamp() AS t6 \gset
SELECT count(*) AS found_parallel FROM households
WHERE (rg_assess(:'policy', DATE '2025-06-30', region, kind, pci, net, DATE '2024-12-31',
                 members, labour, prev, medical, education, seriously_ill => ill,
                 disabled => disabled, guarantee_failures => guarantees, events => events)).within_monitoring;
SELECT clock_timestamp() AS t7 \gset
SELECT round(extract(epoch FROM :'t7'::timestamptz - :'t6'::timestamptz)::numeric, 3) AS extension_2_workers_s,
       round(1000000 / extract(epoch FROM :'t7'::timestamptz - :'t6'::timestamptz)) AS extension_2_workers_rows_per_s;

-- The region summary aggregate over the same 1,000,000 households (assessed once into a table):
-- serial plan, then the parallel plan (2 workers, leader gathering only); identical results.
SET max_parallel_workers_per_gather = 0;
CREATE TABLE assessed AS
SELECT h.id, h.region, h.kind, h.members, h.pci, h.prev, (a).within_monitoring, (a).category, (a).level
FROM (SELECT households.*,
             rg_assess(:'policy', DATE '2025-06-30', region, kind, pci, net, DATE '2024-12-31',
                       members, labour, prev, medical, education, seriously_ill => ill,
                       disabled => disabled, guarantee_failures => guarantees, events => events) AS a
      FROM households) h;
ANALYZE assessed;
SELECT count(*) FROM assessed;
SELECT clock_timestamp() AS s0 \gset
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) AS serial FROM assessed \gset
SELECT clock_timestamp() AS s1 \gset
SET max_parallel_workers_per_gather = 2;
SELECT clock_timestamp() AS s2 \gset
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) AS parallel FROM assessed \gset
SELECT clock_timestamp() AS s3 \gset
SELECT :'serial'::jsonb = :'parallel'::jsonb AS summaries_equal,
       round(extract(epoch FROM :'s1'::timestamptz - :'s0'::timestamptz)::numeric, 3) AS summary_serial_s,
       round(extract(epoch FROM :'s3'::timestamptz - :'s2'::timestamptz)::numeric, 3) AS summary_2_workers_s;
