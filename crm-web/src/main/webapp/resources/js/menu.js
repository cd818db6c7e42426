/*
 * The menu button of narrow screens (crm.css shows it below 768 px): it opens and closes the main
 * menu and says which it is (aria-expanded); Escape closes the open menu and returns to the button.
 */
(function () {
  function start() {
    var button = document.getElementById('menuToggle');
    var menu = document.getElementById('mainMenu');
    if (!button || !menu) {
      return;
    }
    function show(open) {
      button.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('crm-open', open);
    }
    button.addEventListener('click', function () {
      show(button.getAttribute('aria-expanded') !== 'true');
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        show(false);
        button.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
