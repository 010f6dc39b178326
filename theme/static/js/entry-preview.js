/* The entry page as it will look, drawn in the browser from an entry's data:
   `vejviserEntryPreview.draw(data, template, target, labelOf)`.

   Used by the form "Tilføj din forening" (add-entry.js) as the contributor types. `template` holds the
   entry page's markup (entry.html's structure and classes, headings a level lower) with data-slot where
   a value goes and data-part around what is left out when the entry has nothing for it. Promises: every
   value is written as text (textContent, text nodes), never parsed as HTML; links get only tel:,
   mailto: and https: addresses. Day names and dates come from Intl in the page's language, times as
   the site writes them (10.00 in Danish). */
(function () {
  "use strict";

  var pageLang = document.documentElement.lang || "da";

  function longDate(iso) {
    var parts = iso.split("-").map(Number);
    var locale = pageLang === "da" ? "da-DK" : "en-GB";
    return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
  }

  function dayName(day) {
    // 2024-01-01 was a Monday.
    var index = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(day);
    var name = new Intl.DateTimeFormat(pageLang === "da" ? "da-DK" : "en-GB", { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + index)));
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  function clockText(time) {
    return pageLang === "da" ? time.replace(":", ".") : time;
  }

  /* A text in the page's language: English where given on the English page, else Danish. */
  function inLanguage(text) {
    return (pageLang !== "da" && text.en) || text.da || "";
  }

  /* Paragraphs separated by blank lines, as text. */
  function paragraphs(element, text) {
    text.split(/\n\s*\n/).filter(Boolean).forEach(function (paragraph) {
      var p = document.createElement("p");
      p.textContent = paragraph;
      element.appendChild(p);
    });
  }

  /* `target`'s content replaced by the page `template` (a <template>, its texts in data-*) filled in
     with the entry `data`; `labelOf(field, id)` gives the label of a vocabulary term. */
  function draw(data, template, target, labelOf) {
    var texts = template.dataset;
    var page = template.content.cloneNode(true);
    var slots = function (name) { return page.querySelectorAll('[data-slot="' + name + '"]'); };
    var put = function (name, text) { slots(name).forEach(function (slot) { slot.textContent = text; }); };
    var drop = function (name, when) {
      if (when) {
        page.querySelectorAll('[data-part="' + name + '"]').forEach(function (element) { element.remove(); });
      }
    };
    var labels = function (name, ids) { return (ids || []).map(function (id) { return labelOf(name, id); }).join(", "); };

    put("kind", labelOf("kind", data.kind));
    put("name", data.name || texts.placeholderName);
    put("summary", inLanguage(data.summary || {}));
    var sources = data.sources || [];
    // Who confirms, after the kind: "Bekræftet af kommunen", "Ikke bekræftet af foreningen" (vejviser.provider).
    var provider = (" " + texts.providers + " ").split(" " + data.kind + "=")[1];
    provider = provider ? provider.split(" ")[0] : "association";
    var byProvider = function (prefix) { return texts[prefix + provider.charAt(0).toUpperCase() + provider.slice(1)]; };
    var read = sources.map(function (source) { return source.read; }).filter(Boolean).sort();
    var fromSources = !read.length ? "" : read[0] === read[read.length - 1] ? texts.verifiedSources.replace("{date}", longDate(read[0]))
      : texts.verifiedSourcesBetween.replace("{first}", longDate(read[0])).replace("{last}", longDate(read[read.length - 1]));
    put("verified", data.last_verified ? byProvider("verifiedYes").replace("{date}", longDate(data.last_verified)) : fromSources || byProvider("verifiedNo"));

    var contact = data.contact || {};
    var phone = contact.phones && contact.phones[0] && contact.phones[0].number;
    put("phone", phone || "");
    slots("phone").forEach(function (link) { link.href = "tel:" + String(phone || "").replace(/[^0-9+]/g, ""); });
    put("email", contact.email || "");
    slots("email").forEach(function (link) { link.href = "mailto:" + (contact.email || ""); });
    put("website", (contact.website || "").replace("https://", "").replace(/\/+$/, ""));
    slots("website").forEach(function (link) {
      if (/^https:\/\//.test(contact.website || "")) {
        link.href = contact.website;
      }
    });
    drop("phone", !phone);
    drop("email", !contact.email);
    drop("website", !contact.website);
    drop("contact", !phone && !contact.email && !contact.website);

    var description = data.description ? inLanguage(data.description) : "";
    slots("description").forEach(function (element) { paragraphs(element, description); });
    drop("about", !description);

    ["needs", "target_groups", "attendance", "languages", "areas"].forEach(function (name) {
      put(name, labels(name, data[name]));
      drop(name, !(data[name] || []).length);
    });
    put("free", texts.free);
    drop("free", !(data.cost && data.cost.free));

    var place = (data.locations || [])[0];
    if (place) {
      put("place", place.name || place.address || (place.town ? labelOf("town", place.town) : ""));
      slots("address").forEach(function (element) {
        if (place.address) {
          element.appendChild(document.createTextNode(place.address));
          element.appendChild(document.createElement("br"));
        }
        element.appendChild(document.createTextNode(place.postcode + (place.town ? " " + labelOf("town", place.town) : "")));
      });
      put("access", texts.stepFree);
      drop("access", !(place.accessibility && place.accessibility.step_free));
      var hours = place.opening_hours || {};
      var weekly = hours.weekly || [];
      slots("hours").forEach(function (body) {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].forEach(function (day) {
          var intervals = weekly.filter(function (rule) { return (rule.days || []).indexOf(day) >= 0; })
            .map(function (rule) { return [rule.opens, rule.closes]; }).sort();
          var row = document.createElement("tr");
          row.className = "vv-opening-hours__row";
          var name = document.createElement("th");
          name.scope = "row";
          name.className = "vv-opening-hours__day";
          name.textContent = dayName(day);
          var time = document.createElement("td");
          time.className = "vv-opening-hours__time";
          time.textContent = intervals.length ? intervals.map(function (pair) { return clockText(pair[0]) + "–" + clockText(pair[1]); }).join(", ") : texts.closed;
          row.appendChild(name);
          row.appendChild(time);
          body.appendChild(row);
        });
      });
      drop("hours-table", !weekly.length);
      put("hours-note", hours.note ? inLanguage(hours.note) : "");
      drop("hours", !weekly.length && !hours.note);
    }
    drop("where", !place);

    var role = (data.volunteering || [])[0];
    if (role) {
      put("role-title", inLanguage(role.title || {}));
      put("role-commitment", labelOf("role_commitment", role.commitment));
      drop("role-english", role.danish_required !== false);
      drop("role-youth", !role.youth_friendly);
      slots("role-description").forEach(function (element) { paragraphs(element, inLanguage(role.description || {})); });
      put("role-hours", role.hours ? inLanguage(role.hours) : "");
      drop("role-hours-row", !role.hours);
      put("role-date", role.date ? longDate(role.date) : "");
      drop("role-date-row", !role.date);
      put("role-min-age", role.min_age ? texts.minAge.replace("{age}", role.min_age) : "");
      drop("role-min-age-row", !role.min_age);
      put("role-danish", role.danish_required === false ? texts.englishFine : texts.danishNeeded);
      slots("role-apply").forEach(function (element) { paragraphs(element, inLanguage(role.how_to_apply || {})); });
    }
    drop("volunteer", !role);
    target.replaceChildren(page);
  }

  window.vejviserEntryPreview = { draw: draw };
})();
