package de.opencrm.domain.contact;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.List;
import java.util.Optional;

public interface ContactRepository {

  /** The list criterion "true": only people with values an import could not check. */
  String UNCHECKED = "unchecked";

  Optional<Contact> findById(long id);

  /** The (oldest) unmerged contact whose primary e-mail address this is, in any case. */
  Optional<Contact> findByPrimaryEmail(String email);

  /**
   * A page of contacts matching the filter (names, e-mail, phone, company, folded), optionally of
   * one account; only those in the scope.
   */
  Page<ContactRow> list(PageRequest request, Long accountId, RecordScope scope);

  long count(PageRequest request, Long accountId, RecordScope scope);

  /**
   * The ids the list's filter and criteria match in the scope, above {@code afterId}, ascending.
   */
  List<Long> idsMatching(PageRequest request, RecordScope scope, long afterId, int limit);

  /** The contacts with these ids (at most a page's worth), in id order. */
  List<Contact> findAllById(List<Long> ids);

  Contact add(Contact contact);

  /**
   * Computes the search keys of every person of the company again (its name is part of them), a
   * batch at a time; answers how many.
   */
  int reindexPeopleOf(long accountId);
}
