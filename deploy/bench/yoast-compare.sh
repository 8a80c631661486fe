#!/usr/bin/env bash
# copydesk's SEO and readability analysis against Yoast's own (the yoastseo npm package, GPL, run as a tool and
# never copied) on the same published articles: the golden rewrites published by the real SeoEnricher, then both
# overall scores and each assessment side by side, rating by rating, and each side's time per article measured in
# this same run, with the ratio. npm installs yoastseo into target/yoast (git-ignored). Local, stops by itself.
#   deploy/bench/yoast-compare.sh [seconds to time each side, default 3] [--verbose]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=3
verbose=()
for arg in "$@"; do
  case "$arg" in
    --verbose) verbose=(--verbose) ;;
    *[!0-9.]* | '') echo "usage: $0 [seconds] [--verbose]" >&2; exit 2 ;;
    *) seconds="$arg" ;;
  esac
done
for tool in node npm java mvn; do
  command -v "$tool" >/dev/null || { echo "yoast-compare: $tool is needed and not on the PATH" >&2; exit 1; }
done
if [ ! -f target/yoast/node_modules/yoastseo/package.json ]; then
  npm install --prefix target/yoast --no-audit --no-fund --silent yoastseo@3.6.0
fi
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.copydesk.seo.YoastCompareExport target/yoast/articles.json "$seconds"
NODE_PATH=target/yoast/node_modules node deploy/bench/yoast-compare.js target/yoast/articles.json "$seconds" \
  "${verbose[@]}"
