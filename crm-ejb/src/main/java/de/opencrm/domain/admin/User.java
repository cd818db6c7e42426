package de.opencrm.domain.admin;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who logs in to the CRM. The password is only ever held as a bcrypt hash, which the
 * container's JDBC realm checks at login; an inactive user cannot log in (the realm reads active
 * users only). A user from the company directory (LDAP) has no password here: the directory checks
 * it, its groups give the roles, and the CRM keeps the row for ownership, teams and the journal.
 */
@Entity
@Table(name = "crm_user")
@NamedQuery(
    name = "User.findByUsername",
    query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = "User.count", query = "SELECT COUNT(u) FROM User u")
@NamedQuery(
    name = "User.findRolesByIds",
    query = "SELECT u.id, r FROM User u JOIN u.roles r WHERE u.id IN :ids")
public class User extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(name = "crm_user_seq", sequenceName = "crm_user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_user_seq")
  private Long id;

  @Column(nullable = false, length = 40, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  /** Set when an administrator resets the password: the user is asked to choose their own. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(nullable = false)
  private boolean active = true;

  /** Comes from the company directory, which checks the password; the JDBC realm skips the row. */
  @Column(name = "directory_user", nullable = false, updatable = false)
  private boolean directoryUser;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  /** How many open leads lead routing gives the user at most; null: no limit. */
  @Column(name = "lead_capacity")
  private Integer leadCapacity;

  /** The user's share in a team that shares leads by weight (2 gets twice the leads of 1). */
  @Column(name = "lead_weight", nullable = false)
  private int leadWeight = 1;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "crm_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_name", length = 20, nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** What a directory user has instead of a password hash; it never matches a password. */
  public static final String NO_LOCAL_PASSWORD = "!directory";

  protected User() {}

  public User(String username, String passwordHash, Instant now) {
    this.username = normalizeUsername(username);
    changePassword(passwordHash, now, false);
  }

  /** A user the company directory let in for the first time, as the directory describes them. */
  public static User fromDirectory(DirectoryProfile profile, Instant now) {
    User user = new User(profile.username(), NO_LOCAL_PASSWORD, now);
    user.directoryUser = true;
    user.adopt(profile);
    return user;
  }

  /**
   * Takes name, e-mail and roles from the directory; true when anything changed, so an unchanged
   * login writes nothing.
   */
  public boolean adopt(DirectoryProfile profile) {
    if (!directoryUser) {
      throw new IllegalStateException(username + " is not a directory user");
    }
    boolean changed =
        !profile.displayName().equals(displayName)
            || !Objects.equals(profile.email(), email)
            || !roles.equals(profile.roles());
    displayName = profile.displayName();
    email = profile.email();
    grantExactly(profile.roles());
    return changed;
  }

  /**
   * User names are compared case-insensitively; the realm lower-cases what is typed at login the
   * same way.
   */
  public static String normalizeUsername(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  /** The team a user works in; for a directory user the only part of the profile the CRM keeps. */
  public void assignTeam(Team newTeam) {
    this.team = newTeam;
  }

  public void describe(String newDisplayName, String newEmail, Team newTeam) {
    this.displayName = newDisplayName.strip();
    this.email = Texts.trimToNull(newEmail);
    this.team = newTeam;
  }

  public void grantExactly(Collection<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public final void changePassword(String newHash, Instant at, boolean temporary) {
    this.passwordHash = newHash;
    this.passwordChangedAt = at;
    this.mustChangePassword = temporary;
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  /** What lead routing may give the user: at most {@code capacity} open leads, this weight. */
  public void takeLeads(Integer capacity, int weight) {
    if ((capacity != null && capacity < 0) || weight < 1) {
      throw new IllegalArgumentException("capacity " + capacity + ", weight " + weight);
    }
    this.leadCapacity = capacity;
    this.leadWeight = weight;
  }

  public Integer getLeadCapacity() {
    return leadCapacity;
  }

  public int getLeadWeight() {
    return leadWeight;
  }

  public boolean isDirectoryUser() {
    return directoryUser;
  }

  public boolean isActive() {
    return active;
  }

  public Team getTeam() {
    return team;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  @Override
  public String auditLabel() {
    return getUsername();
  }
}
