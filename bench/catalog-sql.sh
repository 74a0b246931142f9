#!/usr/bin/env bash
# MariaDB's own cost of the catalog's list and read statements, without the service: each
# statement run N times in one client session (mysql CLI, so the client adds little), the
# milliseconds per run printed next to `SELECT 1` as the floor. It is how the book list's and
# the book read's shapes were chosen (see book_page and load_books in
# services/catalog/src/infrastructure/adapter/db/books.rs).
#
#   bench/catalog-sql.sh            # 500 runs each, MariaDB on 127.0.0.1:3306 as root
#   N=2000 bench/catalog-sql.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-500}
SAY_PREFIX=bench
. scripts/lib.sh
lib_init
db=bench_catalog_sql_$$
new_mariadb_database "$db"
for f in services/catalog/migrations/mysql/*.sql; do "${MYSQL[@]}" "$db" <"$f"; done

# The views as they were read before the book rows carried their copies (still how a write
# refreshes them), and as they are read now.
cols="b.id, b.title, b.isbn, b.description, b.category_id, c.name AS category_name, b.publisher_id, \
p.name AS publisher_name, b.version, b.created_at, b.updated_at, ba.author_id, a.name AS author_name, \
ba.position AS author_position, CAST(b.price * 100 AS SIGNED) AS price_cents"
joins="JOIN category c ON c.id = b.category_id JOIN publisher p ON p.id = b.publisher_id \
LEFT JOIN book_author ba ON ba.book_id = b.id LEFT JOIN author a ON a.id = ba.author_id"
read_cols="b.id, b.title, b.isbn, b.description, b.category_id, b.category_name, b.publisher_id, \
b.publisher_name, b.version, b.created_at, b.updated_at, b.credits, CAST(b.price * 100 AS SIGNED) AS price_cents"
order="b.created_at DESC, b.id DESC"

run() { # label, statement
  local start end
  start=$(date +%s%N)
  printf "%s;\n" "$2" | awk -v n="$N" '{ for (i = 0; i < n; i++) print }' | "${MYSQL[@]}" "$db" >/dev/null
  end=$(date +%s%N)
  awk -v l="$1" -v ns=$((end - start)) -v n="$N" 'BEGIN { printf "%-52s %7.3f ms\n", l, ns / n / 1e6 }'
}
run "floor: SELECT 1" "SELECT 1"
run "book list: joined, derived page + window count" \
  "SELECT $cols, pg.total_count FROM (SELECT b.id, COUNT(*) OVER () AS total_count FROM book b ORDER BY $order LIMIT 10 OFFSET 0) pg JOIN book b ON b.id = pg.id $joins ORDER BY $order, ba.position"
run "book list: book rows + window count" \
  "SELECT $read_cols, COUNT(*) OVER () AS total_count FROM book b ORDER BY $order LIMIT 10 OFFSET 0"
run "book list: book rows + count subquery (as served)" \
  "SELECT $read_cols, (SELECT COUNT(*) FROM book b) AS total_count FROM book b ORDER BY $order LIMIT 10 OFFSET 0"
run "book count (a page past the end's second statement)" "SELECT COUNT(*) FROM book b"
run "one book: joined (how a write refreshes it)" "SELECT $cols FROM book b $joins WHERE b.id = 3"
run "one book: book row (as served)" "SELECT $read_cols FROM book b WHERE b.id = 3"
run "authors page + window count (as served)" \
  "SELECT a.id, a.name, a.version, a.created_at, a.updated_at, COUNT(*) OVER () AS total_count FROM author a ORDER BY a.created_at DESC, a.id DESC LIMIT 10 OFFSET 0"
run "authors page alone" \
  "SELECT a.id, a.name, a.version, a.created_at, a.updated_at FROM author a ORDER BY a.created_at DESC, a.id DESC LIMIT 10 OFFSET 0"
