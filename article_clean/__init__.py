"""article-clean: turn scraped news pages into clean, structured articles.

>>> article = clean("Headline here\\n\\nLONDON (Reuters) - Shares rose on Monday, traders said.")
>>> article.title, article.dateline.location, article.text
('Headline here', 'LONDON', 'Shares rose on Monday, traders said.')
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .errors import ArticleCleanError, ConfigError, InputError
from .model import Article, Block, Byline, Dateline, Finding, Removal
from .options import Options

__version__ = "0.1.0"

__all__ = [
    "Article", "ArticleCleanError", "Block", "Byline", "ConfigError", "Dateline", "Finding",
    "InputError", "Options", "Removal", "__version__", "clean", "clean_file",
]


def clean(text: str | bytes, options: Options | None = None, source: str = "-", url: str | None = None) -> Article:
    """Clean one article given as text or bytes.

    ``url`` is the page's address, for a saved page: a date in its path, its host as the site's
    name and the base of relative links, where the page does not say.

    >>> clean("Headline here\\n\\nShares rose on Monday, traders said.", url="https://www.example.com/2021/10/15/x").published
    '2021-10-15'
    """
    from .pipeline import run

    if url is not None:
        options = replace(options or Options(), url=url)
    return run(text, source, options)


def clean_file(path: str | Path, options: Options | None = None, url: str | None = None) -> Article:
    """Read and clean one file; ``url`` as in :func:`clean`. Raises :class:`InputError` when it cannot be read."""
    from .reader import read_bytes

    options = options or Options()
    return clean(read_bytes(path, options.max_bytes), options, source=str(path), url=url)
