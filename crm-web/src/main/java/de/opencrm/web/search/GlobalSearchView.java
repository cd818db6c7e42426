package de.opencrm.web.search;

import de.opencrm.application.search.SearchService;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.search.SearchHit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.primefaces.event.SelectEvent;

/**
 * The search box in the header: suggestions while typing, and the chosen company or person opened
 * at once.
 */
@Named
@RequestScoped
public class GlobalSearchView {

  /** Per kind; the box shows companies and people together. */
  private static final int HITS_PER_KIND = 8;

  @Inject SearchService search;

  private String text;

  public List<SearchHit> complete(String typed) {
    return search.search(typed, HITS_PER_KIND);
  }

  /** Opens the record whose key ("CONTACT:4711") was chosen. */
  public void open(SelectEvent<String> event) throws IOException {
    String[] key = event.getObject().split(":", 2);
    long id = Long.parseLong(key[1]);
    String page =
        switch (RecordRef.Kind.valueOf(key[0])) {
          case ACCOUNT -> "/accounts/account.xhtml";
          case CONTACT -> "/contacts/contact.xhtml";
        };
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + page + "?id=" + id);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
