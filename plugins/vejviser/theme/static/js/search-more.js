/* The rarer parts of the search (search.js fetches this module when first needed): a query that no
   page matches with all its words, and spelling suggestions for a search that finds nothing. */

function withDanishLetters(word) {
  return word.replace(/ae/g, "æ").replace(/oe/g, "ø").replace(/aa/g, "å");
}

/* Each word alone (tried with "æ", "ø", "å" for "ae", "oe", "aa" when the index does not know it as
   typed): the pages with the most known words, by their summed scores. `knownIn(response, words)`
   resolves to the words the best result matched as themselves. Resolves to {response, words (the
   known ones, as searched), unknown, some (no page has every known word)}. */
export function wordByWord(pagefind, words, filters, knownIn) {
  function oneWord(word, again) {
    return pagefind.search(word, { filters: filters }).then((response) =>
      knownIn(response, [word]).then((known) => {
        if (known.length) {
          return { word: word, response: response };
        }
        return !again && withDanishLetters(word) !== word ? oneWord(withDanishLetters(word), true) : null;
      })
    );
  }
  return Promise.all(words.map((word) => oneWord(word, false))).then((answers) => {
    const known = answers.filter(Boolean);
    const pages = new Map();
    for (const answer of known) {
      for (const result of answer.response.results) {
        const page = pages.get(result.id) || { result: result, words: 0, score: 0 };
        page.words += 1;
        page.score += result.score;
        pages.set(result.id, page);
      }
    }
    const all = Array.from(pages.values());
    const most = Math.max(0, ...all.map((page) => page.words));
    const results = all.filter((page) => page.words === most).sort((a, b) => b.score - a.score);
    return {
      response: { results: results.map((page) => page.result), filters: known.length ? known[0].response.filters : null },
      words: known.map((answer) => answer.word),
      unknown: words.filter((word, i) => !answers[i]),
      some: known.length > 1 && most < known.length,
    };
  });
}

/* {page id: 0 in one of `towns`, 1 municipality-wide, 2 nationwide} (`wide`: those two values of
   the "Område" filter, `areaFilter`): with a town, the nearest services come first. */
export function areaRanks(pagefind, towns, areaFilter, wide) {
  const levels = [towns.map((town) => town.label), ...wide.map((value) => [value])];
  return Promise.all(levels.map((values) => pagefind.search(null, { filters: { [areaFilter]: { any: values } } }))).then((responses) => {
    const ranks = {};
    responses.forEach((response, rank) => {
      for (const result of response.results) {
        ranks[result.id] = result.id in ranks ? ranks[result.id] : rank;
      }
    });
    return ranks;
  });
}

export function knownWords(url) {
  return window
    .fetch(url)
    .then((answer) => (answer.ok ? answer.json() : []))
    .catch(() => []);
}

/* For each unknown word, the closest of `known` (one letter off for short words, two for longer). */
export function suggestions(unknown, known, fold) {
  return unknown
    .map((word) => {
      const asked = fold(word);
      let best = null;
      let limit = asked.length > 5 ? 3 : 2;
      for (const candidate of known) {
        const apart = Math.abs(candidate.length - asked.length) < limit ? distance(asked, fold(candidate)) : limit;
        if (apart < limit) {
          best = candidate;
          limit = apart;
        }
      }
      return best;
    })
    .filter(Boolean);
}

/* Levenshtein distance, a swap of two letters counting one. */
function distance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      rows[i][j] =
        i === 0
          ? j
          : Math.min(
              rows[i - 1][j] + 1,
              rows[i][j - 1] + 1,
              rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
              i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? rows[i - 2][j - 2] + 1 : 99
            );
    }
  }
  return rows[a.length][b.length];
}
