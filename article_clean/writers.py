"""Writers, found by name: ``WRITERS["json"].render(article)``.

Each writer renders one article to a string; ``join`` says how several
articles share one stream.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .model import Article

_MD_ESCAPE_RE = re.compile(r"^(?:[#>*+\\]|-\s|\d{1,9}[.)]\s)")
FRONT_MATTER_KEYS = ("title", "published", "updated", "dateline", "byline", "source", "language", "site_name", "url")


def render_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)


def render_jsonl(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _scalar(value: object) -> str:
    """A YAML value that is also JSON, so the front matter reads back exactly."""
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _escape(text: str) -> str:
    """Escape a paragraph that Markdown would read as a heading, list or quote."""
    return "\\" + text if _MD_ESCAPE_RE.match(text) else text


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
    if article.title:
        out += [f"# {article.title}", ""]
    if article.byline:
        out += [article.byline.text, ""]
    lead = _lead_index(article)
    for index, block in enumerate(article.body):
        if block.type == "heading":
            out.append(f"## {block.text}")
        elif block.type == "list_item":
            out.append(f"- {block.text}")
        elif block.type == "quote":
            out.append(f"> {block.text}")
        elif index == lead and article.dateline:
            out.append(f"**{article.dateline.text}** {block.text}")
        else:
            out.append(_escape(block.text))
        following = article.body[index + 1].type if index + 1 < len(article.body) else None
        if not (block.type == "list_item" and following == "list_item"):
            out.append("")
    return "\n".join(out).rstrip("\n")


def render_text(article: Article) -> str:
    """Plain text: the title, the byline, then the body; the dateline opens the lead."""
    out = []
    if article.title:
        out.append(article.title)
    if article.byline:
        out.append(article.byline.text)
    lead = _lead_index(article)
    for index, block in enumerate(article.body):
        text = block.text
        if block.type == "list_item":
            text = f"• {text}"
        elif index == lead and article.dateline:
            text = f"{article.dateline.text} {text}"
        out.append(text)
    return "\n\n".join(out)


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
