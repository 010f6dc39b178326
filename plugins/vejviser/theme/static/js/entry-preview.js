/* The entry page as it will look, drawn in the browser from an entry's data:
   `vejviserEntryPreview.draw(data, template, target, site)`.

   Used by the form "Tilføj din forening" (add-entry.js) as the contributor types. `template` holds the
   entry page's markup (entry.html's structure and classes, headings a level lower) with data-slot where
   a value goes and data-part around what is left out when the entry has nothing for it. Promises: every
   value is written as text (textContent, text nodes), never parsed as HTML, and the only elements are
   the template's and those made here (for lists, **bold** and links); links get only tel:, mailto:
   and https: addresses. Day names and dates come from Intl in the page's language, times as
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

  var INLINE = /\*\*([^*\n]+)\*\*|\[([^\]\n]+)\]\(((?:https:\/\/|mailto:)[^)\s]+)\)/g;

  /* `text` into `element` with Markdown's **bold** and [links](https://…) as the site shows them; any
     other mark stays as typed. Only elements made here, text as text: nothing typed becomes HTML. */
  function inline(element, text) {
    var last = 0;
    text.replace(INLINE, function (match, bold, label, address, at) {
      element.appendChild(document.createTextNode(text.slice(last, at)));
      var made = document.createElement(bold ? "strong" : "a");
      made.textContent = bold || label;
      if (!bold) {
        made.href = address;
      }
      element.appendChild(made);
      last = at + match.length;
      return match;
    });
    element.appendChild(document.createTextNode(text.slice(last)));
  }

  /* A text as the site shows Markdown's plain parts: paragraphs at blank lines (their lines joined),
     blocks of "- " or "* " lines as a bulleted list, **bold** and links inside them. */
  function blocks(element, text) {
    text.split(/\n[ \t]*\n/).map(function (block) { return block.trim(); }).filter(Boolean).forEach(function (block) {
      var items = block.split(/\n(?=[-*] )/);
      if (items.every(function (item) { return /^[-*] /.test(item); })) {
        var list = document.createElement("ul");
        items.forEach(function (item) {
          var point = document.createElement("li");
          inline(point, item.slice(2).replace(/\s*\n\s*/g, " "));
          list.appendChild(point);
        });
        element.appendChild(list);
      } else {
        var paragraph = document.createElement("p");
        inline(paragraph, block.replace(/\s*\n\s*/g, " "));
        element.appendChild(paragraph);
      }
    });
  }

  /* Writing into one part of the page: its data-slot elements, its data-part elements, its data-each models. */
  function within(root) {
    var slots = function (name) {
      var selector = '[data-slot="' + name + '"]';
      var inside = Array.prototype.slice.call(root.querySelectorAll(selector));
      return root.matches && root.matches(selector) ? [root].concat(inside) : inside;
    };
    return {
      slots: slots,
      put: function (name, text) { slots(name).forEach(function (slot) { slot.textContent = text; }); },
      drop: function (name, when) {
        if (when) {
          root.querySelectorAll('[data-part="' + name + '"]').forEach(function (element) { element.remove(); });
        }
      },
      blocks: function (name, text) { slots(name).forEach(function (slot) { blocks(slot, text); }); },
      /* The data-each="name" model once for every item, filled in by fill(part, item), in its place. */
      each: function (name, items, fill) {
        var model = root.querySelector('[data-each="' + name + '"]');
        items.forEach(function (item) {
          var copy = model.cloneNode(true);
          copy.removeAttribute("data-each");
          model.parentNode.insertBefore(copy, model);
          fill(within(copy), item);
        });
        model.remove();
      },
    };
  }

  function isCurrent(role, today) {
    return !(role.date && role.date < today) && !(role.end && role.end < today);
  }

  /* `target`'s content replaced by the page `template` (a <template>, its texts in data-*) filled in
     with the entry `data` as the site would show it on `site.today` (YYYY-MM-DD); `site.labelOf(field,
     id)` gives the label of a vocabulary term, `site.townOf(postcode)` the town a postcode is in. */
  function draw(data, template, target, site) {
    var labelOf = site.labelOf;
    var texts = template.dataset;
    var page = template.content.cloneNode(true);
    var part = within(page);
    var labels = function (name, ids) { return (ids || []).map(function (id) { return labelOf(name, id); }).join(", "); };

    part.put("kind", labelOf("kind", data.kind));
    part.put("name", data.name || texts.placeholderName);
    part.put("summary", inLanguage(data.summary || {}));
    part.put("verified", confirmation(data, texts));

    var contact = data.contact || {};
    var phones = (contact.phones || []).filter(function (phone) { return phone.number; });
    part.each("phone", phones, function (item, phone) {
      item.put("phone", phone.number);
      item.slots("phone").forEach(function (link) { link.href = "tel:" + String(phone.number).replace(/[^0-9+]/g, ""); });
      item.put("phone-purpose", phone.purpose ? inLanguage(phone.purpose) : "");
    });
    part.put("email", contact.email || "");
    part.slots("email").forEach(function (link) { link.href = "mailto:" + (contact.email || ""); });
    part.put("website", (contact.website || "").replace("https://", "").replace(/\/+$/, ""));
    part.slots("website").forEach(function (link) {
      if (/^https:\/\//.test(contact.website || "")) {
        link.href = contact.website;
      }
    });
    part.drop("email", !contact.email);
    part.drop("website", !contact.website);
    part.drop("contact", !phones.length && !contact.email && !contact.website);

    var description = data.description ? inLanguage(data.description) : "";
    part.blocks("description", description);
    part.drop("about", !description);
    var steps = data.get_started ? (pageLang !== "da" && data.get_started.en) || data.get_started.da || [] : [];
    part.each("step", steps, function (item, step) { item.put("step", step); });
    part.drop("get-started", !steps.length);

    ["needs", "target_groups", "attendance", "languages", "areas"].forEach(function (name) {
      part.put(name, labels(name, data[name]));
    });
    var age = data.age || {};
    part.put("target_groups-note", age.min !== undefined && age.max !== undefined ? texts.ageBetween.replace("{min}", age.min).replace("{max}", age.max)
      : age.min !== undefined ? texts.ageFrom.replace("{min}", age.min) : age.max !== undefined ? texts.ageTo.replace("{max}", age.max) : "");
    var cost = data.cost || {};
    part.put("cost", cost.free === true ? texts.free : texts.charge);
    part.put("cost-note", cost.note ? inLanguage(cost.note) : "");
    part.put("anonymous", data.anonymous ? texts.anonymousYes : texts.anonymousNo);
    part.put("referral", texts.referral);
    ["needs", "attendance", "languages", "areas"].forEach(function (name) {
      part.drop(name, !(data[name] || []).length);
    });
    part.drop("target_groups", !(data.target_groups || []).length && age.min === undefined && age.max === undefined);
    part.drop("cost", typeof cost.free !== "boolean");
    part.drop("anonymous", typeof data.anonymous !== "boolean");
    part.drop("referral", data.referral_required !== true);

    var places = data.locations || [];
    part.each("place", places, function (item, place) { drawPlace(item, place, texts, site); });
    part.drop("where", !places.length);

    var roles = (data.volunteering || []).filter(function (role) { return isCurrent(role, site.today); });
    part.each("role", roles, function (item, role) { drawRole(item, role, texts, labelOf); });
    part.drop("volunteer", !roles.length);
    target.replaceChildren(page);
  }

  /* "Bekræftet af kommunen den …", "Oplysningerne er fra kilder set …", "Ikke bekræftet af foreningen":
     who confirms follows the kind (vejviser.provider, in data-providers). */
  function confirmation(data, texts) {
    var provider = (" " + texts.providers + " ").split(" " + data.kind + "=")[1];
    provider = provider ? provider.split(" ")[0] : "association";
    var byProvider = function (prefix) { return texts[prefix + provider.charAt(0).toUpperCase() + provider.slice(1)]; };
    var read = (data.sources || []).map(function (source) { return source.read; }).filter(Boolean).sort();
    if (data.last_verified) {
      return byProvider("verifiedYes").replace("{date}", longDate(data.last_verified));
    }
    if (!read.length) {
      return byProvider("verifiedNo");
    }
    return read[0] === read[read.length - 1] ? texts.verifiedSources.replace("{date}", longDate(read[0]))
      : texts.verifiedSourcesBetween.replace("{first}", longDate(read[0])).replace("{last}", longDate(read[read.length - 1]));
  }

  function drawPlace(part, place, texts, site) {
    // As the site does: the town from the postcode when the place names none.
    var townId = place.town || site.townOf(String(place.postcode || ""));
    var town = townId ? site.labelOf("town", townId) : "";
    part.put("place", place.name || place.address || town);
    part.slots("address").forEach(function (element) {
      if (place.address) {
        element.appendChild(document.createTextNode(place.address));
        element.appendChild(document.createElement("br"));
      }
      element.appendChild(document.createTextNode((place.postcode || "") + (town ? " " + town : "")));
    });
    part.put("access", texts.stepFree);
    part.drop("access", !(place.accessibility && place.accessibility.step_free));
    var hours = place.opening_hours || {};
    var weekly = hours.weekly || [];
    part.slots("hours").forEach(function (body) {
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
    part.drop("hours-table", !weekly.length);
    part.put("hours-note", hours.note ? inLanguage(hours.note) : "");
    part.drop("hours", !weekly.length && !hours.note);
  }

  function drawRole(part, role, texts, labelOf) {
    part.put("role-title", inLanguage(role.title || {}));
    part.put("role-commitment", labelOf("role_commitment", role.commitment));
    part.drop("role-english", role.danish_required !== false);
    part.drop("role-youth", !role.youth_friendly);
    part.blocks("role-description", inLanguage(role.description || {}));
    part.put("role-hours", role.hours ? inLanguage(role.hours) : "");
    part.drop("role-hours-row", !role.hours);
    part.put("role-date", role.date ? longDate(role.date) : "");
    part.drop("role-date-row", !role.date);
    part.put("role-min-age", role.min_age ? texts.minAge.replace("{age}", role.min_age) : "");
    part.drop("role-min-age-row", !role.min_age);
    part.put("role-danish", role.danish_required === false ? texts.englishFine : texts.danishNeeded);
    part.blocks("role-apply", inLanguage(role.how_to_apply || {}));
  }

  window.vejviserEntryPreview = { draw: draw };
})();
