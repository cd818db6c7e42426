package de.opencrm.web.shell;

import de.opencrm.domain.admin.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The CRM's main navigation and which roles see each entry. web.xml guards the same folders; this
 * list only decides what the menu offers, so nobody is shown a door they cannot open.
 */
public enum NavigationItem {
  START("nav.start", "/index.xhtml", "pi pi-home", EnumSet.allOf(Role.class)),
  ACCOUNTS(
      "nav.accounts",
      "/accounts/list.xhtml",
      "pi pi-building",
      EnumSet.of(Role.SALES, Role.MANAGER, Role.SERVICE, Role.MARKETING, Role.ADMIN)),
  CONTACTS(
      "nav.contacts",
      "/contacts/list.xhtml",
      "pi pi-id-card",
      EnumSet.of(Role.SALES, Role.MANAGER, Role.SERVICE, Role.MARKETING, Role.ADMIN)),
  LEADS(
      "nav.leads",
      "/leads/list.xhtml",
      "pi pi-inbox",
      EnumSet.of(Role.SALES, Role.MANAGER, Role.MARKETING, Role.ADMIN)),
  OPPORTUNITIES(
      "nav.opportunities",
      "/opportunities/list.xhtml",
      "pi pi-chart-line",
      EnumSet.of(Role.SALES, Role.MANAGER, Role.ADMIN)),
  TICKETS(
      "nav.tickets",
      "/tickets/list.xhtml",
      "pi pi-ticket",
      EnumSet.of(Role.SERVICE, Role.MANAGER, Role.ADMIN)),
  USERS("nav.users", "/admin/users.xhtml", "pi pi-users", EnumSet.of(Role.ADMIN)),
  TEAMS("nav.teams", "/admin/teams.xhtml", "pi pi-sitemap", EnumSet.of(Role.ADMIN)),
  CUSTOM_FIELDS(
      "nav.customFields", "/admin/custom-fields.xhtml", "pi pi-sliders-h", EnumSet.of(Role.ADMIN)),
  LEAD_ROUTING(
      "nav.leadRouting", "/admin/lead-routing.xhtml", "pi pi-directions", EnumSet.of(Role.ADMIN)),
  LEAD_SCORING(
      "nav.leadScoring", "/admin/lead-scoring.xhtml", "pi pi-star", EnumSet.of(Role.ADMIN)),
  WEB_FORMS("nav.webForms", "/admin/web-forms.xhtml", "pi pi-globe", EnumSet.of(Role.ADMIN)),
  PRODUCTS("nav.products", "/admin/products.xhtml", "pi pi-box", EnumSet.of(Role.ADMIN)),
  ERP("nav.erp", "/admin/erp.xhtml", "pi pi-sync", EnumSet.of(Role.ADMIN)),
  PERMISSIONS("nav.permissions", "/admin/permissions.xhtml", "pi pi-lock", EnumSet.of(Role.ADMIN)),
  PRIVACY(
      "nav.privacy",
      "/privacy/requests.xhtml",
      "pi pi-user-minus",
      EnumSet.of(Role.PRIVACY, Role.ADMIN)),
  AUDIT_JOURNAL("nav.audit", "/audit/journal.xhtml", "pi pi-shield", EnumSet.of(Role.AUDITOR));

  private final String labelKey;
  private final String path;
  private final String icon;
  private final Set<Role> roles;

  NavigationItem(String labelKey, String path, String icon, Set<Role> roles) {
    this.labelKey = labelKey;
    this.path = path;
    this.icon = icon;
    this.roles = roles;
  }

  /** The entries a user with the given roles may open, in menu order. */
  public static List<NavigationItem> visibleTo(Predicate<Role> hasRole) {
    return Arrays.stream(values()).filter(item -> item.roles.stream().anyMatch(hasRole)).toList();
  }

  public String getLabelKey() {
    return labelKey;
  }

  public String getPath() {
    return path;
  }

  public String getIcon() {
    return icon;
  }
}
