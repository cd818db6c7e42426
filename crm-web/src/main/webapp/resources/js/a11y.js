/*
 * Repairs the ARIA of PrimeFaces' multiple-value autocomplete (the tag inputs), which has no option
 * to change it: it renders its text field and its tokens inside one nameless listbox, so a screen
 * reader meets a combobox inside a listbox and list items outside a list (axe-core:
 * aria-required-children, aria-input-field-name, listitem). Without those roles the tokens are a
 * plain list beside the text field's combobox, each token named by its value. PrimeFaces' script
 * writes the same markup again when a tag is added, so the repair runs whenever the page changes.
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

  function start() {
    repair(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            repair(node.parentNode || node);
          }
        });
      });
    }).observe(document.body, {childList: true, subtree: true});
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
