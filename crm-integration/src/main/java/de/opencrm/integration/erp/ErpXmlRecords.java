package de.opencrm.integration.erp;

import de.opencrm.integration.erp.ErpFileCheck.Code;
import de.opencrm.integration.erp.ErpFileCheck.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Follows the validated events: counts records, notes each one's line and key, and charges schema
 * errors to the record they occur in; an error outside any record makes the file unusable.
 */
final class ErpXmlRecords extends DefaultHandler {
  private final ErpCheckFindings findings;
  private Locator locator;
  private int depth;
  private long recordLine;
  private boolean keyField;
  private String key;
  private final StringBuilder text = new StringBuilder();
  private long endLine;

  ErpXmlRecords(ErpCheckFindings findings) {
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
      ErpCheckFindings.Refused refusal =
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
        new ErpCheckFindings.Refused(
            recordLine, key, Code.SCHEMA, e.getMessage(), e.getLineNumber()));
  }

  @Override
  public void fatalError(SAXParseException e) throws SAXException {
    throw e;
  }

  /** The line the parser ended on: where the root's end tag was. */
  long endLine() {
    return endLine;
  }
}
