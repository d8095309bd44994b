"""Quotation marks as news text uses them: which mark opens or closes a quotation. The quote rules
(`digest.annotate.quotes`) pair marks with these, and the reader (`digest.read.articles`) warns with the same pairing
when a quotation is never closed."""

from __future__ import annotations

OPENING = {"“": "”", '"': '"', "«": "»", "„": "“"}
CLOSING = {"”", '"', "»"}


def opens_quote(text: str, i: int) -> bool:
    """A straight mark opens a quote at the start of text or after a space or an opening bracket."""
    return text[i] != '"' or i == 0 or text[i - 1] in " \t([{—–-/"


def closes_quote(text: str, i: int) -> bool:
    return text[i] != '"' or i + 1 == len(text) or not text[i + 1].isalnum()


def open_at_end(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end (a mark with nothing after it opens
    nothing)."""
    closer = None
    for i, ch in enumerate(text):
        if closer is None and ch in OPENING and opens_quote(text, i):
            closer = OPENING[ch] if text[i + 1:].strip() else None
        elif closer is not None and (ch == closer or ch in CLOSING) and closes_quote(text, i):
            closer = None
    return closer is not None
