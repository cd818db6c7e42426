package de.opencrm.application.common;

import jakarta.ejb.SessionContext;
import java.security.Principal;
import java.time.Instant;

/** Who is calling and when: what every change records. */
public record Stamp(String user, Instant at) {

  public static Stamp of(SessionContext context) {
    Principal caller = context.getCallerPrincipal();
    // a timer or schedule runs without a user: the container calls it "anonymous"
    boolean nobody = caller == null || "anonymous".equals(caller.getName());
    return new Stamp(nobody ? "system" : caller.getName(), Instant.now());
  }

  public static Stamp system() {
    return new Stamp("system", Instant.now());
  }
}
