"""Pelican settings for the published site (`make publish`, which also passes --fatal warnings)."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

# The address the site is published at. Set VEJVISER_SITEURL in the publishing workflow.
SITEURL = os.environ.get("VEJVISER_SITEURL", "https://vejviser.example.org")
RELATIVE_URLS = False
VEJVISER_DEV_CACHE = False  # every page and file written from scratch, every time
# A folder (e.g. "cache/build") that keeps the pages of this build for the next one, which copies each
# page that would come out the same instead of rendering it (vejviser.directory.buildcache); off unless
# the environment names it, as the publishing workflow does.
VEJVISER_BUILD_CACHE = os.environ.get("VEJVISER_BUILD_CACHE") or None
DELETE_OUTPUT_DIRECTORY = True
