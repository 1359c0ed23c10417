# Sourced by ./pwckg, ./run-tests and .ci/run: picks a JDK >= 21 and keeps DJL offline.
# The machine's default java may be older (17 here); a newer JDK often sits beside it.

java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null | sort -rV) \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "pwc-kg needs Java 21 or newer (a JDK, with javac); none found. Set JAVA_HOME to one." >&2
  return 1
}

pick_jdk || exit 1
# DJL must never phone home (169.254.169.254) nor download engines or models.
export OPT_OUT_TRACKING=true
export DJL_OFFLINE=true
export PWCKG_JAVA_OPTS="-Dai.djl.offline=true -DOPT_OUT_TRACKING=true --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED ${PWCKG_JAVA_OPTS:-}"
