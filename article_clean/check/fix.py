"""``--fix``: the clean article, written back in the form it came in.

Rewriting a file through its writer fixes what cleaning fixes: boilerplate
lines (AC301), the glued dateline (AC302) and hard wrapping (AC303) are gone
from the article already. The other fixable codes have a transform of the
article in :data:`TRANSFORMS`, run only when that code was found. Each block a
transform drops is recorded in ``removed`` with the rule that took it.
Truncation is never fixed: lost words are not made up.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Callable, Sequence

from ..model import Article, Finding, Removal
from ..options import Options
from ..writers import WRITERS
from .detect import duplicates, residue, timestamp_blocks
from .patterns import CONTROL_RE, HTML_TAG_RE
from .subject import WRITER_OF_FORM, Parsed

_SPACES_RE = re.compile(r"[ \t]{2,}")


def _texts(article: Article, change: Callable[[str], str]) -> Article:
    """``article`` with ``change`` applied to the title and every block."""
    body = tuple(replace(block, text=change(block.text)) for block in article.body)
    title = change(article.title) if article.title else article.title
    return replace(article, title=title, body=body)


def _drop(article: Article, rules: dict[int, str]) -> Article:
    """``article`` without the blocks at the keys of ``rules``, each recorded as removed by its rule."""
    if not rules:
        return article
    removed = tuple(Removal(block.line, block.text, rules[i]) for i, block in enumerate(article.body) if i in rules)
    body = tuple(block for i, block in enumerate(article.body) if i not in rules)
    return replace(article, body=body, removed=article.removed + removed)


def unescape_html(text: str) -> str:
    """Text without HTML tags, with character references decoded.

    >>> unescape_html("Tom &amp; Jerry<br> are back")
    'Tom & Jerry are back'
    """
    if residue(text) is None:
        return text
    return _SPACES_RE.sub(" ", html.unescape(HTML_TAG_RE.sub(" ", text))).strip()


def repair_mojibake(text: str) -> str:
    """ftfy's repair of text decoded with the wrong codec.

    >>> repair_mojibake("cafÃ©")
    'café'
    """
    if text.isascii():
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def drop_boilerplate(article: Article, options: Options) -> Article:
    from ..text.boilerplate import line_rule

    found = ((i, line_rule(block.text, options)) for i, block in enumerate(article.body))
    return _drop(article, {i: rule for i, rule in found if rule})


def cut_dateline(article: Article, options: Options) -> Article:
    """Move a dateline still at the head of the first paragraph into the ``dateline`` field."""
    from ..text.datelines import read_dateline

    index = next((i for i, block in enumerate(article.body) if block.type == "paragraph"), None)
    found = read_dateline(article.body[index].text, article.published) if index is not None else None
    if found is None:
        return article
    dateline, cut = found
    body = list(article.body)
    block = body[index]
    body[index] = replace(block, text=block.text[cut:])
    removal = Removal(block.line, block.text[:cut].rstrip(), "dateline")
    return replace(article, body=tuple(body), dateline=article.dateline or dateline, removed=article.removed + (removal,))


TRANSFORMS: tuple[tuple[str, Callable[[Article, Options], Article]], ...] = (
    ("AC403", lambda article, options: _texts(article, lambda text: CONTROL_RE.sub("", text))),
    ("AC402", lambda article, options: _texts(article, repair_mojibake)),
    ("AC304", lambda article, options: _texts(article, unescape_html)),
    ("AC301", drop_boilerplate),
    ("AC306", lambda article, options: _drop(article, dict.fromkeys(timestamp_blocks(article.body), "timestamp-in-body"))),
    ("AC305", lambda article, options: _drop(article, {i: "duplicate-paragraph" for i, _ in duplicates(article.body)})),
    ("AC302", cut_dateline),
)


def fixed_article(article: Article, codes: set[str], options: Options) -> Article:
    """``article`` with the transforms of the fixable ``codes`` that were found."""
    for code, transform in TRANSFORMS:
        if code in codes:
            article = transform(article, options)
    return article


def fixed_text(parsed: Parsed, findings: Sequence[Sequence[Finding]], fixable: frozenset[str]) -> str | None:
    """The file rewritten with its fixable findings fixed, or None when its form cannot be rewritten
    or none of its findings is fixable. ``findings`` parallels ``parsed.subjects``."""
    writer_name = WRITER_OF_FORM.get(parsed.form)
    if writer_name is None or not any(f.code in fixable for found in findings for f in found):
        return None
    articles = [
        fixed_article(subject.article, {f.code for f in found if f.code in fixable}, subject.doc.options)
        for subject, found in zip(parsed.subjects, findings)
    ]
    writer = WRITERS[writer_name]
    return "".join(writer.stream(articles, many=parsed.many or len(articles) > 1))

