package de.opencrm.application.knowledge;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.knowledge.KnowledgeArticle;
import de.opencrm.domain.knowledge.KnowledgeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In demo mode only, into an empty knowledge base: a few published articles to find. */
@Singleton
@Startup
@DependsOn("UserBootstrap")
public class DemoKnowledge {

  private static final Logger LOG = Logger.getLogger(DemoKnowledge.class.getName());

  @Inject KnowledgeRepository articles;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createDemoArticles() {
    if (!demo || !articles.isEmpty()) {
      return;
    }
    publish(
        "Drucker meldet Papierstau, obwohl kein Papier klemmt",
        """
        Häufig ist der Papiersensor verschmutzt oder das Papierfach nicht ganz eingerastet.
        1. Drucker ausschalten und das Papierfach vollständig herausziehen.
        2. Den Sensor hinter dem Fach mit einem trockenen Tuch reinigen.
        3. Fach wieder einsetzen, bis es hörbar einrastet, und den Drucker einschalten.
        Bleibt die Meldung, bitte die Seriennummer nennen: dann tauschen wir die Einzugsrolle.""",
        "hardware",
        "de");
    publish(
        "Rechnung doppelt erhalten",
        """
        Wurde eine Rechnung zweimal zugestellt, gilt nur die Rechnungsnummer: Sie zahlen sie einmal.
        Haben Sie bereits doppelt überwiesen, erstatten wir den Betrag innerhalb von 10 Werktagen
        auf das Konto, von dem die Zahlung kam, oder verrechnen ihn mit der nächsten Rechnung.""",
        "billing",
        "de");
    publish(
        "Passwort für das Kundenportal zurücksetzen",
        """
        Auf der Anmeldeseite des Kundenportals „Passwort vergessen“ wählen und die E-Mail-Adresse
        eingeben. Der Link in der E-Mail gilt 24 Stunden. Kommt keine E-Mail, bitte den Spam-Ordner
        prüfen; sonst setzen wir das Passwort auf Ihren Anruf hin zurück.""",
        "portal",
        "de");
    publish(
        "Invoice received twice",
        """
        If an invoice arrived twice, only its invoice number counts: please pay it once.
        If you already paid twice, we refund the amount within 10 working days to the account the
        payment came from, or set it off against your next invoice.""",
        "billing",
        "en");
    LOG.info("Demo mode: the knowledge base has its first articles.");
  }

  private void publish(String title, String body, String category, String language) {
    Stamp stamp = Stamp.system();
    KnowledgeArticle article = new KnowledgeArticle(title, body, category, language);
    article.publish(stamp.at());
    article.recordCreation(stamp.user(), stamp.at());
    articles.add(article);
  }
}
