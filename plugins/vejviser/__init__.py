"""Vejviser: a static-site generator for a bilingual directory of voluntary social associations."""

__version__ = "0.1.0"
