package de.opencrm.application.admin;

import de.opencrm.domain.admin.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator enters for a user. For a new user {@code id} is null and {@code
 * initialPassword} is required; for an existing one {@code version} is the version the form was
 * loaded with, so a concurrent edit is refused.
 */
public class UserForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Size(min = 3, max = 40)
  @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{crm.user.username.pattern}")
  private String username;

  @NotBlank
  @Size(max = 100)
  private String displayName;

  @Email
  @Size(max = 254)
  private String email;

  private Long teamId;

  @NotEmpty(message = "{crm.user.roles.required}")
  private List<Role> roles = new ArrayList<>();

  private String initialPassword;

  /** Shown, never entered: a directory user's name, e-mail and roles come from the directory. */
  private boolean directoryUser;

  public boolean isDirectoryUser() {
    return directoryUser;
  }

  public void setDirectoryUser(boolean directoryUser) {
    this.directoryUser = directoryUser;
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public String getInitialPassword() {
    return initialPassword;
  }

  public void setInitialPassword(String initialPassword) {
    this.initialPassword = initialPassword;
  }
}
