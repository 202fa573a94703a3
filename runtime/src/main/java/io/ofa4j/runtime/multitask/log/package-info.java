/**
 * What a multi-task run reports while it runs: {@code metrics.jsonl} (one JSON object per task per
 * step and per evaluation) and a one-line console progress.
 */
package io.ofa4j.runtime.multitask.log;
