/**
 * Display helpers for notebooks and JShell scripts: results as aligned text or HTML tables
 * ({@link io.ofa4j.preset.notebook.TextTable}), images with boxes drawn on them as PNG bytes,
 * base64 or an HTML {@code <img>} ({@link io.ofa4j.preset.notebook.AnnotatedImage}), the
 * outcome of planning an instruction with its caret diagnostics
 * ({@link io.ofa4j.preset.notebook.PlanView}), and the facade's results in those forms
 * ({@link io.ofa4j.preset.notebook.Results}); {@link io.ofa4j.preset.notebook.QuietOutput}
 * keeps known library chatter out of a training cell's output.
 *
 * <p>Nothing here depends on a Jupyter kernel: every helper hands back plain Java values (a
 * {@code String}, a {@code BufferedImage}, {@code byte[]}), which the rapaio Java kernel shows
 * with {@code display(value)} or {@code display("text/html", html)} and JShell prints as text.
 */
package io.ofa4j.preset.notebook;
