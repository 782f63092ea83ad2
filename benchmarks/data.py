"""Build the labelled corpora's ``manifest.jsonl`` layout from local clones of their public repositories.

    python benchmarks/data.py OUT [--aeb CLONE] [--reuters FOLDER] [--trafilatura CLONE]
                                  [--htmldate CLONE] [--wcxb CLONE] [--ids-from MANIFEST ...]

Nothing is downloaded: clone (or unpack) each corpus first, and give its path.

- ``--aeb``: a clone of scrapinghub/article-extraction-benchmark (``html/*.html.gz``,
  ``ground-truth.json``): body labels.
- ``--reuters``: the Reuters-21578 Distribution 1.0 folder (``reut2-*.sgm``): title,
  dateline, author and body; ``text/`` joins each story back as on the wire.
- ``--trafilatura``: a clone of adbar/trafilatura (``tests/cache/*.html``);
  ``--htmldate``: a clone of adbar/htmldate (``tests/cache``, ``tests/test_set``);
  ``--wcxb``: a clone of Murrough-Foley/web-content-extraction-benchmark. For these three
  the pages are laid out with their HTML only: their labels live in Python test files and
  evaluation scripts whose layout changes between releases, and are not read here.

Splits: the dev split of ../shared/eval was drawn once and its draw cannot be reproduced
from the public repositories. Every page is written with ``"split": "all"``, unless
``--ids-from`` names manifests (such as ../shared/eval/*/manifest.jsonl) whose ids and
splits are then copied. ``text_w3m/`` is rendered with w3m when it is on PATH
(``w3m -dump -cols 80 -T text/html -I UTF-8 -O UTF-8``), else ``text`` is null.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator

#: What to clone for each corpus, said when its path is missing.
SOURCES = {
    "aeb": "git clone https://github.com/scrapinghub/article-extraction-benchmark",
    "reuters": "the Reuters-21578 Distribution 1.0 archive (reut2-000.sgm ... reut2-021.sgm), unpacked",
    "trafilatura": "git clone https://github.com/adbar/trafilatura",
    "htmldate": "git clone https://github.com/adbar/htmldate",
    "wcxb": "git clone https://github.com/Murrough-Foley/web-content-extraction-benchmark",
}
FOLDERS = {"aeb": "article-extraction-benchmark", "reuters": "reuters21578", "trafilatura": "trafilatura",
           "htmldate": "htmldate", "wcxb": "wcxb"}
NO_GOLD = {"body": None, "title": None, "author": None, "date": None, "dateline": None, "with": None, "without": None}
W3M = ["w3m", "-dump", "-cols", "80", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"]
_REUTERS_RE = re.compile(r"<REUTERS(?P<attrs>[^>]*)>(?P<body>.*?)</REUTERS>", re.S)
_TAG_RE = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("TITLE", "DATELINE", "AUTHOR", "BODY", "DATE")}


def _missing(name: str, path: Path) -> str:
    return f"data.py: {path} is not there: get {SOURCES[name]}, and give its path with --{name}"


def _row(page_id: str, html_path: str | None, gold: dict, url: str | None) -> dict:
    return {"id": page_id, "html": html_path, "text": None, "gold": {**NO_GOLD, **gold}, "split": "all",
            "meta": {"url": url}}


def aeb(clone: Path, out: Path) -> Iterator[dict]:
    truth = json.loads((clone / "ground-truth.json").read_text(encoding="utf-8"))
    (out / "html").mkdir(parents=True, exist_ok=True)
    for page_id, label in sorted(truth.items()):
        source = clone / "html" / f"{page_id}.html.gz"
        if source.exists():
            (out / "html" / f"{page_id}.html").write_bytes(gzip.decompress(source.read_bytes()))
            yield _row(page_id, f"html/{page_id}.html", {"body": label.get("articleBody")}, label.get("url"))


def reuters(folder: Path, out: Path) -> Iterator[dict]:
    (out / "text").mkdir(parents=True, exist_ok=True)
    for sgm in sorted(folder.glob("reut2-*.sgm")):
        for story in _REUTERS_RE.finditer(sgm.read_text(encoding="latin-1")):
            fields = {name: _field(story["body"], name) for name in _TAG_RE}
            if not fields["BODY"]:
                continue
            page_id = re.search(r'NEWID="(\d+)"', story["attrs"]).group(1)
            body = fields["BODY"].removesuffix("Reuter").rstrip()
            dateline = fields["DATELINE"] or ""
            lead = body.lstrip()
            wire = "\n".join(x for x in (fields["TITLE"], fields["AUTHOR"]) if x) + f"\n    {dateline} {lead}\n Reuter\n"
            (out / "text" / f"{page_id}.txt").write_text(wire, encoding="utf-8")
            row = _row(page_id, None, {"body": body, "title": fields["TITLE"], "author": fields["AUTHOR"],
                                       "date": fields["DATE"], "dateline": dateline.strip() or None}, None)
            yield {**row, "text": f"text/{page_id}.txt"}


def _field(story: str, name: str) -> str | None:
    found = _TAG_RE[name].search(story)
    return html.unescape(found.group(1)).replace("\x03", "").strip() if found else None


def html_only(clone: Path, out: Path, folders: tuple[str, ...]) -> Iterator[dict]:
    """Each HTML page under ``folders`` of ``clone``, without labels."""
    for folder in folders:
        for source in sorted((clone / folder).rglob("*.htm*")) if (clone / folder).is_dir() else ():
            relative = Path("html") / source.relative_to(clone / folder.split("/")[0])
            (out / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, out / relative)
            yield _row(source.name.split(".htm")[0], relative.as_posix(), {}, None)


BUILDERS = {
    "aeb": aeb,
    "reuters": reuters,
    "trafilatura": lambda clone, out: html_only(clone, out, ("tests/cache",)),
    "htmldate": lambda clone, out: html_only(clone, out, ("tests/cache", "tests/test_set")),
    "wcxb": lambda clone, out: html_only(clone, out, ("dev", "data")),
}


def render_w3m(out: Path, row: dict) -> dict:
    """The row with its w3m dump, when w3m is on PATH and the page has HTML."""
    if row["html"] is None or shutil.which("w3m") is None:
        return row
    target = Path("text_w3m") / f"{row['id']}.txt"
    (out / target).parent.mkdir(parents=True, exist_ok=True)
    with open(out / row["html"], "rb") as page:
        done = subprocess.run(W3M, stdin=page, capture_output=True, timeout=60)
    if done.returncode:
        return row
    (out / target).write_bytes(done.stdout)
    return {**row, "text": target.as_posix()}


def known_splits(manifests: list[Path]) -> dict[str, str]:
    splits: dict[str, str] = {}
    for manifest in manifests:
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                splits[item["id"]] = item.get("split", "all")
    return splits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("out", type=Path, help="folder to write, laid out like ../shared/eval")
    for name in SOURCES:
        parser.add_argument(f"--{name}", type=Path, metavar="PATH", help=f"from: {SOURCES[name]}")
    parser.add_argument("--ids-from", type=Path, action="append", default=[], metavar="MANIFEST",
                        help="copy ids and splits from these manifests; pages not in them are left out")
    args = parser.parse_args(argv)
    given = {name: getattr(args, name) for name in SOURCES if getattr(args, name) is not None}
    if not given:
        parser.error("give at least one corpus path, e.g. --aeb ~/src/article-extraction-benchmark")
    for name, path in given.items():
        if not path.exists():
            print(_missing(name, path), file=sys.stderr)
            return 2
    splits = known_splits(args.ids_from)
    for name, path in given.items():
        out = args.out / FOLDERS[name]
        out.mkdir(parents=True, exist_ok=True)
        rows = [render_w3m(out, row) for row in BUILDERS[name](path, out)]
        if splits:
            rows = [{**row, "split": splits[row["id"]]} for row in rows if row["id"] in splits]
        with open(out / "manifest.jsonl", "w", encoding="utf-8") as manifest:
            manifest.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        print(f"{FOLDERS[name]}: {len(rows)} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
