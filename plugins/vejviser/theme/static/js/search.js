/* The search page and "Bliv frivillig" (components/search_ui.html), on Pagefind's JavaScript API.

   Searches as you type (at once on Enter or a ticked filter) and lists the results ten at a time with
   a button for more, as the listing pages show entries: name, summary, what it is and where. With no
   words it lists everything under the ticked filters. A query in the address (?q=, what the header's
   search box sends) is searched when the page opens, and the address follows the query, so Back
   from a result comes back to it.

   Only what a search needs is fetched: Pagefind's engine and the index's word chunks for the words
   typed, and the filter index for the ticked filters. The counts by the filters need the whole
   filter index, which is large for a large directory, so it is fetched when a filter group is first
   opened. After every search the form fires "vv-search-results" with {term, count}.

   Honest and ordered for the reader: a town in the query narrows like the "Område" filter (parse); a
   word the best result matched only as a fragment ("de" for "depression") is dropped (sameWord),
   and with none left nothing is found; help, then roles, then information (settings.typeOrder). */
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
  var filterBox = form.querySelector("[data-filters]");
  var help = document.querySelector("[data-search-help]");
  var suggest = help && help.querySelector("[data-search-suggest]");
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
  var kinds = null; // Promise of {page id: rank of its kind in settings.typeOrder}
  var knownWords = null; // Promise of the known words (words.json), fetched for a search that finds nothing
  var extra = null; // Promise of search-more.js
  var WIDE = "(min-width: 48em)";

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
    if (meta.title_lang) {
      heading.lang = meta.title_lang;
    }
    if (meta.summary_lang) {
      summaryText.lang = meta.summary_lang;
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


  /* A word as it is compared: lower case, "æ", "ø", "å" as "ae", "oe", "aa", no accents or punctuation. */
  function fold(word) {
    return word.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}]/gu, "");
  }

  /* Did the indexed word `found` match `asked` as a form of it, not a fragment? Yes: "ensom" →
     "ensomhed", "ensomme" → "ensomhed" (a short ending), "gældsproblemer" → "gæld" (Danish compound).
     "bullied" → "bullying" (both "bulli…" to the stemmer). No: "depression" → "de", "gulerod" → "gule",
     "spaceship" → "space". */
  var ENDINGS = ["ing", "ies", "ied", "ers", "ene", "ede", "ere", "erne", "hed", "lig", "ness"];
  function sameWord(asked, found) {
    var a = fold(asked);
    var b = fold(found);
    var common = 0;
    while (common < a.length && a[common] === b[common]) {
      common++;
    }
    var rest = a.slice(common);
    return !rest || (common >= 3 && (rest.length <= 2 || ENDINGS.indexOf(rest) >= 0 || (locale === "da" && common === b.length && common >= 5)));
  }

  /* The query's words, and the towns it names (settings.towns: names and postcodes) taken out of them. */
  function parse(term) {
    var words = term.toLowerCase().split(/\s+/).filter(Boolean);
    var towns = [];
    var names = [];
    settings.towns.forEach(function (town) {
      town.names.forEach(function (name) {
        names.push({ parts: name.split(/\s+/), town: town });
      });
    });
    names.sort(function (a, b) {
      return b.parts.length - a.parts.length; // names of more words first: the municipality's ("x kommune") before its town's ("x")
    });
    for (var i = 0; i < words.length; i++) {
      var hit = names.find(function (name) {
        return name.parts.every(function (part, k) {
          return words[i + k] !== undefined && fold(words[i + k]) === fold(part);
        });
      });
      if (hit) {
        towns.indexOf(hit.town) < 0 && towns.push(hit.town);
        words.splice(i--, hit.parts.length);
      }
    }
    return { words: words, towns: towns };
  }

  /* {page id: rank of its kind in settings.typeOrder}, from the "Vis" filter, fetched once. */
  function kindRanks(pagefind) {
    kinds = kinds || Promise.all(settings.typeOrder.map(function (label) {
      var filters = {};
      filters[settings.typeFilter] = { any: [label] };
      return pagefind.search(null, { filters: filters });
    })).then(function (responses) {
      var ranks = {};
      responses.forEach(function (response, rank) {
        response.results.forEach(function (result) {
          ranks[result.id] = rank;
        });
      });
      return ranks;
    });
    return kinds;
  }

  /* `results` by kind, then (for a town) nearest first, else in Pagefind's order (sort is stable). */
  function byKind(results, ranks, areas) {
    var rank = function (result) {
      return (result.id in ranks ? ranks[result.id] : 9) * 10 + (result.id in areas ? areas[result.id] : 0);
    };
    return results.slice().sort(function (a, b) {
      return rank(a) - rank(b);
    });
  }

  /* The words one word of a page's text stands for: Pagefind indexes "X-House" as itself and as
     "X" and "House", and "Esbjerg/Varde" as "Esbjerg" and "Varde". */
  function partsOf(written) {
    return [written].concat(written.split(/[-\u2010-\u2015/]+/));
  }

  /* The query words that the best result matched as themselves (see sameWord). */
  function knownIn(response, words) {
    if (!response.results.length) {
      return Promise.resolve([]);
    }
    return response.results[0].data().then(function (data) {
      var content = data.content.split(/\s+/);
      return words.filter(function (word) {
        return data.locations.some(function (location) {
          return partsOf(content[location] || "").some(function (part) {
            return sameWord(word, part);
          });
        });
      });
    });
  }

  /* Search `words` under `filters` with only the words the index knows: {response, words (searched),
     unknown, some (no page has every word)}. */
  function honestSearch(pagefind, words, filters) {
    return pagefind.search(words.join(" ") || null, { filters: filters }).then(function (response) {
      return knownIn(response, words).then(function (known) {
        if (known.length === words.length) {
          return { response: response, words: words, unknown: [], some: false };
        }
        return moreParts().then(function (module) {
          return module.wordByWord(pagefind, words, filters, knownIn);
        });
      });
    });
  }

  /* The rarer parts (word by word, spelling suggestions): search-more.js, fetched when first needed. */
  function moreParts() {
    extra = extra || import(new URL(settings.more, document.baseURI).href);
    return extra;
  }

  /* The page's ways on (search.html): shown when a search finds nothing, with "Mente du …?". */
  function showHelp(found, unknown, towns) {
    if (!help) {
      return;
    }
    help.hidden = found;
    suggest.hidden = true;
    suggest.replaceChildren();
    var id = searches;
    (found || !unknown.length ? Promise.resolve([]) : moreParts().then(function (module) {
      knownWords = knownWords || module.knownWords(settings.words);
      return knownWords.then(function (known) {
        return module.suggestions(unknown, known, fold);
      });
    })).then(function (words) {
      if (id !== searches || !words.length) {
        return;
      }
      var address = new URL(window.location.href);
      address.searchParams.set("q", words.concat(towns.map(function (town) { return town.label; })).join(" "));
      var link = element("a", "vv-search-help__suggestion", words.join(" "));
      link.href = address.href;
      suggest.append(texts.did_you_mean + " ", link, "?");
      suggest.hidden = false;
    });
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
    var query = parse(term);
    var filters = tickedFilters();
    if (query.towns.length && !filters[settings.areaFilter]) {
      var values = new Set();
      query.towns.concat(settings.wide).forEach(function (town) {
        values.add(town.label || town);
      });
      filters[settings.areaFilter] = { any: Array.from(values) };
    }
    return pagefind()
      .then(function (pagefind) {
        var towns = settings.towns.filter(function (town) {
          var ticked = filters[settings.areaFilter];
          return query.towns.indexOf(town) >= 0 || (ticked && ticked.any && ticked.any.indexOf(town.label) >= 0);
        });
        return Promise.all([honestSearch(pagefind, query.words, filters), kindRanks(pagefind), towns.length ? moreParts().then(function (module) {
          return module.areaRanks(pagefind, towns, settings.areaFilter, settings.wide);
        }) : {}]);
      })
      .then(function (answers) {
        var found = answers[0];
        var response = found.response;
        if (id !== searches || !response) {
          return; // a newer search is under way
        }
        showCounts(response.filters);
        if (countsOnly) {
          return;
        }
        var nothing = term && !found.words.length && !query.towns.length;
        var results = nothing ? [] : byKind(response.results, answers[1], answers[2]);
        // Results for some of the words are described as for those words (and the towns named).
        var searched = found.unknown.length ? found.words.concat(query.towns.map(function (town) { return town.label; })).join(" ") : term;
        var text = describe(results.length ? searched : term, results.length);
        if (results.length && found.some) {
          text += " " + texts.some_words;
        }
        if (results.length && found.unknown.length) {
          text += " " + say("ignored", { words: found.unknown.join(", ") });
        }
        summary.textContent = text;
        shown = { results: results, search: id };
        list.replaceChildren();
        more.hidden = true;
        showHelp(results.length > 0, found.unknown, query.towns);
        showMore(false);
        form.dispatchEvent(new CustomEvent("vv-search-results", { detail: { term: term, count: results.length } }));
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
  if (filterBox && window.matchMedia(WIDE).matches) {
    filterBox.open = true;
  }
  if (help) {
    more.after(help); // shown when a search finds nothing, under the summary that says so
  }
  form.hidden = false;
  search();
})();
