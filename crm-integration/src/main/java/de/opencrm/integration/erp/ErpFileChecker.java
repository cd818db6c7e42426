package de.opencrm.integration.erp;

import de.opencrm.integration.erp.ErpFileCheck.Code;
import de.opencrm.integration.erp.ErpFileCheck.Problem;
import de.opencrm.integration.erp.ErpFileCheck.Refusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class ErpFileChecker {

  /** The contract as a schema, on the class path beside this class. */
  public static final String SCHEMA_RESOURCE = "erp-exchange-1.xsd";

  private static final Schema SCHEMA = loadSchema();

  private final int maxRefused;

  public ErpFileChecker(int maxRefused) {
    this.maxRefused = maxRefused;
  }

  public ErpFileCheck check(Path file, ErpKind kind) throws IOException {
    ErpFormat format =
        ErpFormat.ofFileName(file.getFileName().toString())
            .orElseThrow(() -> new IllegalArgumentException("neither .xml nor .csv: " + file));
    Findings findings = new Findings(kind, maxRefused);
    try {
      if (format == ErpFormat.XML) {
        checkXml(file, findings);
      } else {
        checkCsv(file, findings);
      }
    } catch (TooManyRefused e) {
      findings.fatal =
          new Problem(Code.TOO_MANY_REFUSED, "more than " + maxRefused + " records refused");
    }
    return new ErpFileCheck(findings.records, findings.fatal, findings.refused);
  }

  private static void checkXml(Path file, Findings findings) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      // the parser validates as it parses (a validator fed from its events would rebuild every
      // name)
      factory.setSchema(SCHEMA);
      XMLReader reader = withoutPostValidationInfoset(factory.newSAXParser().getXMLReader());
      XmlRecords records = new XmlRecords(findings);
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
              new Refusal(
                  line,
                  key,
                  Code.COLUMNS,
                  record.size() + " values, the header names " + header.size()));
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

  /** What a check has found so far. */
  private static final class Findings {
    final ErpKind kind;
    final int maxRefused;
    final Map<String, Long> firstOrdinalOfKey = new HashMap<>();
    final Map<Long, Refusal> refused = new HashMap<>();
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
      Long first = firstOrdinalOfKey.putIfAbsent(key.strip(), ordinal);
      if (first != null) {
        refuse(ordinal, new Refusal(line, key.strip(), Code.DUPLICATE, "first as record " + first));
      }
    }

    void refuse(long ordinal, Refusal refusal) {
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
        Refusal refusal =
            findings.refused.isEmpty() ? null : findings.refused.get(findings.records);
        if (refusal != null && refusal.key() == null && key != null) {
          findings.refused.put(
              findings.records, new Refusal(refusal.line(), key, refusal.code(), refusal.detail()));
        } else if (refusal == null) {
          findings.keySeen(findings.records, recordLine, key);
        }
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
          new Refusal(
              recordLine, key, Code.SCHEMA, "line " + e.getLineNumber() + ": " + e.getMessage()));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
