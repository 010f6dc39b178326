/* The search page and "Bliv frivillig" (components/search_ui.html), on Pagefind's Component UI.

   Pagefind's input, filter pane and summary do the searching; the results are listed here, ten at
   a time with a button for more, as the listing pages show entries: name, summary, what it is and
   where. (Pagefind's own list loads each result as it scrolls into view, so Tab would jump past the
   ones not loaded yet.) Also: the filters in the page's order, only those it offers, and the query
   from the address (?q=, what the header's search box sends) with the page's preset filters. */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var root = document.querySelector("[data-search-ui]");
  if (!root || !window.PagefindComponents) {
    return;
  }
  var settings = JSON.parse(root.dataset.searchUi);
  var instance = window.PagefindComponents.getInstanceManager().getInstance("default");
  var list = root.querySelector(".vv-search-ui__list");
  var more = root.querySelector(".vv-search-ui__more");
  var shown = { results: [], search: 0 }; // the last search's results; `search` tells searches apart

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /* One result, as the listing pages show an entry (components/cards.html). */
  function card(data) {
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

  /* The next results of the last search; `focus` moves the keyboard to the first of them. */
  function showMore(focus) {
    var search = shown.search;
    var start = list.children.length;
    var next = shown.results.slice(start, start + PAGE_SIZE);
    list.setAttribute("aria-busy", "true");
    more.disabled = true;
    Promise.all(
      next.map(function (result) {
        return result.data();
      })
    ).then(function (pages) {
      if (search !== shown.search) {
        return; // a newer search has replaced these results
      }
      list.append.apply(list, pages.map(card));
      list.setAttribute("aria-busy", "false");
      more.disabled = false;
      more.hidden = list.children.length >= shown.results.length;
      if (focus && pages.length) {
        list.children[start].querySelector("a").focus();
      }
    });
  }

  instance.on("results", function (searchResult) {
    shown = { results: searchResult.results || [], search: shown.search + 1 };
    list.replaceChildren();
    more.hidden = true;
    showMore(false);
  });
  more.addEventListener("click", function () {
    showMore(true);
  });

  /* Labels in the page's language, from Pagefind's translations. */
  function label() {
    list.setAttribute("aria-label", instance.translate("results_label"));
    more.textContent = instance.translate("load_more");
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

  label();
  instance.on("translations", label);
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
