/* The search page and "Bliv frivillig" (components/search_ui.html): Pagefind's Component UI with
   - results that show a page's name, what it is, its summary and its town (the index's meta);
   - the filters in the page's order, only those it offers (settings.facets);
   - the query from the address (?q=, what the header's search box sends) and the page's preset
     filters (settings.filters) searched once Pagefind has loaded. */
(function () {
  "use strict";

  var root = document.querySelector("[data-search-ui]");
  if (!root || !window.PagefindComponents) {
    return;
  }
  var settings = JSON.parse(root.dataset.searchUi);
  var instance = window.PagefindComponents.getInstanceManager().getInstance("default");

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /* One result, as the listing pages show an entry (components/cards.html). */
  function result(data) {
    var meta = data.meta || {};
    var item = element("li", "vv-card vv-result");
    var heading = element("h2", "vv-card__title");
    var link = element("a", "vv-card__link", meta.title);
    link.href = data.url;
    heading.appendChild(link);
    var summary = element("p", "vv-card__summary", meta.summary);
    if (meta.text_lang) {
      heading.lang = summary.lang = meta.text_lang;
    }
    var facts = element("ul", "vv-tags");
    facts.setAttribute("aria-label", root.dataset.labelFacts);
    [meta.kind, meta.town].forEach(function (fact) {
      if (fact) {
        facts.appendChild(element("li", "vv-tags__tag", fact));
      }
    });
    item.append(heading, summary, facts);
    return item;
  }

  /* Pagefind lists filters alphabetically and re-creates them when they change: put them in the
     page's order, leaving out those it does not offer. Nodes move only when out of order, since
     moving one would take the keyboard focus away from a checkbox just ticked. */
  function arrangeFilters() {
    var pane = root.querySelector(".pf-filter-pane");
    if (!pane) {
      return;
    }
    Array.prototype.slice.call(pane.children).forEach(function (group) {
      if (settings.facets.indexOf(group.dataset.filterName) < 0) {
        group.remove();
      }
    });
    var groups = settings.facets
      .map(function (name) {
        return pane.querySelector('[data-filter-name="' + CSS.escape(name) + '"]');
      })
      .filter(Boolean);
    var inOrder = groups.every(function (group, index) {
      return pane.children[index] === group;
    });
    if (!inOrder) {
      groups.forEach(function (group) {
        pane.appendChild(group);
      });
    }
  }

  root.querySelector("pagefind-results").resultTemplate = result;
  instance.on("filters", arrangeFilters);
  instance.on("translations", arrangeFilters);

  var query = new URLSearchParams(window.location.search).get("q") || "";
  if (query || Object.keys(settings.filters).length) {
    /* Once loaded, faceted mode lists everything; this search starts after that one and wins. */
    instance.triggerLoad().then(function () {
      instance.triggerSearchWithFilters(query, settings.filters);
    });
  }
})();
