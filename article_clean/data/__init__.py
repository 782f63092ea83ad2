"""Tables only: month names, phrase lists, stop words and the regexes built from them.

Nothing here decides; the readers in :mod:`article_clean.text` and the HTML reader do, with
their thresholds named beside each decision.
"""
