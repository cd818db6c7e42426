package de.opencrm.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.common.PageRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JpqlTest {

  @Test
  void likeWildcardsTypedByAUserAreTakenLiterally() {
    assertThat(Jpql.containsPattern("50%_Rabatt\\")).isEqualTo("%50\\%\\_rabatt\\\\%");
  }

  @Test
  void unknownSortFieldsFallBackSoNoTextReachesTheQuery() {
    var sortable = Map.of("username", "u.username");
    var hostile = new PageRequest(0, 20, "username; DROP TABLE crm_user", false, null);
    assertThat(Jpql.orderBy(sortable, hostile, "u.id")).isEqualTo(" ORDER BY u.id DESC");
    var known = new PageRequest(0, 20, "username", true, null);
    assertThat(Jpql.orderBy(sortable, known, "u.id")).isEqualTo(" ORDER BY u.username ASC");
  }

  @Test
  void filterMatchesAnyOfThePaths() {
    assertThat(Jpql.containsAny("u.a", "u.b"))
        .isEqualTo(
            " WHERE (LOWER(u.a) LIKE :pattern ESCAPE '\\' OR LOWER(u.b) LIKE :pattern ESCAPE '\\')");
  }
}
