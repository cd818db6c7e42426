package de.opencrm.it.browser.page;

import com.microsoft.playwright.Page;

/**
 * Someone who works without a mouse: Tab and Shift+Tab move the focus, Enter and Space act, the
 * arrow keys choose, and text is typed where the focus is. Every step goes through the keys alone,
 * so a control that cannot be reached or worked that way fails the test that needs it.
 */
public final class KeyboardUser {

  /** More Tabs than any page of the CRM needs to reach a control from anywhere. */
  private static final int MOST_TABS = 150;

  private final Page page;

  public KeyboardUser(Page page) {
    this.page = page;
  }

  /**
   * Presses Tab until the focus is on what the CSS selector finds; fails if it never gets there.
   */
  public KeyboardUser tabTo(String selector) {
    for (int i = 0; i < MOST_TABS; i++) {
      if (focusIsOn(selector)) {
        return this;
      }
      page.keyboard().press("Tab");
    }
    throw new AssertionError(
        "Tab never reached "
            + selector
            + "; the focus ended on "
            + focused()
            + " at "
            + page.url());
  }

  /** Presses one key (Enter, Space, ArrowDown, Escape, ...) where the focus is. */
  public KeyboardUser press(String key) {
    page.keyboard().press(key);
    return this;
  }

  /** Types the text where the focus is, as a person does, key by key. */
  public KeyboardUser type(String text) {
    page.keyboard().type(text);
    return this;
  }

  /** Waits until the focus is inside the element of that id (a dialog that has opened). */
  public KeyboardUser waitForFocusIn(String id) {
    page.waitForFunction(
        "id => document.activeElement && document.getElementById(id)"
            + " && document.getElementById(id).contains(document.activeElement)",
        id);
    return this;
  }

  public boolean focusIsOn(String selector) {
    return (Boolean)
        page.evaluate(
            "s => !!document.activeElement && document.activeElement.matches(s)", selector);
  }

  public String focused() {
    return String.valueOf(
        page.evaluate(
            "() => { const e = document.activeElement; return e ? e.tagName + '#' + e.id + ' \"'"
                + " + (e.textContent || '').trim().slice(0, 30) + '\" ' + (e.getAttribute('href') || '') : 'nothing'; }"));
  }
}
