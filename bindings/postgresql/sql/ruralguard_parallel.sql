-- 1,000,000 households, generated deterministically: the aggregates' split-and-merge path
-- (partial aggregates in parallel workers, serialised, deserialised and combined in the leader)
-- gives exactly the serial result, the library's own one-call summary and plain SQL counts.
CREATE EXTENSION IF NOT EXISTS ruralguard;
SET max_parallel_workers_per_gather = 0;
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
SELECT count(*) AS households, count(DISTINCT region) AS villages FROM households;

-- Assessed once (serially) into a table; the view assesses on the fly, in whichever process
-- scans the row (below: in the parallel workers).
SELECT rg_policy_default('53', 2025) AS policy \gset
CREATE VIEW assessed_live AS
SELECT h.id, h.region, h.kind, h.members, h.pci, h.prev, (a).within_monitoring, (a).category, (a).level
FROM (SELECT households.*,
             rg_assess(:'policy', DATE '2025-06-30', region, kind, pci, net, DATE '2024-12-31',
                       members, labour, prev, medical, education, seriously_ill => ill,
                       disabled => disabled, guarantee_failures => guarantees, events => events) AS a
      FROM households) h;
CREATE TABLE assessed AS SELECT * FROM assessed_live;
ANALYZE assessed;

-- Serial plan.
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) AS serial
FROM assessed \gset
EXPLAIN (COSTS OFF)
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) FROM assessed;

-- Parallel plan: two workers, the leader only gathers (so every row goes through a worker's
-- partial state, its serialisation and the leader's deserialise + combine).
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) FROM assessed;
CREATE FUNCTION workers_launched(q text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  plan json;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, FORMAT JSON) ' || q INTO plan;
  RETURN (plan -> 0 -> 'Plan' -> 'Plans' -> 0 ->> 'Workers Launched')::integer;
END $$;
SELECT workers_launched('SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) FROM assessed') AS workers_launched;
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) AS parallel
FROM assessed \gset

-- Grouped: per-county partial states in each worker, combined per county in the leader, then
-- the county summaries merged (what a coordinator does with per-shard results).
EXPLAIN (COSTS OFF)
SELECT rg_summary_merge_agg(s) FROM (
  SELECT region / 1000000 AS county,
         rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) AS s
  FROM assessed GROUP BY 1) g;
SELECT rg_summary_merge_agg(s) AS parallel_grouped FROM (
  SELECT region / 1000000 AS county,
         rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) AS s
  FROM assessed GROUP BY 1) g \gset

-- The assessment itself in the workers: the live view, parallel, gives the same summary.
EXPLAIN (COSTS OFF)
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) FROM assessed_live;
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) AS parallel_live
FROM assessed_live \gset

-- The library in one call over whole columns (no aggregate, no merge).
SET max_parallel_workers_per_gather = 0;
SELECT rg_summary_of_arrays(array_agg(region), array_agg(kind), array_agg(members), array_agg(pci),
                            array_agg(coalesce(prev, -9223372036854775808)), array_agg(within_monitoring),
                            array_agg(category), array_agg(level)) AS one_call
FROM assessed \gset

SELECT :'parallel'::jsonb = :'serial'::jsonb AS parallel_equals_serial,
       :'parallel_grouped'::jsonb = :'serial'::jsonb AS parallel_grouped_equals_serial,
       :'parallel_live'::jsonb = :'serial'::jsonb AS parallel_live_assessment_equals_serial,
       :'one_call'::jsonb = :'serial'::jsonb AS one_call_equals_serial,
       (SELECT count(*) FROM rg_summary_figures(:'parallel')) AS village_summaries;

-- Independent check: the province roll-up against plain SQL over the same rows.
CREATE TEMP TABLE plain AS
SELECT count(*) FILTER (WHERE kind = 1) AS fp, count(*) FILTER (WHERE kind = 2) AS fpnp,
       count(*) FILTER (WHERE kind = 3) AS ord, sum(members) AS people,
       count(*) AS assessed, count(*) FILTER (WHERE within_monitoring) AS monitored,
       count(*) FILTER (WHERE within_monitoring AND level = 1) AS blue,
       count(*) FILTER (WHERE within_monitoring AND level = 2) AS yellow,
       count(*) FILTER (WHERE within_monitoring AND level = 3) AS red
