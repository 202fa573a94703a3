/**
 * PHONE modality: an ARPAbet phoneme vocabulary and English grapheme-to-phoneme conversion by
 * CMUdict-style dictionary lookup with a letter-to-sound fallback.
 */
package io.ofa4j.modality.phone;
