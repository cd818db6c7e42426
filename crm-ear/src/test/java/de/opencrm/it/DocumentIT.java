package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.document.DocumentFile;
import de.opencrm.application.document.DocumentService;
import de.opencrm.application.duplicate.ContactMergeService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.document.DocumentRow;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents on PostgreSQL and the server's file store: filed on a person they show on the company
 * too and download as uploaded; refused uploads and rolled-back transactions leave no file behind;
 * a deleted document's file goes with it; a merge takes documents to the survivor and back.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(DocumentIT.class);
  }

  @Inject DocumentService documents;
  @Inject AccountService accounts;
  @Inject ContactService contacts;
  @Inject ContactMergeService merging;
  @Inject UserTransaction transaction;

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  private static As sales() {
    return As.user("sales", "demo");
  }

  private long person(Long accountId) throws Exception {
    ContactForm person = new ContactForm();
    person.setLastName("Dokumentarin " + TestData.letterTag());
    person.setAccountId(accountId);
    return sales().call(() -> contacts.createContact(person));
  }

  private long company() throws Exception {
    AccountForm company = new AccountForm();
    company.setName("Ablage GmbH " + TestData.letterTag());
    return sales().call(() -> accounts.createAccount(company));
  }

  private long file(As who, RecordRef record, String name, byte[] content) throws Exception {
    return who.call(
        () ->
            documents.fileDocument(
                record, name, content.length, new ByteArrayInputStream(content)));
  }

  private List<DocumentRow> listed(RecordRef record) throws Exception {
    return sales().call(() -> documents.filedOn(record, PageRequest.of(0, 10))).rows();
  }

  private static long filesInStore() throws IOException {
    Path store = Path.of(System.getProperty("jboss.server.data.dir"), "crm-documents");
    if (!Files.exists(store)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(store)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void aDocumentFiledOnAPersonShowsOnTheirCompanyAndDownloadsAsUploaded() throws Exception {
    long accountId = company();
    long contactId = person(accountId);
    long id = file(sales(), RecordRef.contact(contactId), "Angebot Müller.pdf", PDF);

    assertThat(listed(RecordRef.contact(contactId)))
        .extracting(DocumentRow::fileName)
        .containsExactly("Angebot Müller.pdf");
    DocumentRow onCompany = listed(RecordRef.account(accountId)).get(0);
    assertThat(onCompany.contactId()).isEqualTo(contactId);
    assertThat(onCompany.sizeBytes()).isEqualTo(PDF.length);
    assertThat(onCompany.uploaderUsername()).isEqualTo("sales");

    DocumentFile download = As.user("service", "demo").call(() -> documents.openDocument(id));
    try (InputStream content = download.content()) {
      assertThat(content.readAllBytes()).isEqualTo(PDF);
    }
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.fileName()).isEqualTo("Angebot Müller.pdf");
  }

  @Test
  void refusedUploadsLeaveNoFileBehind() throws Exception {
    RecordRef record = RecordRef.account(company());
    long before = filesInStore();

    assertRefused(() -> file(sales(), record, "setup.exe", PDF), "document.typeNotAllowed");
    byte[] program = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(() -> file(sales(), record, "Rechnung.pdf", program), "document.notOfType");
    byte[] huge = new byte[20_000_001];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);
    // the browser announced a small file; the real size counts
    assertRefused(
        () ->
            sales()
                .call(
                    () ->
                        documents.fileDocument(
                            record, "gross.pdf", 1_000, new ByteArrayInputStream(huge))),
        "document.tooLarge");

    assertThat(filesInStore()).isEqualTo(before);
    assertThat(listed(record)).isEmpty();
  }

  @Test
  void aRolledBackTransactionTakesItsFileAlong() throws Exception {
    RecordRef record = RecordRef.account(company());
    long before = filesInStore();
    transaction.begin();
    try {
      file(sales(), record, "Entwurf.pdf", PDF);
      assertThat(filesInStore()).isEqualTo(before + 1);
    } finally {
      transaction.rollback();
    }
    assertThat(filesInStore()).isEqualTo(before);
    assertThat(listed(record)).isEmpty();
  }

  @Test
  void onlyTheUploaderOrAnAdministratorDeletesAndTheFileGoesWithTheRow() throws Exception {
    RecordRef record = RecordRef.account(company());
    long id = file(sales(), record, "Notiz.txt", "Rückruf Montag".getBytes(StandardCharsets.UTF_8));
    long before = filesInStore();
    long version = listed(record).get(0).version();

    assertRefused(
        () -> As.user("sales2", "demo").run(() -> documents.deleteDocument(id, version)),
        "document.notYours");
    assertThatThrownBy(() -> file(As.user("marketing", "demo"), record, "Flyer.pdf", PDF))
        .isInstanceOf(EJBAccessException.class);

    sales().run(() -> documents.deleteDocument(id, version));
    assertThat(filesInStore()).isEqualTo(before - 1);
    assertRefused(() -> sales().call(() -> documents.openDocument(id)), "document.notFound");
  }

  @Test
  void aMergeTakesTheDuplicatesDocumentsToTheSurvivorAndAnUndoBringsThemBack() throws Exception {
    long keep = person(null);
    long dup = person(null);
    file(sales(), RecordRef.contact(dup), "Visitenkarte.png", pngHeader());
    As sales = sales();
    long mergeId =
        sales.call(
            () ->
                merging.mergeContacts(
                    keep,
                    contacts.loadContact(keep).getVersion(),
                    dup,
                    contacts.loadContact(dup).getVersion(),
                    Set.of(),
                    Set.of()));
    assertThat(listed(RecordRef.contact(keep)))
        .extracting(DocumentRow::fileName)
        .containsExactly("Visitenkarte.png");
    assertThat(listed(RecordRef.contact(dup))).isEmpty();

    sales.run(() -> merging.undoMerge(mergeId));
    assertThat(listed(RecordRef.contact(keep))).isEmpty();
    assertThat(listed(RecordRef.contact(dup))).hasSize(1);
  }

  private static byte[] pngHeader() {
    return "\u0089PNG\r\n\u001a\n....".getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }
}
