package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.savedview.SavedViewService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.savedview.ListState;
import de.opencrm.domain.savedview.SavedViewRow;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Saved list views: personal ones stay personal, managers share, owners delete. */
@ExtendWith(ArquillianExtension.class)
class SavedViewIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(SavedViewIT.class);
  }

  @Inject SavedViewService views;

  private static As as(String user) {
    return As.user(user, "demo");
  }

  private List<String> names(String user) throws Exception {
    return as(user).call(() -> views.savedViews("contacts")).stream()
        .map(SavedViewRow::name)
        .toList();
  }

  @Test
  void personalViewsStayPersonalSharedOnesAreSeenByAllAndOnlyOwnersDelete() throws Exception {
    String word = TestData.letterTag();
    ListState state =
        new ListState("köln", "Messe " + word, "name", false, List.of("email", "tags"));
    as("sales").call(() -> views.saveView("contacts", "Mein " + word, state, false));
    long shared = as("manager").call(() -> views.saveView("contacts", "Team " + word, state, true));

    assertThat(names("sales")).contains("Mein " + word, "Team " + word);
    assertThat(names("sales2")).contains("Team " + word).doesNotContain("Mein " + word);
    SavedViewRow mine =
        as("sales").call(() -> views.savedViews("contacts")).stream()
            .filter(v -> v.name().equals("Mein " + word))
            .findFirst()
            .orElseThrow();
    assertThat(mine.state()).isEqualTo(state);

    ListState other = new ListState(null, null, null, true, List.of("phone"));
    long replaced =
        as("sales").call(() -> views.saveView("contacts", "Mein " + word, other, false));
    assertThat(replaced).isEqualTo(mine.id());
    assertThat(names("sales").stream().filter(n -> n.equals("Mein " + word))).hasSize(1);

    assertThatThrownBy(
            () -> as("sales").call(() -> views.saveView("contacts", "X" + word, state, true)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("view.shareNotAllowed");
    assertThatThrownBy(() -> as("sales2").run(() -> views.deleteView(shared)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("view.notYours");
    as("manager").run(() -> views.deleteView(shared));
    assertThat(names("sales")).doesNotContain("Team " + word);
  }
}
