/** The shared Qwen2 backbone: checkpoints, tokenizer, eager generation and SameDiff training. */
package io.ofa4j.runtime;
