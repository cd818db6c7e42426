package de.opencrm.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Logs in through the CRM's FORM login over HTTP, as a browser would, and tells whether the
 * container let the user in.
 */
public final class FormLogin {

  private FormLogin() {}

  public static boolean succeeds(URI crm, String username, String password)
      throws IOException, InterruptedException {
    return logIn(crm, username, password, newClient());
  }

  /** A client logged in as the user (its session cookie kept), as a browser after the login. */
  public static HttpClient session(URI crm, String username, String password)
      throws IOException, InterruptedException {
    HttpClient client = newClient();
    if (!logIn(crm, username, password, client)) {
      throw new IllegalStateException(username + " could not log in");
    }
    return client;
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private static boolean logIn(URI crm, String username, String password, HttpClient client)
      throws IOException, InterruptedException {
    client.send(
        HttpRequest.newBuilder(crm.resolve("index.xhtml")).build(),
        HttpResponse.BodyHandlers.discarding());
    String form =
        "j_username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(crm.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // the container redirects to the page asked for after a good login and shows the error page
    // after a bad one
    return answer.statusCode() == 302 || answer.statusCode() == 303;
  }
}
