"""CSS-ish paths of elements, for the ``path`` of removed blocks."""

from __future__ import annotations

from .parse import Element

#: A path names at most this many elements, from the nearest ancestor with an id.
MAX_STEPS = 6
_MAX_NAME = 40


def step(element: Element) -> str:
    """One step of a path: the tag with its id, else with its first class.

    >>> from article_clean.html.parse import parse
    >>> step(parse('<div class="share-bar top" id="s1">x</div>', '-').find('.//div'))
    'div#s1'
    >>> step(parse('<div class="share-bar top">x</div>', '-').find('.//div'))
    'div.share-bar'
    """
    tag = element.tag if isinstance(element.tag, str) else "node"
    ident = (element.get("id") or "").strip()
    if ident and " " not in ident:
        return f"{tag}#{ident[:_MAX_NAME]}"
    classes = (element.get("class") or "").split()
    return f"{tag}.{classes[0][:_MAX_NAME]}" if classes else tag


def css_path(element: Element) -> str:
    """Where ``element`` stands: ``body > div#main > aside.sidebar``, cut at an id or after MAX_STEPS.

    >>> from article_clean.html.parse import parse
    >>> root = parse('<html><body><div id="main"><aside class="sidebar"><p>x</p></aside></div></body></html>', '-')
    >>> css_path(root.find(".//p"))
    'div#main > aside.sidebar > p'
    """
    steps = []
    node: Element | None = element
    while node is not None and len(steps) < MAX_STEPS:
        name = step(node)
        steps.append(name)
        if "#" in name or node.tag == "body":
            break
        node = node.getparent()
    return " > ".join(reversed(steps))
