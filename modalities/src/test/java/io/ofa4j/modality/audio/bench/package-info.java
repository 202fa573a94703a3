/** Main-method benchmarks for audio preprocessing (not run by the test suite). */
package io.ofa4j.modality.audio.bench;
