package de.opencrm.it.browser.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.opencrm.it.browser.BrowserTest;

/**
 * The activity tab of a company's or a person's page: open tasks and the timeline, with the
 * header's actions that log a call and plan a task.
 */
public class JournalSection {

  private final Page page;

  public JournalSection(Page page) {
    this.page = page;
  }

  /**
   * Logs an interaction of the given kind (its button label, e.g. "Anruf") with the defaults' time.
   */
  public JournalSection logActivity(
      String typeLabel, String subject, String minutes, String participants, String outcome) {
    page.locator("#recordActions\\:logCall").click();
    BrowserTest.waitForDialogFocus(page, "activityDialog");
    page.locator("#activityForm\\:type")
        .getByText(typeLabel, new Locator.GetByTextOptions().setExact(true))
        .click();
    page.locator("#activityForm\\:subject").fill(subject);
    page.locator("#activityForm\\:durationMinutes").fill(minutes);
    page.locator("#activityForm\\:participants").fill(participants);
    page.locator("#activityForm\\:outcome").fill(outcome);
    page.locator("#activityForm\\:save").click();
    page.locator("#activityDialog").waitFor(hidden());
    return this;
  }

  /** Plans a task for oneself, due on the given day as the user types it, of the given urgency. */
  public JournalSection planTask(String subject, String dueTyped, String priorityLabel) {
    page.locator("#recordActions\\:newTask").click();
    BrowserTest.waitForDialogFocus(page, "taskDialog");
    page.locator("#taskForm\\:subject").fill(subject);
    Locator due = page.locator("#taskForm\\:dueDate_input");
    due.fill(dueTyped);
    page.locator("#taskForm\\:priority")
        .getByText(priorityLabel, new Locator.GetByTextOptions().setExact(true))
        .click();
    page.locator("#taskForm\\:save").click();
    page.locator("#taskDialog").waitFor(hidden());
    return this;
  }

  /** The timeline's entries, newest first, with the activity tab opened. */
  public Locator timeline() {
    Locator tab = page.locator("#tab-activities");
    if (tab.count() > 0 && !"true".equals(tab.getAttribute("aria-selected"))) {
      tab.click();
    }
    return page.locator("#journal\\:entries");
  }

  /** The timeline's entries, one locator each. */
  public Locator timelineEntries() {
    return timeline().locator(".crm-timeline-entry");
  }

  public Locator tasks() {
    return page.locator("#recordTasks\\:tasks_data");
  }

  /** The row of a task in a task table (this page's or the start page's). */
  public static Locator taskRow(Page page, String tableId, String subject) {
    return page.locator("#" + tableId.replace(":", "\\:") + "_data tr")
        .filter(new Locator.FilterOptions().setHasText(subject));
  }

  public static void markDone(Locator row) {
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Erledigt")).click();
  }

  private static Locator.WaitForOptions hidden() {
    return new Locator.WaitForOptions()
        .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN);
  }
}
