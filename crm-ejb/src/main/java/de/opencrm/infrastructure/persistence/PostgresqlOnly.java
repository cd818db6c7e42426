package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.InputText;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The statements the CRM runs only on PostgreSQL, each with its reason; everything else it runs is
 * portable SQL (schema changes only a vendor understands live in {@code db/migration/<vendor>}). On
 * any other database these do nothing.
 */
public final class PostgresqlOnly {

  /**
   * The condition that follows a key column when its keys come as one array, see {@link #keyArray}.
   */
  public static final String IN_KEY_ARRAY = " = ANY (?)";

  private PostgresqlOnly() {}

  /**
   * The keys as one array parameter for {@link #IN_KEY_ARRAY}, or null on other databases (they get
   * an IN list). One parameter instead of a thousand: the driver binds and PostgreSQL parses and
   * plans one value, not a thousand.
   */
  public static Array keyArray(Connection db, Collection<String> keys) throws SQLException {
    return isPostgresql(db) ? db.createArrayOf("varchar", keys.toArray(new String[0])) : null;
  }

  /**
   * Copies rows into a table in the current transaction (COPY ... FROM STDIN, text format) and
   * answers true, or answers false on other databases (they get batched inserts). PostgreSQL takes
   * copied rows in bulk; a batch of inserts is parsed, bound and executed a statement at a time,
   * and the driver encodes every value of it once more to measure the message. Values: text,
   * numbers, booleans, dates ({@link LocalDate}), instants ({@link Instant}, in UTC), null. The
   * rows go out encoded as they are written, {@link #COPY_BUFFER} bytes at a time.
   */
  public static boolean copyIn(
      Connection db, String table, List<String> columns, List<Object[]> rows) throws SQLException {
    if (!isPostgresql(db)) {
      return false;
    }
    CopyIn copy =
        db.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
    try {
      CopyText text = new CopyText(COPY_BUFFER, copy::writeToCopy);
      for (Object[] row : rows) {
        text.row(row);
      }
      text.flush();
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    return true;
  }

  /** Bytes of copied rows sent at once. */
  static final int COPY_BUFFER = 256 * 1024;

  /** Where copied rows go, a buffer full at a time. */
  interface CopySink {
    void write(byte[] bytes, int offset, int length) throws SQLException;
  }

  /**
   * Rows in COPY's text format, encoded in UTF-8 as they are written: tab between values, a line
   * per row, null as \N, backslash, tab and line breaks in text escaped. Numbers, dates ({@link
   * LocalDate}) and instants ({@link Instant}, ISO in UTC) as they print; an instant repeated from
   * the row before is formatted once. Handed to the sink whenever a row leaves the buffer fuller
   * than its size; without a sink, all rows are kept.
   */
  static final class CopyText {
    private static final byte[] NULL = {'\\', 'N'};
    private final int size;
    private final CopySink sink;
    private final CharsetEncoder utf8 =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer buffer;
    private Instant lastInstant;
    private String lastInstantText;

    CopyText(int size, CopySink sink) {
      this.size = size;
      this.sink = sink;
      buffer = ByteBuffer.allocate(size + 1024);
    }

    void row(Object[] values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          room(1).put((byte) '\t');
        }
        value(values[i]);
      }
      room(1).put((byte) '\n');
      if (sink != null && buffer.position() >= size) {
        flush();
      }
    }

