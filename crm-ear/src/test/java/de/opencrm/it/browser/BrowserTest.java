package de.opencrm.it.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Debian's headless chromium driven by Playwright, one fresh browser context (cookies, language)
 * per test. Playwright never downloads a browser of its own here.
 */
public abstract class BrowserTest {

  protected static final String CRM = "http://127.0.0.1:8080/crm/";
  private static final Map<String, String> OFFLINE =
      Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

  private static Playwright playwright;
  private static Browser browser;
  private BrowserContext context;
  private BrowserContext second;
  private Page current;

  /** When a test fails, what the browser showed at that moment is saved as failed-<test>.png. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure =
      test -> {
        if (test.getExecutionException().isPresent() && current != null && !current.isClosed()) {
          screenshot(current, "failed-" + test.getRequiredTestMethod().getName());
        }
      };

  @BeforeAll
  static void launchBrowser() {
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(OFFLINE));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(
                        Paths.get(System.getProperty("crm.it.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--no-first-run",
                            "--disable-sync")));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @AfterEach
  void closeContext() {
    if (second != null) {
      second.close();
      second = null;
    }
    if (context != null) {
      context.close();
      context = null;
    }
  }

  /** A new browser window whose user prefers the given language ("de-DE", "en-GB"). */
  protected Page newPage(String locale) {
    return newPage(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1366, 860));
  }

  /**
   * A new browser window of the given size (a phone's, a tablet's) in the given language, whose
   * user asks for reduced motion: what axe-core checks is the page at rest, not a message fading
   * in.
   */
  protected Page newPage(String locale, int width, int height) {
    return newPage(
        new Browser.NewContextOptions()
            .setLocale(locale)
            .setViewportSize(width, height)
            .setReducedMotion(ReducedMotion.REDUCE));
  }

  private Page newPage(Browser.NewContextOptions options) {
    if (context != null) {
      context.close();
    }
    context = browser.newContext(options);
    context.setDefaultTimeout(15_000);
    current = context.newPage();
    return current;
  }

  /**
   * A second user's window beside the first (its own cookies and session), for what two people do
   * at the same time; closed with the test.
   */
  protected Page secondUsersPage(String locale) {
    if (second != null) {
      second.close();
    }
    second =
        browser.newContext(
            new Browser.NewContextOptions().setLocale(locale).setViewportSize(1366, 860));
    second.setDefaultTimeout(15_000);
    return second.newPage();
  }

  /**
   * Waits until a just-opened PrimeFaces dialog has moved the focus into itself, which it does a
   * moment after it appears; typing before that would land in whatever field the dialog focuses
   * then.
   */
  public static void waitForDialogFocus(Page page, String dialogId) {
    page.locator("#" + dialogId).waitFor();
    page.waitForFunction(
        "id => document.activeElement && document.getElementById(id).contains(document.activeElement)",
        dialogId);
  }

  /**
   * Picks an entry of a PrimeFaces menu from the keyboard: focus the menu, type the start of the
   * entry's label (clicking into the opening panel races its animation).
   */
  public static void chooseFromMenu(Page page, String menuId, String typed, String label) {
    String id = "#" + menuId.replace(":", "\\:") + "_label";
    page.locator(id).focus();
    page.keyboard().type(typed);
    PlaywrightAssertions.assertThat(page.locator(id)).hasText(label);
  }

  /**
   * Opens a select menu with the mouse and clicks the entry holding the label. A click that met the
   * panel while it was still opening, or found it closed again, is tried again.
   */
  public static void pickFromMenu(Page page, String menuId, String label) {
    String id = "#" + menuId.replace(":", "\\:");
    Locator shown = page.locator(id + "_label");
    for (int attempt = 1; ; attempt++) {
      shown.click();
      try {
        // a panel an ajax update closed again while it opened shows no entry to click
        page.locator(id + "_items li[data-label=\"" + label.replace("\"", "\\\"") + "\"]")
            .first()
            .click(new Locator.ClickOptions().setTimeout(5_000));
        PlaywrightAssertions.assertThat(shown)
            .hasText(label, new LocatorAssertions.HasTextOptions().setTimeout(3000));
        return;
      } catch (AssertionError | TimeoutError missed) {
        if (attempt == 3) {
          throw missed;
        }
        page.keyboard().press("Escape");
      }
    }
  }

  /**
   * Drags with the mouse as a person does: presses on the element, moves in small steps (the
   * drag-and-drop scripts follow each step), releases over the target's middle.
   */
  public static void dragWithMouse(Page page, Locator from, Locator to) {
    BoundingBox source = from.boundingBox();
    BoundingBox target = to.boundingBox();
    page.mouse().move(source.x + source.width / 3, source.y + source.height / 2);
    page.mouse().down();
    page.mouse()
        .move(
            target.x + target.width / 2,
            target.y + Math.min(target.height / 2, 40),
            new Mouse.MoveOptions().setSteps(12));
    page.mouse().up();
  }

  /**
   * Drags a table row by its handle above another row, as a person reorders a list: waits until the
   * page's requests are done (the table's sorting is set up again after each update), presses,
   * nudges so the drag starts, and releases just below the other row's top edge. A drag that left
   * the order unchanged is tried once more; the check is the caller's, made again once the new
   * order has reached the server (a page reloaded before would show the old one).
   */
  public static void dragAbove(Page page, Locator handle, Locator row, Runnable placed) {
    for (int attempt = 1; ; attempt++) {
      page.waitForFunction("() => !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()");
      BoundingBox source = handle.boundingBox();
      BoundingBox target = row.boundingBox();
      double x = source.x + Math.min(source.width / 3, 30);
      double y = source.y + source.height / 2;
      page.mouse().move(x, y);
      page.mouse().down();
      page.mouse().move(x, y - 4, new Mouse.MoveOptions().setSteps(2));
      page.mouse().move(x, target.y + 3, new Mouse.MoveOptions().setSteps(15));
      page.mouse().up();
      try {
        placed.run();
        // the new order goes to the server after the drop: done only when that request is
        page.waitForFunction("() => !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()");
        placed.run();
        return;
      } catch (AssertionError missed) {
        if (attempt == 2) {
          throw missed;
        }
      }
    }
  }

  /** The id of a demo company, by its ERP debtor number, read from the test database. */
  protected static long accountWithDebtorNumber(String debtor) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                System.getenv("CRM_DB_URL"),
                System.getenv("CRM_DB_USER"),
                System.getenv("CRM_DB_PASSWORD"));
        PreparedStatement find =
            db.prepareStatement("SELECT id FROM crm_account WHERE erp_debtor_number = ?")) {
      find.setString(1, debtor);
      try (ResultSet row = find.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /**
   * Searches the ticket list until the ticket a mail opens is there (the server reads the service
   * mailbox every few seconds), then opens it.
   */
  protected static void openTicketFromMail(Page page, String searched) {
    page.locator("#nav-tickets").click();
    for (int i = 0; i < 30 && page.locator("a.crm-ticket-link").count() != 1; i++) {
      page.locator("#listForm\\:filter").fill("");
      page.locator("#listForm\\:filter").pressSequentially(searched);
      page.waitForTimeout(1000);
      page.waitForFunction("() => PrimeFaces.ajax.Queue.isEmpty()");
    }
    page.locator("a.crm-ticket-link").click();
  }

  protected static LocatorAssertions expect(Locator locator) {
    return PlaywrightAssertions.assertThat(locator);
  }

  /** Saves what the user sees under target/screenshots for review. */
  protected static void screenshot(Page page, String name) {
    try {
      Path dir = Path.of(System.getProperty("crm.it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      page.screenshot(
          new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
