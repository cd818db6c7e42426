package de.opencrm.it.browser;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages field staff open between visits, at a phone's and a tablet's size and zoomed to 200 %
 * and 400 %: nothing scrolls sideways, every button and field is a touch target of at least 44 px,
 * and axe-core finds nothing serious. Each page is photographed for review.
 */
final class SmallScreens {

  /** A screen the CRM must fit. */
  record Size(String name, int width, int height) {}

  /**
   * A phone and a tablet, and a 1280 × 860 desktop window zoomed to 200 % and to 400 %: zooming
   * divides the CSS pixels, so 400 % is the 320 px wide viewport WCAG 1.4.10 (reflow) names.
   */
  static final List<Size> SIZES =
      List.of(
          new Size("phone", 390, 844),
          new Size("tablet", 768, 1024),
          new Size("zoom200", 640, 430),
          new Size("zoom400", 320, 215));

  /** The kinds of page (as {@link SiteWalk} names them) checked at each size. */
  static final List<String> MAIN_PAGES =
      List.of(
          "/crm/index.xhtml",
          "/crm/accounts/list.xhtml",
          "/crm/contacts/list.xhtml",
          "/crm/leads/list.xhtml",
          "/crm/opportunities/list.xhtml",
          "/crm/tickets/list.xhtml",
          "/crm/accounts/account.xhtml?id",
          "/crm/contacts/contact.xhtml?id",
          "/crm/leads/lead.xhtml?id",
          "/crm/tickets/ticket.xhtml?id");

  private static final int TOUCH = 44;

  private SmallScreens() {}

  /** What is wrong with the page as the browser shows it now; empty when nothing. */
  static List<String> problemsOn(Page page, Size size) {
    List<String> problems = new ArrayList<>();
    Number wide = (Number) page.evaluate("() => document.documentElement.scrollWidth");
    if (wide.intValue() > size.width()) {
      problems.add("scrolls sideways: " + wide + " px wide, " + widest(page, size));
    }
    @SuppressWarnings("unchecked")
    List<String> small =
        (List<String>)
            page.evaluate(
                "min => Array.from(document.querySelectorAll('main .ui-button, main input:not([type=hidden]):not([type=file]),"
                    + " main select, main textarea, header button, header a'))"
                    + ".filter(e => e.offsetParent !== null && !e.closest('.ui-helper-hidden-accessible'))"
                    + ".filter(e => e.getBoundingClientRect().height < min)"
                    + ".map(e => (e.id || e.className || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().height) + ' px')",
                TOUCH);
    if (!small.isEmpty()) {
      problems.add(
          small.size()
              + " touch target(s) under "
              + TOUCH
              + " px, e.g. "
              + small.subList(0, Math.min(3, small.size())));
    }
    AxeCheck.violationsInFront(page).forEach(v -> problems.add(v.toString()));
    return problems;
  }

  /** The elements reaching furthest past the right edge, to say where to look. */
  private static String widest(Page page, Size size) {
    return String.valueOf(
        page.evaluate(
            "w => Array.from(document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                + ".slice(-3).map(e => e.tagName + '#' + e.id + '.' + e.className)",
            size.width()));
  }
}
