/* "Tilføj din forening": writes an entry file from the form, in the browser, and links to GitHub's
   "new file" page with the file's name and content filled in (…/new/<branch>/content/associations
   ?filename=…&value=…). Nothing leaves the page until the contributor follows that link.

   Without this script the page shows a template to copy (#add-entry-fallback); the script hides it and
   shows the form. If the link would be longer than data-max-url-length, the file is shown to copy
   instead. All texts come from the page (data-* attributes and hidden elements), in its language.

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
    var lines = ["# " + form.dataset.fileComment, "name: " + quoted(value("name")), "kind: " + quoted(value("kind")), "summary:"];
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
    lines.push("last_verified:", "added: " + today());
    if (value("maintainer")) {
      lines.push("maintainers: " + list(["@" + value("maintainer").replace(/^@/, "")]));
    }
    return lines.join("\n") + "\n";
  }

  /* Checkbox groups that need at least one ticked: their message, on the first box for the browser. */
  function checkGroups() {
    form.querySelectorAll("[data-required-group]").forEach(function (group) {
      var boxes = group.querySelectorAll('input[type="checkbox"]');
      var none = !group.querySelector('input[type="checkbox"]:checked');
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

  form.hidden = false;
  fallback.hidden = true;
})();
