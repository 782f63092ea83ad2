"""Patterns and lists that only ``check`` uses, as data."""

from __future__ import annotations

import re


#: HTML elements whose tags, left in text, are markup residue (not "<Reuters>" or "a < b").
HTML_TAGS = (
    "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "center", "cite", "code", "dd", "del",
    "div", "dl", "dt", "em", "embed", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "label", "li",
    "link", "main", "mark", "meta", "nav", "noscript", "ol", "p", "picture", "pre", "q", "s", "script",
    "section", "small", "source", "span", "strong", "style", "sub", "sup", "table", "tbody", "td", "th",
    "thead", "time", "tr", "u", "ul", "video",
)
HTML_TAG_RE = re.compile(
    r"<!--.{0,200}?-->|</?(?i:" + "|".join(sorted(HTML_TAGS, key=len, reverse=True)) + r")(?:\s[^<>]{0,200})?\s*/?>"
)
#: Character references: named ones are checked against the HTML5 list in code.
HTML_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

#: A last paragraph that ends in a teaser was cut short by the page.
TEASER_END_RE = re.compile(
    r"(?:\.\.\.|…|(?i:\bread more|\bcontinue reading|\bread (?:the )?full (?:story|article)))[\s\"'”’»›>]*$"
)

#: C0 and C1 control characters, other than tab, newline and carriage return.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

#: File name endings and the form they are written in; anything else is text.
FORMS_BY_SUFFIX = (
    ((".md", ".markdown"), "md"),
    ((".json",), "json"),
    ((".jsonl", ".ndjson"), "jsonl"),
    ((".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"), "html"),
)

#: Files a folder walk takes for check: clean's inputs and clean's own output.
CHECK_INCLUDE = ("*.md", "*.markdown", "*.json", "*.jsonl")
