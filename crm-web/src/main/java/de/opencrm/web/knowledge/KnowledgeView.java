package de.opencrm.web.knowledge;

import de.opencrm.application.knowledge.KnowledgeService;
import de.opencrm.domain.knowledge.ArticleRow;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The knowledge base's list: articles by title, a page at a time, searched by the beginnings of
 * their words and narrowed by category, language and (for authors) draft or published.
 */
@Named
@ViewScoped
public class KnowledgeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject KnowledgeService knowledge;

  private PagedLazyDataModel<ArticleRow> model;
  private List<String> categories;

  @PostConstruct
  void init() {
    model = PagedLazyDataModel.ofPages(knowledge::searchArticles, ArticleRow::id);
    model.preferSort("title", true);
    categories = knowledge.categories();
  }

  public PagedLazyDataModel<ArticleRow> getModel() {
    return model;
  }

  public List<String> getCategories() {
    return categories;
  }
}
