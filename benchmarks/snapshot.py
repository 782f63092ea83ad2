"""Hash the JSON article of every page of every corpus, as text and as HTML, to prove a refactor
changed nothing.

    python benchmarks/snapshot.py --write /tmp/before.tsv     # before the change
    python benchmarks/snapshot.py --compare /tmp/before.tsv   # after it: lists every page that moved

Pages come from the ``manifest.jsonl`` of each corpus under ``--eval`` (``../shared/eval`` by
default), every split, both inputs. The work is spread over ``-j`` processes. A page that fails is
hashed by its error text, so a change of error counts as a change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from article_clean import Options, clean_file
from article_clean.errors import InputError
from article_clean.writers import render_json

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"


def pages(root: Path) -> list[tuple[str, str, str]]:
    """(key, kind, absolute path) of every input of every manifest under ``root``."""
    found = []
    for manifest in sorted(root.glob("*/manifest.jsonl")):
        corpus = manifest.parent.name
        for line in manifest.open(encoding="utf-8"):
            row = json.loads(line)
            for kind in ("text", "html"):
                if row.get(kind):
                    found.append((f"{corpus}/{row['id']}/{kind}", kind, str(manifest.parent / row[kind])))
    return found


def digest(item: tuple[str, str, str]) -> tuple[str, str]:
    key, kind, path = item
    try:
        rendered = render_json(clean_file(path, Options(input_format=kind)))
    except InputError as error:
        rendered = f"error: {error}"
    return key, hashlib.sha256(rendered.encode("utf-8")).hexdigest()[:16]


def snapshot(root: Path, jobs: int) -> dict[str, str]:
    items = pages(root)
    with ProcessPoolExecutor(jobs) as pool:
        return dict(pool.map(digest, items, chunksize=32))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder of corpora")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the hashes to this file")
    action.add_argument("--compare", type=Path, help="compare with the hashes in this file")
    args = parser.parse_args()
    if not args.eval.is_dir():
        print(f"{args.eval}: no corpora there; give --eval FOLDER (see benchmarks/data.py)", file=sys.stderr)
        return 2
    now = snapshot(args.eval, args.jobs)
    if args.write:
        args.write.write_text("".join(f"{key}\t{value}\n" for key, value in sorted(now.items())), encoding="utf-8")
        print(f"{len(now)} pages hashed into {args.write}")
        return 0
    before = dict(line.rstrip("\n").split("\t") for line in args.compare.open(encoding="utf-8"))
    moved = sorted(key for key in before.keys() | now.keys() if before.get(key) != now.get(key))
    for key in moved:
        print(key)
    by_corpus: dict[str, int] = {}
    for key in moved:
        corpus, _, rest = key.partition("/")
        name = f"{corpus} {rest.rsplit('/', 1)[-1]}"
        by_corpus[name] = by_corpus.get(name, 0) + 1
    summary = ", ".join(f"{name} {count}" for name, count in sorted(by_corpus.items())) or "none"
    print(f"{len(moved)} of {len(now)} pages changed ({summary})")
    return 1 if moved else 0


if __name__ == "__main__":
    sys.exit(main())
