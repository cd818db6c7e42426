package de.opencrm.bench;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.common.PhoneticKey;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.common.SearchWords;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads realistic German companies and people into the CRM's PostgreSQL tables with COPY, the same
 * every run (a fixed seed). Keys are computed with the entities' own functions, so the CRM finds
 * the rows exactly as it finds what users enter.
 */
public final class GermanDataGenerator {

  /** Generated ids start here, far above what the sequences hand out in a test run. */
  static final long FIRST_ID = 10_000_000L;

  private static final int CHUNK = 50_000;
  private static final String STAMP = "2026-01-01 00:00:00+00";

  static final String[] FIRST_NAMES = {
    "Anna",
    "Maria",
    "Julia",
    "Laura",
    "Lena",
    "Sarah",
    "Katharina",
    "Lisa",
    "Sophie",
    "Hannah",
    "Christina",
    "Sabine",
    "Petra",
    "Monika",
    "Claudia",
    "Andrea",
    "Stefanie",
    "Nicole",
    "Birgit",
    "Ursula",
    "Jürgen",
    "Thomas",
    "Michael",
    "Andreas",
    "Stefan",
    "Christian",
    "Markus",
    "Peter",
    "Frank",
    "Klaus",
    "Wolfgang",
    "Uwe",
    "Jörg",
    "Matthias",
    "Alexander",
    "Sebastian",
    "Tobias",
    "Florian",
    "Jonas",
    "Lukas",
    "Maximilian",
    "Felix",
    "Paul",
    "Niklas",
    "Tim",
    "Jan",
    "Dieter",
    "Günter",
    "Björn",
    "Sören"
  };
  static final String[] LAST_NAMES = {
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Schmitz",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Schulze",
    "Maier",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
    "Huber",
    "Kaiser",
    "Fuchs",
    "Peters",
    "Lang",
    "Scholz",
    "Möller",
    "Weiß",
    "Jung",
    "Hahn",
    "Schubert",
    "Vogel",
    "Friedrich",
    "Keller",
    "Günther",
    "Frank",
    "Berger",
    "Winkler",
    "Roth",
    "Beck",
    "Lorenz",
    "Baumann",
    "Franke",
    "Albrecht",
    "Schuster",
    "Simon",
    "Ludwig",
    "Böhm",
    "Winter",
    "Kraus",
    "Martin",
    "Schumacher",
    "Krämer",
    "Vogt",
    "Stein",
    "Jäger",
    "Otto",
    "Sommer",
    "Groß",
    "Seidel",
    "Heinrich",
    "Brandt",
    "Haas",
    "Schreiber",
    "Graf",
    "Schulte",
    "Dietrich",
    "Ziegler",
    "Kuhn",
    "Kühn",
    "Pohl",
    "Engel"
  };
  private static final String[] TRADES = {
    "Maschinenbau", "Logistik", "Bau", "Elektrotechnik", "Software", "Medizintechnik", "Druck",
    "Metallbau", "Holzbau", "Spedition", "Getränke", "Feinkost", "Autohaus", "Immobilien",
    "Energie", "Kunststofftechnik", "Anlagenbau", "Beratung", "Verpackung", "Textil"
  };
  private static final String[] FORMS = {
    "GmbH", "GmbH & Co. KG", "AG", "KG", "e.K.", "UG (haftungsbeschränkt)"
  };
  private static final String[] FORM_NAMES = {"GMBH", "GMBH_CO_KG", "AG", "KG", "EK", "UG"};
  private static final String[][] PLACES = {
    {"10115", "Berlin", "Berlin"},
    {"20095", "Hamburg", "Hamburg"},
    {"80331", "München", "Bayern"},
    {"50667", "Köln", "Nordrhein-Westfalen"},
    {"60311", "Frankfurt am Main", "Hessen"},
    {"70173", "Stuttgart", "Baden-Württemberg"},
    {"40213", "Düsseldorf", "Nordrhein-Westfalen"},
    {"04109", "Leipzig", "Sachsen"},
    {"44135", "Dortmund", "Nordrhein-Westfalen"},
    {"45127", "Essen", "Nordrhein-Westfalen"},
    {"28195", "Bremen", "Bremen"},
    {"01067", "Dresden", "Sachsen"},
    {"30159", "Hannover", "Niedersachsen"},
    {"90402", "Nürnberg", "Bayern"},
    {"47051", "Duisburg", "Nordrhein-Westfalen"},
    {"44787", "Bochum", "Nordrhein-Westfalen"},
    {"42103", "Wuppertal", "Nordrhein-Westfalen"},
    {"33602", "Bielefeld", "Nordrhein-Westfalen"},
    {"53111", "Bonn", "Nordrhein-Westfalen"},
    {"48143", "Münster", "Nordrhein-Westfalen"},
    {"76133", "Karlsruhe", "Baden-Württemberg"},
    {"68159", "Mannheim", "Baden-Württemberg"},
    {"86150", "Augsburg", "Bayern"},
    {"65183", "Wiesbaden", "Hessen"},
    {"24103", "Kiel", "Schleswig-Holstein"},
    {"55116", "Mainz", "Rheinland-Pfalz"},
    {"99084", "Erfurt", "Thüringen"},
    {"18055", "Rostock", "Mecklenburg-Vorpommern"},
    {"66111", "Saarbrücken", "Saarland"},
    {"39104", "Magdeburg", "Sachsen-Anhalt"}
  };
  private static final String[] STREETS = {
    "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße",
    "Birkenweg", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Schillerstraße",
    "Goethestraße", "Mühlenweg", "Industriestraße", "Am Markt", "Friedrichstraße", "Königsallee"
  };

