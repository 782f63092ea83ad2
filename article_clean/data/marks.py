"""Marks of structure in a dump or in Markdown: headings, block quotes, AFP crossheads. Data only.

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
