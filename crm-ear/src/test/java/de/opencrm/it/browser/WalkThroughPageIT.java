package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.SiteWalk.Found;
import de.opencrm.it.browser.SiteWalk.Language;
import java.time.Duration;
import java.time.Instant;
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

  /** A demo user (README.md) and the language they start in; users of one role start in both. */
  private record DemoUser(String name, Language language) {}

  private static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser("admin", Language.DE),
          new DemoUser("sales", Language.DE),
          new DemoUser("sales2", Language.EN),
          new DemoUser("manager", Language.EN),
          new DemoUser("marketing", Language.DE),
          new DemoUser("service", Language.EN),
          new DemoUser("service2", Language.DE),
          new DemoUser("auditor", Language.EN),
          new DemoUser("privacy", Language.DE));

  @Test
  void everyDemoUserReachesEveryPageOfTheirMenusInBothLanguagesWithoutAnError() {
    Instant start = Instant.now();
    SiteWalk walk = new SiteWalk(CRM);
    for (DemoUser user : DEMO_USERS) {
      walk.walk(user.name(), loggedIn(user.name(), user.language()), user.language());
    }
    for (Map.Entry<String, List<Found>> left : walk.pagesSeenInOneLanguage().entrySet()) {
      walk.revisit(left.getKey(), loggedIn(left.getKey(), Language.DE), left.getValue());
    }
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
                + " kinds of page");

    assertThat(walk.problems()).isEmpty();
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

  private Page loggedIn(String user, Language language) {
    Page page = newPage(language == Language.DE ? "de-DE" : "en-GB");
    LoginPage.open(page, CRM).logIn(user, "demo").menu();
    return page;
  }

  private static String database() {
    String url = System.getenv("CRM_DB_URL");
    return url == null ? "the embedded H2 database" : url.replaceAll("\\?.*", "");
  }
}
