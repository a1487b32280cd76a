// Disclosure menu for narrow screens. Without JavaScript the menu simply stays open (the button stays hidden).
(function () {
  "use strict";
  function init() {
    var button = document.querySelector(".menu-toggle");
    var menu = document.getElementById("site-menu");
    if (!button || !menu) return;
    var narrow = window.matchMedia("(max-width: 48rem)");
    function apply() {
      if (narrow.matches) {
        button.hidden = false;
        var open = button.getAttribute("aria-expanded") === "true";
        menu.classList.toggle("site-menu--closed", !open);
      } else {
        button.hidden = true;
        menu.classList.remove("site-menu--closed");
      }
    }
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", String(!open));
      apply();
      if (!open) {
        var first = menu.querySelector("a, button");
        if (first) first.focus();
      }
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && narrow.matches && button.getAttribute("aria-expanded") === "true") {
        button.setAttribute("aria-expanded", "false");
        apply();
        button.focus();
      }
    });
    if (narrow.addEventListener) narrow.addEventListener("change", apply); else narrow.addListener(apply);
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
