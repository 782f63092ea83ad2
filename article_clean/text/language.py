"""The language of running text, from the function words it is dense with; none when unsure."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ..data.stopwords import BY_LANGUAGE

#: Fewer function words than this, of the best language, and the text is too short to tell.
MIN_HITS = 25
#: The best language must have at least this many times the hits of the next.
MIN_LEAD = 1.5
#: ... and at least this share of all the words read.
MIN_SHARE = 0.15

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in BY_LANGUAGE.items():
    for _word in set(_words.split()):
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)


def guess_language(texts: Iterable[str]) -> str | None:
    """The ISO 639-1 code of the language of ``texts``, or None when the words do not settle it.

    >>> guess_language(["Der Bürgermeister hat am Montag gesagt, dass die Stadt mit dem Bau der neuen Brücke "
    ...                 "noch in diesem Jahr beginnen wird. Es ist nicht sicher, ob die Arbeiten auch "
    ...                 "im Winter weitergehen, aber die Pläne sind fertig und die Firma ist bereit, "
    ...                 "sagte er in einem Gespräch mit der Zeitung über die Kosten und die Zeit."])
    'de'
    >>> guess_language(["Share", "Menu", "Login"]) is None
    True
    """
    hits: Counter[str] = Counter()
    total = 0
    for text in texts:
        for word in _WORD_RE.findall(text.lower()):
            total += 1
            hits.update(_LANGUAGES_OF.get(word, ()))
    ranked = hits.most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS or ranked[0][1] < MIN_SHARE * total:
        return None
    if len(ranked) > 1 and ranked[0][1] < MIN_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
