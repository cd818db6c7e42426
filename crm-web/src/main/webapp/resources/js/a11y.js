/*
 * Repairs the ARIA of PrimeFaces' multiple-value autocomplete (the tag inputs), which has no option
 * to change it: it renders its text field and its tokens inside one nameless listbox, so a screen
 * reader meets a combobox inside a listbox and list items outside a list (axe-core:
 * aria-required-children, aria-input-field-name, listitem). Without those roles the tokens are a
 * plain list beside the text field's combobox, each token named by its value. PrimeFaces' script
 * writes the same markup again when a tag is added, so the repair runs whenever the page changes.
 *
 * An error message shown under a field (p:message, by this project's convention with the id of its
 * field plus "Message") is tied to the field with aria-describedby, so a screen reader reads it
 * with the field; PrimeFaces marks the field invalid but does not make that link.
 *
 * A table wider than its place (long texts in the audit journal) scrolls inside PrimeFaces' table
 * wrapper; the wrapper then takes the focus, so the keyboard can scroll it too.
 *
 * A user who asks for reduced motion gets PrimeFaces' fades and slides (jQuery effects) off too.
 */
(function () {
  function repair(root) {
    root.querySelectorAll('.ui-autocomplete-multiple-container[role], .ui-autocomplete-token[role]')
      .forEach(function (element) {
        element.removeAttribute('role');
        element.removeAttribute('aria-orientation');
        element.removeAttribute('aria-selected');
      });
  }

  // before PrimeFaces' widgets start, so a message shown on loading does not fade in either
  if (window.jQuery && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
    window.jQuery.fx.off = true;
  }

  function describe(root) {
    root.querySelectorAll('.ui-message[id$="Message"]').forEach(function (message) {
      var fieldId = message.id.slice(0, -'Message'.length);
      var field = document.getElementById(fieldId + '_input') || document.getElementById(fieldId);
      if (!field || !/^(INPUT|TEXTAREA|SELECT)$/.test(field.tagName)) {
        return;
      }
      var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(message.id) < 0) {
        described.push(message.id);
        field.setAttribute('aria-describedby', described.join(' '));
      }
    });
  }

  function scrollables(root) {
    root.querySelectorAll('.ui-datatable-tablewrapper').forEach(function (wrapper) {
      if (wrapper.scrollWidth > wrapper.clientWidth + 1) {
        wrapper.setAttribute('tabindex', '0');
      } else if (wrapper.getAttribute('tabindex') === '0') {
        wrapper.removeAttribute('tabindex');
      }
    });
  }

  function start() {
    repair(document);
    describe(document);
    scrollables(document);
    window.addEventListener('resize', function () {
      scrollables(document);
    });
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            repair(node.parentNode || node);
          }
        });
      });
      // a field and its message may be updated apart, so every message is looked at again
      describe(document);
      scrollables(document);
    }).observe(document.body, {childList: true, subtree: true});
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
