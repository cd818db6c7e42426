package de.opencrm.web.account;

import de.opencrm.application.account.AccountService;
import de.opencrm.domain.admin.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The account list: search as you type, sort, page; sales and managers start new accounts from
 * here.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject ExternalContext external;

  private AccountLazyDataModel model;

  @PostConstruct
  void init() {
    model = new AccountLazyDataModel(accounts);
  }

  public AccountLazyDataModel getModel() {
    return model;
  }

  public boolean isMayCreate() {
    return external.isUserInRole(Role.Names.SALES)
        || external.isUserInRole(Role.Names.MANAGER)
        || external.isUserInRole(Role.Names.ADMIN);
  }
}
