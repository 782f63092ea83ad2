"""``--fix`` on JSON and JSON Lines: edits of the fields a finding is about.

The file is read as data, the fixed fields are changed in place, and the data is
written back in the file's own layout. A layout is known when writing the file's
data unchanged gives the file back exactly; a file in any other layout is not
rewritten, so that what no fix is about stays as it was, byte for byte.

- AC304, AC402, AC403: the title's and the blocks' text repaired in place;
- AC301, AC305, AC306: the block leaves ``body`` for ``removed``, with its rule;
- AC302: the dateline is cut from the lead into ``dateline`` (when that is empty),
  and recorded in ``removed``.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Sequence

from ..model import Finding
from ..options import Options
from ..text.boilerplate import line_rule
from ..text.datelines import read_dateline
from .detect import duplicates, timestamp_blocks
from .repairs import LINE_REPAIRS, Rewrite
from .subject import Parsed

#: (indent, ensure_ascii) pairs tried for a JSON article, article-clean's own first.
JSON_LAYOUTS = ((2, False), (2, True), (4, False), (4, True), (None, False), (None, True))
#: Separators tried for a JSON Lines record, article-clean's own first.
JSONL_LAYOUTS = (((",", ":"), False), ((",", ":"), True), ((", ", ": "), False), ((", ", ": "), True))


def _dump_layouts(value: Any, many: bool) -> list[Callable[[Any], str]]:
    """Writers of JSON text that may give the file back: an article, or an array of them."""
    writers: list[Callable[[Any], str]] = []
    for indent, ascii_only in JSON_LAYOUTS:
        def one(item, indent=indent, ascii_only=ascii_only):
            return json.dumps(item, indent=indent, ensure_ascii=ascii_only)
        writers.append(one)
        if many:
            writers.append(lambda items, one=one: "[\n" + ",\n".join(one(item) for item in items) + "\n]")
    return writers


def _layout(text: str, value: Any, writers: list[Callable[[Any], str]]) -> tuple[Callable[[Any], str], str] | None:
    """The writer that gives ``text`` back from ``value``, and the white space after it."""
    body = text.rstrip()
    for write in writers:
        if write(value) == body:
            return write, text[len(body):]
    return None


def _texts(item: dict[str, Any], repair: Callable[[str], str]) -> None:
    if isinstance(item.get("title"), str):
        item["title"] = repair(item["title"])
    for block in _blocks(item):
        block["text"] = repair(block["text"])
    if isinstance(item.get("text"), str):
        item["text"] = "\n".join(repair(line) for line in item["text"].split("\n"))


def _blocks(item: dict[str, Any]) -> list[dict[str, Any]]:
    body = item.get("body")
    return [b for b in body if isinstance(b, dict) and isinstance(b.get("text"), str)] if isinstance(body, list) else []


def _drop(item: dict[str, Any], rules: dict[int, str]) -> None:
    """Move the blocks at the indexes of ``rules`` (among :func:`_blocks`) to ``removed``."""
    blocks = _blocks(item)
    gone = [blocks[i] for i in sorted(rules)]
    if not gone:
        return
    removed = item.get("removed") if isinstance(item.get("removed"), list) else []
    removed += [{"line": block.get("line"), "text": block["text"], "rule": rules[i]} for i, block in zip(sorted(rules), gone)]
    item["body"] = [b for b in item["body"] if not any(b is g for g in gone)]
    item["removed"] = removed


def _as_blocks(item: dict[str, Any]):
    from ..model import Block

    return tuple(Block(str(b.get("type") or "paragraph"), b["text"], None) for b in _blocks(item))


def _duplicates(item: dict[str, Any]) -> dict[int, str]:
    return {i: "duplicate-paragraph" for i, _ in duplicates(_as_blocks(item))}


def _cut_dateline(item: dict[str, Any]) -> None:
    blocks = _blocks(item)
    lead = next((b for b in blocks if (b.get("type") or "paragraph") == "paragraph"), None)
    found = read_dateline(lead["text"]) if lead else None
    if found is None:
        return
    dateline, cut = found
    if not item.get("dateline"):
        item["dateline"] = dateline.to_dict()
    removed = item.get("removed") if isinstance(item.get("removed"), list) else []
    item["removed"] = removed + [{"line": lead.get("line"), "text": lead["text"][:cut].rstrip(), "rule": "dateline"}]
    lead["text"] = lead["text"][cut:]


def _boilerplate(item: dict[str, Any], options: Options) -> dict[int, str]:
    found = ((i, line_rule(block["text"], options)) for i, block in enumerate(_blocks(item)))
    return {i: rule for i, rule in found if rule}


def fix_item(item: dict[str, Any], codes: set[str], options: Options) -> None:
    """Edit one article's data for the fixable ``codes`` found in it."""
    for code, repair in LINE_REPAIRS:
        if code in codes:
            _texts(item, repair)
    drops: dict[int, str] = {}
    if "AC305" in codes:
        drops.update(_duplicates(item))
    if "AC306" in codes:
        drops.update(dict.fromkeys(timestamp_blocks(_as_blocks(item)), "timestamp-in-body"))
    if "AC301" in codes:
        drops.update(_boilerplate(item, options))
    _drop(item, drops)
    if "AC302" in codes:
        _cut_dateline(item)


def json_fix(parsed: Parsed, findings: Sequence[Sequence[Finding]], fixable: frozenset[str]) -> Rewrite | None:
    """The JSON file with its fixes, in its own layout; None when the layout is not known."""
    wanted = [{f.code for f in found if f.code in fixable} for found in findings]
    options = parsed.subjects[0].doc.options if parsed.subjects else Options()
    if parsed.form == "jsonl":
        return _jsonl_fix(parsed.text, wanted, options)
    value = json.loads(parsed.text)
    many = isinstance(value, list)
    layout = _layout(parsed.text, value, _dump_layouts(value, many))
    if layout is None:
        return None
    write, tail = layout
    items = value if many else [value]
    for item, codes in zip((i for i in items if isinstance(i, dict)), wanted):
        fix_item(item, codes, options)
    text = write(value) + tail
    return Rewrite(text, ())


def _jsonl_fix(text: str, wanted: list[set[str]], options: Options) -> Rewrite | None:
    """Each record on its line, edited in its own layout; a record in no known layout is left."""
    out, codes = [], iter(wanted)
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if not body.strip():
            out.append(line)
            continue
        value = json.loads(body)
        found = next(codes, set())
        layout = _layout(body, value, [lambda v, s=s, a=a: json.dumps(v, separators=s, ensure_ascii=a)
                                       for s, a in JSONL_LAYOUTS])
        if layout is None or not found or not isinstance(value, dict):
            out.append(line)
            continue
        fix_item(value, found, options)
        out.append(layout[0](value) + line[len(body):])
    return Rewrite("".join(out), ())
