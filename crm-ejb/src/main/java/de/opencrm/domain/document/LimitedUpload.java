package de.opencrm.domain.document;

import de.opencrm.domain.common.BusinessException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload as it is read into the store: refused as soon as it grows past the policy's limit
 * (whatever size the browser announced) or when its first bytes do not fit its type.
 */
public final class LimitedUpload extends FilterInputStream {

  private final long maxBytes;
  private final BusinessException tooLarge;
  private long read;

  private LimitedUpload(InputStream in, long maxBytes, BusinessException tooLarge) {
    super(in);
    this.maxBytes = maxBytes;
    this.tooLarge = tooLarge;
  }

  /** The content of an accepted upload, checked against its type's signature first. */
  public static InputStream of(
      InputStream content, UploadPolicy.AcceptedUpload upload, UploadPolicy policy)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(content);
    buffered.mark(DocumentType.signatureLength());
    byte[] head = buffered.readNBytes(DocumentType.signatureLength());
    buffered.reset();
    if (head.length == 0) {
      throw new BusinessException("document.empty", upload.fileName());
    }
    if (!upload.type().fits(head)) {
      throw new BusinessException("document.notOfType", upload.fileName());
    }
    return new LimitedUpload(buffered, policy.maxBytes(), policy.tooLarge(upload.fileName()));
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > maxBytes) {
      throw tooLarge;
    }
  }
}
