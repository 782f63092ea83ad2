"""How far the flags of ``check`` can be trusted: false findings on complete articles, and recall
at the line where an article was damaged.

    python benchmarks/flags.py [--eval DIR] [--reuters N] [--wcxb] [--worst N] [--min-confidence X]
                               [--by language|corpus] [--only aeb,reuters,wcxb]

Complete articles are the hand-labelled gold bodies of the article-extraction-benchmark, and
Reuters bodies joined back into their paragraphs (the first N stories, 600 by default). With
``--wcxb`` the article pages of WCXB are added, for their many languages. Each is written as
clean text writes it: the title (the corpus's, or for AEB the one article-clean reads from the HTML), then one paragraph a line, blank
lines between.

Damaged copies are made of each, at a known line: a paragraph cut off mid-sentence, a quote cut
before it closes, the last paragraphs cut off (the new last one mid-sentence), a dateline glued
to the first paragraph, one paragraph turned to mojibake, and a boilerplate line left between
two paragraphs. Every rule of ``check`` runs on every copy.

Printed: for each rule, false findings per 100 complete articles (and per 100 of article-clean's
own output of them, as text, Markdown and JSON); for each damage, the recall of its rule at the
damaged line; both by language (or, with ``--by corpus``, by corpus, to set a threshold on two
corpora and confirm it on the third); then the worst cases. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from article_clean import clean, clean_file
from article_clean.check import check_data
from article_clean.check.select import ALL_CODES
from article_clean.errors import InputError
from article_clean.options import Options
from article_clean.rules import BY_CODE
from article_clean.writers import WRITERS

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"
NO_DATA = "no labelled data at {path}: give --eval DIR, the folder that holds article-extraction-benchmark/ and reuters21578/"
TRUNCATION = ("AC201", "AC202", "AC203")
#: Rules that describe a true property of these inputs: the gold bodies have no dateline and no
#: byline, and a page whose HTML gave no headline has no title.
TRUE_PROPERTY = ("AC101", "AC102", "AC103")
#: Lines that a site leaves between paragraphs, as scrapes keep them.
BOILERPLATE = ("Advertisement", "Follow us on Twitter", "Sign up for our newsletter", "Read more:",
               "Latest News", "Share on Facebook", "Most Popular", "Subscribe now", "All rights reserved.")
DATELINE = "LONDON, March 9 (Reuters) -"
#: A cut leaves at least this many words of a paragraph, and drops at least two.
CUT_MIN_WORDS = 5
#: Closed quotations the quote cut looks for, by opening mark.
QUOTE_RE = re.compile(r'“[^“”"]{12,}”|"[^"“”]{12,}"|„[^„“”]{12,}[“”]|«\s?[^«»]{12,}»|»[^«»]{12,}«|「[^「」]{6,}」|『[^『』]{6,}』')
QUOTE_MARK_RE = re.compile(r'["“”„«»「」『』]')
TERMINAL_WORD_RE = re.compile(r"[.!?…:;。！？]['\"”’»)]*$")
#: Function words that tell the languages of these corpora apart.
LANGUAGE_WORDS = {
    "en": "the and of to is that with for was are",
    "de": "der die das und ist nicht mit sich auch für",
    "fr": "le la les et est des une pour dans que",
    "es": "el los las del que por una para con es",
    "it": "il della che per una sono gli non con del",
    "pt": "o os do da que não uma para com em",
    "pl": "i w się nie na jest że do to z",
    "ru": "и в не на что с по это как он",
    "nl": "de het een en van is dat op niet te",
}
LANGUAGE_SETS = {code: frozenset(text.split()) for code, text in LANGUAGE_WORDS.items()}
KANA_RE = re.compile(r"[\u3040-\u30ff]")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
HANGUL_RE = re.compile(r"[\uac00-\ud7af]")


@dataclass(frozen=True)
class Article:
    key: str
    language: str
    title: str | None
    paragraphs: tuple[str, ...]
    dateline: str = DATELINE

    def text(self, paragraphs: tuple[str, ...] | None = None) -> str:
        head = f"{self.title}\n\n" if self.title else ""
        return head + "\n\n".join(paragraphs if paragraphs is not None else self.paragraphs) + "\n"

    @property
    def corpus(self) -> str:
        return self.key.split("/", 1)[0]

    def line_of(self, index: int) -> int:
        """The 1-based line of paragraph ``index``, one paragraph a line with blank lines between."""
        return (2 if self.title else 0) + 2 * index + 1


@dataclass(frozen=True)
class Damaged:
    kind: str
    code: str
    article: Article
    text: str
    line: int


def language(text: str) -> str:
    """The language of ``text``, from its script and its commonest function words."""
    if KANA_RE.search(text):
        return "ja"
    if HANGUL_RE.search(text):
        return "ko"
    if len(HAN_RE.findall(text)) > 20:
        return "zh"
    tokens = re.findall(r"\w+", text.lower())
    scores = {code: sum(token in words for token in tokens) for code, words in LANGUAGE_SETS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] else "?"


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def aeb(root: Path) -> list[Article]:
    found = []
    for row in _rows(root / "article-extraction-benchmark" / "manifest.jsonl"):
        paragraphs = tuple(p.strip() for p in (row["gold"]["body"] or "").split("\n") if p.strip())
        if paragraphs:
            title = _page_title(root / "article-extraction-benchmark" / row["html"]) if row.get("html") else None
            found.append(Article(f"aeb/{row['id'][:12]}", language(" ".join(paragraphs)), title, paragraphs))
    return found


def _page_title(path: Path) -> str | None:
    """The headline of the page, as article-clean's HTML reader finds it: AEB labels only the body."""
    try:
        return clean_file(path).title
    except InputError:
        return None


