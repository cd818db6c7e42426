package de.opencrm.it.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;

/**
 * WCAG 2.1 AA as axe-core checks it (Deque's binding injects the npm package into the page): the
 * serious and critical violations of the page as it is shown.
 */
final class AxeCheck {

  /** The rules of WCAG 2.0 and 2.1, levels A and AA: the bar of BITV 2.0 and EN 301 549. */
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Set<String> FAILING = Set.of("serious", "critical");

  /** One rule the page breaks: how badly, on how many elements, the first of them. */
  record Violation(String rule, String impact, int elements, String example, String help) {

    @Override
    public String toString() {
      return "axe "
          + rule
          + " ("
          + impact
          + ") on "
          + elements
          + " element(s), e.g. "
          + example
          + ": "
          + help;
    }
  }

  private AxeCheck() {}

  /** The page's serious and critical violations. */
  static List<Violation> violationsOn(Page page) {
    return violations(new AxeBuilder(page));
  }

  /**
   * Those of what the user can act on now: an open modal dialog alone, else the whole page. The
   * page behind a dialog's mask is inert, and its text would be measured against the mask.
   */
  static List<Violation> violationsInFront(Page page) {
    String dialog = ".ui-dialog[aria-hidden=false]";
    return page.locator(dialog).count() > 0
        ? violations(new AxeBuilder(page).include(dialog))
        : violationsOn(page);
  }

  private static List<Violation> violations(AxeBuilder axe) {
    List<Rule> rules = axe.withTags(WCAG_21_AA).analyze().getViolations();
    return rules.stream()
        .filter(r -> FAILING.contains(r.getImpact()))
        .map(
            r -> {
              List<CheckedNode> nodes = r.getNodes();
              String example = nodes.isEmpty() ? "" : String.valueOf(nodes.get(0).getTarget());
              return new Violation(r.getId(), r.getImpact(), nodes.size(), example, r.getHelp());
            })
        .toList();
  }
}
