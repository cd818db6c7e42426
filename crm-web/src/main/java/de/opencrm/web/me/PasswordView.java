package de.opencrm.web.me;

import de.opencrm.application.admin.MyAccountService;
import de.opencrm.domain.admin.PasswordPolicy;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.shell.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;

/** A user changes their own password: current one, new one twice. */
@Named
@ViewScoped
public class PasswordView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "passwordForm";

  @Inject MyAccountService account;
  @Inject FacesErrors errors;
  @Inject CurrentUser currentUser;
  @Inject PasswordPolicy policy;

  @NotBlank private String currentPassword;
  @NotBlank private String newPassword;
  @NotBlank private String repeatedPassword;

  public void change() {
    if (!newPassword.equals(repeatedPassword)) {
      errors.show(BusinessException.onField("repeatedPassword", "password.mismatch"), FORM);
      return;
    }
    try {
      account.changeOwnPassword(currentPassword, newPassword);
      currentUser.refresh();
      currentPassword = null;
      newPassword = null;
      repeatedPassword = null;
      errors.info("password.changed");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  /** For the hint above the form: what the policy in force asks for. */
  public int getMinLength() {
    return policy.minLength();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