    /** Hands what is buffered to the sink. */
    void flush() throws SQLException {
      if (buffer.position() > 0) {
        sink.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
    }

    private void value(Object value) {
      if (value == null) {
        room(2).put(NULL);
      } else if (value instanceof String string) {
        // an ERP file's text takes the same cleaning step as text through JPA
        text(InputText.clean(string));
      } else if (value instanceof Long number) {
        ascii(Long.toString(number));
      } else if (value instanceof Integer number) {
        ascii(Integer.toString(number));
      } else if (value instanceof BigDecimal number) {
        // toString is remembered by the number and plain unless the exponent is far from zero
        boolean plain = number.scale() >= 0 && number.precision() - number.scale() > -6;
        ascii(plain ? number.toString() : number.toPlainString());
      } else if (value instanceof Boolean b) {
        room(1).put((byte) (b ? 't' : 'f'));
      } else if (value instanceof Instant instant) {
        if (!instant.equals(lastInstant)) {
          lastInstant = instant;
          lastInstantText = instant.toString();
        }
        ascii(lastInstantText);
      } else {
        text(value.toString());
      }
    }

    /** Text as it is when it holds nothing to escape (most does), in ASCII byte by byte. */
    private void text(String string) {
      boolean ascii = true;
      for (int i = 0; i < string.length(); i++) {
        char c = string.charAt(i);
        if (special(c)) {
          encoded(escaped(string));
          return;
        }
        ascii &= c < 0x80;
      }
      if (ascii) {
        ascii(string);
      } else {
        encoded(string);
      }
    }

    private static String escaped(String string) {
      StringBuilder escaped = new StringBuilder(string.length() + 8);
      for (int i = 0; i < string.length(); i++) {
        char c = string.charAt(i);
        switch (c) {
          case '\\' -> escaped.append("\\\\");
          case '\t' -> escaped.append("\\t");
          case '\n' -> escaped.append("\\n");
          case '\r' -> escaped.append("\\r");
          default -> escaped.append(c);
        }
      }
      return escaped.toString();
    }

    private static boolean special(char c) {
      return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Text of ASCII characters only. */
    private void ascii(String string) {
      ByteBuffer to = room(string.length());
      byte[] bytes = to.array();
      int at = to.position();
      for (int i = 0; i < string.length(); i++) {
        bytes[at + i] = (byte) string.charAt(i);
      }
      to.position(at + string.length());
    }

    private void encoded(String string) {
      utf8.reset();
      utf8.encode(CharBuffer.wrap(string), room(string.length() * 3), true);
      utf8.flush(buffer);
    }

    /** The buffer, with room for at least this many more bytes. */
    private ByteBuffer room(int bytes) {
      if (buffer.remaining() < bytes) {
        ByteBuffer larger =
            ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
        buffer.flip();
        larger.put(buffer);
        buffer = larger;
      }
      return buffer;
    }

    @Override
    public String toString() {
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Refreshes the planner's statistics of tables a run has just filled, before a statement that
   * joins them: a PostgreSQL whose autovacuum is off or has not got round to them yet would plan it
   * for the tables as they were, empty. A table the CRM's user does not own is skipped with a
   * warning, not an error.
   */
  public static void refreshStatistics(Connection db, String... tables) throws SQLException {
    execute(db, "ANALYZE " + String.join(", ", tables));
  }

  /**
   * Plans the following statements of the current transaction as look-ups by key, until {@link
   * #planAsUsual}: for the values they are given and the tables' present size, and through their
   * indexes. PostgreSQL keeps a plan for a statement prepared on the connection after a few runs:
   * planned while the ERP mirror was still empty (the first load fills it from nothing in one run),
   * the look-up by debtor numbers read the whole table a thousand keys at a time. And a table the
   * run is filling has no statistics yet: costing every row fetched as a page read from disk, the
   * planner prefers reading all of a half-filled mirror to fetching a few thousand rows by key,
   * which is many times faster. Only for look-ups: the foreign key checks of inserts would be
   * planned again for every row.
   */
  public static void planForKeyLookUps(Connection db) throws SQLException {
    execute(db, "SET LOCAL plan_cache_mode = force_custom_plan");
    execute(db, "SET LOCAL enable_seqscan = off");
  }

  /** Lets PostgreSQL keep plans again for the rest of the transaction. */
  public static void planAsUsual(Connection db) throws SQLException {
    execute(db, "SET LOCAL plan_cache_mode = auto");
    execute(db, "SET LOCAL enable_seqscan = on");
  }

  private static void execute(Connection db, String statement) throws SQLException {
    if (isPostgresql(db)) {
      try (Statement set = db.createStatement()) {
        set.execute(statement);
      }
    }
  }

  private static boolean isPostgresql(Connection db) throws SQLException {
    return db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }
}
