package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.knowledge.ArticleDetail;
import de.opencrm.application.knowledge.ArticleForm;
import de.opencrm.application.knowledge.KnowledgeService;
import de.opencrm.application.ticket.TicketForm;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.knowledge.ArticleRow;
import de.opencrm.domain.knowledge.ArticleStatus;
import de.opencrm.domain.knowledge.KnowledgeRepository;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base on PostgreSQL: agents write drafts and publish them, readers of tickets find
 * only published articles by the beginnings of their words, and a ticket is offered the articles
 * sharing its rare words, those in its language first.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(KnowledgeIT.class);
  }

  @Inject KnowledgeService knowledge;
  @Inject TicketService tickets;

  private As service;
  private As sales;

  @BeforeEach
  void signIn() {
    service = As.user("service", "demo");
    sales = As.user("sales", "demo");
  }

  private long write(String title, String body, String category, String language) throws Exception {
    ArticleForm form = new ArticleForm();
    form.setTitle(title);
    form.setBody(body);
    form.setCategory(category);
    form.setLanguage(language);
    return service.call(() -> knowledge.saveArticle(form));
  }

  private void publish(long id) throws Exception {
    long version = service.call(() -> knowledge.loadArticle(id)).version();
    service.run(() -> knowledge.publish(id, version));
  }

  private List<String> titlesFound(As who, String words) throws Exception {
    return who
        .call(() -> knowledge.searchArticles(new PageRequest(0, 20, null, true, words)))
        .rows()
        .stream()
        .map(ArticleRow::title)
        .toList();
  }

  @Test
  void draftsStayWithTheAuthorsUntilPublished() throws Exception {
    String tag = TestData.letterTag();
    long id =
        write(
            "Router " + tag + " neu starten",
            "Stecker ziehen, zehn Sekunden warten.",
            "Netz",
            "de");

    assertThat(titlesFound(service, tag)).containsExactly("Router " + tag + " neu starten");
    assertThat(titlesFound(sales, tag)).isEmpty();
    assertThatThrownBy(() -> sales.call(() -> knowledge.loadArticle(id)))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "article.notFound");
    assertThatThrownBy(() -> sales.run(() -> knowledge.publish(id, 0)))
        .isInstanceOf(EJBAccessException.class);

    publish(id);
    assertThat(titlesFound(sales, tag.substring(0, 5) + " rout")).hasSize(1);
    assertThat(titlesFound(sales, tag + " zehn")).hasSize(1);
    assertThat(titlesFound(sales, tag + " drucker")).isEmpty();
    ArticleDetail published = sales.call(() -> knowledge.loadArticle(id));
    assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(published.category()).isEqualTo("netz");
    assertThat(
            sales.call(
                () ->
                    knowledge
                        .searchArticles(
                            new PageRequest(0, 20, null, true, tag)
                                .withCriterion(KnowledgeRepository.LANGUAGE, "en"))
                        .rows()))
        .isEmpty();
  }

  @Test
  void aStaleEditIsRefusedAndTheChangedTextIsFoundByItsNewWords() throws Exception {
    String tag = TestData.letterTag();
    long id = write("Lizenz " + tag, "Alter Schlüssel.", null, "de");
    ArticleDetail seen = service.call(() -> knowledge.loadArticle(id));
    ArticleForm first = ArticleForm.of(seen);
    first.setBody("Neuer Aktivierungscode " + tag + "code.");
    service.call(() -> knowledge.saveArticle(first));

    ArticleForm stale = ArticleForm.of(seen);
    stale.setBody("Überschrieben");
    assertThatThrownBy(() -> service.call(() -> knowledge.saveArticle(stale)))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "error.concurrentEdit");
    assertThat(titlesFound(service, tag + "code")).containsExactly("Lizenz " + tag);
    assertThat(titlesFound(service, tag + " schluessel")).isEmpty();
  }

  @Test
  void aTicketIsOfferedTheArticlesSharingItsRareWordsInItsLanguageFirst() throws Exception {
    String tag = TestData.letterTag();
    long german =
        write("Scanner " + tag + " findet kein Netzlaufwerk", "Freigabe prüfen.", "hardware", "de");
    long english =
        write(
            "Scanner " + tag + " cannot reach the network drive",
            "Check the share.",
            "hardware",
            "en");
    long unrelated = write("Mahnung " + tag + "x erhalten", "Zahlung prüfen.", "billing", "de");
    long draft = write("Scanner " + tag + " Entwurf", "Noch nicht fertig.", "hardware", "de");
    publish(german);
    publish(english);
    publish(unrelated);

    TicketForm form = new TicketForm();
    form.setSubject("Scanner " + tag + " speichert nicht");
    form.setDescription("Seit heute kommt die Meldung, das Netzlaufwerk sei nicht erreichbar.");
    form.setLanguage("en");
    form.setQueueId(service.call(() -> tickets.queues()).get(0).id());
    long ticket = service.call(() -> tickets.openTicket(form));

    List<Long> offered =
        service.call(() -> knowledge.suggestionsFor(ticket)).stream().map(ArticleRow::id).toList();
    assertThat(offered).contains(english, german).doesNotContain(unrelated, draft);
    assertThat(offered.indexOf(english)).isLessThan(offered.indexOf(german));
    assertThatThrownBy(() -> sales.call(() -> knowledge.suggestionsFor(ticket)))
        .isInstanceOf(EJBAccessException.class);
  }
}
