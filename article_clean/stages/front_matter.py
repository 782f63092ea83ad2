"""front_matter: read the YAML front matter that article-clean's Markdown writer emits.

An article that carries it was cleaned before: its metadata and its recorded
flags are provenance and are kept, so cleaning clean Markdown changes nothing.
Values are JSON scalars or JSON flow mappings, which YAML also reads. Front
matter with every key the writer emits marks the page as article-clean's own
Markdown, which the layout stage then reads by its marks.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..doc import Doc
from ..model import Byline, Dateline, Finding, Removal
from ..data.marks import FRONT_MATTER_KEYS

_KEY_RE = re.compile(r"^(?P<key>[a-z_]+):\s*(?P<value>.*)$")
_ITEM_RE = re.compile(r"^-\s+(?P<value>\{.*\})$")
_MAX_LINES = 200
KEYS = FRONT_MATTER_KEYS + ("flags",)


def parse_front_matter(lines: list[str]) -> dict[str, Any] | None:
    """Parse the lines between the ``---`` fences; None when they are not front matter.

    >>> parse_front_matter(['title: "A title"', 'flags: []'])
    {'title': 'A title', 'flags': []}
    >>> parse_front_matter(['flags: "', '  - {"code": "AC201"}']) is None  # items under a value that is no list
    True
    """
    values: dict[str, Any] = {}
    key = None
    for line in lines:
        item = _ITEM_RE.match(line.strip())
        if item and key == "flags" and isinstance(values["flags"], list):
            values["flags"].append(_value(item.group("value")))
            continue
        match = _KEY_RE.match(line)
        if not match:
            return None
        key, raw = match.group("key"), match.group("value").strip()
        values[key] = [] if key == "flags" and raw in ("", "[]") else _value(raw)
    return values


def _value(raw: str) -> Any:
    if raw in ("", "~"):
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw.strip("'\"")


def run(doc: Doc) -> Doc:
    """Take the front matter fenced by ``---`` at the top of the document."""
    lines = doc.lines
    if not lines or lines[0].text != "---" or lines[0].indent:
        return doc
    end = next((i for i in range(1, min(len(lines), _MAX_LINES)) if lines[i].text == "---" and not lines[i].indent), None)
    if end is None:
        return doc
    values = parse_front_matter([doc.input_lines[line.number - 1] for line in lines[1:end]])
    if values is None or not set(values) & set(KEYS):
        return doc
    dateline = values.get("dateline")
    byline = values.get("byline")
    flags = values.get("flags")
    removed = tuple(Removal(line.number, line.text, "front-matter") for line in lines[: end + 1] if line.text)
    return doc.evolve(
        lines=lines[end + 1:],
        source=values["source"] if isinstance(values.get("source"), str) else doc.source,
        title=_text(values.get("title")),
        published=_text(values.get("published")),
        updated=_text(values.get("updated")),
        language=_text(values.get("language")),
        site_name=_text(values.get("site_name")),
        url=_text(values.get("url")),
        dateline=Dateline.from_dict(dateline),
        byline=Byline.from_dict(byline),
        recorded_flags=tuple(Finding.from_dict(f) for f in flags if isinstance(f, dict) and "code" in f)
        if isinstance(flags, list) else None,
        removed=doc.removed + removed,
        layout="md" if set(FRONT_MATTER_KEYS) <= set(values) else None,
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
