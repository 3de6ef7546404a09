"""Sentence and clause splitting with offsets into the article body."""
from __future__ import annotations

import re

from .model import Sentence, Span

# A sentence ends at 。！？；;!? (dumps often carry half-width ones) or a line break; closing quotes/brackets stay with it.
_SENTENCE = re.compile(r"[^。！？；;!?\n]*(?:[。！？；;!?]+[”’」』）)]*|\n|$)")
_OPENING, _CLOSING, _CLAUSE_BREAKS = "“（(《‘「", "”）)》’」", "，,：:"
_CLAUSE_MARK = re.compile(f"[{re.escape(_OPENING + _CLOSING + _CLAUSE_BREAKS)}]")
_EDGE = " \t\u3000\u00a0\r\n"


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of ``body``; each span, trimmed of edge whitespace, indexes ``body``."""
    sentences = []
    for match in _SENTENCE.finditer(body):
        start, end = match.span()
        while start < end and body[start] in _EDGE:
            start += 1
        while end > start and body[end - 1] in _EDGE:
            end -= 1
        if end > start:
            sentences.append(Sentence(Span(start, end), body[start:end]))
    return sentences


def clause_spans(sentence: Sentence) -> list[Span]:
    """Clauses of a sentence (split at commas and colons outside brackets and quotes)."""
    spans, depth, start = [], 0, 0
    text = sentence.text
    for mark in _CLAUSE_MARK.finditer(text):   # only the characters that matter, not each one
        ch, i = mark.group(), mark.start()
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0:   # a comma or colon
            spans.append(Span(start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append(Span(start, len(text)))
    base = sentence.span.start
    return [Span(base + s.start, base + s.end) for s in spans]
