package de.opencrm.application.knowledge;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.knowledge.ArticleRanking;
import de.opencrm.domain.knowledge.ArticleRow;
import de.opencrm.domain.knowledge.ArticleStatus;
import de.opencrm.domain.knowledge.ArticleWords;
import de.opencrm.domain.knowledge.KnowledgeArticle;
import de.opencrm.domain.knowledge.KnowledgeRepository;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.Ticket;
import de.opencrm.domain.ticket.TicketMessage;
import de.opencrm.domain.ticket.TicketRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The knowledge base: whoever reads tickets finds the published articles; agents (who answer
 * tickets) also write, publish and withdraw them, see the drafts, and get the articles that fit a
 * ticket: those sharing its rarest words, in its language first.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE, Role.Names.MANAGER, Role.Names.SALES, Role.Names.ADMIN})
@Permission(area = Area.TICKETS, operation = Operation.READ)
public class KnowledgeService {

  /** How many articles the ticket page suggests. */
  public static final int SUGGESTIONS = 5;

  /** The customer mails of a ticket whose words count, newest first. */
  private static final int MAILS_READ = 3;

  @Inject KnowledgeRepository articles;
  @Inject TicketRepository tickets;
  @Resource SessionContext context;

  /** Articles by title, matching the filter's words; drafts only for those who write them. */
  public Page<ArticleRow> searchArticles(@NotNull PageRequest request) {
    PageRequest asked = request;
    if (!writer()) {
      asked = asked.withCriterion(KnowledgeRepository.STATUS, ArticleStatus.PUBLISHED.name());
    }
    return articles.search(asked);
  }

  public ArticleDetail loadArticle(long id) {
    return ArticleDetail.of(find(id));
  }

  public List<String> categories() {
    return articles.categories();
  }

  /** Saves a new article (as a draft) or the changes to one, in the version seen; its id. */
  @RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
  @Permission(area = Area.TICKETS, operation = Operation.EDIT)
  public long saveArticle(@NotNull @Valid ArticleForm form) {
    Stamp stamp = Stamp.of(context);
    if (form.getId() == null) {
      KnowledgeArticle article =
          new KnowledgeArticle(
              form.getTitle(), form.getBody(), form.getCategory(), form.getLanguage());
      article.recordCreation(stamp.user(), stamp.at());
      return articles.add(article).getId();
    }
    KnowledgeArticle article = find(form.getId());
    article.requireVersion(form.getVersion());
    article.write(form.getTitle(), form.getBody(), form.getCategory(), form.getLanguage());
    article.recordModification(stamp.user(), stamp.at());
    return article.getId();
  }

  /** Agents find it from now on and the ticket page suggests it. */
  @RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
  @Permission(area = Area.TICKETS, operation = Operation.EDIT)
  public void publish(long id, long version) {
    KnowledgeArticle article = find(id);
    article.requireVersion(version);
    Stamp stamp = Stamp.of(context);
    article.publish(stamp.at());
    article.recordModification(stamp.user(), stamp.at());
  }

  /** Back to a draft (outdated, wrong): only its authors see it. */
  @RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
  @Permission(area = Area.TICKETS, operation = Operation.EDIT)
  public void withdraw(long id, long version) {
    KnowledgeArticle article = find(id);
    article.requireVersion(version);
    Stamp stamp = Stamp.of(context);
    article.withdraw();
    article.recordModification(stamp.user(), stamp.at());
  }

  /**
   * The published articles that fit the ticket: ranked by the rare words they share with its
   * subject, category, description and the customer's latest mails; those in its language first.
   */
  @RolesAllowed({Role.Names.SERVICE, Role.Names.ADMIN})
  @Permission(area = Area.TICKETS, operation = Operation.EDIT)
  public List<ArticleRow> suggestionsFor(long ticketId) {
    Ticket ticket =
        tickets.findById(ticketId).orElseThrow(() -> new BusinessException("ticket.notFound"));
    List<String> texts = new ArrayList<>(List.of(ticket.getSubject()));
    if (ticket.getCategory() != null) {
      texts.add(ticket.getCategory());
    }
    if (ticket.getDescription() != null) {
      texts.add(ticket.getDescription());
    }
    tickets.messages(ticketId).stream()
        .filter(m -> m.getKind() == MessageKind.INBOUND_EMAIL)
        .sorted(Comparator.comparing(TicketMessage::getCreatedAt).reversed())
        .limit(MAILS_READ)
        .forEach(m -> texts.add(m.getBody()));
    Set<String> words = ArticleWords.of(texts.toArray(String[]::new));
    long published = articles.publishedCount();
    Map<String, Long> perWord = articles.publishedArticlesPerWord(words);
    Set<String> telling = ArticleRanking.tellingWords(perWord, published);
    List<Long> ranked =
        ArticleRanking.rank(
            articles.publishedSharing(telling), perWord, published, SUGGESTIONS * 2);
    String language = ticket.getLanguage() == null ? "de" : ticket.getLanguage();
    Map<Long, ArticleRow> rows = new HashMap<>();
    articles.rows(ranked).forEach(r -> rows.put(r.id(), r));
    return ranked.stream()
        .map(rows::get)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing((ArticleRow r) -> !language.equals(r.language())))
        .limit(SUGGESTIONS)
        .toList();
  }

  private boolean writer() {
    return context.isCallerInRole(Role.Names.SERVICE) || context.isCallerInRole(Role.Names.ADMIN);
  }

  private KnowledgeArticle find(long id) {
    return articles
        .findById(id)
        .filter(a -> a.getStatus() == ArticleStatus.PUBLISHED || writer())
        .orElseThrow(() -> new BusinessException("article.notFound"));
  }
}
