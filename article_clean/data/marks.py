"""Marks of structure: in a dump or in Markdown (headings, block quotes, AFP crossheads), and the marks
of article-clean's own Markdown and text layouts, which the writers put and the layout stage reads
back. Data only.

Every regex here runs on one line at a time and cannot backtrack catastrophically: no nested
unbounded quantifiers, and every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re


#: AFP crosshead: ``- 'We need to interact' -``
AFP_CROSSHEAD_RE = re.compile(r"^[-–—]\s*['‘\"“](?P<text>[^\n]{1,120}?)['’\"”]\s*[-–—]$")

#: Markdown heading. The text ends on its last character that is not a closing
#: ``#`` or space: found by backtracking from the line end once, where a lazy
#: ``.*?`` before ``\s*#*$`` would rescan a long run of spaces at every step.
MD_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>\S(?:.*(?:[^\s#]|#(?=\s)))?)\s*#*$")

#: Markdown block quote.
MD_QUOTE_RE = re.compile(r"^>\s?")

#: The keys of article-clean's Markdown front matter, in the order written.
FRONT_MATTER_KEYS = ("title", "published", "updated", "dateline", "byline", "source", "language", "site_name", "url")
#: Marks of both layouts. A block's text that would read back as a mark is escaped:
#: ``\`` before it, or, in Markdown, between the number and the full stop of ``1.``.
ESCAPE = "\\"
QUOTE_MARK = "> "
MD_HEADING = "## "
MD_BULLET = "- "
#: Text marks: the title is underlined with ``=``, and so is the head without a title, with
#: the byline just under the rule; a crosshead is underlined with ``-``.
TITLE_RULE = "="
HEADING_RULE = "-"
TEXT_BULLET = "• "
#: A rule is at least this wide.
MIN_RULE = 3
