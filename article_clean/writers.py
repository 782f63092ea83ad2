"""Writers, found by name: ``WRITERS["json"].render(article)``.

Each writer renders one article to a string; ``join`` says how several
articles share one stream. The Markdown and text layouts mark every part of the
article, and :mod:`article_clean.stages.layout` reads the marks back, so that
cleaning article-clean's own output gives the same article.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .model import Article, Block
from .data.marks import (
    ESCAPE,
    FRONT_MATTER_KEYS,
    HEADING_RULE,
    MD_BULLET,
    MD_HEADING,
    MIN_RULE,
    QUOTE_MARK,
    TEXT_BULLET,
    TITLE_RULE,
)
from .text.shapes import display_width

_MD_ESCAPE_RE = re.compile(r"^(?:[#>*+\\]|-\s|[-_]{3,}\s*$)")
_MD_NUMBER_RE = re.compile(r"^(?P<digits>\d{1,9})(?:[.)](?:\s|$)|\\)")
_TEXT_ESCAPE_RE = re.compile(r"^[•>\\]")
#: A text title opening with ``<`` would have the page read as HTML.
_TITLE_ESCAPE_RE = re.compile(r"^[<\\]")


def render_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)


def render_jsonl(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _scalar(value: object) -> str:
    """A YAML value that is also JSON, so the front matter reads back exactly."""
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def md_escape(text: str) -> str:
    r"""``text`` escaped where Markdown would read a mark at its start.

    >>> print(md_escape("# 1 in sales"), md_escape("1. Boil the water"), md_escape("1.5 percent"))
    \# 1 in sales 1\. Boil the water 1.5 percent
    """
    number = _MD_NUMBER_RE.match(text)
    if number:
        cut = number.end("digits")
        return text[:cut] + ESCAPE + text[cut:]
    return ESCAPE + text if _MD_ESCAPE_RE.match(text) else text


def text_escape(text: str) -> str:
    r"""``text`` escaped where the text layout would read a bullet or a quote at its start.

    >>> print(text_escape("• not a list item"), text_escape("Not marked"))
    \• not a list item Not marked
    """
    return ESCAPE + text if _TEXT_ESCAPE_RE.match(text) else text


def _rule(mark: str, text: str) -> str:
    """A line of ``mark`` as wide as ``text``, to underline it."""
    return mark * max(MIN_RULE, display_width(text))


def _head(article: Article) -> tuple[str, str]:
    """The title's and the byline's lines: without white space at their ends, which would not
    read back; empty for a byline without text (from JSON or front matter that gave none)."""
    return (article.title or "").strip(), (article.byline.text if article.byline else "").strip()


def _written(article: Article) -> Iterator[tuple[Block, str, bool, bool]]:
    """The blocks to write, each with its text, whether the dateline opens it, and whether a
    blank line follows it (none between list items). Text is written without white space at
    its ends, and an empty block or dateline not at all: none would read back."""
    lead = _lead_index(article) if article.dateline and article.dateline.text else None
    kept = [(index, block, block.text.strip()) for index, block in enumerate(article.body) if block.text.strip()]
    for position, (index, block, text) in enumerate(kept):
        following = kept[position + 1][1].type if position + 1 < len(kept) else None
        yield block, text, index == lead, not block.type == following == "list_item"


def render_markdown(article: Article) -> str:
    """YAML front matter, ``# title``, the byline, then the body; the lead paragraph
    opens with the dateline in bold."""
    data = article.to_dict()
    out = ["---"]
    out += [f"{key}: {_scalar(data[key])}" for key in FRONT_MATTER_KEYS]
    if article.flags:
        out.append("flags:")
        out += [f"  - {_scalar(flag.to_dict())}" for flag in article.flags]
    else:
        out.append("flags: []")
    out += ["---", ""]
    title, byline = _head(article)
    if title:
        out += [f"# {title}", ""]
    if byline:
        out += [byline, ""]
    marks = {"heading": MD_HEADING, "list_item": MD_BULLET, "quote": QUOTE_MARK}
    for block, text, lead, blank in _written(article):
        out += [line for image in block.images for line in (md_image(image), "")]
        if lead:
            out.append(f"**{article.dateline.text}** {md_links(text, block.links)}")
        else:
            out.append(marks.get(block.type, "") + md_links(md_escape(text), block.links))
        if blank:
            out.append("")
    return "\n".join(out).rstrip("\n")


def _md_target(url: str) -> str:
    """A link target as Markdown reads it: in angle brackets when it holds spaces or parentheses."""
    return f"<{url}>" if any(char in url for char in " ()<>") else url


def md_links(text: str, links: tuple) -> str:
    """``text`` with each link's text, found in order, written as ``[text](url)``.

    >>> from article_clean.model import Link
    >>> md_links("See the report here.", (Link("the report", "https://e.com/r"),))
    'See [the report](https://e.com/r) here.'
    """
    out, cursor = [], 0
    for link in links:
        at = text.find(link.text, cursor)
        if at < 0:
            continue
        label = link.text.replace("[", "\\[").replace("]", "\\]")
        out += [text[cursor:at], f"[{label}]({_md_target(link.url)})"]
        cursor = at + len(link.text)
    return "".join(out) + text[cursor:]


def md_image(image) -> str:
    """An image as Markdown writes it: ``![alt](src)``."""
    alt = image.alt.replace("[", "\\[").replace("]", "\\]")
    return f"![{alt}]({_md_target(image.src)})"


def render_text(article: Article) -> str:
    """Plain text: the title underlined, the byline, then the body; the dateline opens the lead.

    The rule under the head is there without a title too, so that the text reads back as
    article-clean's own. An article with nothing in it is empty text.
    """
    written = list(_written(article))
    title, byline = _head(article)
    if not (title or byline or written):
        return ""
    out = [ESCAPE + title if _TITLE_ESCAPE_RE.match(title) else title] if title else []
    out.append(_rule(TITLE_RULE, title or byline))
    if byline:
        out.append(byline)
    out.append("")
    marks = {"list_item": TEXT_BULLET, "quote": QUOTE_MARK}
    for block, text, lead, blank in written:
        text = text_escape(f"{article.dateline.text} {text}" if lead else text)
        out.append(marks.get(block.type, "") + text)
        if block.type == "heading":
            out.append(_rule(HEADING_RULE, text))
        if blank:
            out.append("")
    return "\n".join(out).rstrip("\n")


def _lead_index(article: Article) -> int | None:
    """The paragraph the dateline was cut from, so that it goes back there; else the first one."""
    cut = next((removal.line for removal in article.removed if removal.rule == "dateline"), None)
    paragraphs = [i for i, block in enumerate(article.body) if block.type == "paragraph"]
    lead = next((i for i in paragraphs if cut in {span.line for span in article.body[i].spans}), None)
    return lead if lead is not None else next(iter(paragraphs), None)


@dataclass(frozen=True)
class Writer:
    name: str
    extension: str
    render: Callable[[Article], str]
    #: How several articles share a stream: opening, separator, closing.
    join: tuple[str, str, str] = ("", "\n", "\n")

    def stream(self, articles: Iterable[Article], many: bool) -> Iterator[str]:
        """Rendered chunks for a stream of articles."""
        opening, separator, closing = self.join if many else ("", "", "\n")
        yield opening
        for index, article in enumerate(articles):
            yield (separator if index else "") + self.render(article)
        yield closing


WRITERS: dict[str, Writer] = {
    "json": Writer("json", ".json", render_json, ("[\n", ",\n", "\n]\n")),
    "jsonl": Writer("jsonl", ".jsonl", render_jsonl, ("", "\n", "\n")),
    "md": Writer("md", ".md", render_markdown, ("", "\n\n", "\n")),
    "text": Writer("text", ".txt", render_text, ("", "\n\n", "\n")),
}
WRITERS["markdown"] = WRITERS["md"]
FORMATS = ("json", "jsonl", "md", "text")
