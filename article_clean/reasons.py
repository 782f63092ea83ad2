"""The registry of removal reasons: every ``Removal.rule`` the stages record, with the stages that
record it and what it means.

``check``, the batch summary and README's table derive from this registry; a test holds every
rule that the stages record to it.

>>> BY_NAME["menu"].stages, BY_NAME["title"].metadata
(('boilerplate',), True)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    """Why a line or an element left the body."""

    name: str
    #: The pipeline stages that record it.
    stages: tuple[str, ...]
    description: str
    #: The text went to a metadata field (title, dates, dateline, byline), not away.
    metadata: bool = False


def _reasons(stages: str, metadata: bool, *pairs: tuple[str, str]) -> tuple[Reason, ...]:
    return tuple(Reason(name, tuple(stages.split()), description, metadata) for name, description in pairs)


REASONS: tuple[Reason, ...] = (
    *_reasons(
        "html header layout", True,
        ("title", "the headline, moved to the title field"),
    ),
    *_reasons(
        "html header", True,
        ("published", "the publication timestamp, moved to the published field"),
        ("updated", "the timestamp of the last update, moved to the updated field"),
    ),
    *_reasons(
        "html dateline layout", True,
        ("dateline", "the place, date and agencies that open the first paragraph, moved to the dateline field"),
    ),
    *_reasons(
        "html byline layout", True,
        ("byline", "the author line, moved to the byline field"),
    ),
    *_reasons(
        "front_matter", True,
        ("front-matter", "article-clean's own Markdown front matter, read back into the fields"),
    ),
    *_reasons(
        "boilerplate html", False,
        ("advertisement", "an advertisement, or its label"),
        ("share", "share buttons and social links"),
        ("subscribe", "a call to subscribe, sign up or follow"),
        ("cookie-notice", "a cookie notice"),
        ("navigation", "a known navigation phrase, or a navigation element"),
    ),
    *_reasons(
        "boilerplate", False,
        ("beta-version", "the site's 'Beta Version' label"),
        ("powered-by", "a 'powered by' credit: the software or the provider behind the site or a widget"),
        ("image-placeholder", "a placeholder a dump printed for an image, video or embed"),
        ("social-counter", "a count of likes, comments, shares or views"),
        ("copyright", "a copyright line"),
        ("search-box", "a search box or its label"),
        ("read-more", "a 'read more' or 'related' link line"),
        ("sign-off", "an agency's sign-off below the last paragraph"),
        ("menu", "a run of short bulleted lines: a menu"),
        ("repeated-line", "a line that most pages of the site repeat (a learned or saved profile)"),
        ("config-phrase", "a boilerplate phrase from the configuration"),
        ("config-pattern", "a boilerplate regex from the configuration"),
    ),
    *_reasons(
        "content", False,
        ("outside-article", "a line of a page dump outside the article's span"),
        ("page-chrome", "chrome inside or beside the article's span: a menu entry, a label, a button, a bar of links"),
        ("consent-dialog", "a cookie or privacy dialog and what follows it"),
    ),
    *_reasons(
        "content html", False,
        ("comments", "the comment section and what follows it"),
    ),
    *_reasons(
        "boilerplate structure", False,
        ("edit-link", "a wiki's link to edit a section, printed beside its heading"),
    ),
    *_reasons(
        "reflow", False,
        ("bare-marker", "a bullet or quote marker with no text"),
    ),
    *_reasons(
        "html", False,
        ("outside-main-content", "an element outside the page's main content"),
        ("hidden", "an element the page hides"),
        ("aside", "an aside element"),
        ("noscript", "a noscript element"),
        ("form", "a form"),
        ("button", "a button"),
        ("caption", "a picture's caption or credit"),
        ("header", "the site's header"),
        ("footer", "the site's footer"),
        ("related", "links to related or recommended stories"),
        ("sidebar", "a sidebar or widget"),
        ("tags", "the article's tags or categories"),
        ("author-box", "the box about the author"),
        ("disclaimer", "a disclaimer or disclosure"),
        ("links", "a block that is mostly links"),
        ("meta-line", "a line of metadata beside the article: a date, a reading time, a label"),
        ("after-article", "what follows the article's end: related pieces, comments, chrome"),
    ),
)

BY_NAME: dict[str, Reason] = {reason.name: reason for reason in REASONS}
#: Rules that record metadata: the line went to a field.
METADATA_REASONS: frozenset[str] = frozenset(reason.name for reason in REASONS if reason.metadata)


def markdown_table() -> str:
    """The registry as README's table of removal reasons."""
    rows = [f"| `{r.name}` | {', '.join(r.stages)} | {r.description} |" for r in REASONS]
    return "\n".join(["| rule | stages | what it took |", "|---|---|---|", *rows])
