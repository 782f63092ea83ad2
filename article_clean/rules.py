"""The registry of rule codes. Codes are stable: never renumber, never reuse.

``clean`` raises flags with these codes; ``check`` reports findings with them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Finding


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    summary: str
    explanation: str
    bad: str
    good: str
    severity: str = "warning"  #: "error" or "warning"
    fixable: bool = False
    default: bool = True  #: selected unless the user deselects it

    def finding(self, message: str, line: int | None = None, column: int | None = None) -> Finding:
        """A finding of this rule."""
        return Finding(self.code, self.name, message, line, column)


RULES: tuple[Rule, ...] = (
    Rule("AC101", "missing-title", "the article has no title",
         "No line before the body looked like a headline, and no metadata gave one.",
         "MOSCOW, Oct 15 (AFP) - Russian President ...", "Putin warns of IS fighters\n\nMOSCOW, Oct 15 (AFP) - ..."),
    Rule("AC102", "missing-dateline", "the first paragraph has no dateline",
         "Wire stories open with a dateline such as `MOSCOW, Oct 15 (AFP) -`. Off by default: many sites have none.",
         "Russian President Vladimir Putin said ...", "MOSCOW, Oct 15 (AFP) - Russian President ...", default=False),
    Rule("AC103", "missing-byline", "the article names no author",
         "No byline was found. Off by default: wire copy often has none.",
         "Headline\n\nText ...", "Headline\n\nBy Jane Doe\n\nText ...", default=False),
    Rule("AC104", "empty-body", "the article has no body text",
         "After boilerplate was removed nothing was left: the scrape probably missed the article.",
         "Latest News\nMost View", "Headline\n\nA paragraph of text."),
    Rule("AC105", "no-main-content", "no main content container was found in the HTML",
         "The page had no container that scored as an article; the whole visible text was used.",
         "<body><div>menu</div></body>", "<article><p>Text ...</p></article>"),
    Rule("AC201", "truncated-quote", "a quotation is opened and never closed",
         "The paragraph opens a quotation that is not closed, and the next paragraph does not continue it: "
         "the scraper probably lost the end of the paragraph.",
         '"openly state our complaints to the Afghan', '"openly state our complaints to the Afghan side."', severity="error"),
    Rule("AC202", "truncated-paragraph", "a paragraph ends in the middle of a sentence",
         "The paragraph ends without sentence-final punctuation: part of it was lost.",
         "the Taliban but noted that we need to", "the Taliban but noted that we need to talk."),
    Rule("AC203", "truncated-article", "the article ends in the middle of a sentence, or in '...' or 'Read more'",
         "The last block of the body ends mid-sentence or with a teaser: the scrape stopped early.",
         "He said the plan would ...", "He said the plan would work."),
    Rule("AC301", "boilerplate-line", "a line of site chrome is left in the text",
         "The line matches a boilerplate rule that `clean` would remove; the message names the rule.",
         "• Latest News", "(the line removed)", fixable=True),
    Rule("AC302", "glued-dateline", "the dateline is still glued to the first paragraph",
         "The first paragraph starts with a dateline that should be metadata.",
         "MOSCOW, Oct 15 (AFP) - Russian President ...", "Russian President ...", fixable=True),
    Rule("AC303", "hard-wrapped", "paragraphs are hard-wrapped at a fixed width",
         "Lines break at a fixed column inside paragraphs.",
         "Russian President Vladimir Putin on\nFriday said ...", "Russian President Vladimir Putin on Friday said ...", fixable=True),
    Rule("AC304", "html-residue", "HTML tags or entities are left in the text",
         "Markup such as `<br>` or `&amp;` survived the scrape.", "Tom &amp; Jerry<br>", "Tom & Jerry", fixable=True),
    Rule("AC305", "duplicate-paragraph", "a paragraph appears twice",
         "The same paragraph stands twice in the body: a scrape artefact.", "A.\n\nA.", "A.", fixable=True),
    Rule("AC306", "timestamp-in-body", "a timestamp line is left in the body",
         "A line that is only a timestamp stands in the body.", "15 Oct 2021, 20:27\nText", "Text", fixable=True),
    Rule("AC401", "decode-replaced", "undecodable bytes were replaced",
         "Some bytes were not valid in the detected encoding and were replaced with U+FFFD.",
         "caf\\xe9 in a UTF-8 file", "café", severity="error"),
    Rule("AC402", "mojibake", "the text has mojibake",
         "Text was decoded with the wrong encoding somewhere on its way (`Ã©` for `é`).", "cafÃ©", "café", fixable=True),
    Rule("AC403", "control-characters", "the text contains control characters",
         "C0 or C1 control characters other than tab and newline.", "text\\x07", "text", fixable=True),
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def rule(key: str) -> Rule:
    """Look a rule up by code or name.

    >>> rule("AC201").name
    'truncated-quote'
    >>> rule("truncated-quote").code
    'AC201'
    """
    found = BY_CODE.get(key.upper()) or BY_NAME.get(key.lower())
    if found is None:
        raise KeyError(key)
    return found
