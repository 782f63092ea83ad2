"""Nothing is lost: every non-blank input line is in the body, in metadata, or removed.

The functions take an :class:`~article_clean.model.Article`; this module does not import the
model, which calls it from ``Article.accounting``.

Lines are compared by their word characters only, so reflow, dehyphenation,
quote and dash styles, bullets and Markdown markers do not count as loss.
Each line is looked for first in the stretch of its block that came from it,
so that the check stays linear in the size of the document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

_NON_WORD_RE = re.compile(r"\W+")


def canon(text: str) -> str:
    """The word characters of ``text``, lower-cased, with nothing between them.

    >>> canon("  • Latest-News, 2021!")
    'latestnews2021'
    """
    return _NON_WORD_RE.sub("", text).lower()


def _homes(article: Any) -> dict[int, list[str]]:
    """For each input line, the words of the stretches of body text that came from it."""
    homes: dict[int, list[str]] = defaultdict(list)
    for block in article.body:
        spans = block.spans
        for index, span in enumerate(spans):
            end = spans[index + 1].offset if index + 1 < len(spans) else len(block.text)
            homes[span.line].append(canon(block.text[span.offset:end]))
    return homes


def unaccounted(article: Any) -> list[int]:
    """Line numbers of non-blank input lines whose words are in no output field."""
    pieces: dict[int, list[str]] = defaultdict(list)
    dropped: set[str] = set()  # HTML: blocks removed by element, one per line of the removal's text
    for removal in article.removed:
        if removal.line is not None:
            pieces[removal.line].append(canon(removal.text))
        else:
            dropped.update(map(canon, removal.text.split("\n")))
    homes = _homes(article)
    meta = canon(" ".join(filter(None, (article.title, article.dateline and article.dateline.text,
                                         article.byline and article.byline.text))))
    body: str | None = None
    missing = []
    for number, line in enumerate(article.input_lines, start=1):
        rest = canon(line)
        for piece in pieces.get(number, ()):
            rest = rest.replace(piece, "", 1)
        if not rest or any(rest in home for home in homes.get(number, ())) or rest in meta or rest in dropped:
            continue
        if body is None:
            body = canon("\n".join(block.text for block in article.body))
        if rest not in body:
            missing.append(number)
    return missing
