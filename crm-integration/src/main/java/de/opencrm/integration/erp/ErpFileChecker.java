package de.opencrm.integration.erp;

import de.opencrm.integration.erp.ErpFileCheck.Code;
import de.opencrm.integration.erp.ErpFileCheck.Problem;
import de.opencrm.integration.erp.ErpFileCheck.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

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

  /** What checking one piece found, for {@link #join}. */
  public static final class PieceCheck {
    private final ErpFilePiece piece;
    private final ErpCheckFindings findings;
    private long endLine;

    private PieceCheck(ErpFilePiece piece, ErpCheckFindings findings) {
      this.piece = piece;
      this.findings = findings;
    }
  }

  /** Checks a whole file. */
  public ErpFileCheck check(Path file, ErpKind kind) throws IOException {
    return join(List.of(check(ErpFilePiece.whole(file, kind)))).orElseThrow();
  }

  /**
   * The pieces to check the file in, at most {@code most}: one (the whole file) unless it is a
   * large XML file that can be split safely ({@link ErpFileSplitter}).
   */
  public List<ErpFilePiece> pieces(Path file, ErpKind kind, int most) throws IOException {
    return ErpFileSplitter.pieces(file, kind, most, splitFrom);
  }

  private static ErpFormat format(Path file) {
    return ErpFormat.ofFileName(file.getFileName().toString())
        .orElseThrow(() -> new IllegalArgumentException("neither .xml nor .csv: " + file));
  }

  /** Checks one piece of a file. */
  public PieceCheck check(ErpFilePiece piece) throws IOException {
    ErpCheckFindings findings = new ErpCheckFindings(piece.kind(), maxRefused);
    PieceCheck check = new PieceCheck(piece, findings);
    try {
      if (format(piece.file()) == ErpFormat.XML) {
        check.endLine = checkXml(piece, findings);
      } else {
        checkCsv(piece.file(), findings);
      }
    } catch (ErpCheckFindings.TooManyRefused e) {
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
    ErpCheckFindings first = pieces.get(0).findings;
    Map<String, ErpCheckFindings.Occurrence> firsts = first.firstOfKey;
    Map<Long, Refusal> refused = new HashMap<>();
    long ordinals = 0;
    long lines = 0;
    for (int i = 0; i < pieces.size(); i++) {
      PieceCheck piece = pieces.get(i);
      if (i > 0) {
        PieceCheck before = pieces.get(i - 1);
        lines = before.endLine + lines - (piece.piece.prologLines() + 1);
      }
      ErpCheckFindings found = piece.findings;
      for (Map.Entry<Long, ErpCheckFindings.Refused> entry : found.refused.entrySet()) {
        ErpCheckFindings.Refused r = entry.getValue();
        ErpCheckFindings.Occurrence earlier =
            i == 0 || r.key() == null ? null : firsts.get(r.key());
        long firstOrdinal = earlier != null ? earlier.ordinal() : r.at() + ordinals;
        refused.put(entry.getKey() + ordinals, r.refusal(lines, firstOrdinal));
      }
      if (i > 0) {
        for (Map.Entry<String, ErpCheckFindings.Occurrence> entry : found.firstOfKey.entrySet()) {
          ErpCheckFindings.Occurrence here = entry.getValue();
          ErpCheckFindings.Occurrence earlier =
              firsts.putIfAbsent(
                  entry.getKey(),
                  new ErpCheckFindings.Occurrence(here.ordinal() + ordinals, here.line() + lines));
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
  private static long checkXml(ErpFilePiece piece, ErpCheckFindings findings) throws IOException {
    ErpXmlRecords records = new ErpXmlRecords(findings);
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
      if (e.getCause() instanceof ErpCheckFindings.TooManyRefused tooMany) {
        throw tooMany;
      }
      if (findings.fatal == null) {
        findings.fatal = new Problem(Code.MALFORMED, e.getMessage());
      }
    } catch (CharacterCodingException e) {
      findings.fatal = new Problem(Code.ENCODING, e.toString());
    }
    return records.endLine();
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

  private static void checkCsv(Path file, ErpCheckFindings findings) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        CSVParser parser = ErpCsv.parser(in)) {
      List<String> header = new ArrayList<>();
      var records = parser.iterator();
      if (records.hasNext()) {
        records.next().forEach(name -> header.add(ErpCsv.header(name)));
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
              new ErpCheckFindings.Refused(
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

  private static Schema loadSchema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return factory.newSchema(ErpFileChecker.class.getResource(SCHEMA_RESOURCE));
    } catch (SAXException e) {
      throw new IllegalStateException("the ERP exchange schema does not load", e);
    }
  }
}
