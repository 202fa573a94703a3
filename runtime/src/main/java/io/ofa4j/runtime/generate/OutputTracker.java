package io.ofa4j.runtime.generate;

import java.util.List;

/**
 * One row's visible output: collects ids, streams each with the text it completes, and watches
 * for stop strings. Text is decoded only when a streamer or stop strings need it.
 */
final class OutputTracker {
  private static final char REPLACEMENT = '\uFFFD';

  private final int row;
  private final TextDecoder decoder;
  private final TokenStreamer streamer;
  private final List<String> stopStrings;
  private final boolean needsText;
  private final TokenSequence ids = new TokenSequence(new int[0]);
  private String text = "";
  private int streamedChars;
  private int stopSearchFrom;

  OutputTracker(int row, TextDecoder decoder, TokenStreamer streamer, List<String> stopStrings) {
    this.row = row;
    this.decoder = decoder;
    this.streamer = streamer;
    this.stopStrings = stopStrings;
    this.needsText = decoder != null && (streamer != TokenStreamer.NONE || !stopStrings.isEmpty());
  }

  /** Adds a kept forced-prefix token: streamed, but never searched for stop strings. */
  void addPrefix(int token) {
    add(token);
    stopSearchFrom = text.length();
  }

  /** Adds an output token and streams it. */
  void add(int token) {
    ids.add(token);
    String delta = null;
    if (needsText) {
      text = decoder.decode(ids.tail(0));
      delta = "";
      // Hold back while the last character is an incomplete UTF-8 sequence (HF TextStreamer).
      if (!text.isEmpty() && text.charAt(text.length() - 1) != REPLACEMENT
          && text.length() >= streamedChars) {
        delta = text.substring(streamedChars);
        streamedChars = text.length();
      }
    }
    streamer.onToken(row, token, delta);
  }

  /** Whether the output (forced prefix excluded) contains a stop string. */
  boolean hitStopString() {
    for (String stop : stopStrings) {
      if (text.indexOf(stop, Math.max(0, stopSearchFrom - stop.length() + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The output ids so far. */
  int[] ids() {
    return ids.tail(0);
  }

  /** The decoded output, or null without a decoder. */
  String text() {
    return decoder == null ? null : decoder.decode(ids.tail(0));
  }

  /** Reports the finished row. */
  void finish(GenerationResult result) {
    streamer.onFinish(row, result);
  }
}
