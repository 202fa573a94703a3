/** Text generation over any {@link io.ofa4j.runtime.generate.CausalLanguageModel}. */
package io.ofa4j.runtime.generate;
