"""Metadata of a page, from the strongest source to the weakest.

JSON-LD first (``headline``, ``author``, ``datePublished``...), then
OpenGraph and ``article:*`` properties, then plain ``meta`` names, then the
elements of the page (``time``, ``itemprop``, ``rel=author``, bylines): see
:mod:`article_clean.data.html_hints` for the names. An author is never taken from
the site's name, an organization, or an agency word.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

import lxml.etree

from ..text.timestamps import find_timestamp
from .authors import person_names
from ..data.html_hints import (
    ARTICLE_LD_TYPES,
    AUTHOR_META,
    MODIFIED_META,
    ORGANIZATION_LD_TYPES,
    PUBLISHED_META,
    SITE_NAME_META,
    TITLE_META,
)
from .parse import Element

_DOTTED_DATE_RE = re.compile(r"\b(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>(?:19|20)\d{2})\b")
_URL_DATE_RE = re.compile(r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:/|[-_.]|$)")
#: A date in a URL written day first: ``/meldungen/29-10-2021``.
_URL_DAY_FIRST_RE = re.compile(r"/(?P<day>[0-3]?\d)[-.](?P<month>[01]?\d)[-.](?P<year>(?:19|20)\d{2})(?:/|[-_.]|$)")
_SPACE_RE = re.compile(r"\s+")
#: A script without a type that holds JSON-LD.
_UNTYPED_LD_RE = re.compile(r'[\[{]\s*"@context"')
#: The text a reader sees: every text node of the body outside scripts, styles and templates.
_SHOWN_TEXT = lxml.etree.XPath("//body//text()[not(ancestor::script or ancestor::style or ancestor::template)]")
#: A JSON-LD script larger than this is not read.
JSON_LD_MAX_CHARS = 500_000
#: Keys that give a publication date in the data a page's scripts carry (an app's state, a shop's
#: product JSON), strongest first; the value may sit in JSON escaped inside a string.
SCRIPT_DATE_KEYS = ("datePublished", "date_published", "publishedAt", "published_at", "publishDate",
                    "publish_date", "publicationDate", "firstPublished", "createdAt", "created_at")
_SCRIPT_DATE_RE = re.compile(
    r'(?<![\w$])(?P<key>' + "|".join(SCRIPT_DATE_KEYS) + r')\\?"\s*:\s*\\?"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)'
)
#: Script text read for such a date, from its start.
SCRIPT_DATE_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class Metadata:
    """What a page says about itself. Every field may be None."""

    titles: tuple[str, ...] = ()  #: every title the metadata offers, strongest first
    authors: tuple[str, ...] = ()  #: from JSON-LD: the strongest source
    meta_authors: tuple[str, ...] = ()  #: from ``meta`` names: the weakest
    site_names: tuple[str, ...] = ()  #: the site's name, its publisher's and its domain: never an author
    published: str | None = None
    updated: str | None = None
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    page_title: str | None = None  #: the ``<title>`` element
    scripted: str | None = None  #: a publication date in a script's data (not JSON-LD): the weakest source


def clean_space(text: str | None) -> str:
    """Text with runs of white space made one space, and entities left escaped twice unescaped.

    >>> clean_space(" Thermen- &#038;  Vulkanland ")
    'Thermen- & Vulkanland'
    """
    text = text or ""
    if "&" in text and ";" in text:
        text = html.unescape(text)
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    return _SPACE_RE.sub(" ", text).strip()


def iso_date(value: str | None) -> str | None:
    """An ISO 8601 date or time from the forms pages use.

    >>> iso_date("2019-10-19T08:00:00+02:00"), iso_date("19.10.2019"), iso_date("Oct 19, 2019")
    ('2019-10-19T08:00:00+02:00', '2019-10-19', '2019-10-19')
    >>> iso_date("yesterday") is None
    True
    """
    if not value:
        return None
    value = clean_space(value)[:200]
    found = find_timestamp(value)
    if found is not None:
        return found.iso
    dotted = _DOTTED_DATE_RE.search(value)
    if dotted:
        day, month = int(dotted.group("day")), int(dotted.group("month"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{dotted.group('year')}-{month:02d}-{day:02d}"
    return None


def url_date(url: str | None) -> str | None:
    """The date in a URL such as ``/2019/10/19/slug``.

    >>> url_date("https://example.com/news/2019/10/19/storm-hits"), url_date("https://example.com/news/29-10-2021")
    ('2019-10-19', '2021-10-29')
    """
    match = _URL_DATE_RE.search(url or "") or _URL_DAY_FIRST_RE.search(url or "")
    if not match:
        return None
    month, day = int(match.group("month")), int(match.group("day"))
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{match.group('year')}-{month:02d}-{day:02d}"
    return None


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict]:
    """Every JSON-LD object in a parsed script, through lists and ``@graph``."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:200]:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph, depth + 1)


def _ld_types(item: dict) -> set[str]:
    kinds = item.get("@type")
    values = kinds if isinstance(kinds, list) else [kinds]
    return {str(v).rsplit("/", 1)[-1].lower() for v in values if v}


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return clean_space(str(value)) if isinstance(value, (str, int, float)) and str(value).strip() else None


def _ld_index(objects: list[dict]) -> dict[str, dict]:
    """The JSON-LD objects that carry a name, by their ``@id``: an article's author is often only a reference."""
    return {item["@id"]: item for item in objects if isinstance(item.get("@id"), str) and item.get("name")}


