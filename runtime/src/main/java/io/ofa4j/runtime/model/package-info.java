/** The Qwen2 decoder as Hugging Face defines it ({@code modeling_qwen2.py}). */
package io.ofa4j.runtime.model;
