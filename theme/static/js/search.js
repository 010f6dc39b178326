/* The search page and "Bliv frivillig" (components/search_ui.html), on Pagefind's JavaScript API.

   Searches as you type (at once on Enter or a ticked filter) and lists the results ten at a time with
   a button for more, as the listing pages show entries: name, summary, what it is and where. With no
   words it lists everything under the ticked filters. A query in the address (?q=, what the header's
   search box sends) is searched when the page opens, and the address follows the query, so Back
   from a result comes back to it.

   Only what a search needs is fetched: Pagefind's engine and the index's word chunks for the words
   typed, and the filter index for the ticked filters. The counts by the filters need the whole
   filter index, which is large for a large directory, so it is fetched when a filter group is first
   opened. After every search the form fires "vv-search-results" with {term, count}. */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var TYPING_PAUSE_MS = 300;

  var form = document.querySelector("[data-search-ui]");
  if (!form) {
    return;
  }
  var settings = JSON.parse(form.dataset.searchUi);
  var texts = settings.texts;
  var input = form.querySelector("input[type=search]");
  var groups = Array.prototype.slice.call(form.querySelectorAll("[data-filter-name]"));
  var summary = form.querySelector(".vv-search-ui__summary");
  var list = form.querySelector(".vv-search-ui__list");
  var more = form.querySelector(".vv-search-ui__more");
  var locale = document.documentElement.lang || undefined;

  var engine = null; // Pagefind, once asked for
  var countsAsked = false; // a filter group has been opened: the filter index is on its way
  var counting = false; // the filter index is loaded: show the counts
  var searches = 0; // tells searches apart: only the newest one shows its results
  var shown = { results: [], search: 0 };
  var typing = 0;

  function pagefind() {
    if (!engine) {
      engine = import(new URL(settings.bundle + "pagefind.js", document.baseURI).href).then(function (module) {
        // On the page's own thread: a web worker would fetch a second copy of the engine.
        return module.options({ noWorker: true }).then(function () {
          return module;
        });
      });
    }
    return engine;
  }

  function say(key, values) {
    return texts[key].replace(/\{(\w+)\}/g, function (_, name) {
      return values[name];
    });
  }

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
    var summaryText = element("p", "vv-card__summary", meta.summary);
    if (meta.text_lang) {
      heading.lang = summaryText.lang = meta.text_lang;
    }
    var facts = element("ul", "vv-tags");
    facts.setAttribute("aria-label", texts.facts);
    [meta.kind, meta.town].forEach(function (fact) {
      if (fact) {
        facts.appendChild(element("li", "vv-tags__tag", fact));
      }
    });
    item.append(heading, summaryText, facts);
    return item;
  }

  /* The next results of the newest search; `focus` moves the keyboard to the first of them. */
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
    }, failed);
  }

  /* Pagefind's filters: the ticked values by filter name; "Good to know" needs all of them, the rest any. */
  function tickedFilters() {
    var filters = {};
    groups.forEach(function (group) {
      var values = Array.prototype.map.call(group.querySelectorAll("input:checked"), function (box) {
        return box.value;
      });
      if (values.length) {
        filters[group.dataset.filterName] = group.hasAttribute("data-match-all") ? { all: values } : { any: values };
      }
    });
    return filters;
  }

  function showCounts(counts) {
    groups.forEach(function (group) {
      var byValue = (counting && counts && counts[group.dataset.filterName]) || null;
      group.querySelectorAll(".vv-filter__value").forEach(function (value) {
        var count = value.querySelector(".vv-filter__count");
        var number = byValue ? byValue[value.querySelector("input").value] || 0 : null;
        count.hidden = number === null;
        count.textContent = number === null ? "" : "(" + number.toLocaleString(locale) + ")";
      });
    });
  }

  function describe(term, count) {
    var amount = count === 0 ? "none" : count === 1 ? "one" : "many";
    return say((term ? "found_" : "listed_") + amount, { term: term, count: count.toLocaleString(locale) });
  }

  function remember(term) {
    var address = new URL(window.location.href);
    if (term) {
      address.searchParams.set("q", term);
    } else {
      address.searchParams.delete("q");
    }
    window.history.replaceState(window.history.state, "", address.href);
  }

  /* Search for what is typed, under the ticked filters; `countsOnly` refreshes the counts alone. */
  function search(countsOnly) {
    window.clearTimeout(typing);
    var term = input.value.trim();
    var id = countsOnly ? searches : ++searches;
    if (!countsOnly) {
      list.setAttribute("aria-busy", "true");
      summary.textContent = texts.searching;
      remember(term);
    }
    return pagefind()
      .then(function (pagefind) {
        return pagefind.search(term || null, { filters: tickedFilters() });
      })
      .then(function (response) {
        if (id !== searches || !response) {
          return; // a newer search is under way
        }
        showCounts(response.filters);
        if (countsOnly) {
          return;
        }
        summary.textContent = describe(term, response.results.length);
        shown = { results: response.results, search: id };
        list.replaceChildren();
        more.hidden = true;
        showMore(false);
        form.dispatchEvent(new CustomEvent("vv-search-results", { detail: { term: term, count: response.results.length } }));
      }, failed);
  }

  function failed(error) {
    summary.textContent = texts.failed;
    list.setAttribute("aria-busy", "false");
    window.console.error(error);
  }

  function countOnFirstOpen(event) {
    if (!event.target.open || countsAsked) {
      return;
    }
    countsAsked = true;
    pagefind()
      .then(function (pagefind) {
        return pagefind.filters();
      })
      .then(function () {
        counting = true;
        return search(true);
      }, failed);
  }

  input.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(search, TYPING_PAUSE_MS);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  groups.forEach(function (group) {
    group.addEventListener("change", function () {
      search();
    });
    group.addEventListener("toggle", countOnFirstOpen);
  });
  more.addEventListener("click", function () {
    showMore(true);
  });

  input.value = new URLSearchParams(window.location.search).get("q") || "";
  form.hidden = false;
  search();
})();
