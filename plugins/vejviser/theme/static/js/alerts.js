/* Vejviser: time-limited alerts. The build includes an alert on the days it is on; this hides each
   one before it starts and from the minute it ends (the reader's clock), and the region when none is
   left. Loaded without defer right after the alerts, only on pages that have one, so it runs before
   the content below is laid out: a hidden alert moves nothing on the screen. Without it, an alert
   shows until the next build. */
(function () {
  "use strict";
  var now = Date.now();
  document.querySelectorAll(".vv-alerts").forEach(function (region) {
    var shown = 0;
    region.querySelectorAll("[data-vv-alert-ends]").forEach(function (alert) {
      var starts = Date.parse(alert.getAttribute("data-vv-alert-starts"));
      var ends = Date.parse(alert.getAttribute("data-vv-alert-ends"));
      alert.hidden = now < starts || now >= ends;
      shown += alert.hidden ? 0 : 1;
    });
    region.hidden = shown === 0;
  });
})();
