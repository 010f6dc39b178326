/* Vejviser print view: shows the "Print" button and opens the browser's print dialog with it.
   Without this file the page still prints; the hint next to the button says how. */
(function () {
  "use strict";
  var button = document.querySelector("[data-vv-print]");
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
})();
