// On a phone the main menu folds behind one button; without JavaScript it stays open.
(function () {
  "use strict";
  var header = document.querySelector("header.site");
  var toggle = header && header.querySelector(".menu-toggle");
  if (!toggle) return;
  header.classList.add("foldable");
  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    var open = header.classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });
})();
