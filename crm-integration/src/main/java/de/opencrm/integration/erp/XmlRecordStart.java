package de.opencrm.integration.erp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Where an exchange file's XML goes on behind its first records, found by its bytes alone: a
 * partition or a restarted reader enters the file there instead of parsing everything before.
 *
 * <p>What a parser needs to go on is the file's prolog (everything up to and including the root's
 * start tag, so declaration, encoding and namespaces stay the same), then the file from {@code
 * offset}, the byte behind the end tag of the last record passed over. Its line numbers count from
 * the prolog (which holds {@code prologLines} line breaks); {@code lineShift} added to them gives
 * the file's own.
 *
 * <p>The scan knows markup as far as it decides where an element starts or ends: start and end
 * tags, quoted attribute values (which may hold {@code >}), comments, CDATA sections and processing
 * instructions. It reads ASCII-compatible encodings only; where it is not sure (a document type
 * declaration, UTF-16, a prolog over 64 KiB, fewer records than asked for) it answers nothing and
 * the caller parses its way there.
 */
public record XmlRecordStart(byte[] prolog, long prologLines, long offset, long lineShift) {

  static final int MAX_PROLOG = 64 * 1024;
  private static final int BUFFER = 1 << 20;

  /** Behind the {@code before}-th record (counted from 1), or empty when the bytes leave doubt. */
  public static Optional<XmlRecordStart> after(Path file, long before) {
    if (before < 1) {
      throw new IllegalArgumentException("no record to pass over: " + before);
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return new Scan(before).through(channel);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a byte stands in the markup. */
  private enum State {
    TEXT,
    OPENED,
    START_TAG,
    QUOTED,
    END_TAG,
    INSTRUCTION,
    INSTRUCTION_END,
    DECLARATION,
    COMMENT_OPEN,
    COMMENT,
    CDATA_OPEN,
    CDATA
  }

  private static final byte[] CDATA_START = "CDATA[".getBytes(StandardCharsets.US_ASCII);

  /** One pass over the bytes, counting elements, records and lines. */
  private static final class Scan {
    private final long before;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private State state = State.TEXT;
    private int depth;
    private long records;
    private long lines;
    private byte previous;
    private byte quote;
    private int marks;
    private long position;
    private byte[] prolog;
    private long prologLines;
    private XmlRecordStart found;
    private boolean unsure;

    Scan(long before) {
      this.before = before;
    }

    Optional<XmlRecordStart> through(FileChannel channel) throws IOException {
      ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
      byte[] bytes = buffer.array();
      boolean first = true;
      int read;
      while (!done() && (read = channel.read(buffer.clear())) > 0) {
        if (first && (bytes[0] == 0 || bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF)) {
          return Optional.empty(); // UTF-16 or another encoding not built on ASCII
        }
        first = false;
        int i = 0;
        while (i < read && !done()) {
          if (state == State.TEXT && prolog != null) {
            i = plain(bytes, i, read);
          } else {
            step(bytes[i++]);
          }
        }
      }
      return Optional.ofNullable(unsure ? null : found);
    }

    private boolean done() {
      return found != null || unsure;
    }

    /** Runs through character data up to the next {@code <}, counting lines only. */
    private int plain(byte[] bytes, int from, int to) {
      int i = from;
      byte last = previous;
      long counted = lines;
      while (i < to) {
        byte b = bytes[i];
        if (b == '<') {
          break;
        }
        if (b == '\r' || (b == '\n' && last != '\r')) {
          counted++;
        }
        last = b;
        i++;
      }
      position += i - from;
      lines = counted;
      previous = last;
      if (i < to) {
        step(bytes[i++]);
      }
      return i;
    }

    private void step(byte b) {
      position++;
      if (b == '\r' || (b == '\n' && previous != '\r')) {
        lines++;
      }
      if (prolog == null) {
        head.write(b);
        if (head.size() > MAX_PROLOG) {
          unsure = true;
        }
      }
      switch (state) {
        case TEXT -> {
          if (b == '<') {
            state = State.OPENED;
          }
        }
        case OPENED -> {
          if (b == '/') {
            state = State.END_TAG;
          } else if (b == '?') {
            state = State.INSTRUCTION;
          } else if (b == '!') {
            state = State.DECLARATION;
          } else {
            state = State.START_TAG;
          }
        }
        case START_TAG -> {
          if (b == '"' || b == '\'') {
            quote = b;
            state = State.QUOTED;
          } else if (b == '>') {
            state = State.TEXT;
            if (previous == '/') {
              emptyElement();
            } else {
              started();
            }
          }
        }
        case QUOTED -> {
          if (b == quote) {
            state = State.START_TAG;
          }
        }
        case END_TAG -> {
          if (b == '>') {
            state = State.TEXT;
            ended();
          }
        }
        case INSTRUCTION -> {
          if (b == '?') {
            state = State.INSTRUCTION_END;
          }
        }
        case INSTRUCTION_END -> {
          if (b == '>') {
            state = State.TEXT;
          } else if (b != '?') {
            state = State.INSTRUCTION;
          }
        }
        case DECLARATION -> {
          if (b == '-') {
            state = State.COMMENT_OPEN;
          } else if (b == '[') {
            state = State.CDATA_OPEN;
            marks = 0;
          } else {
            unsure = true; // a document type declaration
          }
        }
        case COMMENT_OPEN -> {
          if (b == '-') {
            state = State.COMMENT;
            marks = 0;
          } else {
            unsure = true;
          }
        }
        case COMMENT -> sectionEnd(b, '-');
        case CDATA_OPEN -> {
          if (b != CDATA_START[marks]) {
            unsure = true;
          } else if (++marks == CDATA_START.length) {
            state = State.CDATA;
            marks = 0;
          }
        }
        case CDATA -> sectionEnd(b, ']');
      }
      previous = b;
    }

    /**
     * A comment ends at {@code -->}, a CDATA section at {@code ]]>}: two or more of its mark, then
     * {@code >}.
     */
    private void sectionEnd(byte b, char mark) {
      if (b == mark) {
        marks++;
      } else if (b == '>' && marks >= 2) {
        state = State.TEXT;
      } else {
        marks = 0;
      }
    }

    private void started() {
      depth++;
      if (depth == 1) {
        prolog = head.toByteArray();
        prologLines = lines;
      }
    }

    private void emptyElement() {
      if (depth == 0) {
        unsure = true; // an empty root holds no records
      } else if (depth == 1) {
        recordEnded();
      }
    }

    private void ended() {
      depth--;
      if (depth == 1) {
        recordEnded();
      } else if (depth <= 0) {
        unsure = true; // the root ended before enough records
      }
    }

    private void recordEnded() {
      if (++records == before) {
        found = new XmlRecordStart(prolog, prologLines, position, lines - prologLines);
      }
    }
  }
}
