package de.opencrm.domain.savedview;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A named list state of one user, possibly shared with everyone. */
@Entity
@Table(name = "crm_saved_view")
public class SavedView extends AuditedEntity {

  public static final int MAX_NAME = 60;

  @Id
  @SequenceGenerator(
      name = "crm_saved_view_seq",
      sequenceName = "crm_saved_view_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_saved_view_seq")
  private Long id;

  @Column(name = "list_name", nullable = false, length = 20)
  private String listName;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @Column(nullable = false)
  private boolean shared;

  @Column(name = "filter_text", length = 200)
  private String filter;

  @Column(length = 40)
  private String tag;

  @Column(name = "sort_field", length = 40)
  private String sortField;

  @Column(nullable = false)
  private boolean ascending;

  @Column(nullable = false, length = 400)
  private String columns;

  @Column(name = "custom_field_id")
  private Long customField;

  @Column(name = "custom_value", length = 200)
  private String customValue;

  protected SavedView() {}

  public SavedView(String listName, String name, User owner) {
    this.listName = listName;
    this.name = name.strip();
    this.owner = owner;
  }

  /** Keeps the list state and whether everyone sees the view. */
  public void keep(ListState state, boolean sharedWithAll) {
    this.filter = Texts.trimToNull(state.filter());
    this.tag = Texts.trimToNull(state.tag());
    this.sortField = Texts.trimToNull(state.sortField());
    this.ascending = state.ascending();
    this.columns = String.join(",", state.columns());
    this.customField = state.customField();
    this.customValue =
        state.customValue() == null || state.customValue().length() > 200
            ? null
            : state.customValue();
    this.shared = sharedWithAll;
  }

  public ListState state() {
    List<String> visible = columns.isEmpty() ? List.of() : Arrays.asList(columns.split(","));
    return new ListState(filter, tag, sortField, ascending, visible, customField, customValue);
  }

  public boolean ownedBy(User user) {
    return owner.getId().equals(user.getId());
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getListName() {
    return listName;
  }

  public boolean isShared() {
    return shared;
  }

  public User getOwner() {
    return owner;
  }
}
