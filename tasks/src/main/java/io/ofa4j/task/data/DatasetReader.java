package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the examples of a list of files (shards) in one {@link RecordFormat}, lazily: at most
 * one shuffle block of examples is held in memory.
 *
 * <p>Order: files in list order; within that stream, consecutive blocks of {@code shuffleBuffer}
 * examples, each permuted by {@code java.util.Random} seeded from (seed, block number), so a seed
 * fixes the order on every JVM. {@link #position()} can be stored and passed to a new reader to
 * continue with exactly the remaining examples (see {@link ReaderPosition}).
 *
 * <p>Malformed records are handled by {@link OnMalformed}; under SKIP they are logged with
 * file:line and counted by {@link #malformedCount()}. After a resume, records of the re-read
 * block are counted again.
 */
public final class DatasetReader implements Iterator<Example>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DatasetReader.class);
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final List<Path> files;
  private final RecordFormat format;
  private final ReaderOptions options;

  private int fileIndex;
  private long pendingRecord;
  private long pendingOffset;
  private RecordCursor cursor;

  private List<Example> block = List.of();
  private ReaderPosition blockStart = ReaderPosition.START;
  private long blockNumber;
  private int emitted;
  private boolean started;
  private long malformed;

  /** Reads {@code files} from the start. */
  public DatasetReader(List<Path> files, RecordFormat format, ReaderOptions options) {
    this(files, format, options, ReaderPosition.START);
  }

  /** Reads {@code files} from {@code start}, a position returned by an earlier reader. */
  public DatasetReader(List<Path> files, RecordFormat format, ReaderOptions options, ReaderPosition start) {
    this.files = List.copyOf(requireNonNull(files, "files is null"));
    this.format = requireNonNull(format, "format is null");
    this.options = requireNonNull(options, "options is null");
    requireNonNull(start, "start is null");
    if (start.fileIndex() > this.files.size()) {
      throw new IllegalArgumentException("position file index " + start.fileIndex()
          + " is beyond the " + this.files.size() + " files");
    }
    this.fileIndex = start.fileIndex();
    this.pendingRecord = start.recordIndex();
    this.pendingOffset = start.byteOffset();
    this.blockNumber = start.block();
    if (start.emittedInBlock() > 0) {
      fillBlock();
      if (block.size() < start.emittedInBlock()) {
        throw new DatasetException("cannot resume at " + start + ": the block now holds only "
            + block.size() + " examples; did the data change?");
      }
      emitted = start.emittedInBlock();
    }
  }

  @Override
  public boolean hasNext() {
    if (emitted < block.size()) {
      return true;
    }
    if (started) {
      blockNumber++;
    }
    fillBlock();
    return !block.isEmpty();
  }

  @Override
  public Example next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more examples in " + files.size() + " file(s)");
    }
    return block.get(emitted++);
  }

  /** The position to resume from: the next {@link #next()} of a resumed reader returns what ours would. */
  public ReaderPosition position() {
    if (emitted < block.size()) {
      return new ReaderPosition(blockStart.fileIndex(), blockStart.recordIndex(),
          blockStart.byteOffset(), blockNumber, emitted);
    }
    ReaderPosition source = sourcePosition();
    long next = started ? blockNumber + 1 : blockNumber;
    return new ReaderPosition(source.fileIndex(), source.recordIndex(), source.byteOffset(), next, 0);
  }

  /** Malformed records skipped so far (SKIP mode). */
  public long malformedCount() {
    return malformed;
  }

  @Override
  public void close() {
    if (cursor != null) {
      cursor.close();
      cursor = null;
    }
  }

  private void fillBlock() {
    started = true;
    blockStart = sourcePosition();
    List<Example> next = new ArrayList<>(Math.min(options.shuffleBuffer(), 4096));
    while (next.size() < options.shuffleBuffer()) {
      Example e = readOne();
      if (e == null) {
        break;
      }
      next.add(e.renamed(options.slotNames()));
    }
    if (options.shuffleBuffer() > 1) {
      Collections.shuffle(next, new Random(options.seed() * GOLDEN + blockNumber));
    }
    block = next;
    emitted = 0;
  }

  private ReaderPosition sourcePosition() {
    if (cursor == null) {
      return new ReaderPosition(fileIndex, pendingRecord, pendingOffset, 0, 0);
    }
    return new ReaderPosition(fileIndex, cursor.recordIndex(), cursor.byteOffset(), 0, 0);
  }

  private Example readOne() {
    while (true) {
      if (cursor == null) {
        if (fileIndex >= files.size()) {
          return null;
        }
        cursor = format.open(files.get(fileIndex), pendingRecord, pendingOffset);
      }
      try {
        Example e = cursor.next();
        if (e != null) {
          return e;
        }
      } catch (MalformedRecordException bad) {
        if (options.onMalformed() == OnMalformed.FAIL) {
          throw new DatasetException("malformed record at " + bad.getMessage(), bad);
        }
        malformed++;
        LOG.warn("skipping malformed record at {}", bad.getMessage());
        continue;
      }
      cursor.close();
      cursor = null;
      fileIndex++;
      pendingRecord = 0;
      pendingOffset = 0;
    }
  }
}
