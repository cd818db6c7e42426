package de.opencrm.application.savedview;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.savedview.ListState;
import de.opencrm.domain.savedview.SavedView;
import de.opencrm.domain.savedview.SavedViewRepository;
import de.opencrm.domain.savedview.SavedViewRow;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Saved list views: everyone keeps their own; managers and administrators also share views with
 * everyone ("Kunden ohne Betreuer", "Messe 2026"). A view is changed or deleted by its owner or an
 * administrator; saving under an existing name of one's own replaces that view.
 */
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
public class SavedViewService {

  /** The lists that have saved views. */
  public static final Set<String> LISTS = Set.of("accounts", "contacts");

  @Inject SavedViewRepository views;
  @Inject UserRepository users;
  @Resource SessionContext context;

  public List<SavedViewRow> savedViews(@NotNull String listName) {
    return views.visibleTo(checked(listName), me().getId()).stream()
        .map(
            v ->
                new SavedViewRow(
                    v.getId(),
                    v.getName(),
                    v.isShared(),
                    v.getOwner().getUsername(),
                    v.getOwner().getDisplayName(),
                    v.state()))
        .toList();
  }

  public long saveView(
      @NotNull String listName,
      @NotBlank @Size(max = SavedView.MAX_NAME) String name,
      @NotNull ListState state,
      boolean shared) {
    if (shared
        && !context.isCallerInRole(Role.Names.MANAGER)
        && !context.isCallerInRole(Role.Names.ADMIN)) {
      throw new BusinessException("view.shareNotAllowed");
    }
    User me = me();
    Stamp stamp = Stamp.of(context);
    SavedView view =
        views
            .findOwn(checked(listName), me.getId(), name)
            .orElseGet(
                () -> {
                  SavedView created = new SavedView(listName, name, me);
                  created.recordCreation(stamp.user(), stamp.at());
                  return views.add(created);
                });
    view.keep(state, shared);
    view.recordModification(stamp.user(), stamp.at());
    return view.getId();
  }

  public void deleteView(long id) {
    SavedView view = views.findById(id).orElseThrow(() -> new BusinessException("view.notFound"));
    if (!view.ownedBy(me()) && !context.isCallerInRole(Role.Names.ADMIN)) {
      throw new BusinessException("view.notYours", view.getOwner().getDisplayName());
    }
    views.remove(view);
  }

  private static String checked(String listName) {
    if (!LISTS.contains(listName)) {
      throw new IllegalArgumentException("no saved views for list " + listName);
    }
    return listName;
  }

  private User me() {
    return CallerAccess.caller(context, users);
  }
}
