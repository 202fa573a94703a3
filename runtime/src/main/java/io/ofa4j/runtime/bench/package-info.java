/**
 * The decode benchmark behind {@code ofa4j bench decode}: a random-weight Qwen2 checkpoint of a
 * chosen shape (Qwen2-0.5B by default), prefill and decode throughput and peak RSS.
 */
package io.ofa4j.runtime.bench;
