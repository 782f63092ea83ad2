"""Labelled pages: a JSON Lines manifest with paths relative to it and gold fields.

One object a line::

    {"id": "...", "html": "html/<id>.html" | null, "text": "text_w3m/<id>.txt" | null,
     "gold": {"body", "title", "author", "date", "dateline", "with", "without"},
     "split": "dev"}

A gold field is null when the page does not label it. An empty author labels
"none": the page names no author. An empty title or date is no label: the
trafilatura corpus leaves them blank on pages it did not label, many of which
print a headline and a date, and the field counts date accuracy over the
pages that have a date (htmldate's benchmark; the peer figures of
../shared/eval).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError

MANIFEST_NAME = "manifest.jsonl"
GOLD_FIELDS = ("body", "title", "author", "date", "dateline", "with", "without")
INPUTS = ("text", "html")
#: Gold fields whose empty string is no label rather than the label "none".
BLANK_IS_UNLABELLED = frozenset(("title", "date"))

NOT_JSON = "line {number} is not a JSON object: {reason}"
NO_ID = "line {number} has no 'id'"
NO_INPUT = "line {number} ({id}) names neither a 'text' nor an 'html' file"


@dataclass(frozen=True)
class Page:
    """One labelled page: its id, the files it comes as, its gold labels and its split."""

    id: str
    inputs: dict[str, Path]  #: input kind (``text``, ``html``) to absolute path
    gold: dict[str, Any]
    split: str | None = None

    def labels(self, name: str) -> bool:
        """Does the page carry a label for gold field ``name``?

        >>> page = Page("p", {}, {"title": "", "date": "", "author": ""})
        >>> page.labels("author"), page.labels("title"), page.labels("date"), page.labels("body")
        (True, False, False, False)
        """
        value = self.gold.get(name)
        return value is not None and not (value == "" and name in BLANK_IS_UNLABELLED)


def manifest_path(path: str | Path) -> Path:
    """The manifest file itself: a folder stands for the ``manifest.jsonl`` inside it."""
    path = Path(path)
    return path / MANIFEST_NAME if path.is_dir() else path


def _label(value: Any) -> Any:
    """A gold value as labelled; a NaN (which Python's JSON reads, and some corpora write for a blank) is no label.

    >>> _label(float("nan")) is None, _label("2020-06-07"), _label(None)
    (True, '2020-06-07', None)
    """
    return None if isinstance(value, float) and value != value else value


def parse_page(line: str, number: int, root: Path, source: str) -> Page:
    """One manifest line as a :class:`Page`; raises :class:`InputError` naming the line."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(source, NOT_JSON.format(number=number, reason=error.msg)) from None
    if not isinstance(row, dict):
        raise InputError(source, NOT_JSON.format(number=number, reason=type(row).__name__))
    if not row.get("id"):
        raise InputError(source, NO_ID.format(number=number))
    inputs = {kind: root / row[kind] for kind in INPUTS if isinstance(row.get(kind), str)}
    if not inputs:
        raise InputError(source, NO_INPUT.format(number=number, id=row["id"]))
    gold = row.get("gold") if isinstance(row.get("gold"), dict) else {}
    return Page(str(row["id"]), inputs, {name: _label(gold.get(name)) for name in GOLD_FIELDS}, row.get("split"))


def read_manifest(path: str | Path) -> Iterator[Page]:
    """The pages of a manifest, in order. Raises :class:`InputError` when it cannot be read."""
    file = manifest_path(path)
    source = str(path)
    try:
        handle = file.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(source, "does not exist; give a manifest.jsonl or the folder that holds one") from None
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror}); check its permissions") from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield parse_page(line, number, file.parent, source)
        except UnicodeDecodeError:
            raise InputError(source, "is not UTF-8 text; a manifest is JSON Lines") from None
