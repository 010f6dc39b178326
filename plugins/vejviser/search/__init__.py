"""Pelican plugin `vejviser.search`: Pagefind search in Danish and English, built inside the Pelican run.

Entries, current volunteer roles and content pages become search records straight from the model
(`records.py`), with filters a citizen can read (`facets.py`); `index.py` hands them to Pagefind's
binary (`service.py`), whose bundle it writes to `output/pagefind/` (`build.py` runs it in the build, and
`backport.py` fixes its engine scripts). The theme's search page and "Bliv frivillig" use it through
`components/search_ui.html` and `static/js/search.js`, on Pagefind's JavaScript API; the filters they
offer come from the template helper `search_filters` (`templating.py`).

The words people use (the vocabularies' `words`) are indexed with each entry (`records.py`); the
search page gets the towns it recognises in a query and the word → page map it offers when nothing is
found or JavaScript is off from `words.py` (`search_settings`, `search_word_map`), and `words.json`
(the known words, for "Mente du …?") is written with the index.
"""

from pelican import signals

from .build import add_search_index
from .templating import declare_helper_inputs, install_template_helpers


def register():
    signals.generator_init.connect(install_template_helpers)
    signals.all_generators_finalized.connect(add_search_index)
    signals.all_generators_finalized.connect(declare_helper_inputs)
