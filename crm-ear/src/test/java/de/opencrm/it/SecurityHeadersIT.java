package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server (wildfly-config 65-tls.cli) sends with every page: the security headers, a
 * session cookie scripts cannot read and other sites cannot send along, HTTPS with a generated
 * certificate, and HSTS over HTTPS only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndAGuardedSessionCookie() throws Exception {
    HttpResponse<String> login =
        get(HttpClient.newHttpClient(), "http://127.0.0.1:8080/crm/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    var headers = login.headers();
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
    // HSTS means nothing over plain HTTP and must not be sent there
    assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    List<String> cookies = headers.allValues("Set-Cookie");
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("JSESSIONID"))
        .singleElement()
        .satisfies(c -> assertThat(c).containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));
  }

  @Test
  void httpsAnswersWithTheGeneratedCertificateAndAsksBrowsersToStayOnHttps() throws Exception {
    HttpClient client =
        HttpClient.newBuilder().sslContext(trustingTheSelfSignedCertificate()).build();
    HttpResponse<String> login = get(client, "https://localhost:8443/crm/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("j_username");
    assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow())
        .startsWith("max-age=");
    assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void aLineBreakSmuggledIntoAParameterAddsNoHeader() throws Exception {
    HttpResponse<String> response =
        get(
            HttpClient.newHttpClient(),
            "http://127.0.0.1:8080/crm/login.xhtml?error=true%0d%0aX-Injected:%20yes");
    assertThat(response.statusCode()).isLessThan(500);
    assertThat(response.headers().firstValue("X-Injected")).isEmpty();
    assertThat(response.body()).doesNotContain("X-Injected: yes");
  }

  /** The embedded default's certificate is self-signed: this test trusts it, a browser asks. */
  private static SSLContext trustingTheSelfSignedCertificate() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return context;
  }
}
