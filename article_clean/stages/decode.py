"""decode: bytes to text. BOM, then UTF-8, then detection for legacy encodings (see
:mod:`article_clean.text.decoding`).
"""

from __future__ import annotations

from ..doc import Doc
from ..errors import BLANK, EMPTY, InputError
from ..text.decoding import decode_bytes, repair_surrogates


def run(doc: Doc) -> Doc:
    """Bytes to text; a ``str`` input passes through. Lone surrogates are replaced, in the
    text and in the source name.

    Raises :class:`InputError` for empty, binary and undecodable input.
    """
    if doc.text is not None:
        if not doc.text:
            raise InputError(doc.source, EMPTY)
        text, repaired = repair_surrogates(doc.text)
        encoding, replaced = doc.encoding, doc.replaced + repaired
    else:
        text, encoding, replaced = decode_bytes(doc.data or b"", doc.source)
    if not text.strip():
        raise InputError(doc.source, BLANK)
    # A file name with bytes that are not UTF-8 comes as lone surrogates, which no output takes.
    source = repair_surrogates(doc.source)[0]
    return doc.evolve(data=None, text=text, encoding=encoding, replaced=replaced, source=source)
