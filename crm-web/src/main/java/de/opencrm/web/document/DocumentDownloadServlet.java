package de.opencrm.web.document;

import de.opencrm.application.document.DocumentFile;
import de.opencrm.application.document.DocumentService;
import de.opencrm.domain.common.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Sends a document ({@code /documents/download?id=…}) as an attachment with its own content type
 * and name. Never rendered inline, so an uploaded HTML or SVG file cannot run in the CRM's origin.
 */
@WebServlet("/documents/download")
public class DocumentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    sendOrRefuse(
        response, () -> documents.openDocument(Long.parseLong(request.getParameter("id"))));
  }

  /**
   * Sends the file the download opens: a missing or malformed id, or a record the caller may not
   * see, is 404 (its existence is not given away); a role that may not download at all is 403.
   */
  public static void sendOrRefuse(HttpServletResponse response, Supplier<DocumentFile> download)
      throws IOException {
    DocumentFile file;
    try {
      file = download.get();
    } catch (NumberFormatException | BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    send(file, response);
  }

  /** Sends the file as an attachment that the browser neither renders nor sniffs nor caches. */
  public static void send(DocumentFile file, HttpServletResponse response) throws IOException {
    try (InputStream content = file.content()) {
      response.setContentType(file.contentType());
      response.setContentLengthLong(file.size());
      response.setHeader("Content-Disposition", attachment(file.fileName()));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-store");
      content.transferTo(response.getOutputStream());
    }
  }

  /** The name as RFC 6266 wants it: an ASCII fallback for old clients, the real one in UTF-8. */
  static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
