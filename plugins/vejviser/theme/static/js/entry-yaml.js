/* An entry's data as the YAML file Vejviser reads: `vejviserEntryYaml.document(data, schema, comments)`.

   Used by the form "Tilføj din forening" (add-entry.js), for new entries and corrected ones alike.
   Promises: reading the text back (`vejviser.yamlsource`) gives `data` exactly. Strings are written as
   JSON strings (valid YAML, always quoted, so "no", "12:30" or "2026-06-01" stay text), texts over
   several lines as literal blocks ("|", "|-" or "|+" after how they end) when a block holds them
   exactly; lists of plain values in brackets, mappings and lists of mappings as indented blocks. */
(function () {
  "use strict";

  var INDENT = "  ";

  function quoted(text) {
    return JSON.stringify(text);
  }

  function isMapping(thing) {
    return thing !== null && typeof thing === "object" && !Array.isArray(thing);
  }

  /* A string as a literal block ("|", "|-" or "|+" after how it ends) when it spans lines and a block
     can hold it exactly, else as a quoted line. */
  function stringText(text, depth) {
    var body = text.replace(/\n+$/, "");
    var ending = text.slice(body.length);
    var lines = body.split("\n");
    var blockable = lines.length > 1 && !/^[ \t]/.test(lines[0]) && !lines.some(function (line) { return /^[ \t]+$/.test(line); });
    if (!blockable) {
      return " " + quoted(text);
    }
    var pad = INDENT.repeat(depth + 1);
    var indicator = ending === "" ? "|-" : ending === "\n" ? "|" : "|+";
    var extra = ending.length > 1 ? ending.slice(1).split("").map(function () { return ""; }) : [];
    return " " + indicator + "\n" + lines.concat(extra).map(function (line) { return line ? pad + line : ""; }).join("\n");
  }

  function scalarText(thing, depth) {
    if (thing === null || thing === undefined) {
      return "";
    }
    return typeof thing === "string" ? stringText(thing, depth) : " " + String(thing);
  }

  function inlineScalar(thing) {
    return thing === null ? "null" : typeof thing === "string" ? quoted(thing) : String(thing);
  }

  function yamlKey(key) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : quoted(key);
  }

  /* The lines of `key: value` at `depth`: scalars on the line, lists of scalars in brackets, mappings
     and lists of mappings as blocks below. */
  function pairLines(key, thing, depth) {
    var head = INDENT.repeat(depth) + yamlKey(key) + ":";
    if (Array.isArray(thing)) {
      if (thing.every(function (item) { return !isMapping(item) && !Array.isArray(item); })) {
        return [head + " [" + thing.map(inlineScalar).join(", ") + "]"];
      }
      return [head].concat(sequenceLines(thing, depth + 1));
    }
    if (isMapping(thing)) {
      return Object.keys(thing).length ? [head].concat(mappingLines(thing, depth + 1)) : [head + " {}"];
    }
    return [head + scalarText(thing, depth)];
  }

  function mappingLines(mapping, depth) {
    return Object.keys(mapping).reduce(function (out, key) {
      return out.concat(pairLines(key, mapping[key], depth));
    }, []);
  }

  /* "- " items at `depth`; a mapping's first key on the dash's line. */
  function sequenceLines(items, depth) {
    var pad = INDENT.repeat(depth);
    return items.reduce(function (out, item) {
      if (isMapping(item) && Object.keys(item).length) {
        var lines = mappingLines(item, depth + 1);
        lines[0] = pad + "- " + lines[0].slice(pad.length + INDENT.length);
        return out.concat(lines);
      }
      if (Array.isArray(item)) {
        return out.concat([pad + "- [" + item.map(inlineScalar).join(", ") + "]"]);
      }
      return out.concat([pad + "-" + (isMapping(item) ? " {}" : scalarText(item, depth) || " null")]);
    }, []);
  }

  /* The file: the line that points editors such as VS Code's YAML extension to `schema` (completion
     and checks as they type), `comments`, then the data. */
  function yamlDocument(data, schema, comments) {
    var lines = ["# yaml-language-server: $schema=" + schema].concat(comments.map(function (text) { return "# " + text; }));
    return lines.concat(mappingLines(data, 0)).join("\n") + "\n";
  }

  window.vejviserEntryYaml = { document: yamlDocument, isMapping: isMapping };
})();
