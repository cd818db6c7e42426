package de.opencrm.web.knowledge;

import de.opencrm.application.knowledge.ArticleDetail;
import de.opencrm.application.knowledge.ArticleForm;
import de.opencrm.application.knowledge.KnowledgeService;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.shell.Permissions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One article: read by everyone who reads tickets; written, published and withdrawn by agents. A
 * new one starts as a draft.
 */
@Named
@ViewScoped
public class ArticleView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "articleForm";

  @Inject KnowledgeService knowledge;
  @Inject FacesErrors errors;
  @Inject Permissions permissions;

  private Long id;
  private ArticleDetail detail;
  private ArticleForm form;
  private List<String> categories = List.of();

  public void load() {
    try {
      detail = id == null ? null : knowledge.loadArticle(id);
      if (isWriter()) {
        form = detail == null ? new ArticleForm() : ArticleForm.of(detail);
        categories = knowledge.categories();
      }
    } catch (RuntimeException e) {
      detail = null;
      form = null;
      errors.show(e, null);
    }
  }

  public boolean isWriter() {
    return permissions.may("TICKETS", "EDIT");
  }

  public String save() {
    try {
      long saved = knowledge.saveArticle(form);
      errors.info("article.saved");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/tickets/article.xhtml?faces-redirect=true&id=" + saved;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  public void publish() {
    try {
      knowledge.publish(id, detail.version());
      errors.info("article.publishedNow");
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    load();
  }

  public void withdraw() {
    try {
      knowledge.withdraw(id, detail.version());
      errors.info("article.withdrawnNow");
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    load();
  }

  /** Categories already used, for the author to reuse rather than spell anew. */
  public List<String> completeCategory(String typed) {
    String start = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
    return categories.stream().filter(c -> c.startsWith(start)).limit(10).toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ArticleDetail getDetail() {
    return detail;
  }

  public ArticleForm getForm() {
    return form;
  }
}
