/** Weight storage and checkpoint I/O (safetensors), keyed by Hugging Face checkpoint keys. */
package io.ofa4j.runtime.weights;
