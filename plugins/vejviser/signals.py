"""Signals between Vejviser's plugins, so each plugin gets the loaded model instead of re-reading YAML.

`directory_loaded` is sent once per build by the directory generator, right after the content was
loaded and validated, with keyword arguments `directory` (a `vejviser.content.Directory`),
`settings` (Pelican's settings) and `build_date` (a `datetime.date`).
"""

from blinker import signal

directory_loaded = signal("vejviser-directory-loaded")
