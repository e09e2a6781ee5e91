# Sourced by bin/gongwen and bin/test: selects a JDK 21 or newer as JAVA_HOME.
# Keeps a JAVA_HOME that is already 21+, else takes the newest one under /usr/lib/jvm.
# Shell builtins only where it can: bin/gongwen runs this before every command.
# The feature release of the JDK in $1: from its release file (no JVM start), else by asking it.
java_feature() {
  local line v=
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      case $line in JAVA_VERSION=\"*) v=${line#JAVA_VERSION=\"}; v=${v%%[!0-9]*}; break ;; esac
    done < "$1/release"
  fi
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "$v"
}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_feature "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=
  best=0
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/javac" ] || continue
    v=$(java_feature "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best" ]; then JAVA_HOME=$d; best=$v; fi
  done
  unset best d v
fi
if [ -z "${JAVA_HOME:-}" ]; then
  echo "gongwen needs a JDK 21 or newer: install one and set JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  exit 2
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
# Maven's own Guava uses sun.misc.Unsafe, which JDK 24+ warns about in four lines on every build.
if [ "$(java_feature "$JAVA_HOME")" -ge 24 ] 2>/dev/null && [[ "${MAVEN_OPTS:-}" != *sun-misc-unsafe-memory-access* ]]; then
  export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
fi
