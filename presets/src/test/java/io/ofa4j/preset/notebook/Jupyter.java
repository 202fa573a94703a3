package io.ofa4j.preset.notebook;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headless Jupyter for the notebook test: installs the Debian packages when missing (as root),
 * installs the ofa4j kernel with {@code examples/install-kernel.sh} into a private
 * {@code JUPYTER_PATH}, and executes a notebook with {@code jupyter nbconvert --execute},
 * retrying when the rapaio kernel hangs at start (about 1 start in 8 on this machine).
 */
final class Jupyter {
  private static final Logger LOG = LoggerFactory.getLogger(Jupyter.class);
  /** Debian packages for headless execution (libraries.md). */
  static final List<String> PACKAGES = List.of("jupyter-nbconvert", "jupyter-client",
      "python3-nbclient", "python3-ipykernel", "jupyter-core");
  static final String KERNEL = "ofa4j";
  private static final int STARTUP_TIMEOUT_S = 90;
  private static final int ATTEMPTS = 3;

  private final Path root;
  private final Path jupyterPath;

  private Jupyter(Path root, Path jupyterPath) {
    this.root = root;
    this.jupyterPath = jupyterPath;
  }

  /**
   * Makes sure nbconvert runs (installing the packages as root with apt-get when it does not) and
   * installs the kernel with {@code classpath} under {@code jupyterPath}; skips the test when
   * Jupyter cannot be had.
   */
  static Jupyter setUp(Path root, Path jupyterPath, String classpath) {
    if (!Processes.works(root, "jupyter", "nbconvert", "--version")) {
      boolean root0 = "root".equals(System.getProperty("user.name"));
      assumeTrue(root0 && Processes.works(root, "apt-get", "--version"),
          "jupyter nbconvert is missing and cannot be installed here (needs root and apt-get): "
              + "apt-get install " + String.join(" ", PACKAGES));
      LOG.info("installing {}", PACKAGES);
      Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
      Processes.run(List.of("apt-get", "update", "-qq"), root, env, 600);
      Processes.Result r = Processes.run(concat(List.of("apt-get", "install", "-y", "-qq"),
          PACKAGES), root, env, 900);
      assumeTrue(r.exit() == 0, "apt-get install failed:\n" + tail(r.output()));
    }
    Processes.Result k = Processes.run(List.of("bash", "examples/install-kernel.sh", "--prefix",
        jupyterPath.toString(), "--classpath", classpath), root, Map.of(), 600);
    if (k.exit() != 0) {
      throw new AssertionError("examples/install-kernel.sh failed (exit " + k.exit() + "):\n"
          + tail(k.output()));
    }
    return new Jupyter(root, jupyterPath);
  }

  /**
   * Executes {@code notebook} into {@code outDir} (cell errors are kept in the output, not
   * fatal) and reads the result. A start that hangs is retried up to {@value #ATTEMPTS} times.
   *
   * @param cellTimeoutSeconds limit for one cell
   * @param totalSeconds limit for one whole execution
   */
  ExecutedNotebook execute(Path notebook, Path outDir, int cellTimeoutSeconds, int totalSeconds)
      throws Exception {
    Files.createDirectories(outDir);
    String name = notebook.getFileName().toString().replace(".ipynb", ".executed.ipynb");
    Path out = outDir.resolve(name);
    String last = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Files.deleteIfExists(out);
      Processes.Result r = Processes.run(List.of("jupyter", "nbconvert", "--to", "notebook",
          "--execute", "--allow-errors",
          "--ExecutePreprocessor.kernel_name=" + KERNEL,
          "--ExecutePreprocessor.timeout=" + cellTimeoutSeconds,
          "--ExecutePreprocessor.startup_timeout=" + STARTUP_TIMEOUT_S,
          "--output-dir", outDir.toString(), "--output", name, notebook.toString()),
          root, Map.of("JUPYTER_PATH", jupyterPath.toString()), totalSeconds);
      Files.writeString(outDir.resolve(name + ".log"), r.output());
      if (r.exit() == 0 && Files.isRegularFile(out)) {
        return ExecutedNotebook.read(out);
      }
      last = (r.timedOut() ? "timed out after " + totalSeconds + " s" : "exit " + r.exit())
          + "\n" + tail(r.output());
      if (!startHung(r)) {
        break;
      }
      LOG.warn("kernel start hung (attempt {} of {}), retrying", attempt, ATTEMPTS);
    }
    throw new AssertionError("jupyter nbconvert --execute " + notebook + " failed: " + last);
  }

  /** A start that never answered: nbclient's startup timeout, or killed before any cell ran. */
  private static boolean startHung(Processes.Result r) {
    String o = r.output();
    return o.contains("Kernel didn't respond") || o.contains("Kernel died before replying")
        || (r.timedOut() && !o.contains("execute_request"));
  }

  static String tail(String s) {
    return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
