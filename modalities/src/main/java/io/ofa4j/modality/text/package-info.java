/**
 * TEXT slot preprocessing options that do not need the tokenizer: case folding, punctuation
 * removal, token budget, and OFASys/BART training noise (span masking, random replacement).
 */
package io.ofa4j.modality.text;
