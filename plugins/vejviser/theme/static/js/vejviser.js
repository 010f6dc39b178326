/* Vejviser: small progressive enhancements. Every page works without this file.
   - Quick exit: the "Exit this page" link replaces the page (no history entry); so does pressing
     Shift three times within two seconds (GOV.UK "exit this page" pattern).
   - Open now: an opening-hours block says whether the place is open now, in Danish time.
   - Phone menu: the open menu (a <details>, which works without this) closes on Escape, focus back on
     its button, and when the page is clicked or tapped outside it. */
(function () {
  "use strict";

  // --- Quick exit --------------------------------------------------------------------------------
  function setUpQuickExit() {
    var link = document.querySelector("[data-vv-quick-exit-link]");
    if (!link) {
      return;
    }
    var hint = document.querySelector("[data-vv-quick-exit-hint]");
    if (hint) {
      hint.hidden = false;
    }
    function leave(event) {
      if (event) {
        event.preventDefault();
      }
      document.documentElement.classList.add("vv-exiting");
      document.title = "…";
      window.location.replace(link.href);
    }
    link.addEventListener("click", leave);
    var presses = [];
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") {
        presses = [];
        return;
      }
      var now = Date.now();
      presses = presses.filter(function (time) {
        return now - time < 2000;
      });
      presses.push(now);
      if (presses.length >= 3) {
        leave();
      }
    });
  }

  // --- Open now ----------------------------------------------------------------------------------
  var DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

  // Now in Europe/Copenhagen, whatever the device's time zone: {day: 0–6 (Monday = 0), minutes, date: "YYYY-MM-DD"}.
  function copenhagenNow(date) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Copenhagen",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .forEach(function (part) {
        parts[part.type] = part.value;
      });
    return {
      day: DAYS.indexOf(parts.weekday.toLowerCase().slice(0, 3)),
      minutes: Number(parts.hour) * 60 + Number(parts.minute),
      date: parts.year + "-" + parts.month + "-" + parts.day,
    };
  }

  function minutesOf(clock) {
    var match = /(\d{1,2})\D(\d{2})/.exec(clock);
    return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  }

  // "mon 10.00-14.00,16.00-18.00;tue …" (or dates instead of days) →
  // {mon: [{opens, closes, opensText, closesText}], …}; times stay as the page writes them.
  function parseHours(text) {
    var hours = {};
    (text || "").split(";").forEach(function (rule) {
      var space = rule.indexOf(" ");
      if (space < 0) {
        return;
      }
      hours[rule.slice(0, space)] = rule
        .slice(space + 1)
        .split(",")
        .map(function (interval) {
          var ends = interval.split("-");
          return { opens: minutesOf(ends[0]), closes: minutesOf(ends[1]), opensText: ends[0], closesText: ends[1] };
        });
    });
    return hours;
  }

  function addDays(isoDate, days) {
    var date = new Date(isoDate + "T12:00:00Z");
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  }

  function statusText(element, now) {
    var week = parseHours(element.dataset.hours);
    var special = parseHours(element.dataset.specialHours);
    var closed = (element.dataset.closedDates || "").split(",");
    var names = element.dataset.dayNames.split(",");
    var fill = function (template, values) {
      return template.replace(/\{(\w+)\}/g, function (_, key) {
        return values[key];
      });
    };
    for (var offset = 0; offset < 8; offset += 1) {
      var day = (now.day + offset) % 7;
      var date = addDays(now.date, offset);
      if (closed.indexOf(date) >= 0) {
        continue;
      }
      var intervals = special[date] || week[DAYS[day]] || [];
      for (var i = 0; i < intervals.length; i += 1) {
        var interval = intervals[i];
        if (offset === 0 && interval.opens <= now.minutes && now.minutes < interval.closes) {
          return fill(element.dataset.textOpen, { time: interval.closesText });
        }
        if (offset > 0 || interval.opens > now.minutes) {
          if (offset === 0) {
            return fill(element.dataset.textOpensToday, { time: interval.opensText });
          }
          var when = offset === 1 ? element.dataset.textTomorrow : names[day];
          return fill(element.dataset.textOpensLater, { day: when, time: interval.opensText });
        }
      }
    }
    return "";
  }

  function setUpOpenNow() {
    var now = copenhagenNow(new Date());
    document.querySelectorAll("[data-vv-open-status]").forEach(function (element) {
      var text = statusText(element, now);
      if (text) {
        element.textContent = text;
        element.hidden = false;
      }
    });
  }

  // --- Phone menu ----------------------------------------------------------------------------------
  function setUpMenu() {
    var menu = document.querySelector(".vv-menu");
    if (!menu) {
      return;
    }
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (menu.open && !menu.contains(event.target)) {
        menu.open = false;
      }
    });
  }

  setUpQuickExit();
  setUpOpenNow();
  setUpMenu();
})();
