"""html: an HTML page to the main content's lines, its metadata, and a record of every dropped block.

Runs first. Input that does not sniff as HTML (and is not forced with
``input_format="html"``) passes through untouched, to be decoded as text.
The page is decoded with its declared charset, its main content is found,
and the text stages then read one block per line; see
:mod:`article_clean.html.extract`.
"""

from __future__ import annotations

from ..doc import Doc
from ..errors import InputError
from ..html.sniff import looks_like_html
from ..rules import BY_CODE

NO_TEXT = "is an HTML page with no visible text; nothing to clean"


def is_html(doc: Doc) -> bool:
    """True when the input is to be read as HTML: forced by the options, or sniffed.

    >>> from article_clean.options import Options
    >>> is_html(Doc("-", Options(), data=b"<html><body><p>x</p></body></html>"))
    True
    >>> is_html(Doc("-", Options(input_format="text"), data=b"<html><body><p>x</p></body></html>"))
    False
    """
    if doc.options.input_format != "auto":
        return doc.options.input_format == "html"
    sample = doc.data if doc.data is not None else doc.text
    return sample is not None and looks_like_html(sample)


def run(doc: Doc) -> Doc:
    """Read an HTML page; anything else passes through."""
    if not is_html(doc):
        return doc
    from ..html.charset import decode_html  # lxml loads only for pages that need it
    from ..html.extract import extract
    if doc.data is not None:
        text, encoding, replaced = decode_html(doc.data, doc.source)
    else:
        text, encoding, replaced = doc.text or "", doc.encoding, 0
    options = doc.options
    found = extract(text, doc.source, options.fix_mojibake, options.url, options.links, options.images)
    if not found.text.strip():
        raise InputError(doc.source, NO_TEXT)
    meta = found.metadata
    flags = () if found.main_found else (BY_CODE["AC105"].finding("no main content container: the whole visible text was used"),)
    return doc.evolve(
        data=None,
        text=found.text,
        encoding=encoding,
        replaced=replaced,
        page_lines=found.page_lines,
        title=found.title,
        byline=found.byline,
        published=found.published,
        updated=meta.updated,
        language=meta.language,
        site_name=meta.site_name,
        url=meta.url,
        removed=doc.removed + found.removed,
        flags=doc.flags + flags,
        media=found.media,
    )
