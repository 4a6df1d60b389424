-- ruralguard extension: functions over the C ABI (money, regions, policy, assessment,
-- elimination, data-quality catalogue, summaries, FGT, Alkire-Foster).
CREATE EXTENSION ruralguard;
SET datestyle = ISO;
SELECT rg_version() ~ '^[0-9]+\.[0-9]+\.[0-9]+$' AS version_ok;

-- Money: text <-> 1/10000 yuan, exact.
SELECT rg_money_parse('1234.56') AS a, rg_money_parse('9819.05万') AS b,
       rg_money_parse('1,234,567.89', true) AS c, rg_money_parse('-0.0001') AS d;
SELECT rg_money_format(12345678) AS two, rg_money_format(12345678, 4) AS four,
       rg_money_format(12345678901, 2, 'half_up', true) AS grouped;
-- The four rounding modes on ties and non-ties (amounts in 1/10000 yuan).
SELECT amount, rg_money_format(amount, 2, 'half_up') AS half_up,
       rg_money_format(amount, 2, 'half_even') AS half_even,
       rg_money_format(amount, 2, 'down') AS down, rg_money_format(amount, 2, 'up') AS up,
       rg_money_round(amount, 2, 'half_even') AS rounded_units
FROM (VALUES (12350::bigint), (12250), (12251), (-12350), (-12251)) v(amount);
SELECT rg_money_mul_ratio(rg_money_parse('100.00'), 1, 3, 2) AS third,
       rg_money_allocate(rg_money_parse('100.00'), ARRAY[1, 1, 1]::bigint[], true) AS split_fen;

-- Region codes.
SELECT rg_region_code('530122101001') AS code, rg_region_level('530122101001') AS village,
       rg_region_level('530100000000') AS city, rg_region_valid('530122101001') AS valid,
       rg_region_valid('53012210100') AS short, rg_region_valid('000000000000') AS zero;
SELECT rg_region_parent(530122101001) AS township, rg_region_parent(530122000000) AS city,
       rg_region_within(530122101001, '5301') AS in_kunming, rg_region_within(530122101001, '52') AS in_guizhou;

-- Policy: the built-in default as JSON, validated back; threshold lookup.
SELECT (rg_policy_default('53', 2025)::jsonb) ->> 'province' AS province,
       (rg_policy_default('53', 2025)::jsonb) -> 'threshold' ->> 'amount' AS threshold;
SELECT rg_policy_check(rg_policy_default('00', 2021)) = rg_policy_default('00', 2021) AS round_trip;
SELECT rg_policy_threshold(rg_policy_default('53', 2025), 530122101001) AS threshold_units;

-- A policy table: the assessment takes the policy text from a scalar subquery.
CREATE TABLE policies (id text PRIMARY KEY, body text NOT NULL);
INSERT INTO policies VALUES ('yunnan-2025', rg_policy_default('53', 2025));

-- Assessment of rows: a low-income formerly-poor household, an ordinary household with a shock
-- and severe difficulty, and a household with nothing wrong.
CREATE TABLE hh (id int, region bigint, kind int, pci bigint, prev bigint, net bigint,
                 medical bigint, members int, labour int, ill int, guarantees int, events int);
INSERT INTO hh VALUES
  (1, 530122101001, 1, rg_money_parse('5000'), NULL, rg_money_parse('15000'), 0, 3, 2, 0, 0, 0),
  (2, 530122101001, 3, rg_money_parse('12000'), rg_money_parse('20000'), rg_money_parse('48000'),
      rg_money_parse('60000'), 4, 2, 1, 0, 16),
  (3, 530122101002, 3, rg_money_parse('30000'), rg_money_parse('29000'), rg_money_parse('90000'), 0, 3, 2, 0, 0, 0),
  (4, 530122101002, 2, rg_money_parse('20000'), NULL, rg_money_parse('60000'), 0, 3, 2, 0, 4, 0);
SELECT id, (a).within_monitoring, (a).category_name, (a).level_name, (a).score, (a).risk_mask,
       rg_money_format((a).threshold) AS threshold, (a).next_visit
FROM (SELECT id, rg_assess((SELECT body FROM policies WHERE id = 'yunnan-2025'), DATE '2025-06-30',
                           region, kind, pci, net, DATE '2024-12-31', members, labour,
                           previous_per_capita_income => prev, medical_out_of_pocket => medical,
                           seriously_seriously_ill => ill, guarantee_failures => guarantees, events => events) AS a
      FROM hh) s ORDER BY id;
-- Reasons in both languages.
SELECT id, (a).reasons_zh, (a).reasons_en
FROM (SELECT id, rg_assess(rg_policy_default('53', 2025), DATE '2025-06-30', region, kind, pci, net,
                           DATE '2024-12-31', members, labour, prev, medical, seriously_ill => ill,
                           guarantee_failures => guarantees, events => events, with_reasons => true) AS a
      FROM hh WHERE id IN (1, 4)) s ORDER BY id;
SELECT rg_assess_explain(rg_policy_default('53', 2025), DATE '2025-06-30', 530122101001, 1,
                         rg_money_parse('5000'), rg_money_parse('15000'), DATE '2024-12-31', 3, 2,
                         language => 'en') AS explanation;

