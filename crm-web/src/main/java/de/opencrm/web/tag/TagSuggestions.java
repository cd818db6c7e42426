package de.opencrm.web.tag;

import de.opencrm.application.tag.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tag fields offer while the user types: existing tags containing the text, and the typed
 * text itself as a new tag when no existing one is spelled like it.
 */
@Named
@ApplicationScoped
public class TagSuggestions {

  @Inject TagService tags;

  public List<String> complete(String typed) {
    String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    List<String> offered = new ArrayList<>(tags.suggestTags(text));
    boolean known = offered.stream().anyMatch(t -> t.equalsIgnoreCase(text));
    if (!text.isEmpty() && !known) {
      offered.add(0, text);
    }
    return offered;
  }

  /** Only existing tags, for a list's tag filter. */
  public List<String> existing(String typed) {
    return tags.suggestTags(typed == null ? "" : typed.strip());
  }
}
