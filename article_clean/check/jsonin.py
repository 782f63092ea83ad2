"""article-clean's own JSON output, read back with the file position of every string.

``json.loads`` gives values but not where they stood. :func:`string_offsets`
walks the (already validated) text once more and records the offset of each
string by its path, and :func:`string_spans` turns one string into
:class:`~article_clean.model.Span` records, so that ``Block.position`` maps an
offset in a decoded paragraph to its line and column in the JSON file, escapes
included.
"""

from __future__ import annotations

import bisect
import json
import re
from json.decoder import scanstring
from typing import Any, Iterator

from ..errors import InputError
from ..model import Span

Path = tuple[Any, ...]

_WS_RE = re.compile(r"[ \t\n\r]*")
_SCALAR_RE = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")
_ESCAPE_RE = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|.)")

NOT_JSON = "is not valid JSON ({error}); fix it or check it under another name"
NOT_ARTICLE = "holds JSON that is not an article-clean article (no 'body' or 'text'); check the articles, not this file"


def string_offsets(text: str, start: int = 0) -> dict[Path, int]:
    """Offsets of the opening quote of every string value in the JSON value at ``start``, by path.

    >>> string_offsets('{"title": "A", "body": [{"text": "B"}]}')
    {('title',): 10, ('body', 0, 'text'): 33}
    """
    found: dict[Path, int] = {}
    _walk(text, start, (), found)
    return found


def _walk(text: str, index: int, path: Path, found: dict[Path, int]) -> int:
    index = _WS_RE.match(text, index).end()
    char = text[index]
    if char == '"':
        found[path] = index
        return scanstring(text, index + 1)[1]
    if char in "{[":
        close = "}" if char == "{" else "]"
        index = _WS_RE.match(text, index + 1).end()
        count = 0
        while text[index] != close:
            key: Any = count
            if char == "{":
                key, index = scanstring(text, index + 1)
                index = _WS_RE.match(text, index).end() + 1  # past the colon
            index = _WS_RE.match(text, _walk(text, index, path + (key,), found)).end()
            if text[index] == ",":
                index = _WS_RE.match(text, index + 1).end()
            count += 1
        return index + 1
    return _SCALAR_RE.match(text, index).end()


class Lines:
    """Line starts of a text, to turn offsets into 1-based lines and columns."""

    def __init__(self, text: str):
        self.starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of ``offset``."""
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def string_spans(text: str, quote: int, lines: Lines) -> tuple[Span, ...]:
    """Spans mapping offsets in the decoded string at ``quote`` to the file, one after each escape.

    >>> string_spans('{"t": "a\\\\"b"}', 6, Lines('{"t": "a\\\\"b"}'))
    (Span(offset=0, line=1, col=8), Span(offset=2, line=1, col=11))
    """
    line, column = lines.position(quote + 1)
    end = scanstring(text, quote + 1)[1] - 1
    spans = [Span(0, line, column)]
    decoded = 0
    raw = quote + 1
    for match in _ESCAPE_RE.finditer(text, quote + 1, end):
        decoded += match.start() - raw + 1
        raw = match.end()
        spans.append(Span(decoded, line, column + raw - quote - 1))
    return tuple(spans)


def load(text: str, source: str, lines_format: bool) -> Iterator[tuple[dict[str, Any], dict[Path, int]]]:
    """Each article in a JSON file (an object or an array of them) or a JSON Lines file,
    with the offsets of its strings. Raises :class:`InputError` for anything else."""
    if lines_format:
        offset = 0
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                yield _article(_parse(line, source, number), source), string_offsets(text, offset)
            offset += len(line) + 1
        return
    data = _parse(text, source, None)
    offsets = string_offsets(text)
    if isinstance(data, list):
        for index, item in enumerate(data):
            yield _article(item, source), {path[1:]: at for path, at in offsets.items() if path[:1] == (index,)}
    else:
        yield _article(data, source), offsets


def _parse(text: str, source: str, line: int | None) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        where = f"line {line}: {error}" if line else str(error)
        raise InputError(source, NOT_JSON.format(error=where)) from None


def _article(data: Any, source: str) -> dict[str, Any]:
    if not isinstance(data, dict) or not ("body" in data or "text" in data):
        raise InputError(source, NOT_ARTICLE)
    return data
