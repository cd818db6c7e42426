package de.opencrm.domain.lead.scoring;

import java.util.Locale;
import java.util.Set;

/**
 * The free mail providers people in Germany, Austria and Switzerland use most: an address there
 * says nothing about an employer.
 */
public final class FreeMailDomains {

  private static final Set<String> DOMAINS =
      Set.of(
          "gmx.de",
          "gmx.net",
          "gmx.at",
          "gmx.ch",
          "web.de",
          "t-online.de",
          "freenet.de",
          "posteo.de",
          "mailbox.org",
          "mail.de",
          "arcor.de",
          "online.de",
          "vodafone.de",
          "email.de",
          "gmail.com",
          "googlemail.com",
          "yahoo.com",
          "yahoo.de",
          "outlook.com",
          "outlook.de",
          "hotmail.com",
          "hotmail.de",
          "live.com",
          "live.de",
          "msn.com",
          "icloud.com",
          "me.com",
          "aol.com",
          "aon.at",
          "chello.at",
          "bluewin.ch",
          "gmx.com",
          "proton.me",
          "protonmail.com",
          "yandex.com",
          "mail.ru");

  private FreeMailDomains() {}

  /** The domain of an address, lower case; null without one. */
  public static String domainOf(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    return at < 0 || at == email.length() - 1
        ? null
        : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
  }

  public static boolean isFreeMail(String email) {
    String domain = domainOf(email);
    return domain != null && DOMAINS.contains(domain);
  }

  public static boolean isCorporate(String email) {
    String domain = domainOf(email);
    return domain != null && !DOMAINS.contains(domain);
  }
}
