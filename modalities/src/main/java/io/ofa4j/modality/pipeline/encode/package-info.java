/**
 * Encoding examples along a plan: {@link io.ofa4j.modality.pipeline.encode.SequenceBuilder},
 * malformed-example handling ({@link io.ofa4j.modality.pipeline.encode.BatchEncoder}) and padding
 * with length bucketing ({@link io.ofa4j.modality.pipeline.encode.Collator}).
 */
package io.ofa4j.modality.pipeline.encode;