def reuters(root: Path, limit: int) -> list[Article]:
    """Reuters bodies, their wrapped lines joined back into paragraphs (a paragraph opens indented)."""
    found = []
    for row in _rows(root / "reuters21578" / "manifest.jsonl"):
        if len(found) >= limit:
            break
        body = row["gold"]["body"] or ""
        paragraphs = tuple(" ".join(part.split()) for part in re.split(r"\n(?=\s)", body) if part.strip())
        if paragraphs:
            found.append(Article(f"reuters/{row['id']}", "en", row["gold"].get("title"), paragraphs,
                                 (row["gold"].get("dateline") or DATELINE).strip()))
    return found


def wcxb(root: Path) -> list[Article]:
    found = []
    for row in _rows(root / "wcxb" / "manifest.jsonl"):
        if row["meta"].get("page_type") != "article" or not row["gold"].get("body"):
            continue
        paragraphs = tuple(p.strip() for p in row["gold"]["body"].split("\n") if p.strip())
        found.append(Article(f"wcxb/{row['id']}", language(" ".join(paragraphs)), row["gold"].get("title"), paragraphs))
    return found


def _cut_points(paragraph: str, rng: random.Random) -> list[int]:
    """Word counts to keep, in the middle of a sentence: never just after a full stop."""
    tokens = paragraph.split(" ")
    points = [n for n in range(CUT_MIN_WORDS, len(tokens) - 2) if not TERMINAL_WORD_RE.search(tokens[n - 1])]
    rng.shuffle(points)
    return points


def _prose(paragraph: str) -> bool:
    return len(paragraph.split(" ")) >= 10 and TERMINAL_WORD_RE.search(paragraph) is not None


def cut_paragraph(article: Article, rng: random.Random) -> Damaged | None:
    """A prose paragraph other than the last, cut mid-sentence outside any quotation."""
    candidates = [i for i, p in enumerate(article.paragraphs[:-1]) if _prose(p)]
    rng.shuffle(candidates)
    for index in candidates:
        tokens = article.paragraphs[index].split(" ")
        quoted = QUOTE_MARK_RE.search(article.paragraphs[index])
        before = len(article.paragraphs[index][:quoted.start()].split(" ")) - 1 if quoted else len(tokens)
        for keep in [n for n in _cut_points(article.paragraphs[index], rng) if n < before][:1]:
            paragraphs = list(article.paragraphs)
            paragraphs[index] = " ".join(tokens[:keep])
            return Damaged("paragraph cut", "AC202", article, article.text(tuple(paragraphs)), article.line_of(index))
    return None


