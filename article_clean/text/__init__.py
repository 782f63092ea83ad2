"""Pure readers of lines and strings, shared by the text stages, the HTML reader and ``check``.

Each module reads one thing: :mod:`.shapes` (words, prose, headlines, the lines above the body),
:mod:`.timestamps`, :mod:`.bylines`, :mod:`.datelines`, :mod:`.boilerplate` (whole-line rules and
menus), :mod:`.pieces` (what a piece of a page dump is), :mod:`.spans` (the best stretch of
weights), :mod:`.quotes` (quotation marks in each language's conventions), :mod:`.endings` (how a
paragraph ends: a sentence, a row, a caption, or a cut), :mod:`.decoding` and :mod:`.normalizing`. Nothing here knows of a stage or a page's
markup; the tables they read are in :mod:`article_clean.data`.
"""
