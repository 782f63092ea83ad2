"""language: the language of a dump's body, from its function words, when the page did not say."""

from __future__ import annotations

from ..doc import Doc
from ..text.language import guess_language


def run(doc: Doc) -> Doc:
    """Fill ``language`` from the words of the lines the article kept; none when unsure."""
    if doc.language or doc.page_lines:
        return doc  # an HTML page says its language in its markup, or not at all
    language = guess_language(line.text for line in doc.lines if line.text)
    return doc.evolve(language=language) if language else doc