def cut_quote(article: Article, rng: random.Random) -> Damaged | None:
    """A closed quotation in a paragraph other than the last, cut at a word inside it, never just after
    a full stop: a quotation open after a full stop is how a quotation that runs on looks."""
    candidates = [(i, m) for i, p in enumerate(article.paragraphs[:-1]) for m in QUOTE_RE.finditer(p)]
    rng.shuffle(candidates)
    for index, match in candidates:
        paragraph = article.paragraphs[index]
        inside = [m.start() for m in re.finditer(r"\s", paragraph[match.start():match.end() - 1])]
        inside = [match.start() + offset for offset in inside
                  if offset > 3 and not TERMINAL_WORD_RE.search(paragraph[:match.start() + offset])]
        if not inside and match.group()[0] in "「『":
            inside = [match.end() - 1 - (match.end() - match.start()) // 3]
        if inside:
            paragraphs = list(article.paragraphs)
            paragraphs[index] = paragraph[:rng.choice(inside)].rstrip(" ,")
            return Damaged("quote cut", "AC201", article, article.text(tuple(paragraphs)), article.line_of(index))
    return None


def cut_end(article: Article, rng: random.Random) -> Damaged | None:
    """The last quarter of the paragraphs dropped, and the new last one cut mid-sentence."""
    if len(article.paragraphs) < 3:
        return None
    last = len(article.paragraphs) - 1 - max(1, len(article.paragraphs) // 4)
    while last > 0 and not _prose(article.paragraphs[last]):
        last -= 1
    points = _cut_points(article.paragraphs[last], rng) if _prose(article.paragraphs[last]) else []
    if not points:
        return None
    paragraphs = list(article.paragraphs[:last + 1])
    paragraphs[last] = " ".join(paragraphs[last].split(" ")[:points[0]])
    return Damaged("end cut", "AC203", article, article.text(tuple(paragraphs)), article.line_of(last))


def glue_dateline(article: Article, rng: random.Random) -> Damaged | None:
    """The first paragraph opened by a dateline, indented as a wire dump has it."""
    paragraphs = list(article.paragraphs)
    paragraphs[0] = f"    {article.dateline} {paragraphs[0]}"
    return Damaged("dateline glued", "AC302", article, article.text(tuple(paragraphs)), article.line_of(0))


def _cp1252(text: str) -> str:
    """``text`` as UTF-8 read as Windows-1252 (bytes it leaves undefined read as Latin-1)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def mojibake(article: Article, rng: random.Random) -> Damaged | None:
    candidates = [i for i, p in enumerate(article.paragraphs) if not p.isascii()]
    if not candidates:
        return None
    index = rng.choice(candidates)
    paragraphs = list(article.paragraphs)
    paragraphs[index] = _cp1252(paragraphs[index])
    return Damaged("mojibake", "AC402", article, article.text(tuple(paragraphs)), article.line_of(index))


def boilerplate(article: Article, rng: random.Random) -> Damaged | None:
    if len(article.paragraphs) < 2:
        return None
    index = rng.randrange(1, len(article.paragraphs))
    paragraphs = list(article.paragraphs)
    paragraphs.insert(index, rng.choice(BOILERPLATE))
    return Damaged("boilerplate left", "AC301", article, article.text(tuple(paragraphs)), article.line_of(index))


DAMAGES: tuple[Callable[[Article, random.Random], Damaged | None], ...] = (
    cut_paragraph, cut_quote, cut_end, glue_dateline, mojibake, boilerplate,
)
#: Each damage and the rule that should find it, in the order of the report.
KINDS = (("paragraph cut", "AC202"), ("quote cut", "AC201"), ("end cut", "AC203"), ("dateline glued", "AC302"),
         ("mojibake", "AC402"), ("boilerplate left", "AC301"))


@dataclass
class Tally:
    """Findings on complete articles, by rule and language, and the hits of each damage."""

    articles: Counter
    own: Counter
    false: dict
    own_false: dict
    tried: dict
    hits: dict
    worst: dict
    misses: dict


def findings(text: str, path: str, options: Options, threshold: float) -> list:
    """The findings of ``check`` on ``text``; none for a text check cannot read (an own output
    left empty), which the caller counts as a page with nothing found."""
    try:
        result = check_data(text.encode("utf-8"), path, options, frozenset(ALL_CODES))
    except InputError:
        return []
    return [v for v in result.violations if getattr(v, "confidence", 1.0) >= threshold]


def own_outputs(article: Article) -> Iterator[tuple[str, str]]:
    """article-clean's own output of the article, as text, Markdown and JSON."""
    cleaned = clean(article.text(), source=article.key)
    for form, suffix in (("text", ".txt"), ("md", ".md"), ("json", ".json")):
        yield WRITERS[form].render(cleaned), suffix


def measure(articles: list[Article], threshold: float, by: str = "language") -> Tally:
    tally = Tally(Counter(), Counter(), defaultdict(Counter), defaultdict(Counter), defaultdict(Counter),
                  defaultdict(Counter), defaultdict(list), defaultdict(list))
    options = Options()
    for article in articles:
        lang = getattr(article, by)
        tally.articles[lang] += 1
        found = findings(article.text(), article.key + ".txt", options, threshold)
        for code, count in Counter(v.code for v in found).items():
            tally.false[code][lang] += count
            tally.worst[code].append((count, article.key, next(f"{v.line}: {v.message}" for v in found if v.code == code)))
        for text, suffix in own_outputs(article):
            tally.own[lang] += 1
            for v in findings(text, article.key + suffix, options, threshold):
                tally.own_false[v.code][lang] += 1
                tally.worst["own " + v.code].append((1, article.key + suffix, f"{v.line}: {v.message}"))
        rng = random.Random(article.key)
        for damage in DAMAGES:
            damaged = damage(article, rng)
            if damaged is not None:
                _score(tally, damaged, lang, findings(damaged.text, article.key + ".txt", options, threshold))
    return tally


def _score(tally: Tally, damaged: Damaged, lang: str, found: list) -> None:
    tally.tried[damaged.kind][lang] += 1
    if any(v.code == damaged.code and v.line == damaged.line for v in found):
        tally.hits[damaged.kind][lang] += 1
    else:
        there = ", ".join(sorted({v.code for v in found if v.line == damaged.line})) or "nothing"
        line = damaged.text.split("\n")[damaged.line - 1]
        tally.misses[damaged.kind].append((damaged.article.key, damaged.line, there, line[-70:]))


def _per_100(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}" if total else "-"


def _ratio(hit: int, tried: int) -> str:
    return f"{hit / tried:.2f}" if tried else "-"


def report(tally: Tally, worst: int) -> None:
    languages = [lang for lang, _ in tally.articles.most_common()]
    total, own = sum(tally.articles.values()), sum(tally.own.values())
    print(f"complete articles: {total} ({', '.join(f'{lang} {n}' for lang, n in tally.articles.most_common())}); "
          f"own outputs: {own}")
    print("\nfalse findings per 100 complete articles (own: per 100 of clean's own outputs)")
    print(f"{'rule':<26} {'all':>6} {'own':>6}  " + " ".join(f"{lang:>6}" for lang in languages))
    for code in ALL_CODES:
        counts, mine = tally.false[code], tally.own_false[code]
        note = "  (a true property of the input)" if code in TRUE_PROPERTY else ""
        print(f"{code} {BY_CODE[code].name:<20} {_per_100(sum(counts.values()), total):>6} "
              f"{_per_100(sum(mine.values()), own):>6}  "
              + " ".join(f"{_per_100(counts[lang], tally.articles[lang]):>6}" for lang in languages) + note)
    truncation = sum(sum(tally.false[code].values()) for code in TRUNCATION)
    print(f"{'truncation (AC201-AC203)':<26} {_per_100(truncation, total):>6}")
    print("\nrecall at the damaged line")
    print(f"{'damage':<18} {'rule':<6} {'copies':>6} {'recall':>6}  " + " ".join(f"{lang:>6}" for lang in languages))
    for kind, code in KINDS:
        tried, hits = tally.tried[kind], tally.hits[kind]
        print(f"{kind:<18} {code:<6} {sum(tried.values()):>6} {_ratio(sum(hits.values()), sum(tried.values())):>6}  "
              + " ".join(f"{_ratio(hits[lang], tried[lang]):>6}" for lang in languages))
    _worst(tally, worst)


def _worst(tally: Tally, worst: int) -> None:
    print("\nworst cases")
    for key in sorted(tally.worst):
        if key.removeprefix("own ") in TRUE_PROPERTY:
            continue
        cases = sorted(tally.worst[key], key=lambda case: -case[0])[:worst]
        print(f"  {key}:")
        for count, where, message in cases:
            print(f"    {where} x{count}  line {message[:110]}")
    for kind, misses in tally.misses.items():
        print(f"  missed {kind} ({len(misses)}):")
        for where, line, there, text in misses[:worst]:
            print(f"    {where} line {line} (found there: {there})  ...{text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder of corpora")
    parser.add_argument("--reuters", type=int, default=600, help="how many Reuters stories to take")
    parser.add_argument("--wcxb", action="store_true", help="add WCXB's article pages")
    parser.add_argument("--worst", type=int, default=5, help="how many worst cases to name per rule")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="keep only findings this sure")
    parser.add_argument("--by", choices=("language", "corpus"), default="language",
                        help="break the figures down by language or by corpus")
    parser.add_argument("--only", default="", help="comma-separated corpora to keep (aeb, reuters, wcxb)")
    args = parser.parse_args(argv)
    if not (args.eval / "article-extraction-benchmark" / "manifest.jsonl").is_file():
        print(NO_DATA.format(path=args.eval), file=sys.stderr)
        return 0
    articles = aeb(args.eval)
    if (args.eval / "reuters21578" / "manifest.jsonl").is_file():
        articles += reuters(args.eval, args.reuters)
    if args.wcxb and (args.eval / "wcxb" / "manifest.jsonl").is_file():
        articles += wcxb(args.eval)
    if args.only:
        articles = [article for article in articles if article.corpus in args.only.split(",")]
    report(measure(articles, args.min_confidence, args.by), args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
