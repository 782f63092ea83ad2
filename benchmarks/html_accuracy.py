"""Accuracy of HTML input on the labelled dev pages in ../shared/eval, beside trafilatura.

    python benchmarks/html_accuracy.py [--corpus aeb|trafilatura|both] [--peer] [--worst N]

Metrics as ../shared/eval/README.md defines them: body F1 over 4-token shingles
(scrapinghub's method), snippet F (trafilatura's method), and title, date and
author accuracy over the pages that carry the label (an empty title or date is
no label; an empty author is the label "no author"). The body scored is the
dateline text followed by the body text; the snippets are sought in the whole
text output (title, byline, dateline and body).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import article_clean
from article_clean.evaluate.metrics import gold_date
from article_clean.writers import WRITERS

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
CORPORA = {"aeb": "article-extraction-benchmark", "trafilatura": "trafilatura"}
_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|/|&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)
_LEADING_BY_RE = re.compile(r"^(?:by|von|par|por)\s+", re.I)


def shingles(text: str) -> Counter:
    """4-token shingles as a multiset; a text of 1-3 tokens is one shorter shingle."""
    tokens = _TOKEN_RE.findall(text or "")
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def body_scores(predicted: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of one page."""
    p, g = shingles(predicted), shingles(gold)
    tp = sum((p & g).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    precision = 1.0 if tp + fp == 0 else tp / (tp + fp)
    recall = 1.0 if tp + fn == 0 else tp / (tp + fn)
    return precision, recall


def names(value: str | list | None) -> frozenset[str]:
    """The set of author names, lower-cased, without a leading "by"."""
    if not value:
        return frozenset()
    parts = value if isinstance(value, list) else _NAME_SPLIT_RE.split(value)
    return frozenset(_LEADING_BY_RE.sub("", _SPACE_RE.sub(" ", p).strip()).lower() for p in parts if p and p.strip())


def collapse(text: str) -> str:
    return _SPACE_RE.sub(" ", text or "").strip()


def rows(corpus: str) -> list[dict]:
    folder = EVAL / CORPORA[corpus]
    out = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("html") and row.get("split", "dev") == "dev":
            row["path"] = folder / row["html"]
            out.append(row)
    return out


def ours(data: bytes) -> dict:
    """Body, whole text, title, date and authors from article-clean."""
    try:
        article = article_clean.clean(data, article_clean.Options(input_format="html"))
    except article_clean.InputError:
        return {"body": "", "whole": "", "title": None, "date": None, "authors": frozenset()}
    lead = article.dateline.text + " " if article.dateline else ""
    return {
        "body": lead + article.text,
        "whole": WRITERS["text"].render(article),
        "title": article.title,
        "date": (article.published or "")[:10] or None,
        "authors": frozenset(a.lower() for a in (article.byline.authors if article.byline else ())),
    }


def trafilatura_result(data: bytes) -> dict:
    """The same fields from trafilatura, with its defaults."""
    import trafilatura

    document = trafilatura.bare_extraction(data, with_metadata=True)
    if document is None:
        return {"body": "", "whole": "", "title": None, "date": None, "authors": frozenset()}
    text = document.text or ""
    return {
        "body": text,
        "whole": text,
        "title": document.title,
        "date": (document.date or "")[:10] or None,
        "authors": names(document.author.replace(";", ",") if document.author else None),
    }


def htmldate_result(data: bytes) -> dict:
    """htmldate's date alone, to weigh it against article-clean's own date search."""
    from htmldate import find_date

    return {"body": "", "whole": "", "title": None, "authors": frozenset(),
            "date": find_date(data, extensive_search=False, original_date=True)}


def score(corpus: str, extract, worst: int = 0) -> dict[str, float]:
    precisions, recalls, per_page = [], [], []
    tp = fp = fn = 0
    right = Counter()
    labelled = Counter()
    wrong_authors = 0
    for row in rows(corpus):
        gold = row["gold"]
        result = extract(row["path"].read_bytes())
        if gold.get("body") is not None:
            precision, recall = body_scores(result["body"], gold["body"])
            if result["body"].strip():
                precisions.append(precision)
            recalls.append(recall)
            per_page.append((2 * precision * recall / (precision + recall or 1), row["id"], precision, recall))
        if gold.get("with") is not None or gold.get("without") is not None:
            whole = collapse(result["whole"])
            found = sum(collapse(s) in whole for s in gold.get("with") or ())
            tp += found
            fn += len(gold.get("with") or ()) - found
            fp += sum(collapse(s) in whole for s in gold.get("without") or ())
        if gold.get("title") and row["meta"].get("metadata_annotated", True):
            labelled["title"] += 1
            right["title"] += collapse(result["title"] or "") == collapse(gold["title"])
        if gold.get("date") and row["meta"].get("metadata_annotated", True):
            labelled["date"] += 1
            right["date"] += (result["date"] or "") == gold_date(gold["date"])
        if gold.get("author") is not None and row["meta"].get("metadata_annotated", True):
            labelled["author"] += 1
            expected = names(gold["author"])
            right["author"] += result["authors"] == expected
            wrong_authors += bool(result["authors"]) and result["authors"] != expected
    out: dict[str, float] = {}
    if recalls:
        p = sum(precisions) / max(len(precisions), 1)
        r = sum(recalls) / len(recalls)
        out.update(body_precision=p, body_recall=r, body_f1=2 * p * r / (p + r))
    if tp + fp + fn:
        out["snippet_f"] = 2 * tp / (2 * tp + fp + fn)
    for key in labelled:
        out[key] = right[key] / labelled[key]
    if labelled["author"]:
        out["wrong_authors"] = wrong_authors
    if worst:
        for f1, ident, precision, recall in sorted(per_page)[:worst]:
            print(f"  {f1:.3f} p={precision:.3f} r={recall:.3f} {ident}", file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=("aeb", "trafilatura", "both"), default="both")
    parser.add_argument("--peer", action="store_true", help="also score trafilatura on the same pages")
    parser.add_argument("--htmldate", action="store_true", help="also score htmldate's dates on the same pages")
    parser.add_argument("--worst", type=int, default=0, help="print the N pages with the lowest body F1")
    args = parser.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"{EVAL}: not found; the labelled pages live beside the checkout")
    corpora = ("aeb", "trafilatura") if args.corpus == "both" else (args.corpus,)
    systems = [("article-clean", ours)] + ([("trafilatura", trafilatura_result)] if args.peer else [])
    systems += [("htmldate", htmldate_result)] if args.htmldate else []
    for corpus in corpora:
        for name, extract in systems:
            if name == "htmldate" and corpus != "trafilatura":
                continue
            figures = score(corpus, extract, args.worst if name == "article-clean" else 0)
            if name == "htmldate":
                figures = {"date": figures["date"]}
            shown = "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())
            print(f"{corpus:12s} {name:14s} {shown}")


if __name__ == "__main__":
    main()