def _ld_authors(value: Any, site_names: tuple[str, ...], index: dict[str, dict] | None = None) -> tuple[str, ...]:
    """The person names of a JSON-LD ``author``: strings, objects, references by ``@id``, lists of them.

    >>> graph = {"https://x.org/#/person/1": {"@type": "Person", "name": "Evan Symon"}}
    >>> _ld_authors({"@id": "https://x.org/#/person/1"}, (), graph), _ld_authors([{"name": "Jane Doe"}, "John Roe"], ())
    (('Evan Symon',), ('Jane Doe', 'John Roe'))
    """
    found: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            if not item.get("name") and index and isinstance(item.get("@id"), str):
                item = index.get(item["@id"], item)
            if _ld_types(item) & ORGANIZATION_LD_TYPES:
                continue
            item = item.get("name")
            if isinstance(item, list):
                item = " and ".join(str(part) for part in item)
        if isinstance(item, str):
            found.extend(name for name in person_names(item, site_names) if name not in found)
    return tuple(found)


def _ld_published(objects: list[dict]) -> str | None:
    """The ``datePublished`` of a JSON-LD object of a type not known as an article's (``NewsItem``,
    ``WebPage``), never a site's or an organization's."""
    return next((item["datePublished"] for item in objects if isinstance(item.get("datePublished"), str)
                 and not _ld_types(item) & ORGANIZATION_LD_TYPES), None)


def script_date(root: Element) -> str | None:
    """The publication date that the data in a page's scripts gives, by the strongest key found.

    >>> script_date(lxml.etree.fromstring('<html><script>window.s={"createdAt":"2022-01-30","x":{'
    ...     '"published_at":"2022-01-31T15:58:43+01:00"}}</script></html>'))
    '2022-01-31T15:58:43+01:00'
    """
    found: dict[str, str] = {}
    for script in root.iter("script"):
        for match in _SCRIPT_DATE_RE.finditer((script.text or "")[:SCRIPT_DATE_MAX_CHARS]):
            found.setdefault(match.group("key"), match.group("date"))
    return next((iso_date(found[key]) for key in SCRIPT_DATE_KEYS if key in found), None)


def json_ld(root: Element) -> list[dict]:
    """The JSON-LD objects of a page, article types first; a script without a type counts when it opens
    with a JSON-LD ``@context``."""
    objects: list[dict] = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        typed = "ld+json" in kind
        if kind and not typed:
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > JSON_LD_MAX_CHARS or (not typed and not _UNTYPED_LD_RE.match(raw)):
            continue
        raw = raw.removeprefix("<![CDATA[").removesuffix("]]>").removeprefix("//<![CDATA[").strip()
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        objects.extend(_ld_objects(data))
    objects.sort(key=lambda item: not (_ld_types(item) & ARTICLE_LD_TYPES))
    return objects


def meta_values(root: Element) -> dict[str, str]:
    """``meta`` names and properties, lower-cased, to their first non-empty content."""
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            key = key.strip().lower()
            if key not in values:
                values[key] = clean_space(content)
    return values


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((values[key] for key in keys if values.get(key)), None)


def head_metadata(root: Element) -> Metadata:
    """Metadata from JSON-LD, OpenGraph, meta names, ``<title>``, ``<html lang>`` and the canonical link."""
    meta = meta_values(root)
    objects = json_ld(root)
    article = next((item for item in objects if _ld_types(item) & ARTICLE_LD_TYPES), None)
    site_name = _first(meta, SITE_NAME_META)
    for item in objects:
        if site_name:
            break
        if _ld_types(item) & {"website", "organization", "newsmediaorganization"}:
            site_name = _ld_text(item.get("name"))
    publisher = _ld_text(article.get("publisher")) if article else None
    canonical = next((link.get("href") for link in root.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
    url = clean_space(canonical) or meta.get("og:url") or None
    site_names = tuple(name for name in (site_name, publisher, domain(url)) if name)
    titles = [t for t in (_ld_text(article.get("headline")) if article else None, *(meta.get(k) for k in TITLE_META)) if t]
    page_title = clean_space(root.findtext(".//title")) or None
    names = _ld_authors(article["author"], site_names, _ld_index(objects)) if article and article.get("author") else ()
    raw = _first(meta, AUTHOR_META)
    meta_names = shown(root, person_names(raw, site_names)) if raw else ()
    published = (iso_date(article.get("datePublished") if article else None) or iso_date(_first(meta, PUBLISHED_META))
                 or iso_date(_ld_published(objects)))
    updated = iso_date(article.get("dateModified") if article else None) or iso_date(_first(meta, MODIFIED_META))
    language = root.get("lang") or root.get("xml:lang") or meta.get("content-language") or (
        _ld_text(article.get("inLanguage")) if article else None)
    return Metadata(
        titles=tuple(dict.fromkeys(titles)),
        authors=names,
        meta_authors=meta_names,
        site_names=site_names,
        published=published,
        updated=updated if updated != published else None,
        language=clean_space(language).replace("_", "-") or None if language else None,
        site_name=site_name,
        url=url,
        page_title=page_title,
        scripted=None if published else script_date(root),
    )


def shown(root: Element, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names that the page's body shows: a name only a ``meta`` tag gives is often the account that
    put the page up, not the author its readers see.

    >>> from article_clean.html.parse import parse
    >>> shown(parse("<html><body><p>Text: Jane Doe</p><script>'John Roe'</script></body></html>", "-"), ("Jane Doe", "John Roe"))
    ('Jane Doe',)
    """
    if not names:
        return ()
    text = " ".join(_SHOWN_TEXT(root)).casefold()
    return tuple(name for name in names if name.casefold() in text)


def domain(url: str | None) -> str:
    """The host of a URL without ``www.``.

    >>> domain("https://www.heizung.de/ratgeber/x.html")
    'heizung.de'
    """
    host = (url or "").split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    return host.removeprefix("www.")
