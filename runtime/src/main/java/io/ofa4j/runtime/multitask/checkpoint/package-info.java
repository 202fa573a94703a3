/**
 * Training checkpoints: written into a temporary sibling directory, every file and the directory
 * fsynced, then renamed into place with {@code ATOMIC_MOVE}, so a crash leaves either the old set
 * of checkpoints or the new one, never a half-written directory that looks like a checkpoint.
 *
 * <p>Layout of {@code step-00000042/}: {@code config.json} + {@code model.safetensors} (Hugging
 * Face layout, the language model), {@code adapters.safetensors} (every other parameter, e.g.
 * {@code visual.*}, {@code adapters.*}), {@code optimizer.safetensors} (AdamW moments, step in the
 * metadata), {@code trainer_state.json} ({@link io.ofa4j.runtime.multitask.LoopState}) and
 * {@code preset.yaml} (the resolved preset).
 */
package io.ofa4j.runtime.multitask.checkpoint;
