"""article-clean: turn scraped news pages into clean, structured articles.

>>> article = clean("Headline here\\n\\nLONDON (Reuters) - Shares rose on Monday, traders said.")
>>> article.title, article.dateline.location, article.text
('Headline here', 'LONDON', 'Shares rose on Monday, traders said.')
"""

from __future__ import annotations

from pathlib import Path

from .errors import ArticleCleanError, ConfigError, InputError
from .model import Article, Block, Byline, Dateline, Finding, Removal
from .options import Options

__version__ = "0.1.0"

__all__ = [
    "Article", "ArticleCleanError", "Block", "Byline", "ConfigError", "Dateline", "Finding",
    "InputError", "Options", "Removal", "__version__", "clean", "clean_file",
]


def clean(text: str | bytes, options: Options | None = None, source: str = "-") -> Article:
    """Clean one article given as text or bytes."""
    from .pipeline import run

    return run(text, source, options)


def clean_file(path: str | Path, options: Options | None = None) -> Article:
    """Read and clean one file. Raises :class:`InputError` when it cannot be read."""
    from .reader import read_bytes

    options = options or Options()
    return clean(read_bytes(path, options.max_bytes), options, source=str(path))
