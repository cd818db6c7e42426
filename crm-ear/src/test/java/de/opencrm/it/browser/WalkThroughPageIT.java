package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.SiteWalk.Found;
import de.opencrm.it.browser.SiteWalk.Language;
import de.opencrm.it.browser.page.LoginPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every demo user walks every page their menus and lists reach, in German and in English, and meets
 * no error. Runs on PostgreSQL with the other system tests, and a second time on the embedded H2
 * database exactly as {@code bin/run} starts the CRM (crm-ear/pom.xml, execution
 * walk-through-on-h2). A page linked from a menu or a list is covered without being named here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalkThroughPageIT extends BrowserTest {

  private static final Logger LOG = Logger.getLogger(WalkThroughPageIT.class.getName());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  /**
   * A demo user (README.md), their role and the language they start in; users of one role start in
   * both.
   */
  private record DemoUser(String name, String role, Language language) {}

  private static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser("admin", "admin", Language.DE),
          new DemoUser("sales", "sales", Language.DE),
          new DemoUser("sales2", "sales", Language.EN),
          new DemoUser("manager", "manager", Language.EN),
          new DemoUser("marketing", "marketing", Language.DE),
          new DemoUser("service", "service", Language.EN),
          new DemoUser("service2", "service", Language.DE),
          new DemoUser("auditor", "auditor", Language.EN),
          new DemoUser("privacy", "privacy", Language.DE));

  @Test
  void everyDemoUserReachesEveryPageOfTheirMenusInBothLanguagesWithoutAnError() {
    Instant start = Instant.now();
    // what the database changes is the server's answer, checked for every user on both; the
    // markup is the same on either, so axe-core and the tabs run on PostgreSQL, and the small
    // screens on the embedded database with its demo data, as a newcomer first sees the CRM
    boolean embedded = System.getenv("CRM_DB_URL") == null;
    SiteWalk walk = new SiteWalk(CRM, !embedded);
    for (DemoUser user : DEMO_USERS) {
      walk.walk(user.name(), user.role(), loggedIn(user.name(), user.language()), user.language());
    }
    for (Map.Entry<String, List<Found>> left : walk.pagesSeenInOneLanguage().entrySet()) {
      walk.revisit(left.getKey(), loggedIn(left.getKey(), Language.DE), left.getValue());
    }
    Instant small = Instant.now();
    List<String> smallScreenProblems = new ArrayList<>();
    for (SmallScreens.Size size : embedded ? SmallScreens.SIZES : List.<SmallScreens.Size>of()) {
      smallScreenProblems.addAll(onSmallScreen(walk, size));
    }
    LOG.info(
        () ->
            "Small screens: "
                + SmallScreens.MAIN_PAGES.size()
                + " pages at "
                + SmallScreens.SIZES
                + " in "
                + Duration.between(small, Instant.now()).toSeconds()
                + " s");
    LOG.info(
        () ->
            "Walk-through on "
                + database()
                + " in "
                + Duration.between(start, Instant.now()).toSeconds()
                + " s: pages per user "
                + walk.pagesPerUser()
                + ", "
                + walk.languagesSeen().size()
                + " kinds of page, "
                + walk.tabsOpened()
                + " tabs opened; serious or critical axe-core findings per user "
                + walk.axeElementsPerUser()
                + ", per rule "
                + walk.axeElementsPerRule());

    assertThat(walk.problems()).isEmpty();
    assertThat(smallScreenProblems).isEmpty();
    assertThat(walk.pagesSeenInOneLanguage()).isEmpty();
    assertThat(walk.languagesSeen().keySet())
        .as("the walk reached the records behind the lists")
        .contains(
            "/crm/accounts/account.xhtml?id",
            "/crm/contacts/contact.xhtml?id",
            "/crm/leads/lead.xhtml?id",
            "/crm/opportunities/opportunity.xhtml?id",
            "/crm/tickets/ticket.xhtml?id");
  }

  /**
   * The main pages at a small size, each opened by the user the walk found it with: what is wrong
   * with them, each page photographed as small-size-page.png.
   */
  private List<String> onSmallScreen(SiteWalk walk, SmallScreens.Size size) {
    Map<String, List<Found>> byUser = new LinkedHashMap<>();
    for (String kind : SmallScreens.MAIN_PAGES) {
      Found found = walk.firstFound(kind);
      if (found == null) {
        continue;
      }
      byUser.computeIfAbsent(found.user(), u -> new ArrayList<>()).add(found);
    }
    List<String> problems = new ArrayList<>();
    byUser.forEach(
        (user, pages) -> {
          Page page = newPage("de-DE", size.width(), size.height());
          LoginPage.open(page, CRM).logIn(user, "demo");
          for (Found found : pages) {
            page.navigate(found.url());
            page.waitForLoadState();
            String name = found.url().replaceAll(".*/crm/", "").replaceAll("\\W+", "-");
            screenshot(page, "small-" + size.name() + "-" + name);
            SmallScreens.problemsOn(page, size)
                .forEach(p -> problems.add(user + " on " + found.url() + " at " + size + ": " + p));
            Locator logCall = page.locator("#recordActions\\:logCall");
            if (found.url().contains("/accounts/account.xhtml") && logCall.count() > 0) {
              // logging a call between visits: the dialog fits the screen as well
              logCall.click();
              BrowserTest.waitForDialogFocus(page, "activityDialog");
              screenshot(page, "small-" + size.name() + "-log-call");
              SmallScreens.problemsOn(page, size)
                  .forEach(p -> problems.add(user + " logging a call at " + size + ": " + p));
            }
          }
        });
    return problems;
  }

  private Page loggedIn(String user, Language language) {
    Page page = newPage(language == Language.DE ? "de-DE" : "en-GB", 1366, 860);
    LoginPage.open(page, CRM).logIn(user, "demo").menu();
    return page;
  }

  private static String database() {
    String url = System.getenv("CRM_DB_URL");
    return url == null ? "the embedded H2 database" : url.replaceAll("\\?.*", "");
  }
}
