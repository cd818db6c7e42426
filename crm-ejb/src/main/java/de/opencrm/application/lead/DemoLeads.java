package de.opencrm.application.lead;

import de.opencrm.application.common.Stamp;
import de.opencrm.application.lead.routing.LeadRoutingService;
import de.opencrm.application.lead.scoring.LeadScoringService;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.TeamRepository;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadOrigin;
import de.opencrm.domain.lead.LeadPerson;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.routing.Distribution;
import de.opencrm.domain.lead.routing.PostalRange;
import de.opencrm.domain.lead.routing.RoutingConditions;
import de.opencrm.domain.lead.routing.RoutingRule;
import de.opencrm.domain.lead.routing.RoutingRuleRepository;
import de.opencrm.domain.lead.scoring.ScoreCriterion;
import de.opencrm.domain.lead.scoring.ScoreValues;
import de.opencrm.domain.lead.scoring.ScoringRule;
import de.opencrm.domain.lead.scoring.ScoringRuleRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode only, and only into a database without leads or rules: the sales regions as routing
 * rules (north to the team Vertrieb Nord in turn, south to Vertrieb Süd by fewest open leads,
 * Austria and Switzerland to Sabine Sommer, the rest to the sales manager) and a few leads routed
 * by them; and, into a database without scoring rules, a set of scoring rules (titles of people who
 * decide, company size, DACH, referrals and fairs, company mail, repeated submissions).
 */
@Singleton
@Startup
@DependsOn("UserBootstrap")
public class DemoLeads {

  private static final Logger LOG = Logger.getLogger(DemoLeads.class.getName());

  private record Demo(
      String first,
      String last,
      String company,
      String title,
      LeadSource source,
      Address address) {}

  private static final List<Demo> DEMO =
      List.of(
          new Demo(
              "Jonas",
              "Krüger",
              "Hanse Kühllogistik GmbH",
              "Leiter Disposition",
              LeadSource.WEB_FORM,
              new Address("Am Sandtorkai 12", "20457", "Hamburg", null, "DE")),
          new Demo(
              "Leonie",
              "Hoffmann",
              "Bayern Präzisionsteile AG",
              "Einkauf",
              LeadSource.EVENT,
              new Address("Leopoldstraße 80", "80802", "München", null, "DE")),
          new Demo(
              "Tobias",
              "Wagner",
              "Elbtal Maschinen KG",
              "Geschäftsführer",
              LeadSource.REFERRAL,
              new Address("Königsbrücker Str. 5", "01099", "Dresden", null, "DE")),
          new Demo(
              "Katharina",
              "Gruber",
              "Alpen Handels GmbH",
              "Vertriebsleitung",
              LeadSource.WEB_FORM,
              new Address("Mariahilfer Straße 20", "1070", "Wien", null, "AT")),
          new Demo(
              "Pieter",
              "de Vries",
              "Noord Trading B.V.",
              "Inkoop",
              LeadSource.PHONE,
              new Address("Damrak 1", "1012 LG", "Amsterdam", null, "NL")));

  @Inject LeadRepository leads;
  @Inject RoutingRuleRepository rules;
  @Inject LeadRoutingService routing;
  @Inject LeadScoringService scoring;
  @Inject ScoringRuleRepository scoringRules;
  @Inject UserRepository users;
  @Inject TeamRepository teams;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createDemoLeads() {
    if (demo && scoringRules.all().isEmpty()) {
      createScoringRules();
    }
    if (!demo
        || !rules.allInOrder().isEmpty()
        || leads.list(PageRequest.of(0, 1), RecordScope.ALL).total() > 0) {
      return;
    }
    Stamp stamp = Stamp.system();
    teamRule(
        "Norddeutschland (PLZ 0–4)", 10, "0-4", "Vertrieb Nord", Distribution.ROUND_ROBIN, stamp);
    teamRule("Süddeutschland (PLZ 5–9)", 20, "5-9", "Vertrieb Süd", Distribution.LEAST_OPEN, stamp);
    users
        .findByUsername("sales2")
        .ifPresent(
            sabine -> {
              RoutingRule dach = new RoutingRule("Österreich und Schweiz", 30);
              dach.restrictTo(
                  new RoutingConditions(
                      Set.of("AT", "CH"),
                      List.of(),
                      Set.of(),
                      Set.of(),
                      Set.of(),
                      Set.of(),
                      null,
                      null));
              dach.giveTo(sabine);
              dach.recordCreation(stamp.user(), stamp.at());
              rules.add(dach);
            });
    users.findByUsername("manager").ifPresent(rules.settings()::setDefaultOwner);
    int minutes = 0;
    for (Demo d : DEMO) {
      minutes += 95;
      Lead lead =
          new Lead(
              new LeadPerson(d.first(), d.last(), null, null, d.title(), "de"),
              new LeadOrigin(d.source(), stamp.at().minus(minutes, ChronoUnit.MINUTES)));
      lead.describeCompany(d.company(), null, CompanySize.MEDIUM, d.address());
      lead.recordCreation(stamp.user(), stamp.at());
      leads.add(lead);
      scoring.scoreLead(lead);
      routing.routeLead(lead);
    }
    LOG.info("Demo mode: 3 routing rules and " + DEMO.size() + " routed demo leads created.");
  }

  private void createScoringRules() {
    Stamp stamp = Stamp.system();
    scoringRule(
        ScoreCriterion.JOB_TITLE,
        "Geschäftsführer, Geschäftsführerin, Inhaber, Vorstand, CEO, Leiter, Leiterin, leitung, Head",
        30,
        stamp);
    scoringRule(ScoreCriterion.COMPANY_SIZE, "MEDIUM, LARGE, ENTERPRISE", 20, stamp);
    scoringRule(ScoreCriterion.COUNTRY, "DE, AT, CH", 10, stamp);
    scoringRule(ScoreCriterion.SOURCE, "REFERRAL, EVENT", 15, stamp);
    scoringRule(ScoreCriterion.CORPORATE_EMAIL, null, 10, stamp);
    scoringRule(ScoreCriterion.FREE_MAIL, null, -10, stamp);
    scoringRule(ScoreCriterion.REPEATED_SUBMISSIONS, "2", 20, stamp);
  }

  private void scoringRule(ScoreCriterion criterion, String values, int points, Stamp stamp) {
    ScoringRule rule = new ScoringRule(criterion, ScoreValues.parse(criterion, values), points);
    rule.recordCreation(stamp.user(), stamp.at());
    scoringRules.add(rule);
  }

  private void teamRule(
      String name, int order, String postal, String team, Distribution how, Stamp stamp) {
    teams
        .findByName(team)
        .ifPresent(
            t -> {
              RoutingRule rule = new RoutingRule(name, order);
              rule.restrictTo(
                  new RoutingConditions(
                      Set.of("DE"),
                      List.of(PostalRange.parse(postal).orElseThrow()),
                      Set.of(),
                      Set.of(),
                      Set.of(),
                      Set.of(),
                      null,
                      null));
              rule.giveTo(t, how);
              rule.recordCreation(stamp.user(), stamp.at());
              rules.add(rule);
            });
  }
}
