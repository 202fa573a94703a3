/**
 * AUDIO modality: WAV/FLAC decoding, Kaiser-windowed sinc resampling to 16 kHz mono, Whisper
 * log-mel and Kaldi fbank features, SpecAugment masking, and the Conv1d subsampling adapter.
 */
package io.ofa4j.modality.audio;
