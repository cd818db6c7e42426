package de.opencrm.it.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Walks the CRM as a logged-in user does: every entry of the main menu, then every page linked from
 * the pages reached (lists lead to their first record, records to their merge or sub pages), each
 * kind of page once per user. Every page is checked for what a user must never see: an HTTP error,
 * the error page, a missing message key ({@code ???key???}), a stack trace, a script error, a
 * serious or critical WCAG 2.1 AA violation as axe-core finds it. Across all users, each kind of
 * page is seen in German and in English: a page is shown in the language it has not been seen in
 * yet, and {@link #pagesSeenInOneLanguage} names what is left for a second look.
 */
public final class SiteWalk {

  /** The two languages of the UI. */
  public enum Language {
    DE,
    EN;

    String code() {
      return name().toLowerCase();
    }
  }

  /** A page the walk found, as the user it was found by can reach it. */
  public record Found(String user, String url) {}

  private final String crm;
  private final String contextPath;
  private final Map<String, Set<Language>> languagesSeen = new LinkedHashMap<>();
  private final Map<String, Found> firstFound = new LinkedHashMap<>();
  private final Map<String, Integer> pagesPerUser = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Integer> axeElementsPerUser = new LinkedHashMap<>();
  private final Set<String> tabsChecked = new HashSet<>();
  private final Set<String> markupChecked = new HashSet<>();
  private final boolean markup;
  private final Map<String, String> roleOf = new HashMap<>();
  private final Map<String, Integer> axeElementsPerRule = new TreeMap<>();

  /**
   * A walk over the CRM at that address; with markup, every page is also checked by axe-core and a
   * record page's tabs are opened, once per page kind, language and role (users of one role share
   * their pages' markup; the server's answer is checked for each user).
   */
  public SiteWalk(String crm, boolean markup) {
    this.crm = crm;
    this.markup = markup;
    this.contextPath = URI.create(crm).getPath().replaceAll("/$", "");
  }

  /**
   * Walks everything the logged-in user's menu reaches, starting on the page the login left them
   * on, in their own language where a page has been seen in neither.
   */
  public void walk(String user, String role, Page page, Language usual) {
    roleOf.put(user, role);
    Collector errors = Collector.on(page);
    Deque<String> todo = new ArrayDeque<>(menuOf(page));
    Set<String> seenByUser = new LinkedHashSet<>();
    Language current = null;
    int visited = 0;
    while (!todo.isEmpty()) {
      String url = todo.removeFirst();
      String kind = kindOf(url);
      if (kind == null || !seenByUser.add(kind)) {
        continue;
      }
      Language language = languageFor(kind, usual);
      String target = language == current ? url : withLanguage(url, language);
      visit(user, page, errors, url, target, kind, language);
      current = language;
      visited++;
      firstFound.putIfAbsent(kind, new Found(user, url));
      todo.addAll(linksOn(page));
    }
    pagesPerUser.merge(user, visited, Integer::sum);
  }

  /**
   * The pages seen in one language only, each with a user who reaches it, so it can be seen in the
   * other language too (by {@link #revisit}).
   */
  public Map<String, List<Found>> pagesSeenInOneLanguage() {
    Map<String, List<Found>> byUser = new LinkedHashMap<>();
    languagesSeen.forEach(
        (kind, languages) -> {
          if (languages.size() < Language.values().length) {
            Found found = firstFound.get(kind);
            byUser.computeIfAbsent(found.user(), u -> new ArrayList<>()).add(found);
          }
        });
    return byUser;
  }

  /** Shows the given pages once more to their user, in the language they are still missing. */
  public void revisit(String user, Page page, List<Found> pages) {
    Collector errors = Collector.on(page);
    for (Found found : pages) {
      String kind = kindOf(found.url());
      Language missing =
          EnumSet.complementOf(EnumSet.copyOf(languagesSeen.get(kind))).iterator().next();
      visit(user, page, errors, found.url(), withLanguage(found.url(), missing), kind, missing);
      pagesPerUser.merge(user, 1, Integer::sum);
    }
  }

  /** Where the walk first found a kind of page, and by whom. */
  public Found firstFound(String kind) {
    return firstFound.get(kind);
  }

  public List<String> problems() {
    return problems;
  }

  public Map<String, Integer> pagesPerUser() {
    return pagesPerUser;
  }

  /** How many record-page tabs the walk opened and checked besides the one each page opened on. */
  public int tabsOpened() {
    return tabsChecked.size();
  }

  /** Per user, the elements axe-core found seriously or critically inaccessible, over all pages. */
  public Map<String, Integer> axeElementsPerUser() {
    return axeElementsPerUser;
  }

  /** Per axe-core rule, the elements that break it, over all users and pages. */
  public Map<String, Integer> axeElementsPerRule() {
    return axeElementsPerRule;
  }

  /** The kinds of page seen, each with the languages it was seen in. */
  public Map<String, Set<Language>> languagesSeen() {
    return languagesSeen;
  }

  private void visit(
      String user,
      Page page,
      Collector errors,
      String url,
      String target,
      String kind,
      Language language) {
    errors.clear();
    String where = user + " on " + url + " (" + language.code() + ")";
    Response response;
    try {
      response = page.navigate(target);
      page.waitForLoadState();
    } catch (RuntimeException failed) {
      problems.add(where + ": did not load: " + failed.getMessage());
      return;
    }
    languagesSeen.computeIfAbsent(kind, k -> EnumSet.noneOf(Language.class)).add(language);
    if (response == null || response.status() >= 400 || page.locator("#error-title").count() > 0) {
      // one line for a page that failed as a whole; what the browser logged about it says no more
      problems.add(
          where
              + ": HTTP "
              + (response == null ? "none" : response.status())
              + ", "
              + page.locator("main h1").first().innerText());
      errors.clear();
      return;
    }
    String lang = page.locator("html").getAttribute("lang");
    if (!language.code().equals(lang)) {
      problems.add(where + ": shown in language " + lang);
    }
    String text = page.locator("body").innerText();
    for (String bad : List.of("???", "Exception", "\tat ", "at org.", "at de.opencrm")) {
      if (text.contains(bad)) {
        problems.add(where + ": shows \"" + excerpt(text, bad) + "\"");
      }
    }
    errors.drainInto(where, problems);
    if (!markup
        || !markupChecked.add(
            roleOf.getOrDefault(user, user) + " " + kind + " " + language.code())) {
      return;
    }
    checkAccessibility(user, page, where);
    // a record page's other tabs are checked as they are opened, in the page; each once per
    // language, for the first user who has it: every panel is rendered with the page, so the
    // server's part is checked above for every user, and what opening adds (the table drawn,
    // axe-core on what became visible) does not change with the role
    @SuppressWarnings("unchecked")
    List<String> closed =
        (List<String>)
            page.locator("[role=tablist].crm-tabs [role=tab][aria-selected=false]")
                .evaluateAll("tabs => tabs.map(t => t.id)");
    for (String tab : closed) {
      if (!tabsChecked.add(kind + " " + tab + " " + language.code())) {
        continue;
      }
      page.locator("#" + tab).click();
      String panel = tab.replace("tab-", "panel-");
      page.locator("#" + panel).waitFor();
      // a PrimeFaces table drawn while its panel was hidden stays invisible unless it is told;
      // told, it is drawn within a moment
      try {
        page.waitForFunction(
            "id => !Array.from(document.querySelectorAll('#' + id + ' .ui-datatable'))"
                + ".some(t => getComputedStyle(t).visibility === 'hidden')",
            panel,
            new Page.WaitForFunctionOptions().setTimeout(5_000));
      } catch (TimeoutError undrawn) {
        problems.add(where + " in " + tab + ": a table of the tab is not drawn");
      }
      errors.drainInto(where + " in " + tab, problems);
      checkAccessibility(user, page, where + " in " + tab);
    }
  }

  private void checkAccessibility(String user, Page page, String where) {
    for (AxeCheck.Violation violation : AxeCheck.violationsOn(page)) {
      problems.add(where + ": " + violation);
      axeElementsPerUser.merge(user, violation.elements(), Integer::sum);
      axeElementsPerRule.merge(violation.rule(), violation.elements(), Integer::sum);
    }
  }

  private Language languageFor(String kind, Language usual) {
    Set<Language> seen = languagesSeen.getOrDefault(kind, Set.of());
    if (!seen.contains(usual)) {
      return usual;
    }
    return seen.contains(Language.DE) ? Language.EN : Language.DE;
  }

  private List<String> menuOf(Page page) {
    page.locator("nav.crm-nav").waitFor();
    return hrefs(page, "nav.crm-nav a[href]");
  }

  private List<String> linksOn(Page page) {
    return hrefs(page, "main a[href]");
  }

  private List<String> hrefs(Page page, String selector) {
    @SuppressWarnings("unchecked")
    List<String> hrefs =
        (List<String>) page.locator(selector).evaluateAll("links => links.map(a => a.href)");
    return hrefs;
  }

  /**
   * What makes two addresses the same kind of page: the path and the names of its parameters (a
   * company's page, the form for a new company). Null for what is not a page of the CRM to walk to:
   * other sites, downloads, the language switch, logout, the customers' survey.
   */
  String kindOf(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException notAnAddress) {
      return null;
    }
    String path = uri.getPath();
    if (path == null
        || !url.startsWith(crm.substring(0, crm.indexOf(contextPath) + contextPath.length()))
        || !(path.endsWith(".xhtml") || path.equals(contextPath + "/"))
        || path.startsWith(contextPath + "/survey/")
        || path.startsWith(contextPath + "/error/")) {
      return null;
    }
    Set<String> names = new TreeSet<>();
    String query = uri.getQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        names.add(pair.split("=", 2)[0]);
      }
    }
    if (names.contains("lang")) {
      return null;
    }
    String page = path.equals(contextPath + "/") ? contextPath + "/index.xhtml" : path;
    return names.isEmpty() ? page : page + "?" + String.join("&", names);
  }

  private static String withLanguage(String url, Language language) {
    String bare = url.replaceAll("#.*$", "");
    return bare + (bare.contains("?") ? "&" : "?") + "lang=" + language.code();
  }

  private static String excerpt(String text, String bad) {
    int at = text.indexOf(bad);
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60))
        .replaceAll("\\s+", " ");
  }

  /** Script errors and failed requests of the page, as the browser reports them. */
  private static final class Collector {
    private final List<String> seen = new ArrayList<>();

    static Collector on(Page page) {
      Collector collector = new Collector();
      page.onConsoleMessage(
          message -> {
            if ("error".equals(message.type())) {
              collector.seen.add("console error: " + message.text());
            }
          });
      page.onPageError(error -> collector.seen.add("script error: " + error));
      page.onResponse(
          response -> {
            if (response.status() >= 500) {
              collector.seen.add("HTTP " + response.status() + " for " + response.url());
            }
          });
      return collector;
    }

    void clear() {
      seen.clear();
    }

    void drainInto(String where, List<String> problems) {
      seen.forEach(problem -> problems.add(where + ": " + problem));
      seen.clear();
    }
  }
}
