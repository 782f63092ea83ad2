"""Text to an element tree, with lxml's HTML parser (libxml2).

BeautifulSoup's tree builder was measured at 20 pages per second on the
article-extraction-benchmark pages with the lxml parser, before any
extraction: slower than the whole of trafilatura. lxml's own tree from the
same libxml2 parser is built some 35 times faster, so the pages are walked
as lxml trees.
"""

from __future__ import annotations

import re

import lxml.etree

from ..errors import InputError

#: The element type of the trees: lxml's plain elements, without lxml.html's per-element class lookup.
Element = lxml.etree._Element

#: libxml2 keeps at most this many levels with ``huge_tree``, and silently drops deeper text.
PARSER_MAX_DEPTH = 2048
NO_MARKUP = "holds no HTML elements; pass --input-format text to read it as a text dump"
TOO_DEEP = f"nests elements more than {PARSER_MAX_DEPTH - 8} levels deep, and the parser would drop the text below; fix the markup or pass --input-format text"

_PARSER = lxml.etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True, no_network=True)
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]{0,300}\?>")


def parse(text: str, source: str) -> lxml.html.Element:
    """The ``html`` element of the page. Raises :class:`InputError` when there is no markup.

    >>> parse("<p>Hello <b>world</b>", "-").find("body/p/b").text
    'world'
    """
    text = _XML_DECLARATION_RE.sub("", text, count=1)
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        root = lxml.etree.fromstring(text, parser=_PARSER)
    except (ValueError, lxml.etree.XMLSyntaxError):
        raise InputError(source, NO_MARKUP) from None
    if root is None:
        raise InputError(source, NO_MARKUP)
    return root


def text_of(element: Element, limit: int = 1000) -> str:
    """The text inside an element, up to about ``limit`` characters: bylines and dates are short, and
    reading no further keeps the cost of a credit on a big element small.

    >>> text_of(parse("<p>One <b>two</b> three</p>", "-"))
    'One two three'
    """
    parts: list[str] = []
    size = 0
    for part in element.itertext():
        parts.append(part)
        size += len(part)
        if size > limit:
            break
    return "".join(parts)
