package de.opencrm.application.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An article as its author writes it; {@code id} and {@code version} are set when editing. */
public class ArticleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Size(max = 200)
  private String title;

  @NotBlank
  @Size(max = 4000)
  private String body;

  @Size(max = 60)
  private String category;

  @Pattern(regexp = "de|en")
  private String language = "de";

  public static ArticleForm of(ArticleDetail article) {
    ArticleForm form = new ArticleForm();
    form.id = article.id();
    form.version = article.version();
    form.title = article.title();
    form.body = article.body();
    form.category = article.category();
    form.language = article.language();
    return form;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
