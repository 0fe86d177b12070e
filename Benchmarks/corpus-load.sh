#!/usr/bin/env bash
# Corpus-load benchmark: builds a synthetic workspace of N patents directly in SQL (the schema comes from a
# real `patnav ingest`), then times `patnav bench load` (all patents into the in-memory corpus).
#
# Shape per patent: 3 IPC symbols over 40 subclasses × 99 main groups, 2 applicant entities out of N/10 (skewed
# to small ids), 5 citations to earlier patents, 1 title, 1 legal event, 3 designated states; families of 3.
# It is a load test, not a realistic corpus (the generator of the scale issue makes those).
#
# Usage: Benchmarks/corpus-load.sh [N] [PATNAV]      (default 1000000, .build/release/patnav)
set -euo pipefail
N=${1:-1000000}
BIN=${2:-.build/release/patnav}
WS=${WS:-/tmp/patnav-bench/synthetic-$N.sqlite}
mkdir -p "$(dirname "$WS")"
rm -f "$WS" "$WS"-wal "$WS"-shm
"$BIN" ingest Corpora/jpo -w "$WS" --quiet
start=$(date +%s.%N)
sqlite3 "$WS" <<SQL
PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;
BEGIN;
CREATE TEMP TABLE seq(x INTEGER PRIMARY KEY);
WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < $N) INSERT INTO seq SELECT x FROM s;
CREATE TEMP TABLE sub(i INTEGER PRIMARY KEY, code TEXT);
INSERT INTO sub(code) VALUES ('H01M'),('H01L'),('H02J'),('B60L'),('G06F'),('G06N'),('H04W'),('H04L'),('A61K'),('C12N'),
 ('G01N'),('B01D'),('C01B'),('H01G'),('F16H'),('B62D'),('G05B'),('G06Q'),('H04N'),('G06T'),('C08L'),('C07D'),('A61B'),
 ('B65D'),('F24F'),('H05K'),('G02B'),('B23K'),('C22C'),('E04B'),('A01G'),('B29C'),('C09D'),('G01R'),('H02K'),('F02D'),
 ('B32B'),('C02F'),('A23L'),('G16H');
INSERT INTO patents (id, publication, pub_country, pub_number, pub_kind, kind, pub_date, pub_year, app_country, app_number,
  app_date, app_year, app_key, priority_date, priority_year, simple_family, extended_family, claims, source_rank)
SELECT 1000 + x, c || ' ' || (10000000 + x) || ' ' || k, c, 10000000 + x, k, CASE k WHEN 'B' THEN 'grant' ELSE 'application' END,
  y || '-06-01', y, c, 'A' || x, (y - 1) || '-03-01', y - 1, c || (y - 1) || '-' || x, (y - 1) || '-03-01', y - 1,
  1000 + x - (x % 3), 1000 + x - (x % 3), 5 + x % 20, 1
FROM (SELECT x, CASE x % 10 WHEN 0 THEN 'US' WHEN 1 THEN 'EP' WHEN 2 THEN 'JP' WHEN 3 THEN 'KR' ELSE 'CN' END AS c,
  CASE x % 3 WHEN 0 THEN 'B' ELSE 'A' END AS k, 2000 + x % 25 AS y FROM seq);
INSERT INTO texts SELECT 1000 + x, 'title', 'en', 'Synthetic battery electrode and method number ' || x, 1 FROM seq;
INSERT INTO classifications (patent_id, scheme, symbol, compact, section, class, subclass, main_group, subgroup, position)
SELECT 1000 + x, 'IPC', s.code || ' ' || g || '/' || sg, s.code || g || '/' || sg, substr(s.code, 1, 1), substr(s.code, 1, 3),
  s.code, g, sg, j
FROM (SELECT x, j, 1 + (x * 7 + j * 13) % 40 AS si, 1 + (x * 31 + j) % 99 AS g, printf('%02d', (x + j) % 50) AS sg
      FROM seq, (SELECT 0 AS j UNION ALL SELECT 1 UNION ALL SELECT 2)) t JOIN sub s ON s.i = t.si;
INSERT INTO entities (id, key, name, type, type_evidence)
SELECT 1000 + x, 'SYNTHETIC APPLICANT ' || x, 'SYNTHETIC APPLICANT ' || x || ' CO LTD',
  CASE x % 20 WHEN 0 THEN 'university' WHEN 1 THEN 'institute' WHEN 2 THEN 'individual' ELSE 'company' END, 'synthetic'
FROM seq WHERE x <= $N / 10;
INSERT INTO parties (patent_id, role, name_normalized, sequence, name, entity_id, country, province, region_city)
SELECT 1000 + x, 'applicant', 'SYNTHETIC APPLICANT ' || e, j + 1, 'Synthetic Applicant ' || e, 1000 + e, 'CN',
  CASE e % 4 WHEN 0 THEN '广东省' WHEN 1 THEN '江苏省' ELSE NULL END, CASE e % 4 WHEN 0 THEN '深圳市' ELSE NULL END
FROM (SELECT x, j, 1 + ((x * (j + 3)) % ($N / 10)) * ((x * (j + 3)) % ($N / 10)) / ($N / 10) AS e
      FROM seq, (SELECT 0 AS j UNION ALL SELECT 1)) GROUP BY x, e;
INSERT OR IGNORE INTO citations (patent_id, cited_country, cited_number, cited_kind, phase)
SELECT 1000 + x, CASE t % 10 WHEN 0 THEN 'US' WHEN 1 THEN 'EP' WHEN 2 THEN 'JP' WHEN 3 THEN 'KR' ELSE 'CN' END,
  10000000 + t, '', ''
FROM (SELECT x, 1 + ((x * 2654435761 + j * 40503) % x) AS t FROM seq, (SELECT 0 AS j UNION ALL SELECT 1 UNION ALL SELECT 2
      UNION ALL SELECT 3 UNION ALL SELECT 4) WHERE x > 1);
INSERT INTO legal_events SELECT 1000 + x, (2000 + x % 25) || '-09-01', 'CN', CASE x % 4 WHEN 0 THEN 'CF01' ELSE 'GR01' END,
  NULL, NULL, CASE x % 4 WHEN 0 THEN 'lapse' ELSE 'grant' END FROM seq;
INSERT INTO designations SELECT 1000 + x, 'designated', d FROM seq, (SELECT 'DE' AS d UNION ALL SELECT 'FR' UNION ALL
  SELECT 'GB') WHERE x % 10 = 1;
UPDATE meta SET value = '1' WHERE key = 'derived_stale';
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
# Derived data (families, entity locations, forward citations) as an ingest computes it: rerun the ingest
# (its file is already in the workspace, so only the rebuild runs).
derived_start=$(date +%s.%N)
"$BIN" ingest Corpora/jpo -w "$WS" --quiet
echo "derived data rebuilt in $(echo "$(date +%s.%N) - $derived_start" | bc) s"
end=$(date +%s.%N)
echo "built $N synthetic patents in $(echo "$end - $start" | bc) s; workspace $(du -m "$WS" | cut -f1) MB"
"$BIN" bench load -w "$WS"
