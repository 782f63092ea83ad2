"""normalize: newlines, zero-width characters, control characters, mojibake, Unicode form.

Non-breaking spaces are kept: they are an indentation signal until reflow.
"""

from __future__ import annotations

from ..doc import Doc
from ..errors import BLANK, InputError
from ..text.normalizing import normalize_text


def run(doc: Doc) -> Doc:
    """Normalize the decoded text. Raises :class:`InputError` when nothing visible is left."""
    text = normalize_text(doc.text or "", doc.options.fix_mojibake)
    if not text.strip():
        raise InputError(doc.source, BLANK)
    if text == doc.text:
        return doc
    return doc.evolve(text=text)
