package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    String stranger = "it-nobody-" + TestData.letterTag();
    As.user("marketing", "demo");
    assertThatThrownBy(() -> As.user(stranger, "falsch")).isInstanceOf(SecurityException.class);

    Path log = Path.of(System.getProperty("jboss.server.log.dir"), "crm-security-audit.log");
    assertThat(log).exists();
    String events = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(events)
        .contains("SecurityAuthenticationSuccessfulEvent")
        .contains("marketing")
        .contains("SecurityAuthenticationFailedEvent")
        .contains(stranger);
  }
}
