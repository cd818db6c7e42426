package de.opencrm.integration.erp;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A part of a file, checked on its own: the bytes from {@code from} to {@code to} (-1: the end),
 * after {@code prolog} (null: the piece starts the file) with its {@code prologLines} line breaks,
 * and before {@code rootEnd} (null: the piece ends the file).
 */
public record ErpFilePiece(
    Path file, ErpKind kind, long from, long to, byte[] prolog, long prologLines, byte[] rootEnd) {

  static ErpFilePiece whole(Path file, ErpKind kind) {
    return new ErpFilePiece(file, kind, 0, -1, null, 0, null);
  }

  InputStream open() throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      channel.position(from);
      InputStream bytes = Channels.newInputStream(channel);
      if (to >= 0) {
        bytes = new Limited(bytes, to - from);
      }
      bytes = new BufferedInputStream(bytes, 1 << 16);
      if (prolog != null) {
        bytes = new SequenceInputStream(new ByteArrayInputStream(prolog), bytes);
      }
      if (rootEnd != null) {
        bytes = new SequenceInputStream(bytes, new ByteArrayInputStream(rootEnd));
      }
      return bytes;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** A stream that ends after so many bytes of the one below. */
  private static final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int read = super.read(bytes, offset, (int) Math.min(length, left));
      if (read > 0) {
        left -= read;
      }
      return read;
    }
  }
}