-- The batch form (rg_risk_assess_batch) over the same rows plus one the library refuses
-- (members 0): same results as rg_assess, the bad row gets status -4 (RG_ERANGE).
SELECT b.*
FROM (SELECT array_agg(id::bigint ORDER BY id) AS ids, array_agg(region ORDER BY id) AS region,
             array_agg(kind ORDER BY id) AS kind, array_agg(pci ORDER BY id) AS pci,
             array_agg(net ORDER BY id) AS net, array_agg(DATE '2024-12-31') AS period_end,
             array_agg(members ORDER BY id) AS members, array_agg(labour ORDER BY id) AS labour,
             array_agg(prev ORDER BY id) AS prev, array_agg(medical ORDER BY id) AS medical,
             array_agg(ill ORDER BY id) AS ill, array_agg(guarantees ORDER BY id) AS guarantees,
             array_agg(events ORDER BY id) AS events
      FROM (SELECT * FROM hh UNION ALL SELECT 5, 530122101002, 1, 10000, NULL, 10000, 0, 0, 0, 0, 0, 0) x) c,
     LATERAL rg_assess_batch(rg_policy_default('53', 2025), DATE '2025-06-30', c.ids, c.region, c.kind,
                             c.pci, c.net, c.period_end, c.members, c.labour, c.prev, c.medical,
                             seriously_ill => c.ill, guarantee_failures => c.guarantees, events => c.events) b
ORDER BY b.key;

-- Elimination: too soon and income too low, then a household that passes.
SELECT eligible, kind, failed_conditions, vetoes, report
FROM rg_check_elimination(rg_policy_default('53', 2025), DATE '2025-06-30', DATE '2025-03-01', 'aided',
                          530122101001, 1, rg_money_parse('5000'), rg_money_parse('15000'),
                          DATE '2024-12-31', 3, 2, measures_implemented => 1, language => 'en');
SELECT eligible, kind, failed_conditions, vetoes, report
FROM rg_check_elimination(rg_policy_default('53', 2025), DATE '2025-06-30', DATE '2024-06-01', 'natural',
                          530122101001, 3, rg_money_parse('30000'), rg_money_parse('90000'),
                          DATE '2024-12-31', 3, 2, income_stable_since => DATE '2024-06-01');

-- Data-quality rule catalogue.
SELECT rule, code, key, severity, title_en FROM rg_dq_rules() ORDER BY rule;

-- Region summaries: aggregate, figures, roll-up, merge of partitions, report.
CREATE TEMP TABLE assessed AS
SELECT h.*, (a).within_monitoring, (a).category, (a).level
FROM (SELECT hh.*, rg_assess(rg_policy_default('53', 2025), DATE '2025-06-30', region, kind, pci, net,
                             DATE '2024-12-31', members, labour, prev, medical, seriously_ill => ill,
                             guarantee_failures => guarantees, events => events) AS a FROM hh) h;
SELECT region, households_formerly_poor AS fp, households_formerly_poor_no_policy AS fpnp,
       households_ordinary AS ord, people_formerly_poor + people_formerly_poor_no_policy + people_ordinary AS people,
       assessed, monitored, monitored_blue, monitored_yellow, monitored_red,
       fp_people_with_income, fp_income_people_sum
FROM rg_summary_figures((SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level)
                         FROM assessed));
SELECT region, households_formerly_poor + households_formerly_poor_no_policy + households_ordinary AS households, monitored
FROM rg_summary_figures(rg_summary_roll_up((SELECT rg_summary_agg(region, kind, members, pci, prev,
                                                                  within_monitoring, category, level)
                                            FROM assessed), 3));
-- Partitions merged equal the whole (JSON compared as jsonb).
SELECT (SELECT rg_summary_merge_agg(s) FROM (
          SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) AS s
          FROM assessed GROUP BY id % 2) p)::jsonb
     = (SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level)
        FROM assessed)::jsonb AS merged_equals_whole,
       rg_summary_merge((SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level)
                         FROM assessed WHERE id <= 2),
                        (SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level)
                         FROM assessed WHERE id > 2))::jsonb
     = (SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level)
        FROM assessed)::jsonb AS pairwise_merge_equals_whole;
SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level) IS NULL AS empty_is_null
FROM assessed WHERE false;
SELECT length(rg_report_render((SELECT rg_summary_agg(region, kind, members, pci, prev, within_monitoring, category, level)
                                FROM assessed), DATE '2025-06-30', 3, 'html')) > 1000 AS html_report;

-- FGT: incomes 1, 2, 3, 4 yuan, line 3 yuan (docs/poverty-measures.md): P0 = 1/2, P1 = 1/4, P2 = 5/36.
SELECT rg_fgt(y * 10000, 30000, 0) AS p0, rg_fgt(y * 10000, 30000, 1) AS p1, rg_fgt(y * 10000, 30000, 2) AS p2,
       rg_fgt(y * 10000, NULL, 30000, 2, 4) AS p2_decimal, rg_fgt(y * 10000, 2, 30000, 0, -1) AS p0_weighted
FROM generate_series(1, 4) y;
-- Alkire-Foster, two indicators, k = 1/2.
SELECT rg_alkire_foster(ach, ARRAY[5, 5]::bigint[], 1, 1, 2) AS h_a_m0_m1_m2,
       rg_alkire_foster(ach, ARRAY[5, 5]::bigint[], ARRAY[3, 1]::bigint[], 1, 1, 2, 4) AS weighted_decimal
FROM (VALUES (ARRAY[1, 9]::bigint[]), (ARRAY[9, 9]), (ARRAY[2, 3]), (ARRAY[6, 4])) v(ach);
