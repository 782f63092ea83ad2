"""CSS-ish paths of elements, for the ``path`` of removed blocks."""

from __future__ import annotations

from lxml.html import HtmlElement

#: A path names at most this many elements, from the nearest ancestor with an id.
MAX_STEPS = 6
_MAX_NAME = 40


def step(element: HtmlElement) -> str:
    """One step of a path: the tag with its id, else with its first class.

    >>> from lxml.html import fragment_fromstring
    >>> step(fragment_fromstring('<div class="share-bar top" id="s1">x</div>'))
    'div#s1'
    >>> step(fragment_fromstring('<div class="share-bar top">x</div>'))
    'div.share-bar'
    """
    tag = element.tag if isinstance(element.tag, str) else "node"
    ident = (element.get("id") or "").strip()
    if ident and " " not in ident:
        return f"{tag}#{ident[:_MAX_NAME]}"
    classes = (element.get("class") or "").split()
    return f"{tag}.{classes[0][:_MAX_NAME]}" if classes else tag


def css_path(element: HtmlElement) -> str:
    """Where ``element`` stands: ``body > div#main > aside.sidebar``, cut at an id or after MAX_STEPS.

    >>> from lxml.html import document_fromstring
    >>> root = document_fromstring('<html><body><div id="main"><aside class="sidebar"><p>x</p></aside></div></body></html>')
    >>> css_path(root.find(".//p"))
    'div#main > aside.sidebar > p'
    """
    steps = []
    node: HtmlElement | None = element
    while node is not None and len(steps) < MAX_STEPS:
        name = step(node)
        steps.append(name)
        if "#" in name or node.tag == "body":
            break
        node = node.getparent()
    return " > ".join(reversed(steps))
