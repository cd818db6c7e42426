package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.duplicate.DuplicateScanService;
import de.opencrm.batch.duplicate.DuplicateScanJobs;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.duplicate.DuplicatePairRow;
import de.opencrm.domain.duplicate.MatchReason;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The duplicate-scan job on PostgreSQL through JBeret: it finds two spellings of one person with
 * the same phone, and a pair dismissed by a user is not proposed again by the next scan.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicateScanIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(DuplicateScanIT.class);
  }

  @Inject DuplicateScanJobs jobs;
  @Inject DuplicateScanService scan;
  @Inject ContactService contacts;

  private static As sales() {
    return As.user("sales", "demo");
  }

  private long person(String first, String last, String phone) throws Exception {
    ContactForm form = new ContactForm();
    form.setFirstName(first);
    form.setLastName(last);
    form.setPhone(phone);
    return sales().call(() -> contacts.createContact(form));
  }

  @Test
  void theScanFindsTwoSpellingsOfOnePersonAndADismissedPairStaysDismissed() throws Exception {
    String word = TestData.letterTag();
    String number = "030 " + (1_000_000 + Math.abs(word.hashCode() % 8_999_999));
    long meier = person("Hans", "Meier" + word, number);
    long meyer = person("Hans", "Meyer" + word, "+49 " + number.substring(1));

    scanToTheEnd();
    DuplicatePairRow pair = pairOf(meier, meyer);
    assertThat(pair).as("pair found").isNotNull();
    assertThat(pair.score()).isGreaterThanOrEqualTo(55);
    assertThat(pair.reasons()).contains(MatchReason.SAME_PHONE);
    assertThat(pair.firstId()).isEqualTo(Math.min(meier, meyer));

    sales().run(() -> scan.dismissPair(pair.id(), pair.version()));
    assertThat(pairOf(meier, meyer)).isNull();
    scanToTheEnd();
    assertThat(pairOf(meier, meyer)).as("dismissed pair proposed again").isNull();
  }

  private void scanToTheEnd() throws Exception {
    As sales = sales();
    while (sales.call(() -> jobs.isRunning())) {
      Thread.sleep(200);
    }
    assertThat(sales.call(() -> jobs.startScan())).isTrue();
    for (int i = 0; i < 600 && sales.call(() -> jobs.isRunning()); i++) {
      Thread.sleep(100);
    }
    assertThat(sales.call(() -> jobs.isRunning())).as("scan still running after 60 s").isFalse();
    assertThat(sales.call(() -> jobs.lastFinished())).isPresent();
  }

  /** The open pair of the two, looked for page by page (other tests leave pairs too). */
  private DuplicatePairRow pairOf(long one, long other) throws Exception {
    for (int first = 0; ; first += PageRequest.MAX_SIZE) {
      int from = first;
      List<DuplicatePairRow> open =
          sales()
              .call(
                  () ->
                      scan.openPairs(
                          RecordRef.Kind.CONTACT, PageRequest.of(from, PageRequest.MAX_SIZE)))
              .rows();
      if (open.isEmpty()) {
        return null;
      }
      for (DuplicatePairRow pair : open) {
        if (pair.firstId() == Math.min(one, other) && pair.secondId() == Math.max(one, other)) {
          return pair;
        }
      }
    }
  }
}
