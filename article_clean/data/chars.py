"""Characters and the character classes that lines are read by: indents, bullets, sentence ends,
quotes, wide scripts and code. Data only.

Every regex here runs on one line at a time and cannot backtrack catastrophically: no nested
unbounded quantifiers, and every repeated group is anchored by a literal or bounded.
"""

from __future__ import annotations

import re


NBSP = "\u00a0"

#: Horizontal white space that may indent a line, NBSP included.
INDENT_CHARS = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

#: Characters removed outright during normalization (zero width, soft hyphen stays for reflow).
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)

#: Bullets that start a list line in text dumps.
BULLETS = "•·▪▸►‣◦●○■□☆★–*+-"

#: First characters of a line that may be a bullet, heading, quote or crosshead marker.
MARKER_STARTS = frozenset("•·▪▸►‣◦●○■□☆★*+-–—#>0123456789")

BULLET_RE = re.compile(r"^([•·▪▸►‣◦●○■□☆★*+]|-(?=\s)|–(?=\s)|\d{1,3}[.)](?=\s))\s*")

#: Characters that end a sentence (or introduce what follows it).
TERMINALS = ".!?…:;"

#: Closing quotes and brackets that may follow the end of a sentence.
CLOSERS = "\"'”’»)] "

OPEN_QUOTES = "“«„"

CLOSE_QUOTES = "”»"

#: A paragraph that continues a quotation opens with one of these.
QUOTE_OPENERS = "\"“«„'‘"

WORD_RE = re.compile(r"\w+")

#: A horizontal rule: a line of one repeated rule character.
RULE_LINE_RE = re.compile(r"^([━─—_=*~\-])\1{2,}$")

#: Wide characters (Chinese, Japanese, Korean, full-width forms): two columns each in a dump.
WIDE_CHAR_RE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60]")

#: Characters that end a sentence in those scripts.
CJK_TERMINALS = "。！？"

#: Characters dense in program code (scripts and styles a dump printed as text), rare in prose.
CODE_CHARS = "{}[]();=<>$&|\\+*_^~`"

CODE_CHAR_RE = re.compile(f"[{re.escape(CODE_CHARS)}]")

#: Punctuation inside running text.
TEXT_PUNCTUATION = ".,;:!?。，、"

#: Scripts written without spaces between words (Chinese, Japanese, Korean and Thai): the HTML reader
#: counts their characters as words. Not :data:`WIDE_CHAR_RE`, which is about columns, not words.
UNSPACED_SCRIPT_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
