/** Synthetic speech from eSpeak NG: spoken digits and short words for ASR (and TTS pairs). */
package io.ofa4j.task.synthetic.speech;
