"""The registry of rule codes. Codes are stable: never renumber, never reuse.

``clean`` raises flags with these codes; ``check`` reports findings with them.
Each rule's ``bad`` and ``good`` examples are whole small documents: the tests
check that ``bad`` fires the rule and ``good`` is clean, so the examples that
``article-clean rules CODE`` shows cannot drift from what the code does.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Finding

SEVERITIES = ("error", "warning")


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

    def finding(self, message: str, line: int | None = None, column: int | None = None,
                confidence: float = 1.0) -> Finding:
        """A finding of this rule, as sure as ``confidence`` (1: certain)."""
        return Finding(self.code, self.name, message, line, column, confidence)


_TITLE = "Floods cut off villages in Bangladesh"
_LEAD = "Flash floods cut off dozens of villages in northern Bangladesh on Thursday, officials said."
_NEXT = "The weather office forecast more rain over the weekend."
_CLEAN = f"{_TITLE}\n\n{_LEAD}\n\n{_NEXT}\n"
#: The head of an article as ``clean -f text`` writes it: the title, underlined.
_TEXT_HEAD = f"{_TITLE}\n{'=' * len(_TITLE)}"
#: An article page long enough for the HTML reader to score its container as the article.
_PAGE_PARAGRAPHS = (
    "Flash floods cut off dozens of villages in northern Bangladesh on Thursday, officials said, as rivers "
    "burst their banks after three days of torrential rain.",
    "The water rose faster than anyone expected, said a local administrator, adding that rescue boats had "
    "been sent to the worst-hit areas of the district.",
    "Residents said they had moved their livestock to the raised roads, which were the only dry ground left "
    "in many of the districts around the town.",
    "The weather office forecast more rain over the weekend and warned that the rivers in the north of the "
    "country would keep rising until Monday.",
)
_PAGE = (f"<html><body><nav><a href=\"/\">Home</a></nav><article><h1>{_TITLE}</h1>"
         + "".join(f"<p>{text}</p>" for text in _PAGE_PARAGRAPHS) + "</article></body></html>\n")

RULES: tuple[Rule, ...] = (
    Rule("AC101", "missing-title", "the article has no title",
         "No line above the body looked like a headline, and no metadata gave one. The scrape "
         "probably started below the headline, or the headline was taken for site chrome.",
         f"{_LEAD}\n\n{_NEXT}\n", _CLEAN),
    Rule("AC102", "missing-dateline", "the first paragraph has no dateline",
         "Wire stories open with a dateline such as `MOSCOW, Oct 15 (AFP) -`: where and when the "
         "story was filed. Off by default, because many sites have none.",
         _CLEAN, f"{_TEXT_HEAD}\n\nSYLHET, March 9 (BSS/AFP) - {_LEAD}\n\n{_NEXT}\n", default=False),
    Rule("AC103", "missing-byline", "the article names no author",
         "No byline (`By Jane Doe`, `Staff Correspondent`) stands above the body. Off by default, "
         "because wire copy often has none.",
         _CLEAN, f"{_TITLE}\n\nBy Jane Doe\n\n{_LEAD}\n\n{_NEXT}\n", default=False),
    Rule("AC104", "empty-body", "the article has no body text",
         "Once boilerplate was removed nothing was left: the scrape probably caught the page's "
         "chrome and missed the article.",
         "Latest News\nMost View\nBeta Version\n", _CLEAN, severity="error"),
    Rule("AC105", "no-main-content", "no main content container was found in the HTML",
         "The page had no container that scored as an article, so the whole visible text was used.",
         "<html><body><div>Home</div><div>Contact us</div></body></html>\n", _PAGE),
    Rule("AC201", "truncated-quote", "a quotation is opened and never closed",
         "A paragraph stops part-way through a sentence inside a quotation it opened: the scraper "
         "probably lost the end of the paragraph. Quotation marks are read in the conventions of "
         "each language (“…” and \"…\", „…“ and »…«, « … », „…”, «…», 「…」 and 『…』), nested or not; "
         "apostrophes are no quotes, and a quotation that runs over several paragraphs, ending each "
         "with a full stop, is not truncated. Never fixed: the lost words cannot be made up.",
         f'{_TITLE}\n\nA farmer said the flood was "worse than the one in 2004 and\n\n{_NEXT}\n',
         f'{_TITLE}\n\nA farmer said the flood was "worse than the one in 2004".\n\n{_NEXT}\n', severity="error"),
    Rule("AC202", "truncated-paragraph", "a paragraph ends in the middle of a sentence",
         "A paragraph ends without a full stop and reads as a sentence that stops part-way: part of "
         "it was lost. Lines that need no full stop are left alone: table rows, list items, "
         "headings, captions and credits, prices, links, code, lines of figures, embedded posts, "
         "bylines, footnote markers, and a paragraph that the next one goes on with. Surer when "
         "the sentence stops on a word such as 'the' or a comma than on a noun. Never fixed.",
         f"{_TITLE}\n\nOfficials said the rivers burst their banks after three days of\n\n{_NEXT}\n",
         f"{_TITLE}\n\nOfficials said the rivers burst their banks after three days of rain.\n\n{_NEXT}\n"),
    Rule("AC203", "truncated-article", "the article ends in the middle of a sentence, or in '...' or 'Read more'",
         "The last paragraph stops mid-sentence or with a teaser (`...`, `Read more`): the scrape "
         "stopped before the end of the story. Never fixed.",
         f"{_TITLE}\n\n{_LEAD}\n\nThe weather office forecast more rain and said the rivers ...\n", _CLEAN),
    Rule("AC301", "boilerplate-line", "a line of site chrome is left in the text",
         "A line matches a boilerplate rule that `clean` would remove (menus, `Latest News`, share "
         "and follow lines, adverts, copyright); the message names the rule. `--fix` removes it.",
         f"{_CLEAN}\n  • Latest News\n  • Most View\nBeta Version\n", _CLEAN, fixable=True),
    Rule("AC302", "glued-dateline", "the dateline is still glued to the text of a raw dump",
         "The dateline opens the first paragraph of text that was never cleaned. Once cleaned, "
         "JSON keeps it in the `dateline` field, Markdown sets it in bold, and text puts it at "
         "the head of the lead paragraph, as `clean -f text` writes it: those forms pass.",
         f"{_TITLE}\n\n    SYLHET, March 9 (BSS/AFP) - Flash floods cut off dozens of villages in\n"
         "northern Bangladesh on Thursday, officials said.\n",
         f"{_TEXT_HEAD}\n\nSYLHET, March 9 (BSS/AFP) - {_LEAD}\n", fixable=True),
    Rule("AC303", "hard-wrapped", "paragraphs are hard-wrapped at a fixed width",
         "Lines break at a fixed column inside paragraphs, as text dumps of web pages do. Reported "
         "once per file, at the first wrapped line. `--fix` writes one paragraph per line.",
         f"{_TITLE}\n\nFlash floods cut off dozens of villages in northern Bangladesh on\n"
         "Thursday, officials said, as rivers burst their banks after three\n"
         "days of torrential rain. The weather office forecast more rain over\n"
         "the weekend and warned of landslides in the hills.\n",
         f"{_TITLE}\n\nFlash floods cut off dozens of villages in northern Bangladesh on Thursday, officials "
         "said, as rivers burst their banks after three days of torrential rain. The weather office "
         "forecast more rain over the weekend and warned of landslides in the hills.\n", fixable=True),
    Rule("AC304", "html-residue", "HTML tags or entities are left in the text",
         "Markup such as `<br>` or `&amp;` survived the scrape. `--fix` decodes the entities and "
         "drops the tags.",
         "Tom &amp; Jerry return to cinemas\n\nThe cat and mouse are back on the big screen this "
         "summer,<br> the studio said on Monday.\n",
         "Tom & Jerry return to cinemas\n\nThe cat and mouse are back on the big screen this "
         "summer, the studio said on Monday.\n", fixable=True),
    Rule("AC305", "duplicate-paragraph", "a paragraph appears twice",
         "The same paragraph stands twice in the body, a scrape artefact of teasers and "
         "pagination. `--fix` keeps the first.",
         f"{_TITLE}\n\n{_LEAD}\n\n{_NEXT}\n\n{_LEAD}\n", _CLEAN, fixable=True),
    Rule("AC306", "timestamp-in-body", "a timestamp line is left in the body",
         "A line that is only a timestamp stands among the paragraphs, below where `clean` looks "
         "for the published and updated times. `--fix` removes it.",
         f"{_TITLE}\n\n{_LEAD}\n\n09 Mar 2023, 14:40\n\n{_NEXT}\n", _CLEAN, fixable=True),
    Rule("AC401", "decode-replaced", "undecodable bytes were replaced",
         "Some bytes were not valid in the detected encoding and were replaced with U+FFFD (\ufffd), "
         "or stray legacy bytes in UTF-8 were read as Windows-1252. The original characters are "
         "lost: scrape the page again with the right encoding.",
         "Café owners protest new rules\n\nThe owners of the caf\ufffd on the square said on Monday "
         "they would close in protest.\n",
         "Café owners protest new rules\n\nThe owners of the café on the square said on Monday "
         "they would close in protest.\n", severity="error"),
    Rule("AC402", "mojibake", "the text has mojibake",
         "Text was decoded with the wrong encoding somewhere on its way (`Ã©` for `é`). Found with "
         "ftfy's detector, where ftfy can repair it: text that lost its bytes on the way cannot be "
         "restored, and is not reported. `--fix` repairs it with ftfy.",
         "CafÃ© owners protest new rules\n\nThe owners of the cafÃ© on the square said on Monday "
         "they would close in protest.\n",
         "Café owners protest new rules\n\nThe owners of the café on the square said on Monday "
         "they would close in protest.\n", fixable=True),
    Rule("AC403", "control-characters", "the text contains control characters",
         "C0 or C1 control characters other than tab, newline and carriage return: invisible, and "
         "they break tools downstream. `--fix` removes them.",
         f"{_TITLE}\n\nFlash floods cut off dozens of villages\x07 in northern Bangladesh on Thursday, "
         "officials said.\n",
         f"{_TITLE}\n\n{_LEAD}\n", fixable=True),
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
