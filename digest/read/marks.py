"""Quotation marks as news text uses them: which mark opens or closes a quotation. The quote rules
(`digest.annotate.quotes`) pair marks with these, and the reader (`digest.read.articles`) warns with the same pairing
when a quotation is never closed."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator

OPENING = {"“": "”", '"': '"', "«": "»", "„": "“"}
CLOSING = {"”", '"', "»"}
MARKS = re.compile("[" + "".join(sorted({*OPENING, *CLOSING})) + "]")


def opens_quote(text: str, i: int) -> bool:
    """A straight mark opens a quote at the start of text or after a space or an opening bracket, glued to
    the end of the sentence before it ("at the gala."It was a night …"), or, where no quotation is open, glued
    to the words on both sides (a space left out: "accused them of"wasting time""): a closing mark is followed by
    a space or a stop."""
    return text[i] != '"' or i == 0 or text[i - 1] in " \t([{—–-/" or glued_between_sentences(text, i) or \
        text[i - 1].isalpha() and i + 1 < len(text) and text[i + 1].isalnum()


def closes_quote(text: str, i: int) -> bool:
    """A straight mark closes a quote unless a letter or digit follows it, or when it is glued between the
    quotation's last sentence and the next one ("I'm up for the challenge."Earlier in December …")."""
    return text[i] != '"' or i + 1 == len(text) or not text[i + 1].isalnum() or glued_between_sentences(text, i)


def glued_between_sentences(text: str, i: int) -> bool:
    """A mark right after a sentence's end and right before a capital letter, with no space on either side."""
    return 0 < i < len(text) - 1 and text[i - 1] in ".!?" and text[i + 1].isupper()


def quote_marks(text: str, start: int = 0, closer: str | None = None) -> Iterator[tuple[int, str | None]]:
    """The marks of `text` (from `start`) that open or close a quotation at the top level, each with the
    closing mark expected after it (None once closed); `closer` is the one expected at `start` when a
    quotation runs on from an earlier paragraph. Invisible format characters (Unicode category Cf: a
    bidirectional embedding, a zero-width space) decide nothing: the marks are paired as the text reads."""
    visible, kept = without_format_characters(text)
    if kept is None:
        yield from visible_quote_marks(text, start, closer)
        return
    for i, expected in visible_quote_marks(visible, bisect_left(kept, start), closer):
        yield kept[i], expected


NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def without_format_characters(text: str) -> tuple[str, list[int] | None]:
    """`text` without its invisible format characters (Unicode category Cf), and the offset in `text` of each
    character kept (None when there is none to leave out)."""
    if text.isascii() or not any(unicodedata.category(ch) == "Cf" for ch in set(NOT_ASCII.findall(text))):
        return text, None  # every format character is outside ASCII
    kept = [i for i, ch in enumerate(text) if unicodedata.category(ch) != "Cf"]
    if len(kept) == len(text):
        return text, None
    return "".join(text[i] for i in kept), kept


def visible_quote_marks(text: str, start: int, closer: str | None) -> Iterator[tuple[int, str | None]]:
    """`quote_marks` on text without format characters. A curly opening mark inside a curly quotation opens a
    quotation within it ("“I'd rather live in what he calls “hell” than …”") when the paragraph closes both,
    and closes the quotation when it is typed in place of the closing mark ("“abhorrent“ in a tweet"); a
    closing mark typed in place of the opening one at the start of a paragraph opens a quotation
    (`closing_mark_opening_paragraph`)."""
    depth = 0
    for mark in MARKS.finditer(text, start):
        i, ch = mark.start(), mark.group()
        if closer is None:
            if ch in OPENING and opens_quote(text, i):
                closer = OPENING[ch]
                yield i, closer
            elif ch == "”" and closing_mark_opening_paragraph(text, i):
                closer = "”"
                yield i, closer
        elif ch == "“" and closer == "”" and nested_opening(text, i, depth):
            depth += 1
        elif (ch == closer or ch in CLOSING or ch == "“" and closer == "”" and typed_for_closing(text, i)) \
                and closes_quote(text, i):
            if depth:
                depth -= 1
            else:
                closer = None
                yield i, None


def closing_mark_opening_paragraph(text: str, i: int) -> bool:
    """"”We will not back down,” Hale said.": a closing mark typed the wrong way round that opens a paragraph, with
    words after it, opens a quotation when the marks after it then pair up with none left open (a stray mark
    must not swallow the rest of the paragraph)."""
    if text[:i].strip() or not text[i + 1:].strip():
        return False
    closer: str | None = "”"
    for _, closer in visible_quote_marks(text, i + 1, closer):
        pass
    return closer is None


def leading_opening_mark(text: str) -> int | None:
    """The offset of the opening mark a paragraph starts with (after any invisible format characters), which
    continues a quotation left open at the end of the paragraph before; None when it starts otherwise."""
    visible, kept = without_format_characters(text)
    if visible[:1] not in OPENING:
        return None
    return 0 if kept is None else kept[0]


def nested_opening(text: str, i: int, depth: int) -> bool:
    """An opening mark starting a word, with closing marks enough after it for itself and every
    quotation open around it."""
    starts_word = (i == 0 or text[i - 1] in " \t([{—–-/") and i + 1 < len(text) and text[i + 1].isalnum()
    return starts_word and text.count("”", i + 1) >= depth + 2


def typed_for_closing(text: str, i: int) -> bool:
    """An opening mark right after a word or its punctuation and ending it ("“Frozen“ and", "“Mostly
    False.“"): a closing mark typed the wrong way round."""
    after = text[i + 1:i + 2]
    return i > 0 and not text[i - 1].isspace() and (not after or after.isspace() or after in ".,;:!?)]")


def open_at_end(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end (a mark with nothing after it opens
    nothing)."""
    closer = None
    for i, closer in quote_marks(text):
        if closer is not None and not text[i + 1:].strip():
            closer = None
    return closer is not None
