# Sourced by the benchmark scripts: the JDK and DJL settings (env.sh), then the bench jar, built one way for all of
# them. Building it rebuilds cli/target/pwckg.jar, the launcher's jar, too: with the website's assets, so that a
# benchmark never leaves ./pwckg a jar whose pages lack their scripts and styles.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
(cd "$here" && mvn -B -q -ntp -pl bench -am package -DskipTests) >&2
bench_jar="$here/bench/target/pwckg-bench.jar"
