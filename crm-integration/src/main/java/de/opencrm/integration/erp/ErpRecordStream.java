package de.opencrm.integration.erp;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a checked file one after another, never the whole file in memory. Meant for files
 * {@link ErpFileChecker} found usable: what the check refused is still read here (the reader of the
 * run passes it over by ordinal), and a file broken anyway ends the stream with an exception.
 */
public abstract class ErpRecordStream implements Closeable {

  protected long ordinal;

  public static ErpRecordStream open(Path file) throws IOException {
    ErpFormat format =
        ErpFormat.ofFileName(file.getFileName().toString())
            .orElseThrow(() -> new IllegalArgumentException("neither .xml nor .csv: " + file));
    return format == ErpFormat.XML ? new Xml(file) : new Csv(file);
  }

  /** The next record, or null after the last. */
  public abstract ErpRecord next() throws IOException;

  /** Passes over records until the given number have been read (a restarted run resumes so). */
  public void skipTo(long ordinalRead) throws IOException {
    while (ordinal < ordinalRead && next() != null) {
      // read and dropped
    }
  }

  private static final class Xml extends ErpRecordStream {
    private static final XMLInputFactory FACTORY = factory();
    private final Path file;
    private InputStream in;
    private XMLStreamReader xml;
    private long lineShift;

    Xml(Path file) throws IOException {
      this.file = file;
      parse(Files.newInputStream(file));
    }

    private void parse(InputStream content) throws IOException {
      in = content;
      try {
        xml = FACTORY.createXMLStreamReader(in);
      } catch (XMLStreamException e) {
        in.close();
        throw new IOException(e);
      }
    }

    private static XMLInputFactory factory() {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
      factory.setProperty(XMLInputFactory.IS_COALESCING, true);
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      return factory;
    }

    @Override
    public ErpRecord next() throws IOException {
      try {
        int depth = xml.getEventType() == XMLStreamConstants.START_DOCUMENT ? 0 : 1;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth == 2) {
              return record();
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
        return null;
      } catch (XMLStreamException e) {
        throw new IOException("the file broke off or is not well-formed: " + e.getMessage(), e);
      }
    }

    /**
     * Passes over records: from the file's start by its bytes where they leave no doubt (the parser
     * starts again behind the last record passed over, see {@link XmlRecordStart}), else by their
     * tags alone, without taking their fields.
     */
    @Override
    public void skipTo(long ordinalRead) throws IOException {
      if (ordinal == 0
          && ordinalRead > 0
          && xml.getEventType() == XMLStreamConstants.START_DOCUMENT) {
        Optional<XmlRecordStart> start = XmlRecordStart.after(file, ordinalRead);
        if (start.isPresent()) {
          enterAt(start.get());
          ordinal = ordinalRead;
          return;
        }
      }
      try {
        int depth = xml.getEventType() == XMLStreamConstants.START_DOCUMENT ? 0 : 1;
        while ((ordinal < ordinalRead || depth > 1) && xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth == 2) {
              ordinal++;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
      } catch (XMLStreamException e) {
        throw new IOException("the file broke off or is not well-formed: " + e.getMessage(), e);
      }
    }

    /** Parses the prolog again, then the file from the record start on. */
    private void enterAt(XmlRecordStart start) throws IOException {
      close();
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      try {
        channel.position(start.offset());
        parse(
            new SequenceInputStream(
                new ByteArrayInputStream(start.prolog()),
                new BufferedInputStream(Channels.newInputStream(channel), 1 << 16)));
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      lineShift = start.lineShift();
    }

    /** Reads from a record's start tag to its end tag. */
    private ErpRecord record() throws XMLStreamException {
      long line = xml.getLocation().getLineNumber() + lineShift;
      Map<String, String> fields = new HashMap<>();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          String value = xml.getElementText().strip();
          if (!value.isEmpty()) {
            fields.put(name, value);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          break;
        }
      }
      return new ErpRecord(++ordinal, line, fields);
    }

    @Override
    public void close() throws IOException {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // the stream below is closed anyway
      } finally {
        in.close();
      }
    }
  }

  private static final class Csv extends ErpRecordStream {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header = new ArrayList<>();

    Csv(Path file) throws IOException {
      parser = ErpCsv.parser(Files.newInputStream(file));
      records = parser.iterator();
      if (records.hasNext()) {
        records.next().forEach(name -> header.add(ErpCsv.header(name)));
      }
    }

    @Override
    public ErpRecord next() throws IOException {
      try {
        if (!records.hasNext()) {
          return null;
        }
        CSVRecord record = records.next();
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
          String value = record.get(i);
          if (value != null && !value.isBlank()) {
            fields.put(header.get(i), value.strip());
          }
        }
        return new ErpRecord(++ordinal, record.getRecordNumber(), fields);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
