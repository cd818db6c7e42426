package de.opencrm.integration.erp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a large XML file into pieces to check side by side: behind a record's end tag found near
 * the middle, the first piece closed with the root's end tag, the next opened with the file's
 * prolog. Only where the bytes leave no doubt; otherwise the file is one piece.
 */
final class ErpFileSplitter {

  /** How far behind the middle the end tag to split behind is looked for. */
  private static final int SPLIT_SEARCH = 4 << 20;

  private ErpFileSplitter() {}

  /**
   * The pieces to check the file in, at most {@code most}: one (the whole file) unless it is a
   * large XML file whose bytes leave no doubt where its prolog ends and a record ends near the
   * middle (see {@link XmlRecordStart}).
   */
  static List<ErpFilePiece> pieces(Path file, ErpKind kind, int most, long splitFrom)
      throws IOException {
    ErpFilePiece whole = ErpFilePiece.whole(file, kind);
    long size = Files.size(file);
    if (most < 2 || size < splitFrom || format(file) != ErpFormat.XML) {
      return List.of(whole);
    }
    Optional<XmlRecordStart> first = XmlRecordStart.after(file, 1);
    if (first.isEmpty()) {
      return List.of(whole);
    }
    byte[] prolog = first.get().prolog();
    long prologLines = first.get().prologLines();
    byte[] recordEnd =
        lastTag(bytes(file, Math.max(0, first.get().offset() - 256), first.get().offset()));
    byte[] rootEnd = rootEnd(prolog);
    if (recordEnd == null || rootEnd == null) {
      return List.of(whole);
    }
    long split = find(file, recordEnd, size / 2);
    if (split < 0 || split <= first.get().offset()) {
      return List.of(whole);
    }
    return List.of(
        new ErpFilePiece(file, kind, 0, split, null, 0, rootEnd),
        new ErpFilePiece(file, kind, split, -1, prolog, prologLines, null));
  }

  private static ErpFormat format(Path file) {
    return ErpFormat.ofFileName(file.getFileName().toString())
        .orElseThrow(() -> new IllegalArgumentException("neither .xml nor .csv: " + file));
  }

  private static byte[] bytes(Path file, long from, long to) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate((int) (to - from));
      channel.position(from);
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        // reads on
      }
      return Arrays.copyOf(buffer.array(), buffer.position());
    }
  }

  /** The last tag of the bytes (which end with it), or null. */
  private static byte[] lastTag(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '<') {
        return Arrays.copyOfRange(bytes, i, bytes.length);
      }
    }
    return null;
  }

  /** The root's end tag, named as the prolog's last start tag names it, or null. */
  private static byte[] rootEnd(byte[] prolog) {
    byte[] start = lastTag(prolog);
    if (start == null || start.length < 3) {
      return null;
    }
    int end = 1;
    while (end < start.length
        && start[end] != '>'
        && start[end] != '/'
        && !Character.isWhitespace(start[end])) {
      end++;
    }
    byte[] name = Arrays.copyOfRange(start, 1, end);
    byte[] tag = new byte[name.length + 3];
    tag[0] = '<';
    tag[1] = '/';
    System.arraycopy(name, 0, tag, 2, name.length);
    tag[tag.length - 1] = '>';
    return tag;
  }

  /** Where the first occurrence of the pattern at or behind {@code from} ends, or -1. */
  private static long find(Path file, byte[] pattern, long from) throws IOException {
    byte[] window = bytes(file, from, Math.min(Files.size(file), from + SPLIT_SEARCH));
    outer:
    for (int i = 0; i + pattern.length <= window.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (window[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return from + i + pattern.length;
    }
    return -1;
  }
}
