package de.opencrm.integration.erp;

import de.opencrm.integration.erp.ErpFileCheck.Code;
import de.opencrm.integration.erp.ErpFileCheck.Problem;
import de.opencrm.integration.erp.ErpFileCheck.Refusal;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a whole file once before any of it is applied: XML through the contract's schema, CSV
 * against the kind's header, both for keys occurring twice. It streams; what it keeps is the keys
 * seen (to name the first occurrence of a duplicate) and the refusals, at most {@code maxRefused}.
 *
 * <p>A large XML file can be checked in pieces side by side ({@link #pieces}, {@link
 * #check(Piece)}, {@link #join}): split behind a record's end tag found near the middle, the first
 * piece closed with the root's end tag, the next opened with the file's prolog. Joined, they find
 * exactly what the whole file's check finds; where a piece cannot be used (a split that hit a
 * comment, a file broken anywhere), the join answers nothing and the file is checked whole.
 */
public final class ErpFileChecker {

  /** The contract as a schema, on the class path beside this class. */
  public static final String SCHEMA_RESOURCE = "erp-exchange-1.xsd";

  /** XML files smaller than this are checked whole. */
  static final long SPLIT_FROM = 16L << 20;

  /** How far behind the middle the end tag to split behind is looked for. */
  private static final int SPLIT_SEARCH = 4 << 20;

  private static final Schema SCHEMA = loadSchema();

  private final int maxRefused;
  private final long splitFrom;

  public ErpFileChecker(int maxRefused) {
    this(maxRefused, SPLIT_FROM);
  }

  ErpFileChecker(int maxRefused, long splitFrom) {
    this.maxRefused = maxRefused;
    this.splitFrom = splitFrom;
  }

  /**
   * A part of a file, checked on its own: the bytes from {@code from} to {@code to} (-1: the end),
   * after {@code prolog} (null: the piece starts the file) with its {@code prologLines} line
   * breaks, and before {@code rootEnd} (null: the piece ends the file).
   */
  public record Piece(
      Path file,
      ErpKind kind,
      long from,
      long to,
      byte[] prolog,
      long prologLines,
      byte[] rootEnd) {

    static Piece whole(Path file, ErpKind kind) {
      return new Piece(file, kind, 0, -1, null, 0, null);
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

  /** What checking one piece found, for {@link #join}. */
  public static final class PieceCheck {
    private final Piece piece;
    private final Findings findings;
    private long endLine;

    private PieceCheck(Piece piece, Findings findings) {
      this.piece = piece;
      this.findings = findings;
    }
  }

  /** Checks a whole file. */
  public ErpFileCheck check(Path file, ErpKind kind) throws IOException {
    return join(List.of(check(Piece.whole(file, kind)))).orElseThrow();
  }

  /**
   * The pieces to check the file in, at most {@code most}: one (the whole file) unless it is a
   * large XML file whose bytes leave no doubt where its prolog ends and a record ends near the
   * middle (see {@link XmlRecordStart}).
   */
  public List<Piece> pieces(Path file, ErpKind kind, int most) throws IOException {
    Piece whole = Piece.whole(file, kind);
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
        new Piece(file, kind, 0, split, null, 0, rootEnd),
        new Piece(file, kind, split, -1, prolog, prologLines, null));
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

  /** Checks one piece of a file. */
  public PieceCheck check(Piece piece) throws IOException {
    Findings findings = new Findings(piece.kind(), maxRefused);
    PieceCheck check = new PieceCheck(piece, findings);
    try {
      if (format(piece.file()) == ErpFormat.XML) {
        check.endLine = checkXml(piece, findings);
      } else {
        checkCsv(piece.file(), findings);
      }
    } catch (TooManyRefused e) {
      findings.fatal =
          new Problem(Code.TOO_MANY_REFUSED, "more than " + maxRefused + " records refused");
    }
    return check;
  }

  /**
   * What the pieces of a file, in order, found together: their records counted on, lines and
   * ordinals as in the file, a key of one piece that occurs in an earlier one refused as a
   * duplicate. Nothing when a piece was found unusable: a split may have been wrong, so only a
   * check of the whole file can say why.
   */
  public Optional<ErpFileCheck> join(List<PieceCheck> pieces) {
    if (pieces.size() > 1 && pieces.stream().anyMatch(p -> p.findings.fatal != null)) {
      return Optional.empty();
    }
    Findings first = pieces.get(0).findings;
    Map<String, Occurrence> firsts = first.firstOfKey;
    Map<Long, Refusal> refused = new HashMap<>();
    long ordinals = 0;
    long lines = 0;
    for (int i = 0; i < pieces.size(); i++) {
      PieceCheck piece = pieces.get(i);
      if (i > 0) {
        PieceCheck before = pieces.get(i - 1);
        lines = before.endLine + lines - (piece.piece.prologLines() + 1);
      }
      Findings found = piece.findings;
      for (Map.Entry<Long, Refused> entry : found.refused.entrySet()) {
        Refused r = entry.getValue();
        Occurrence earlier = i == 0 || r.key() == null ? null : firsts.get(r.key());
        long firstOrdinal = earlier != null ? earlier.ordinal() : r.at() + ordinals;
        refused.put(entry.getKey() + ordinals, r.refusal(lines, firstOrdinal));
      }
      if (i > 0) {
        for (Map.Entry<String, Occurrence> entry : found.firstOfKey.entrySet()) {
          Occurrence here = entry.getValue();
          Occurrence earlier =
              firsts.putIfAbsent(
                  entry.getKey(), new Occurrence(here.ordinal() + ordinals, here.line() + lines));
          if (earlier != null) {
            refused.put(
                here.ordinal() + ordinals,
                new Refusal(
                    here.line() + lines,
                    entry.getKey(),
                    Code.DUPLICATE,
                    "first as record " + earlier.ordinal()));
          }
        }
      }
      ordinals += found.records;
    }
    Problem fatal =
        first.fatal != null
            ? first.fatal
            : refused.size() > maxRefused
                ? new Problem(Code.TOO_MANY_REFUSED, "more than " + maxRefused + " records refused")
                : null;
    return Optional.of(new ErpFileCheck(ordinals, fatal, refused));
  }

  /** Checks XML; answers the line the parser ended on. */
  private static long checkXml(Piece piece, Findings findings) throws IOException {
    XmlRecords records = new XmlRecords(findings);
    try (InputStream in = piece.open()) {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      // the parser validates as it parses (a validator fed from its events would rebuild every
      // name)
      factory.setSchema(SCHEMA);
      XMLReader reader = withoutPostValidationInfoset(factory.newSAXParser().getXMLReader());
      reader.setContentHandler(records);
      reader.setErrorHandler(records);
      reader.parse(new InputSource(in));
    } catch (SAXParseException e) {
      if (findings.fatal == null) {
        findings.fatal = xmlProblem(e);
      }
    } catch (SAXException | ParserConfigurationException e) {
      if (e.getCause() instanceof TooManyRefused tooMany) {
        throw tooMany;
      }
      if (findings.fatal == null) {
        findings.fatal = new Problem(Code.MALFORMED, e.getMessage());
      }
    } catch (CharacterCodingException e) {
      findings.fatal = new Problem(Code.ENCODING, e.toString());
    }
    return records.endLine;
  }

  /**
   * The check asks only whether the file is valid: the types and defaults Xerces would add to every
   * element afterwards (the post-validation infoset) cost a fifth of the check and are never read.
   */
  private static XMLReader withoutPostValidationInfoset(XMLReader reader) {
    try {
      reader.setFeature("http://apache.org/xml/features/validation/schema/augment-psvi", false);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      // another parser: it validates all the same, only slower
    }
    return reader;
  }

  private static Problem xmlProblem(SAXParseException e) {
    String message = String.valueOf(e.getMessage());
    Code code =
        message.contains("byte") || message.contains("UTF-8") || message.contains("encoding")
            ? Code.ENCODING
            : Code.MALFORMED;
    return new Problem(
        code, "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message);
  }

  private static void checkCsv(Path file, Findings findings) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        CSVParser parser = csv(in)) {
      List<String> header = new ArrayList<>();
      var records = parser.iterator();
      if (records.hasNext()) {
        records.next().forEach(name -> header.add(stripBom(name)));
      }
      List<String> missing =
          findings.kind.fields().stream().filter(f -> !header.contains(f)).toList();
      if (!missing.isEmpty()) {
        findings.fatal = new Problem(Code.MISSING_COLUMNS, String.join(", ", missing));
        return;
      }
      int keyColumn = header.indexOf(findings.kind.keyField());
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long ordinal = ++findings.records;
        long line = record.getRecordNumber();
        String key = keyColumn < record.size() ? record.get(keyColumn) : null;
        if (record.size() != header.size()) {
          findings.refuse(
              ordinal,
              new Refused(
                  line,
                  key,
                  Code.COLUMNS,
                  record.size() + " values, the header names " + header.size(),
                  0));
        } else {
          findings.keySeen(ordinal, line, key);
        }
      }
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException coding) {
        findings.fatal = new Problem(Code.ENCODING, "not UTF-8: " + coding);
      } else {
        throw e.getCause();
      }
    } catch (CharacterCodingException e) {
      findings.fatal = new Problem(Code.ENCODING, "not UTF-8: " + e);
    }
  }

  /** The contract's CSV: semicolons, double quotes, UTF-8 (a byte order mark is allowed). */
  static CSVParser csv(InputStream in) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(';')
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get()
        .parse(reader);
  }

  static String stripBom(String name) {
    return name.startsWith("\uFEFF") ? name.substring(1).strip() : name.strip();
  }

  private static Schema loadSchema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return factory.newSchema(ErpFileChecker.class.getResource(SCHEMA_RESOURCE));
    } catch (SAXException e) {
      throw new IllegalStateException("the ERP exchange schema does not load", e);
    }
  }

  /** Where a key first occurs: its record's ordinal and line. */
  private record Occurrence(long ordinal, long line) {}

  /**
   * A refusal as a piece finds it: for a schema error the parser's message and its line, for a
   * duplicate the first occurrence's ordinal; both counted within the piece until joined.
   */
  private record Refused(long line, String key, Code code, String detail, long at) {

    Refusal refusal(long lineShift, long firstOrdinal) {
      return switch (code) {
        case SCHEMA ->
            new Refusal(line + lineShift, key, code, "line " + (at + lineShift) + ": " + detail);
        case DUPLICATE ->
            new Refusal(line + lineShift, key, code, "first as record " + firstOrdinal);
        default -> new Refusal(line + lineShift, key, code, detail);
      };
    }

    Refused withKey(String key) {
      return new Refused(line, key, code, detail, at);
    }
  }

  /** What a check has found so far. */
  private static final class Findings {
    final ErpKind kind;
    final int maxRefused;
    final Map<String, Occurrence> firstOfKey = new HashMap<>();
    final Map<Long, Refused> refused = new HashMap<>();
    long records;
    Problem fatal;

    Findings(ErpKind kind, int maxRefused) {
      this.kind = kind;
      this.maxRefused = maxRefused;
    }

    void keySeen(long ordinal, long line, String key) {
      if (key == null || key.isBlank()) {
        return;
      }
      Occurrence first = firstOfKey.putIfAbsent(key.strip(), new Occurrence(ordinal, line));
      if (first != null) {
        refuse(ordinal, new Refused(line, key.strip(), Code.DUPLICATE, null, first.ordinal()));
      }
    }

    void refuse(long ordinal, Refused refusal) {
      if (refused.putIfAbsent(ordinal, refusal) == null && refused.size() > maxRefused) {
        throw new TooManyRefused();
      }
    }
  }

  private static final class TooManyRefused extends RuntimeException {
    TooManyRefused() {
      super(null, null, false, false);
    }
  }

  /**
   * Follows the validated events: counts records, notes each one's line and key, and charges schema
   * errors to the record they occur in; an error outside any record makes the file unusable.
   */
  private static final class XmlRecords extends DefaultHandler {
    private final Findings findings;
    private Locator locator;
    private int depth;
    private long recordLine;
    private boolean keyField;
    private String key;
    private final StringBuilder text = new StringBuilder();
    long endLine;

    XmlRecords(Findings findings) {
      this.findings = findings;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      depth++;
      ErpKind kind = findings.kind;
      if (depth == 1 && (!ErpKind.NAMESPACE.equals(uri) || !kind.rootElement().equals(local))) {
        findings.fatal =
            new Problem(
                Code.WRONG_ROOT,
                "{"
                    + uri
                    + "}"
                    + local
                    + " instead of {"
                    + ErpKind.NAMESPACE
                    + "}"
                    + kind.rootElement());
        throw new SAXException("wrong root element");
      }
      if (depth == 2) {
        findings.records++;
        recordLine = locator == null ? 0 : locator.getLineNumber();
        key = null;
      } else if (depth == 3) {
        keyField = findings.kind.keyField().equals(local);
        text.setLength(0);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      // only the key's text is kept (to find keys occurring twice)
      if (depth == 3 && keyField) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (depth == 3 && keyField) {
        key = text.toString().strip();
      } else if (depth == 2) {
        Refused refusal =
            findings.refused.isEmpty() ? null : findings.refused.get(findings.records);
        if (refusal != null && refusal.key() == null && key != null) {
          findings.refused.put(findings.records, refusal.withKey(key));
        } else if (refusal == null) {
          findings.keySeen(findings.records, recordLine, key);
        }
      } else if (depth == 1) {
        // the root's end tag: where a piece ends (the end tag appended to it holds no line break)
        endLine = locator == null ? 0 : locator.getLineNumber();
      }
      depth--;
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      if (depth < 2) {
        throw e;
      }
      findings.refuse(
          findings.records,
          new Refused(recordLine, key, Code.SCHEMA, e.getMessage(), e.getLineNumber()));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
