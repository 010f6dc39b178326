/* "Tilføj din forening": writes an entry file from the form, in the browser, and links to GitHub's
   "new file" page with the file's name and content filled in (…/new/<branch>/content/associations
   ?filename=…&value=…). Nothing leaves the page until the contributor follows that link.

   Without this script the page shows a template to copy (#add-entry-fallback); the script hides it and
   shows the form. If the link would be longer than data-max-url-length, the file is shown to copy
   instead. All texts come from the page (data-* attributes and hidden elements), in its language.

   Besides the entry's own fields, the form writes one place with its opening hours (`locations`, its
   town found from the postcode), one volunteer task (`volunteering`), and, when the contributor is from
   the association, today's date as `last_verified`; otherwise the page they read the facts on as the
   source (`sources`). Each field the browser would only call "invalid"
   gets a message of its own that says what to write.

   The file is YAML that `vejviser validate` accepts: strings are written as JSON strings (valid YAML,
   always quoted, so "no" or "12:30" stay text), longer texts as literal blocks. The file name follows
   plugins/vejviser/slug.py. */
(function () {
  "use strict";

  var form = document.getElementById("add-entry");
  var result = document.getElementById("add-entry-result");
  var fallback = document.getElementById("add-entry-fallback");
  if (!form || !result || !fallback) {
    return;
  }

  var SLUG_MAX_LENGTH = 80;
  var INDENT = "  ";

  /* Text as typed, without what a YAML file cannot hold: control characters, line separators,
     non-characters and lone surrogates. */
  function clean(text) {
    var wellFormed = text.toWellFormed ? text.toWellFormed() : text;
    return wellFormed
      .replace(/\r\n?/g, "\n")
      .replace(/[\u2028\u2029]/g, "\n")
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, "")
      .trim();
  }

  /* "Café Ældre & Børn" → "cafe-aeldre-boern", as plugins/vejviser/slug.py does it. */
  function slugify(name) {
    var text = name.toLowerCase().replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa");
    text = text.normalize("NFKD").replace(/\p{M}/gu, "");
    text = text.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return text.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
  }

  function quoted(text) {
    return JSON.stringify(text);
  }

  /* A string that may span lines: a literal block ("|") when it does, else a quoted line. `clean`
     trimmed it, so its first line sets the block's indentation. */
  function textValue(text, depth) {
    if (text.indexOf("\n") < 0) {
      return " " + quoted(text);
    }
    var pad = INDENT.repeat(depth + 1);
    return " |\n" + text.split("\n").map(function (line) { return line ? pad + line : ""; }).join("\n");
  }

  function list(values) {
    return "[" + values.map(quoted).join(", ") + "]";
  }

  function value(name) {
    var element = form.elements.namedItem(name);
    return element ? clean(element.value) : "";
  }

  function checked(name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (box) {
      return box.value;
    });
  }

  function today() {
    // The date in Denmark, whatever the contributor's clock zone: YYYY-MM-DD.
    return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
  }

  /* The entry's YAML, fields in the order of the other entries. */
  function entryYaml() {
    // The first line points editors such as VS Code's YAML extension to the schema: completion and checks as they type.
    var lines = ["# yaml-language-server: $schema=" + form.dataset.schema, "# " + form.dataset.fileComment, "name: " + quoted(value("name")), "kind: " + quoted(value("kind")), "summary:"];
    lines.push(INDENT + "da:" + textValue(value("summary_da"), 1));
    if (value("summary_en")) {
      lines.push(INDENT + "en:" + textValue(value("summary_en"), 1));
    }
    if (value("description_da")) {
      lines.push("description:", INDENT + "da:" + textValue(value("description_da"), 1));
    }
    ["needs", "target_groups", "areas", "attendance"].forEach(function (name) {
      if (checked(name).length) {
        lines.push(name + ": " + list(checked(name)));
      }
    });
    if (form.elements.namedItem("free").checked) {
      lines.push("cost:", INDENT + "free: true");
    }
    if (checked("languages").length) {
      lines.push("languages: " + list(checked("languages")));
    }
    var contact = [];
    if (value("phone")) {
      contact.push(INDENT + "phones:", INDENT + INDENT + "- number: " + quoted(value("phone")));
    }
    ["email", "website"].forEach(function (name) {
      if (value(name)) {
        contact.push(INDENT + name + ": " + quoted(value(name)));
      }
    });
    if (contact.length) {
      lines.push("contact:");
      lines.push.apply(lines, contact);
    }
    lines.push.apply(lines, locationLines());
    lines.push.apply(lines, roleLines());
    lines.push.apply(lines, sourceLines());
    // Sent by the association itself: it confirms its own information today.
    lines.push("last_verified:" + (fromAssociation() ? " " + today() : ""), "added: " + today());
    if (value("maintainer")) {
      lines.push("maintainers: " + list(["@" + value("maintainer").replace(/^@/, "")]));
    }
    return lines.join("\n") + "\n";
  }

  function fromAssociation() {
    var yes = form.elements.namedItem("from_association");
    return yes ? yes.value === "yes" : false;
  }

  /* `{da: …, en: …}` under `key`, at `depth`; the English line only when there is one. */
  function translated(key, da, en, depth) {
    var pad = INDENT.repeat(depth);
    var out = [pad + key + ":", pad + INDENT + "da:" + textValue(da, depth + 1)];
    if (en) {
      out.push(pad + INDENT + "en:" + textValue(en, depth + 1));
    }
    return out;
  }

  /* A time as typed ("9", "9.30", "09:30", "1730") as HH:MM, or the text itself when it is no time:
     the check then says what is wrong. Text fields, not <input type=time>: that one is a different
     widget in every browser, and its parts trap the Tab key in some. */
  function clock(typed) {
    var text = typed.trim();
    var match = /^([01]?\d|2[0-4])(?:[:.]?([0-5]\d))?$/.exec(text);
    if (!match) {
      return text;
    }
    return ("0" + match[1]).slice(-2) + ":" + (match[2] || "00");
  }

  /* A date as Danes write it ("20.6.2027", "20/6-2027") or as ISO, as YYYY-MM-DD; "" when it is no
     real date. Text fields, not <input type=date>, for the same reasons as the times. */
  function isoDate(typed) {
    var text = typed.trim();
    var parts = /^(\d{1,2})[.\/-](\d{1,2})[.\/-](\d{4})$/.exec(text);
    var iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    var day = parts ? [parts[3], parts[2], parts[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
    if (!day) {
      return "";
    }
    var date = new Date(Date.UTC(Number(day[0]), Number(day[1]) - 1, Number(day[2])));
    var result = date.toISOString().slice(0, 10);
    return result === [day[0], ("0" + day[1]).slice(-2), ("0" + day[2]).slice(-2)].join("-") ? result : "";
  }

  /* The rows of opening hours that have anything in them: {days, opens, closes}. */
  function hoursRows() {
    return Array.prototype.map.call(form.querySelectorAll("[data-hours-row]"), function (row) {
      var days = Array.prototype.map.call(row.querySelectorAll('input[type="checkbox"]:checked'), function (box) {
        return box.value;
      });
      var times = row.querySelectorAll("input[data-time]");
      return { row: row, days: days, opens: clock(times[0].value), closes: clock(times[1].value) };
    }).filter(function (hours) {
      return hours.days.length || hours.opens || hours.closes;
    });
  }

  /* The town a postcode belongs to, from the town list's data-postcodes. */
  function townOf(postcode) {
    var option = Array.prototype.find.call(form.elements.namedItem("town").options, function (choice) {
      return (choice.dataset.postcodes || "").split(" ").indexOf(postcode) >= 0;
    });
    return option ? option.value : "";
  }

  function hasPlace() {
    return ["place_name", "address", "postcode", "town", "hours_note"].some(value) || form.elements.namedItem("step_free").checked || hoursRows().length > 0;
  }

  /* `locations:` with the one place the form asks for, or nothing. */
  function locationLines() {
    if (!hasPlace()) {
      return [];
    }
    var pad = INDENT + INDENT;
    var out = ["locations:"];
    var first = true;
    function add(line) {
      out.push((first ? INDENT + "- " : pad) + line);
      first = false;
    }
    if (value("place_name")) {
      add("name: " + quoted(value("place_name")));
    }
    if (value("address")) {
      add("address: " + quoted(value("address")));
    }
    add("postcode: " + quoted(value("postcode")));
    if (value("town") || townOf(value("postcode"))) {
      add("town: " + quoted(value("town") || townOf(value("postcode"))));
    }
    if (form.elements.namedItem("step_free").checked) {
      add("accessibility:");
      out.push(pad + INDENT + "step_free: true");
    }
    var rows = hoursRows();
    if (rows.length || value("hours_note")) {
      add("opening_hours:");
      if (rows.length) {
        out.push(pad + INDENT + "weekly:");
        rows.forEach(function (hours) {
          var rowPad = pad + INDENT + INDENT;
          out.push(rowPad + "- days: " + list(hours.days));
          out.push(rowPad + INDENT + "opens: " + quoted(hours.opens));
          out.push(rowPad + INDENT + "closes: " + quoted(hours.closes));
        });
      }
      if (value("hours_note")) {
        out.push.apply(out, translated("note", value("hours_note"), "", 3));
      }
    }
    return out;
  }

  /* `sources:` with the page a contributor from outside the association read the facts on: it supports
     the facts the form has filled in. The association's own word needs none (last_verified). */
  function sourceLines() {
    if (fromAssociation() || !value("source")) {
      return [];
    }
    var rows = hoursRows();
    var supports = [["phones", value("phone")], ["opening_hours", rows.length > 0], ["address", value("address") || value("postcode")],
      ["email", value("email")], ["website", value("website")], ["name", true], ["summary", true]]
      .filter(function (pair) { return pair[1]; })
      .map(function (pair) { return pair[0]; });
    return ["sources:", INDENT + "- url: " + quoted(value("source")), INDENT + INDENT + "read: " + quoted(today()), INDENT + INDENT + "supports: " + list(supports)];
  }

  var ROLE_FIELDS = ["role_title", "role_title_en", "role_description", "role_hours", "role_date", "role_end", "role_min_age", "role_how_to_apply"];

  function hasRole() {
    return ROLE_FIELDS.some(value) || form.elements.namedItem("role_english_ok").checked || form.elements.namedItem("role_youth").checked;
  }

  /* `volunteering:` with the one task the form asks for, or nothing. */
  function roleLines() {
    if (!hasRole()) {
      return [];
    }
    var pad = INDENT + INDENT;
    var out = ["volunteering:", INDENT + "- id: " + quoted(slugify(value("role_title")) || "opgave")];
    out.push.apply(out, translated("title", value("role_title"), value("role_title_en"), 2));
    out.push.apply(out, translated("description", value("role_description"), "", 2));
    out.push(pad + "commitment: " + quoted(value("role_commitment")));
    if (value("role_hours")) {
      out.push.apply(out, translated("hours", value("role_hours"), "", 2));
    }
    [["date", "role_date"], ["end", "role_end"]].forEach(function (pair) {
      if (value(pair[1])) {
        out.push(pad + pair[0] + ": " + quoted(isoDate(value(pair[1]))));
      }
    });
    out.push(pad + "posted: " + quoted(today()));
    if (value("role_min_age")) {
      out.push(pad + "min_age: " + Number(value("role_min_age")));
    }
    if (form.elements.namedItem("role_youth").checked) {
      out.push(pad + "youth_friendly: true");
    }
    if (form.elements.namedItem("role_english_ok").checked) {
      out.push(pad + "danish_required: false");
    }
    out.push.apply(out, translated("how_to_apply", value("role_how_to_apply"), "", 2));
    return out;
  }

  /* A field's own message instead of the browser's "Please match the requested format". */
  function require(name, problem, message) {
    var element = form.elements.namedItem(name);
    element.setCustomValidity(problem ? message : "");
    element.setAttribute("aria-invalid", problem ? "true" : "false");
  }

  function checkPhone() {
    var phone = form.elements.namedItem("phone");
    phone.setCustomValidity("");
    require("phone", phone.validity.patternMismatch, form.dataset.phoneInvalid);
  }

  function checkPlace() {
    var postcode = value("postcode");
    var missing = hasPlace() && !/^[0-9]{4}$/.test(postcode);
    var outside = !missing && postcode !== "" && !townOf(postcode);
    require("postcode", missing || outside, outside ? form.dataset.postcodeOutside : form.dataset.postcodeNeeded);
    var message = document.getElementById("hours-error");
    var wrong = hoursRows().filter(function (hours) {
      var times = /^\d\d:\d\d$/;
      return !hours.days.length || !times.test(hours.opens) || !times.test(hours.closes) || hours.closes <= hours.opens;
    });
    message.hidden = wrong.length === 0;
    form.querySelectorAll("[data-hours-row] input").forEach(function (input) {
      var bad = wrong.some(function (hours) { return hours.row.contains(input); });
      input.setCustomValidity(bad ? message.textContent : "");
      input.setAttribute("aria-invalid", bad ? "true" : "false");
      input.setAttribute("aria-describedby", message.id);
    });
  }

  function checkRole() {
    var needed = hasRole();
    ["role_title", "role_description", "role_how_to_apply"].forEach(function (name) {
      require(name, needed && !value(name), form.dataset.roleIncomplete);
    });
    ["role_date", "role_end"].forEach(function (name) {
      require(name, value(name) !== "" && !isoDate(value(name)), form.dataset.dateInvalid);
    });
  }

  /* Another row of days and times, numbered after the last one, empty. */
  function addHoursRow() {
    var rows = form.querySelector("[data-hours-rows]");
    var copy = rows.firstElementChild.cloneNode(true);
    var number = rows.children.length;
    copy.querySelectorAll("input, label").forEach(function (node) {
      ["id", "for", "name"].forEach(function (attribute) {
        var old = node.getAttribute(attribute);
        if (old) {
          node.setAttribute(attribute, old.replace(/^hours-0-/, "hours-" + number + "-"));
        }
      });
      if (node.tagName === "INPUT") {
        node.checked = false;
        node.value = node.type === "checkbox" ? node.value : "";
        node.removeAttribute("aria-invalid");
      }
    });
    rows.appendChild(copy);
    copy.querySelector("input").focus();
  }

  /* Checkbox groups that need at least one ticked: their message, on the first box for the browser.
     What people can get help with may be left out when the entry offers a volunteer task instead. */
  function checkGroups() {
    form.querySelectorAll("[data-required-group]").forEach(function (group) {
      var boxes = group.querySelectorAll('input[type="checkbox"]');
      var excused = group.dataset.requiredGroup === "needs-error" && value("role_title") !== "";
      var none = !excused && !group.querySelector('input[type="checkbox"]:checked');
      var message = document.getElementById(group.dataset.requiredGroup);
      message.hidden = !none;
      boxes[0].setCustomValidity(none ? message.textContent : "");
      boxes.forEach(function (box) {
        box.setAttribute("aria-invalid", none ? "true" : "false");
        box.setAttribute("aria-describedby", message.id);
      });
    });
  }

  function part(name) {
    return result.querySelector('[data-result="' + name + '"]');
  }

  function show(filename, yaml) {
    var url = form.dataset.newFileUrl + "?filename=" + encodeURIComponent(filename) + "&value=" + encodeURIComponent(yaml);
    var fits = url.length <= Number(form.dataset.maxUrlLength);
    part("filename").textContent = filename;
    part("yaml").value = yaml;
    part("link").href = fits ? url : form.dataset.newFileUrl;
    part("send").hidden = !fits;
    part("too-long").hidden = fits;
    result.hidden = false;
    result.focus();
  }

  /* A name must give a file name: at least one letter or digit. */
  function checkName() {
    var name = form.elements.namedItem("name");
    name.setCustomValidity(value("name") && !slugify(value("name")) ? form.dataset.nameInvalid : "");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    checkGroups();
    checkName();
    checkPhone();
    checkPlace();
    checkRole();
    if (!form.reportValidity()) {
      return;
    }
    show(slugify(value("name")) + ".yaml", entryYaml());
  });

  form.addEventListener("change", function (event) {
    if (event.target.closest("[data-required-group]")) {
      checkGroups();
    } else if (event.target.name === "name") {
      checkName();
    }
  });

  form.querySelector("[data-add-hours]").addEventListener("click", addHoursRow);

  form.hidden = false;
  fallback.hidden = true;
})();
