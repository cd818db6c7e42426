package de.opencrm.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the system tests deploy: the real EAR this module just built, and, for in-container tests,
 * the same EAR with one more web module holding the test classes (context root /crm-it, secured by
 * the CRM's domain).
 */
public final class CrmDeployment {

  private static final File EAR = new File("target/crm.ear");

  private CrmDeployment() {}

  /** The CRM exactly as it ships. */
  public static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, EAR);
  }

  /** The CRM plus a test module that runs the given classes inside the server. */
  public static EnterpriseArchive withTests(Class<?>... testClasses) {
    return withTestsAndLibraries(List.of(), testClasses);
  }

  /**
   * The CRM plus a test module with the given classes and the jars holding the given library
   * classes (such as GreenMail's), for tests that need a library the server does not have.
   */
  public static EnterpriseArchive withTestsAndLibraries(
      List<Class<?>> libraryClasses, Class<?>... testClasses) {
    EnterpriseArchive ear = application();
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "crm-it.war")
            .addClasses(testClasses)
            .addClasses(
                CrmDeployment.class,
                As.class,
                FormLogin.class,
                TestData.class,
                Rows.class,
                LeadInbox.class)
            .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsWebInfResource(
                new StringAsset("<jboss-web><security-domain>crm</security-domain></jboss-web>"),
                "jboss-web.xml")
            .setManifest(
                new StringAsset(
                    "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
    libraryClasses.forEach(library -> tests.addAsLibraries(jarOf(library)));
    ear.addAsModule(tests);
    ear.setApplicationXML(
        new StringAsset(withModule(applicationXml(ear), "crm-it.war", "/crm-it")));
    Testable.archiveToTest(tests);
    return ear;
  }

  private static String applicationXml(EnterpriseArchive ear) {
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the built EAR has no readable application.xml", e);
    }
  }

  private static String withModule(String applicationXml, String war, String contextRoot) {
    String module =
        "<module><web><web-uri>"
            + war
            + "</web-uri><context-root>"
            + contextRoot
            + "</context-root></web></module>";
    return applicationXml.replace("</application>", module + "</application>");
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
