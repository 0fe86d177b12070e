#!/usr/bin/env bash
# Coverage-guided fuzzing of the reader with libFuzzer (the PatentFuzz target built with -sanitize=fuzzer and
# AddressSanitizer), seeded with every file of Corpora/ under 400 KB. Findings (inputs that crash, hang or leak)
# land in DIR/findings; replay one with `swift run PatentFuzz FILE`, and add it as a regression test.
#
#   Scripts/fuzz.sh [SECONDS [DIR]]     (default 120 s in ${TMPDIR:-/tmp}/patnav-fuzz)
#
# CI runs the generative fuzzer in the test suite (Tests/PatentXMLTests/FuzzTests.swift) instead: it needs no
# second, instrumented build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-120}"
work="${2:-${TMPDIR:-/tmp}/patnav-fuzz}"
cd "$root"
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library)
swift build --product PatentFuzz --scratch-path .build-fuzz "${flags[@]}" >&2
bin="$(swift build --product PatentFuzz --scratch-path .build-fuzz "${flags[@]}" --show-bin-path)/PatentFuzz"
mkdir -p "$work/corpus" "$work/findings"
find Corpora -type f -size -400k ! -name '*.md' -exec cp {} "$work/corpus/" \;
"$bin" "$work/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$work/findings/" -print_final_stats=1 2>&1 | tee "$work/fuzz.log" | grep -E "^#[0-9]+ +(INITED|DONE|NEW)|stat::|ERROR|SUMMARY" | tail -25
ls "$work/findings"
