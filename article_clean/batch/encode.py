"""Articles to the UTF-8 bytes of their output, in the worker that cleaned them.

JSON and JSON Lines are the writers' own output byte for byte, but encoded by
orjson, several times faster than ``json.dumps`` on article-sized objects. (A
JSON Lines record's own fields keep their values, but a float may be spelled
otherwise, ``1e-7`` for ``1e-07``, and NaN and infinities, which JSON lacks,
become null.) The Markdown and text writers are used as they are. Workers send
bytes, so the parent process only copies them to the output.
"""

from __future__ import annotations

from functools import partial
from typing import Callable, NamedTuple

import orjson

from ..model import Article
from ..writers import WRITERS, Writer

#: orjson's options that give each JSON writer's layout.
JSON_LAYOUTS = {"jsonl": 0, "json": orjson.OPT_INDENT_2}


class _AsArticle(NamedTuple):
    """An article's JSON object where a writer takes an Article: the JSON writers only call ``to_dict()``."""

    data: dict

    def to_dict(self) -> dict:
        """The object itself."""
        return self.data


def utf8(text: str) -> bytes:
    """``text`` as UTF-8; a lone surrogate (from a JSON Lines record's ``\\ud800``) becomes U+FFFD.

    >>> utf8("caf\\udce9"), utf8("café")
    (b'caf\\xef\\xbf\\xbd', b'caf\\xc3\\xa9')
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        from ..text.decoding import repair_surrogates

        return repair_surrogates(text)[0].encode("utf-8")


def encode_dict(data: dict, fmt: str) -> bytes:
    """An article's JSON object (``Article.to_dict()``) as the ``json`` or ``jsonl`` writer renders it."""
    try:
        return orjson.dumps(data, option=JSON_LAYOUTS[fmt])
    except orjson.JSONEncodeError:  # a lone surrogate, an integer past 64 bits, nesting past 254 levels
        return utf8(WRITERS[fmt].render(_AsArticle(data)))


def _encode_json(article: Article, fmt: str) -> bytes:
    """An article as the ``json`` or ``jsonl`` writer renders it."""
    return encode_dict(article.to_dict(), fmt)


def _encode_text(article: Article, writer: Writer) -> bytes:
    """An article as ``writer`` renders it."""
    return utf8(writer.render(article))


def encoder(fmt: str) -> Callable[[Article], bytes]:
    """The function that renders an article in format ``fmt`` (a writer's name) to bytes."""
    if fmt in JSON_LAYOUTS:
        return partial(_encode_json, fmt=fmt)
    return partial(_encode_text, writer=WRITERS[fmt])