FROM assessed;
SELECT f.region, f.households_formerly_poor AS fp, f.households_formerly_poor_no_policy AS fpnp,
       f.households_ordinary AS ord,
       f.people_formerly_poor + f.people_formerly_poor_no_policy + f.people_ordinary AS people,
       f.assessed, f.monitored, f.monitored_blue AS blue, f.monitored_yellow AS yellow, f.monitored_red AS red,
       (f.households_formerly_poor, f.households_formerly_poor_no_policy, f.households_ordinary,
        f.people_formerly_poor + f.people_formerly_poor_no_policy + f.people_ordinary,
        f.assessed, f.monitored, f.monitored_blue, f.monitored_yellow, f.monitored_red)
       = (p.fp, p.fpnp, p.ord, p.people, p.assessed, p.monitored, p.blue, p.yellow, p.red) AS equals_plain_sql
FROM rg_summary_figures(rg_summary_roll_up(:'parallel', 1)) f, plain p;
-- County roll-up from the parallel result against GROUP BY.
SELECT f.region, f.households_formerly_poor + f.households_formerly_poor_no_policy + f.households_ordinary AS households,
       f.monitored, (f.households_formerly_poor + f.households_formerly_poor_no_policy + f.households_ordinary, f.monitored)
       = (c.households, c.monitored) AS equals_group_by
FROM rg_summary_figures(rg_summary_roll_up(:'parallel', 3)) f
JOIN (SELECT region / 1000000 * 1000000 AS county, count(*) AS households,
             count(*) FILTER (WHERE within_monitoring) AS monitored
      FROM assessed GROUP BY 1) c ON c.county = f.region
ORDER BY f.region;

-- FGT over 1,000,000 incomes weighted by household size: parallel = serial, and P0, P1 equal
-- the same fractions computed in plain SQL (numeric, reduced with gcd).
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT rg_fgt(pci, members, 100000000, 1, -1) FROM households;
SELECT workers_launched('SELECT rg_fgt(pci, members, 100000000, 1, -1) FROM households') AS workers_launched;
SELECT rg_fgt(pci, members, 100000000, 0, -1) AS p0, rg_fgt(pci, members, 100000000, 1, -1) AS p1,
       rg_fgt(pci, members, 100000000, 2, -1) AS p2
FROM households \gset par_
SET max_parallel_workers_per_gather = 0;
SELECT rg_fgt(pci, members, 100000000, 0, -1) AS p0, rg_fgt(pci, members, 100000000, 1, -1) AS p1,
       rg_fgt(pci, members, 100000000, 2, -1) AS p2
FROM households \gset ser_
SELECT :'par_p0' = :'ser_p0' AND :'par_p1' = :'ser_p1' AND :'par_p2' = :'ser_p2' AS fgt_parallel_equals_serial;
SELECT :'ser_p0' AS p0, :'ser_p1' AS p1;
SELECT (num / g)::numeric(40, 0)::text || '/' || (den / g)::numeric(40, 0)::text AS p0_plain_sql,
       (num / g)::numeric(40, 0)::text || '/' || (den / g)::numeric(40, 0)::text = :'ser_p0' AS p0_equal
FROM (SELECT num, den, gcd(num, den) AS g
      FROM (SELECT sum(members) FILTER (WHERE pci < 100000000)::numeric AS num, sum(members)::numeric AS den
            FROM households) s) t;
SELECT (num / g)::numeric(40, 0)::text || '/' || (den / g)::numeric(40, 0)::text AS p1_plain_sql,
       (num / g)::numeric(40, 0)::text || '/' || (den / g)::numeric(40, 0)::text = :'ser_p1' AS p1_equal
FROM (SELECT num, den, gcd(num, den) AS g
      FROM (SELECT sum(members::numeric * (100000000 - pci)) FILTER (WHERE pci < 100000000) AS num,
                   sum(members)::numeric * 100000000 AS den
            FROM households) s) t;

-- Alkire-Foster over 1,000,000 people, three indicators: parallel = serial.
SET max_parallel_workers_per_gather = 2;
SELECT rg_alkire_foster(ARRAY[pci / 10000, members * 10, 10 - ill * 5 - disabled * 3]::bigint[],
                        ARRAY[10000, 20, 8]::bigint[], 1, 1, 3) AS af
FROM households \gset par_
SELECT workers_launched('SELECT rg_alkire_foster(ARRAY[pci / 10000, members * 10, 10 - ill * 5 - disabled * 3]::bigint[], ARRAY[10000, 20, 8]::bigint[], 1, 1, 3) FROM households') AS workers_launched;
SET max_parallel_workers_per_gather = 0;
SELECT rg_alkire_foster(ARRAY[pci / 10000, members * 10, 10 - ill * 5 - disabled * 3]::bigint[],
                        ARRAY[10000, 20, 8]::bigint[], 1, 1, 3) AS af
FROM households \gset ser_
SELECT :'par_af' = :'ser_af' AS af_parallel_equals_serial, :'ser_af' AS h_a_m0_m1_m2;
