package de.opencrm.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainCheckTest {

  private static List<AuditEntry> chain(int length) {
    AuditChainHead head = new AuditChainHead(0, AuditEntry.GENESIS);
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      entries.add(
          head.append(
              new AuditEvent(
                  Instant.parse("2026-11-23T10:15:30.123Z").plusSeconds(i),
                  "sales",
                  AuditChannel.UI,
                  "10.0.0.7",
                  AuditAction.UPDATE,
                  "Account",
                  100L + i,
                  "Müller Logistik GmbH",
                  List.of(new FieldChange("billingAddress.city", "Köln", "Hamburg " + i)))));
    }
    return entries;
  }

  private static AuditChainCheck.Result check(List<AuditEntry> entries) {
    AuditChainCheck check = new AuditChainCheck();
    for (AuditEntry entry : entries) {
      if (!check.accept(entry)) {
        break;
      }
    }
    AuditEntry last = entries.get(entries.size() - 1);
    return check.finish(last.getId(), last.getHash());
  }

  private static void overwrite(AuditEntry entry, String field, Object value) throws Exception {
    Field f = AuditEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(entry, value);
  }

  @Test
  void anUntouchedChainIsIntact() {
    AuditChainCheck.Result result = check(chain(50));
    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(50);
  }

  @Test
  void oneChangedCharacterIsFoundAtItsEntry() throws Exception {
    List<AuditEntry> entries = chain(50);
    AuditEntry victim = entries.get(16);
    overwrite(victim, "changes", victim.getChanges().replace("Hamburg", "Hamburh"));

    AuditChainCheck.Result result = check(entries);

    assertThat(result.intact()).isFalse();
    assertThat(result.brokenAt()).isEqualTo(17);
    assertThat(result.problem()).isEqualTo(AuditChainCheck.Problem.CONTENT_CHANGED);
  }

  @Test
  void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNext() throws Exception {
    List<AuditEntry> entries = chain(10);
    AuditEntry victim = entries.get(3);
    overwrite(victim, "username", "admin");
    overwrite(victim, "hash", victim.computeHash());

    AuditChainCheck.Result result = check(entries);

    assertThat(result.brokenAt()).isEqualTo(5);
    assertThat(result.problem()).isEqualTo(AuditChainCheck.Problem.LINK_BROKEN);
  }

  @Test
  void aRemovedEntryAndACutEndAreNoticed() {
    List<AuditEntry> entries = chain(10);
    List<AuditEntry> gap = new ArrayList<>(entries);
    gap.remove(6);
    AuditChainCheck.Result missing = check(gap);
    assertThat(missing.brokenAt()).isEqualTo(8);
    assertThat(missing.problem()).isEqualTo(AuditChainCheck.Problem.ENTRIES_MISSING);

    AuditChainCheck cut = new AuditChainCheck();
    entries.subList(0, 8).forEach(cut::accept);
    AuditChainCheck.Result end = cut.finish(10, entries.get(9).getHash());
    assertThat(end.brokenAt()).isEqualTo(9);
    assertThat(end.problem()).isEqualTo(AuditChainCheck.Problem.END_MISSING);
  }

  @Test
  void changesAreStoredAsJsonAndLongOnesLeaveOutWhatDoesNotFit() {
    List<FieldChange> changes =
        List.of(
            new FieldChange("name", null, "Müller \"Logistik\""),
            new FieldChange("notes", "x".repeat(1000), null));
    String text = AuditChanges.write(changes, 4000);
    assertThat(AuditChanges.read(text).get(0)).isEqualTo(changes.get(0));
    assertThat(AuditChanges.read(text).get(1).before()).hasSize(AuditChanges.MAX_VALUE + 1);

    String cut = AuditChanges.write(changes, 200);
    assertThat(cut.length()).isLessThanOrEqualTo(200);
    assertThat(AuditChanges.read(cut))
        .extracting(FieldChange::field)
        .containsExactly("name", AuditChanges.MORE);
  }
}
