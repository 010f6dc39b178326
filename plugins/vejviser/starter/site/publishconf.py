"""Pelican settings for the published site (`make publish`, which also passes --fatal warnings)."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

# The address the site is published at; the publishing workflow sets VEJVISER_SITEURL.
SITEURL = os.environ.get("VEJVISER_SITEURL", "@@{url_py}")
RELATIVE_URLS = False
VEJVISER_DEV_CACHE = False  # every page and file written from scratch, every time
DELETE_OUTPUT_DIRECTORY = True
