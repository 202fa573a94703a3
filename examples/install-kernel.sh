#!/usr/bin/env bash
# Installs the "Java (ofa4j)" Jupyter kernel: the rapaio Java kernel (Maven Central) with the
# ofa4j classpath and JVM options, so examples/quickstart.ipynb runs in Jupyter or headless:
#   examples/install-kernel.sh                      build ofa4j if stale, install for this user
#   examples/install-kernel.sh --prefix DIR         install into DIR/kernels/ofa4j (a JUPYTER_PATH entry)
#   examples/install-kernel.sh --classpath CP       use CP (':'-separated) instead of the built one
# Needs java, python3 and Jupyter (Debian: jupyter-nbconvert jupyter-client python3-nbclient
# python3-ipykernel jupyter-core).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KERNEL_VERSION=2.3.0
ARTIFACT="io.github.padreati:rapaio-jupyter-kernel:$KERNEL_VERSION"
PREFIX="${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}"
CLASSPATH_ARG=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --classpath) CLASSPATH_ARG="$2"; shift 2 ;;
    *) echo "install-kernel: unknown argument '$1' (see the header of $0)" >&2; exit 2 ;;
  esac
done

# 1. The kernel jar: from the local Maven repository, else fetched with the dependency plugin.
JAR="$HOME/.m2/repository/io/github/padreati/rapaio-jupyter-kernel/$KERNEL_VERSION/rapaio-jupyter-kernel-$KERNEL_VERSION.jar"
if [ ! -f "$JAR" ]; then
  mkdir -p "$ROOT/presets/target/jupyter"
  (cd "$ROOT" && mvn -B -ntp -q -Dstyle.color=never dependency:copy -Dartifact="$ARTIFACT" \
      -DoutputDirectory="$ROOT/presets/target/jupyter") >&2
  JAR="$ROOT/presets/target/jupyter/rapaio-jupyter-kernel-$KERNEL_VERSION.jar"
fi

# 2. The ofa4j classpath: the launcher builds stale sources and writes classpath.txt.
if [ -z "$CLASSPATH_ARG" ]; then
  "$ROOT/ofa4j" --version >/dev/null
  CLASSPATH_ARG="$ROOT/presets/target/classes:$(cat "$ROOT/presets/target/classpath.txt")"
fi

# 3. The kernel's own installer writes a stock kernel.json into a scratch home; we copy it into
#    PREFIX/kernels/ofa4j with the JVM options the launcher uses and the classpath added
#    (RJK_CLASSPATH takes ';'-separated entries).
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
java -Duser.home="$SCRATCH" -jar "$JAR" -i -auto >/dev/null
STOCK="$SCRATCH/.local/share/jupyter/kernels/rapaio-jupyter-kernel"
DEST="$PREFIX/kernels/ofa4j"
mkdir -p "$DEST"
cp "$STOCK/rapaio-jupyter-kernel-$KERNEL_VERSION.jar" "$DEST/"
STOCK_JSON="$STOCK/kernel.json" DEST="$DEST" CP="$CLASSPATH_ARG" \
  CACHE="$HOME/.javacpp/cache" python3 - <<'PY'
import json, os
spec = json.load(open(os.environ["STOCK_JSON"]))
jar = os.path.join(os.environ["DEST"], os.path.basename(spec["argv"][2]))
spec["argv"] = ["java", "--add-modules", "jdk.incubator.vector", "-Xss8m", "-XX:+UseParallelGC",
                "-Dorg.bytedeco.javacpp.cachedir=" + os.environ["CACHE"],
                "-Dorg.nd4j.log.initialization=false", "-jar", jar, "{connection_file}"]
spec["display_name"] = "Java (ofa4j)"
spec["env"]["RJK_CLASSPATH"] = ";".join(e for e in os.environ["CP"].split(":") if e)
spec["env"]["RJK_COMPILER_OPTIONS"] = "--add-modules jdk.incubator.vector"
spec["env"]["RJK_MIMA_CACHE"] = os.path.join(os.environ["DEST"], "mima_cache")
spec["env"]["OPT_OUT_TRACKING"] = "true"
spec["env"]["OMP_WAIT_POLICY"] = "PASSIVE"
json.dump(spec, open(os.path.join(os.environ["DEST"], "kernel.json"), "w"), indent=2)
PY
echo "installed kernel 'ofa4j' in $DEST"
