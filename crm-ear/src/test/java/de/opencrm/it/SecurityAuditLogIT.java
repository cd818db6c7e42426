package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Elytron writes the security domain's own events to a separate file for operations (wildfly-config
 * 20-security.cli): a successful and a failed login land there as JSON lines.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityAuditLogIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(SecurityAuditLogIT.class);
  }

  @Test
  void successfulAndFailedLoginsAreInTheServersSecurityLog() throws Exception {
    As.user("marketing", "demo");
    // a user the CRM knows, with a wrong password: the failure names them (with the directory login
    // on, Elytron's distributed realm logs a name no realm knows without it; the CRM's audit
    // journal keeps the typed name of every failed login)
    assertThatThrownBy(() -> As.user("service2", "falsch-" + TestData.letterTag()))
        .isInstanceOf(SecurityException.class);
    As.user("service2", "demo");

    Path log = Path.of(System.getProperty("jboss.server.log.dir"), "crm-security-audit.log");
    assertThat(log).exists();
    List<String> events = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(events)
        .anyMatch(
            e -> e.contains("SecurityAuthenticationSuccessfulEvent") && e.contains("\"marketing\""))
        .anyMatch(e -> e.contains("SecurityAuthenticationFailedEvent") && e.contains("service2"));
  }
}
