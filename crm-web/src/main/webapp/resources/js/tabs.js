/*
 * The tabs of a record page (WAI-ARIA tabs pattern, automatic activation): a click or the arrow,
 * Home and End keys open a tab in place; the address follows (?tab=...), so reloading or sharing it
 * opens the same tab. Without this script each tab is a plain link that the server answers.
 *
 * Listeners sit on the document, and the open tab is applied again after every PrimeFaces ajax
 * update: a form that holds tabs (the lead's page) is rendered anew by the server, which does not
 * see the address of an ajax request and would show the first tab.
 */
(function () {
  'use strict';

  var TABS = '[role="tablist"].crm-tabs';

  function tabsOf(list) {
    return Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
  }

  function open(tab, focus, remember) {
    var list = tab.closest(TABS);
    tabsOf(list).forEach(function (other) {
      var selected = other === tab;
      other.setAttribute('aria-selected', selected ? 'true' : 'false');
      other.setAttribute('tabindex', selected ? '0' : '-1');
      var panel = document.getElementById(other.getAttribute('aria-controls'));
      if (panel) {
        panel.classList.toggle('crm-hidden', !selected);
        if (selected && window.PrimeFaces && PrimeFaces.invokeDeferredRenders) {
          // tables drawn while their panel was hidden wait for this to be drawn at all
          PrimeFaces.invokeDeferredRenders(panel.id);
        }
      }
    });
    if (focus) {
      tab.focus();
    }
    if (remember && window.history && window.history.replaceState) {
      var url = new URL(window.location.href);
      url.searchParams.set('tab', tab.id.replace(/^tab-/, ''));
      window.history.replaceState(window.history.state, '', url.toString());
    }
  }

  document.addEventListener('click', function (event) {
    var tab = event.target.closest(TABS + ' [role="tab"]');
    if (tab) {
      event.preventDefault();
      open(tab, true, true);
    }
  });

  document.addEventListener('keydown', function (event) {
    var tab = event.target.closest && event.target.closest(TABS + ' [role="tab"]');
    if (!tab) {
      return;
    }
    var tabs = tabsOf(tab.closest(TABS));
    var at = tabs.indexOf(tab);
    var to = {
      ArrowRight: (at + 1) % tabs.length,
      ArrowLeft: (at - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1
    }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      open(tabs[to], true, true);
    }
  });

  /* The tab the address names, or the first when the page lacks it or names none that is open. */
  function applyAddress() {
    var named = new URL(window.location.href).searchParams.get('tab');
    document.querySelectorAll(TABS).forEach(function (list) {
      var tabs = tabsOf(list);
      var wanted = named && document.getElementById('tab-' + named);
      if (wanted && list.contains(wanted)) {
        open(wanted, false, false);
      } else if (tabs.length && !tabs.some(function (t) { return t.getAttribute('aria-selected') === 'true'; })) {
        open(tabs[0], false, false);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', applyAddress);
  } else {
    applyAddress();
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', applyAddress);
  }
})();
