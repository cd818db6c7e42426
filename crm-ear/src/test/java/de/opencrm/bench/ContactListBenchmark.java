package de.opencrm.bench;

import de.opencrm.application.contact.ContactService;
import de.opencrm.application.search.SearchService;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.SearchWords;
import de.opencrm.it.As;
import de.opencrm.it.CrmDeployment;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contact list and the global search at 1,000,000 contacts and 200,000 accounts, 16 users at
 * once: server time p50/p95 of the application beside the same SQL run raw, in one run. Not a test:
 * it prints figures. Run it as README.md says; sizes through -Dcrm.bench.contacts and
 * -Dcrm.bench.accounts.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactListBenchmark {

  private static final Path RESULTS =
      Path.of(System.getProperty("java.io.tmpdir"), "crm-contact-benchmark.txt");
  private static final int USERS = 16;
  private static final int CALLS_PER_USER = 30;
  private static final String[] LIST_FILTERS = {
    "mueller", "schmidt", "weber", "koeln", "hoffmann", "meyer", "muenchen", "becker"
  };
  private static final String[] SEARCHES = {
    "mueller", "mueler", "schmitt koeln", "weber logistik", "meyer", "hofman", "becker bau"
  };
  // the statements the application's queries come down to, run with plain JDBC
  private static final String RAW_LIST =
      "SELECT c.id, c.title, c.first_name, c.last_name, c.email, c.phone, c.account_id"
          + " FROM crm_contact c WHERE c.merged_into_id IS NULL AND c.search_key LIKE ?"
          + " ORDER BY c.name_key, c.id LIMIT 50";
  private static final String RAW_COUNT =
      "SELECT COUNT(*) FROM (SELECT 1 FROM crm_contact c WHERE c.merged_into_id IS NULL AND"
          + " c.search_key LIKE ? FETCH FIRST 1001 ROWS ONLY) capped";
  // the index look-ups a search for a word comes down to: the first records with a word starting
  // with it, by the word tables' range (the rows of the few found are then read by primary key)
  private static final String RAW_SEARCH_ACCOUNTS =
      "SELECT w.account_id FROM crm_account_word w WHERE w.word >= ? AND w.word < ?"
          + " FETCH FIRST 200 ROWS ONLY";
  private static final String RAW_SEARCH_CONTACTS =
      "SELECT w.contact_id FROM crm_contact_word w WHERE w.word >= ? AND w.word < ?"
          + " FETCH FIRST 200 ROWS ONLY";

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ContactListBenchmark.class, ConcurrentUsers.class);
  }

  @Inject ContactService contacts;
  @Inject SearchService search;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  @Order(1)
  @RunAsClient
  void loadGermanCompaniesAndPeople() throws Exception {
    int accounts = Integer.getInteger("crm.bench.accounts", 200_000);
    int people = Integer.getInteger("crm.bench.contacts", 1_000_000);
    long start = System.nanoTime();
    GermanDataGenerator.load(
        System.getenv("CRM_DB_URL"),
        System.getenv("CRM_DB_USER"),
        System.getenv("CRM_DB_PASSWORD"),
        accounts,
        people);
    System.out.printf(
        "%nBENCHMARK data: %,d accounts and %,d contacts (with e-mail and phone rows) loaded with"
            + " COPY in %.1f s%n",
        accounts, people, (System.nanoTime() - start) / 1e9);
  }

  @Test
  @Order(2)
  void measureUnderSixteenUsers() throws Exception {
    As sales = As.user("sales", "demo");
    List<String> lines = new ArrayList<>();
    lines.add(
        compare(
            "contact list page (50 rows, filtered, sorted by name, with count)",
            i -> {
              String filter = LIST_FILTERS[i % LIST_FILTERS.length];
              return sales.call(
                  () -> contacts.listContacts(new PageRequest(0, 50, "name", true, filter), null));
            },
            i -> {
              String pattern = "%" + LIST_FILTERS[i % LIST_FILTERS.length] + "%";
              return rawQueries(List.of(pattern), RAW_LIST, RAW_COUNT);
            }));
    lines.add(
        compare(
            "global search (companies and people, typos included)",
            i -> sales.call(() -> search.search(SEARCHES[i % SEARCHES.length], 8)),
            i -> {
              String word = SEARCHES[i % SEARCHES.length].split(" ")[0];
              return rawQueries(
                  List.of(word, SearchWords.after(word)), RAW_SEARCH_ACCOUNTS, RAW_SEARCH_CONTACTS);
            }));
    Files.write(RESULTS, lines);
  }

  @Test
  @Order(3)
  @RunAsClient
  void printFigures() throws Exception {
    System.out.println();
    Files.readAllLines(RESULTS).forEach(line -> System.out.println("BENCHMARK " + line));
    System.out.println();
  }

  private String compare(
      String name, ConcurrentUsers.Workload application, ConcurrentUsers.Workload raw)
      throws Exception {
    List<Long> rawTimes = measure(raw);
    List<Long> appTimes = measure(application);
    return String.format(
        "%s, %d users x %d calls: raw SQL p50 %.1f ms p95 %.1f ms | application p50 %.1f ms p95"
            + " %.1f ms",
        name,
        USERS,
        CALLS_PER_USER,
        ConcurrentUsers.percentile(rawTimes, 50),
        ConcurrentUsers.percentile(rawTimes, 95),
        ConcurrentUsers.percentile(appTimes, 50),
        ConcurrentUsers.percentile(appTimes, 95));
  }

  private List<Long> measure(ConcurrentUsers.Workload workload) throws Exception {
    return ConcurrentUsers.measure(executor, USERS, CALLS_PER_USER, workload);
  }

  private int rawQueries(List<String> parameters, String... sqls) throws Exception {
    int rows = 0;
    try (Connection db = dataSource.getConnection()) {
      for (String sql : sqls) {
        try (PreparedStatement query = db.prepareStatement(sql)) {
          for (int p = 0; p < parameters.size(); p++) {
            query.setString(p + 1, parameters.get(p));
          }
          try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
              rows++;
            }
          }
        }
      }
    }
    return rows;
  }
}
