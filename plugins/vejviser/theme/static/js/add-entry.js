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

   Correcting (?ret=<slug> or ?edit=<slug>, from an entry page): the form is filled in from the entry's
   published source file (data/source/<slug>.json). What the form shows right after filling in is kept
   as the baseline; on "Write the file" only what differs from it is written into the entry's own data,
   so every field the form does not know, or shows only in part (a second phone, a phone's purpose,
   other places and roles, exceptions to the opening hours), stays as it was. GitHub's editor for an
   existing file takes no content in a link, so the result is the whole corrected file to copy, and a
   link to that editor. The YAML file's comments are lost in a correction.

   Preview: as the contributor types, entry-preview.js draws the entry page as it will look. The file
   itself is written by entry-yaml.js; both are loaded before this script. The file name follows
   plugins/vejviser/slug.py. */
(function () {
  "use strict";

  var form = document.getElementById("add-entry");
  var result = document.getElementById("add-entry-result");
  var fallback = document.getElementById("add-entry-fallback");
  if (!form || !result || !fallback || !window.vejviserEntryYaml || !window.vejviserEntryPreview) {
    return;
  }

  var SLUG_MAX_LENGTH = 80;
  var yaml = window.vejviserEntryYaml;
  var preview = window.vejviserEntryPreview;
  var isMapping = yaml.isMapping;

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

  /* ---- Reading the form ------------------------------------------------------------------------ */

  function value(name) {
    var element = form.elements.namedItem(name);
    return element ? clean(element.value) : "";
  }

  function isChecked(name) {
    return form.elements.namedItem(name).checked;
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

  function fromAssociation() {
    var yes = form.elements.namedItem("from_association");
    return yes ? yes.value === "yes" : false;
  }

  /* `{da: …, en: …}`: the English only when there is one. */
  function translated(da, en) {
    return en ? { da: da, en: en } : { da: da };
  }

  /* The entry as data, fields in the order of the other entries. `editing` is the entry being
     corrected, or null: its role keeps its id, and a new source or maintainer is added to its own. */
  function entryData(editing) {
    var data = { name: value("name"), kind: value("kind"), summary: translated(value("summary_da"), value("summary_en")) };
    if (value("description_da")) {
      data.description = { da: value("description_da") };
    }
    ["needs", "target_groups", "areas", "attendance"].forEach(function (name) {
      if (checked(name).length) {
        data[name] = checked(name);
      }
    });
    if (isChecked("free")) {
      data.cost = { free: true };
    }
    if (checked("languages").length) {
      data.languages = checked("languages");
    }
    var contact = {};
    if (value("phone")) {
      contact.phones = [{ number: value("phone") }];
    }
    ["email", "website"].forEach(function (name) {
      if (value(name)) {
        contact[name] = value(name);
      }
    });
    if (Object.keys(contact).length) {
      data.contact = contact;
    }
    if (hasPlace()) {
      data.locations = [placeData()];
    }
    if (hasRole()) {
      data.volunteering = [roleData(editing)];
    }
    var sources = ((editing && editing.sources) || []).concat(sourceData());
    if (sources.length) {
      data.sources = sources;
    }
    // Sent by the association itself: it confirms its own information today.
    data.last_verified = fromAssociation() ? today() : editing ? editing.last_verified : null;
    data.added = editing && editing.added ? editing.added : today();
    var maintainers = (editing && editing.maintainers) || [];
    var maintainer = value("maintainer") ? "@" + value("maintainer").replace(/^@/, "") : "";
    if (maintainer && maintainers.indexOf(maintainer) < 0) {
      maintainers = maintainers.concat([maintainer]);
    }
    if (maintainers.length) {
      data.maintainers = maintainers;
    }
    return data;
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
    return ["place_name", "address", "postcode", "town", "hours_note"].some(value) || isChecked("step_free") || hoursRows().length > 0;
  }

  /* The one place the form asks for. */
  function placeData() {
    var place = {};
    if (value("place_name")) {
      place.name = value("place_name");
    }
    if (value("address")) {
      place.address = value("address");
    }
    place.postcode = value("postcode");
    if (value("town") || townOf(value("postcode"))) {
      place.town = value("town") || townOf(value("postcode"));
    }
    if (isChecked("step_free")) {
      place.accessibility = { step_free: true };
    }
    var rows = hoursRows();
    if (rows.length || value("hours_note")) {
      place.opening_hours = {};
      if (rows.length) {
        place.opening_hours.weekly = rows.map(function (hours) {
          return { days: hours.days, opens: hours.opens, closes: hours.closes };
        });
      }
      if (value("hours_note")) {
        place.opening_hours.note = { da: value("hours_note") };
      }
    }
    return place;
  }

  /* The page a contributor from outside the association read the facts on: it supports the facts the
     form has filled in. The association's own word needs none (last_verified). */
  function sourceData() {
    if (fromAssociation() || !value("source")) {
      return [];
    }
    var supports = [["phones", value("phone")], ["opening_hours", hoursRows().length > 0], ["address", value("address") || value("postcode")],
      ["email", value("email")], ["website", value("website")], ["name", true], ["summary", true]]
      .filter(function (pair) { return pair[1]; })
      .map(function (pair) { return pair[0]; });
    return [{ url: value("source"), read: today(), supports: supports }];
  }

  var ROLE_FIELDS = ["role_title", "role_title_en", "role_description", "role_hours", "role_date", "role_end", "role_min_age", "role_how_to_apply"];

  function hasRole() {
    return ROLE_FIELDS.some(value) || isChecked("role_english_ok") || isChecked("role_youth");
  }

  /* The one task the form asks for; a corrected entry's first role keeps its id (its page's address). */
  function roleData(editing) {
    var first = editing && editing.volunteering && editing.volunteering[0];
    var role = { id: (first && first.id) || slugify(value("role_title")) || "opgave" };
    role.title = translated(value("role_title"), value("role_title_en"));
    role.description = { da: value("role_description") };
    role.commitment = value("role_commitment");
    if (value("role_hours")) {
      role.hours = { da: value("role_hours") };
    }
    [["date", "role_date"], ["end", "role_end"]].forEach(function (pair) {
      if (value(pair[1])) {
        role[pair[0]] = isoDate(value(pair[1]));
      }
    });
    role.posted = (first && first.posted) || today();
    if (value("role_min_age")) {
      role.min_age = Number(value("role_min_age"));
    }
    if (isChecked("role_youth")) {
      role.youth_friendly = true;
    }
    if (isChecked("role_english_ok")) {
      role.danish_required = false;
    }
    role.how_to_apply = { da: value("role_how_to_apply") };
    return role;
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
  function addHoursRow(event) {
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
    if (event) {
      copy.querySelector("input").focus();
    }
    return copy;
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

  /* A new entry: a link to GitHub's "new file" page with the file in it, or the file to copy when the
     link would be too long. A correction: the file to copy into GitHub's editor for the entry's file. */
  function show(filename, yaml, path) {
    var url = form.dataset.newFileUrl + "?filename=" + encodeURIComponent(filename) + "&value=" + encodeURIComponent(yaml);
    var fits = !path && url.length <= Number(form.dataset.maxUrlLength);
    part("filename").textContent = filename;
    part("yaml").value = yaml;
    part("link").href = fits ? url : form.dataset.newFileUrl;
    part("send").hidden = !fits;
    part("too-long").hidden = fits || Boolean(path);
    part("edit").hidden = !path;
    if (path) {
      part("edit-link").href = form.dataset.editFileUrl + path;
      part("copied").textContent = "";
    }
    result.hidden = false;
    result.focus();
  }

  /* "Copy the corrected file": to the clipboard where the browser allows it; the text is selected in
     any case, so Ctrl+C works too. */
  function copyFile() {
    var text = part("yaml");
    text.focus();
    text.select();
    var done = function () { part("copied").textContent = result.dataset.copied; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text.value).then(done, function () {});
    }
  }

  /* A name must give a file name: at least one letter or digit. */
  function checkName() {
    var name = form.elements.namedItem("name");
    name.setCustomValidity(value("name") && !slugify(value("name")) ? form.dataset.nameInvalid : "");
  }

  /* ---- Correcting an entry --------------------------------------------------------------------- */

  // The entry being corrected: {path, data, baseline (entryData right after filling in)}, or null.
  var editing = null;

  function sameData(one, other) {
    return JSON.stringify(one) === JSON.stringify(other);
  }

  /* `original` with what changed in the form from `before` to `after`: where they agree, `original`
     is kept as it is; mappings and lists of mappings are merged key by key and item by item, so that
     what the form never showed survives; anything else is replaced. undefined means "not there". */
  function merged(original, before, after) {
    if (sameData(before, after)) {
      return original;
    }
    if (isMapping(original) && (isMapping(after) || after === undefined) && (isMapping(before) || before === undefined)) {
      var was = before || {};
      var now = after || {};
      var out = {};
      Object.keys(original).concat(Object.keys(now).filter(function (key) { return !(key in original); })).forEach(function (key) {
        var kept = merged(original[key], was[key], now[key]);
        if (kept !== undefined) {
          out[key] = kept;
        }
      });
      return after === undefined && !Object.keys(out).length ? undefined : out;
    }
    if (Array.isArray(original) && Array.isArray(before) && (Array.isArray(after) || after === undefined) && original.concat(before).every(isMapping)) {
      var items = after || [];
      var list = [];
      for (var index = 0; index < Math.max(original.length, items.length); index += 1) {
        // An item the form showed and no longer has is gone as a whole (a phone, a place, a role).
        var item = index < before.length ? (index < items.length ? merged(original[index], before[index], items[index]) : undefined)
          : index < original.length ? original[index] : items[index];
        if (item !== undefined) {
          list.push(item);
        }
      }
      return after === undefined && !list.length ? undefined : list;
    }
    return after;
  }

  function setValue(name, text) {
    var element = form.elements.namedItem(name);
    if (element && (typeof text === "string" || typeof text === "number")) {
      element.value = String(text);
    }
  }

  function tick(name, values) {
    (Array.isArray(values) ? values : []).forEach(function (id) {
      var box = form.querySelector('input[name="' + name + '"][value="' + CSS.escape(String(id)) + '"]');
      if (box) {
        box.checked = true;
      }
    });
  }

  function da(text) {
    return isMapping(text) ? text.da : undefined;
  }

  function en(text) {
    return isMapping(text) ? text.en : undefined;
  }

  /* "2027-06-20" as the form asks for dates: "20.6.2027". */
  function typedDate(iso) {
    var parts = /^(\d{4})-(\d\d)-(\d\d)$/.exec(typeof iso === "string" ? iso : "");
    return parts ? [Number(parts[3]), Number(parts[2]), parts[1]].join(".") : iso;
  }

  /* The form filled in with an entry's data, as far as it has fields for it. */
  function fill(data, descriptionFiles) {
    setValue("name", data.name);
    setValue("kind", data.kind);
    setValue("summary_da", da(data.summary));
    setValue("summary_en", en(data.summary));
    if (descriptionFiles.indexOf("da") >= 0) {
      // The description is its own Markdown file: corrected there, never duplicated here.
      form.elements.namedItem("description_da").closest(".vv-form__group").hidden = true;
    } else {
      setValue("description_da", da(data.description));
    }
    ["needs", "target_groups", "areas", "attendance", "languages"].forEach(function (name) {
      tick(name, data[name]);
    });
    form.elements.namedItem("free").checked = isMapping(data.cost) && data.cost.free === true;
    var contact = isMapping(data.contact) ? data.contact : {};
    setValue("phone", Array.isArray(contact.phones) && isMapping(contact.phones[0]) ? contact.phones[0].number : "");
    setValue("email", contact.email);
    setValue("website", contact.website);
    var place = Array.isArray(data.locations) && isMapping(data.locations[0]) ? data.locations[0] : null;
    if (place) {
      setValue("place_name", place.name);
      setValue("address", place.address);
      setValue("postcode", place.postcode);
      setValue("town", place.town);
      form.elements.namedItem("step_free").checked = isMapping(place.accessibility) && place.accessibility.step_free === true;
      var hours = isMapping(place.opening_hours) ? place.opening_hours : {};
      (Array.isArray(hours.weekly) ? hours.weekly : []).forEach(function (rule, index) {
        var row = index === 0 ? form.querySelector("[data-hours-row]") : addHoursRow();
        row.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
          box.checked = Array.isArray(rule.days) && rule.days.indexOf(box.value) >= 0;
        });
        var times = row.querySelectorAll("input[data-time]");
        times[0].value = typeof rule.opens === "string" ? rule.opens : "";
        times[1].value = typeof rule.closes === "string" ? rule.closes : "";
      });
      setValue("hours_note", da(hours.note));
    }
    var role = Array.isArray(data.volunteering) && isMapping(data.volunteering[0]) ? data.volunteering[0] : null;
    if (role) {
      setValue("role_title", da(role.title));
      setValue("role_title_en", en(role.title));
      setValue("role_description", da(role.description));
      setValue("role_commitment", role.commitment);
      setValue("role_hours", da(role.hours));
      setValue("role_date", typedDate(role.date));
      setValue("role_end", typedDate(role.end));
      setValue("role_min_age", role.min_age);
      form.elements.namedItem("role_english_ok").checked = role.danish_required === false;
      form.elements.namedItem("role_youth").checked = role.youth_friendly === true;
      setValue("role_how_to_apply", da(role.how_to_apply));
    }
  }

  /* ?ret=<slug> or ?edit=<slug>: the form filled in with that entry, or a message that it was not found. */
  function startCorrecting() {
    var query = new URLSearchParams(window.location.search);
    var slug = query.get("ret") || query.get("edit");
    if (slug === null) {
      return Promise.resolve();
    }
    var notice = document.getElementById("add-entry-editing");
    var say = function (found) {
      notice.querySelectorAll('[data-editing="found"]').forEach(function (line) { line.hidden = !found; });
      notice.querySelector('[data-editing="missing"]').hidden = found;
      notice.hidden = false;
    };
    if (!/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/.test(slug)) {
      say(false);
      return Promise.resolve();
    }
    return fetch(form.dataset.sourceUrl + slug + ".json", { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (source) {
        fill(source.data, source.description_files || []);
        editing = { path: source.path, data: source.data };
        editing.baseline = entryData(editing.data);
        notice.querySelector('[data-editing="name"]').textContent = source.data.name;
        var title = document.getElementById("add-entry-title");
        document.title = document.title.replace(title.textContent, title.dataset.editingTitle);
        title.textContent = title.dataset.editingTitle;
        say(true);
      })
      .catch(function () {
        say(false);
      });
  }

  /* The entry as it will be: the form's, or the corrected entry's own data with the form's changes. */
  function currentData() {
    return editing ? merged(editing.data, editing.baseline, entryData(editing.data)) : entryData(null);
  }

  /* What "Write the file" proposes: a new entry's file, or the corrected entry's. */
  function proposal() {
    if (!editing) {
      return { filename: slugify(value("name")) + ".yaml", yaml: yaml.document(currentData(), form.dataset.schema, [form.dataset.fileComment]), path: "" };
    }
    return { filename: editing.path.split("/").pop(), yaml: yaml.document(currentData(), form.dataset.schema, []), path: editing.path };
  }

  /* ---- Preview ---------------------------------------------------------------------------------- */

  /* The label of a ticked box or chosen option, as the form shows it. */
  function labelOf(name, id) {
    var element = form.elements.namedItem(name);
    if (element && element.tagName === "SELECT") {
      var option = Array.prototype.find.call(element.options, function (choice) { return choice.value === id; });
      return option ? option.textContent.trim() : id;
    }
    var label = form.querySelector('label[for="' + CSS.escape(name + "-" + id) + '"]');
    return label ? label.textContent.trim() : id;
  }

  function renderPreview() {
    var site = { labelOf: labelOf, townOf: townOf, today: today() };
    preview.draw(currentData(), document.getElementById("add-entry-preview-template"), form.querySelector("[data-preview-page]"), site);
  }

  // Drawn once per frame at most, however fast the contributor types.
  var previewPending = false;
  function schedulePreview() {
    if (!previewPending) {
      previewPending = true;
      window.requestAnimationFrame(function () {
        previewPending = false;
        renderPreview();
      });
    }
  }

  /* ---- Wiring ----------------------------------------------------------------------------------- */

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
    var proposed = proposal();
    show(proposed.filename, proposed.yaml, proposed.path);
  });

  form.addEventListener("change", function (event) {
    if (event.target.closest("[data-required-group]")) {
      checkGroups();
    } else if (event.target.name === "name") {
      checkName();
    }
    schedulePreview();
  });
  form.addEventListener("input", schedulePreview);

  form.querySelector("[data-add-hours]").addEventListener("click", addHoursRow);
  part("copy").addEventListener("click", copyFile);

  form.hidden = false;
  fallback.hidden = true;
  startCorrecting().then(renderPreview);
})();