  private final Random random = new Random(20261122L);

  /** Loads the companies and people; answers after ANALYZE, ready for queries. */
  public static void load(String url, String user, String password, int accounts, int contacts)
      throws SQLException, IOException {
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      new GermanDataGenerator().loadInto(db, accounts, contacts);
    }
  }

  private void loadInto(Connection db, int accounts, int contacts)
      throws SQLException, IOException {
    long[] owner = owner(db);
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder rows = new StringBuilder();
    StringBuilder words = new StringBuilder();
    String[] accountNames = new String[accounts];
    for (int i = 0; i < accounts; i++) {
      accountNames[i] = accountRow(rows, words, FIRST_ID + i, owner);
      if ((i + 1) % CHUNK == 0 || i == accounts - 1) {
        copy.copyIn(
            "COPY crm_account (id, name, name_key, search_key, phonetic_key, legal_form, industry,"
                + " erp_debtor_number, billing_street, billing_postal_code, billing_city,"
                + " billing_state, billing_country, owner_id, team_id, version, created_at,"
                + " created_by, modified_at, modified_by) FROM STDIN WITH (FORMAT csv)",
            new StringReader(rows.toString()));
        copy.copyIn(
            "COPY crm_account_word (account_id, word) FROM STDIN WITH (FORMAT csv)",
            new StringReader(words.toString()));
        rows.setLength(0);
        words.setLength(0);
      }
    }
    StringBuilder emails = new StringBuilder();
    StringBuilder phones = new StringBuilder();
    for (int i = 0; i < contacts; i++) {
      contactRow(rows, words, emails, phones, FIRST_ID + i, accountNames, owner);
      if ((i + 1) % CHUNK == 0 || i == contacts - 1) {
        copy.copyIn(
            "COPY crm_contact (id, salutation, first_name, last_name, name_key, search_key,"
                + " phonetic_key, email, phone, account_id, owner_id, team_id, version, created_at,"
                + " created_by, modified_at, modified_by) FROM STDIN WITH (FORMAT csv)",
            new StringReader(rows.toString()));
        copy.copyIn(
            "COPY crm_contact_email (contact_id, position, address, kind) FROM STDIN WITH"
                + " (FORMAT csv)",
            new StringReader(emails.toString()));
        copy.copyIn(
            "COPY crm_contact_phone (contact_id, position, e164, kind) FROM STDIN WITH"
                + " (FORMAT csv)",
            new StringReader(phones.toString()));
        copy.copyIn(
            "COPY crm_contact_word (contact_id, word) FROM STDIN WITH (FORMAT csv)",
            new StringReader(words.toString()));
        rows.setLength(0);
        words.setLength(0);
        emails.setLength(0);
        phones.setLength(0);
      }
    }
    // what autovacuum does soon after a bulk load in production: statistics, and the visibility
    // map that lets index-only scans (the search words) skip the table
    db.setAutoCommit(true);
    try (Statement vacuum = db.createStatement()) {
      vacuum.execute("VACUUM ANALYZE");
    }
  }

  /** A generated company as the ERP would know it: the same every run for the same id. */
  public record Company(
      long id,
      String name,
      String legalForm,
      String trade,
      String debtorNumber,
      String street,
      String postalCode,
      String city,
      String state) {}

  /**
   * The first {@code accounts} companies exactly as {@link #load} writes them (the same seed, in
   * the same order), one at a time, e.g. to write the ERP's files of the same customers.
   */
  public static void companies(int accounts, java.util.function.Consumer<Company> each) {
    GermanDataGenerator generator = new GermanDataGenerator();
    for (int i = 0; i < accounts; i++) {
      each.accept(generator.company(FIRST_ID + i));
    }
  }

  private Company company(long id) {
    String[] place = pick(PLACES);
    int form = random.nextInt(FORMS.length);
    String trade = pick(TRADES);
    String name = pick(LAST_NAMES) + " " + trade + " " + FORMS[form];
    String street = pick(STREETS) + " " + (1 + random.nextInt(180));
    return new Company(
        id, name, FORM_NAMES[form], trade, "G-" + id, street, place[0], place[1], place[2]);
  }

  /** Appends one company and its search words, and answers its name. */
  private String accountRow(StringBuilder rows, StringBuilder words, long id, long[] owner) {
    Company c = company(id);
    String searchKey =
        Account.searchKeyOf(c.name(), c.street(), c.postalCode(), c.city(), c.debtorNumber(), null);
    String phoneticKey = PhoneticKey.of(c.name());
    SearchWords.of(searchKey, phoneticKey).forEach(word -> csv(words, id, word));
    csv(
        rows,
        id,
        c.name(),
        SearchText.fold(c.name()),
        searchKey,
        phoneticKey,
        c.legalForm(),
        c.trade(),
        c.debtorNumber(),
        c.street(),
        c.postalCode(),
        c.city(),
        c.state(),
        "DE",
        owner[0],
        owner[1],
        1,
        STAMP,
        "generator",
        STAMP,
        "generator");
    return c.name();
  }

  private void contactRow(
      StringBuilder rows,
      StringBuilder words,
      StringBuilder emails,
      StringBuilder phones,
      long id,
      String[] accountNames,
      long[] owner) {
    String first = pick(FIRST_NAMES);
    String last = pick(LAST_NAMES);
    int accountIndex = random.nextInt(accountNames.length);
    long account = FIRST_ID + accountIndex;
    String email =
        SearchText.fold(first).replace(' ', '-')
            + "."
            + SearchText.fold(last).replace(' ', '-')
            + "."
            + id
            + "@firma"
            + (account % 1000)
            + ".example";
    String phone = "+49" + (200 + random.nextInt(700)) + (1_000_000 + random.nextInt(8_999_999));
    String searchKey = SearchText.key(500, first, last, email, phone, accountNames[accountIndex]);
    String phoneticKey = PhoneticKey.of(first, last);
    SearchWords.of(searchKey, phoneticKey).forEach(word -> csv(words, id, word));
    csv(
        rows,
        id,
        random.nextBoolean() ? "MS" : "MR",
        first,
        last,
        SearchText.key(200, last, first),
        searchKey,
        phoneticKey,
        email,
        phone,
        account,
        owner[0],
        owner[1],
        1,
        STAMP,
        "generator",
        STAMP,
        "generator");
    csv(emails, id, 0, email, "WORK");
    csv(phones, id, 0, phone, "WORK");
  }

  /** The demo user "sales" and their team own everything generated. */
  private static long[] owner(Connection db) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement("SELECT id, team_id FROM crm_user WHERE username = 'sales'")) {
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("the demo user sales is missing: run with CRM_DEMO=true");
        }
        return new long[] {row.getLong(1), row.getLong(2)};
      }
    }
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String[] pick(String[][] values) {
    return values[random.nextInt(values.length)];
  }

  private static void csv(StringBuilder rows, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        rows.append(',');
      }
      rows.append('"').append(String.valueOf(values[i]).replace("\"", "\"\"")).append('"');
    }
    rows.append('\n');
  }
}
