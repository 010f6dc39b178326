"""Pelican plugin `vejviser.opendata`: open data and discoverability.

JSON and CSV of every entry, an Open Referral HSDS 3.0 export, schema.org JSON-LD, sitemap,
robots.txt and Atom feeds, all built from the model objects the directory generator loaded.
"""
