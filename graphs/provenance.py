"""Pure helpers that locate a triple's evidence in its turn and tell its stance from cue words."""

from __future__ import annotations

import re

from graphs.schema import Stance

__all__ = ["find_evidence_span", "detect_stance", "split_passages"]

MAX_EVIDENCE_CHARS = 600
_SENTENCE_END = ".!?\n"
_CONCEDE = re.compile(
    r"\b(i agree|we agree|agreed|concede|conceded|granted|fair point|you are right|you're right|admittedly|"
    r"i accept|we accept|acknowledge|point taken|that is true|that's true|i stand corrected)\b", re.IGNORECASE)
_CHALLENGE = re.compile(
    r"\b(disagree|doubt|doubtful|unlikely|not convinced|not true|not correct|incorrect|wrong|contrary|"
    r"dispute|challenge|question whether|no evidence|overstates?|overstated|unfounded|unsupported|"
    r"fails? to|does not|doesn't|do not|don't|is not|isn't|are not|aren't|cannot|can't|hardly)\b",
    re.IGNORECASE)


def _occurrences(text_lower: str, name: str) -> list[tuple[int, int]]:
    needle = name.lower().strip()
    found: list[tuple[int, int]] = []
    if needle:
        start = text_lower.find(needle)
        while start >= 0 and len(found) < 50:
            found.append((start, start + len(needle)))
            start = text_lower.find(needle, start + 1)
    if not found:  # fall back to the longest word of the name, e.g. "silk" for "dragline silk fibers"
        words = sorted((w for w in re.findall(r"\w+", needle) if len(w) >= 4), key=len, reverse=True)
        for word in words[:1]:
            for m in re.finditer(r"\b" + re.escape(word), text_lower):
                found.append((m.start(), m.start() + len(word)))
                if len(found) >= 50:
                    break
    return found


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    rights = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def find_evidence_span(text: str, subject: str, obj: str) -> tuple[int, int] | None:
    """Character span (start, end) in ``text`` of the sentence(s) that mention subject and object,
    choosing the closest pair of mentions; the sentence of a single mention; or None."""
    if not text:
        return None
    lower = text.lower()
    subjects, objects = _occurrences(lower, subject), _occurrences(lower, obj)
    if subjects and objects:
        pairs = ((s, o) for s in subjects for o in objects)
        s, o = min(pairs, key=lambda p: (abs(p[0][0] - p[1][0]), p[0][0]))
        start, end = min(s[0], o[0]), max(s[1], o[1])
    elif subjects or objects:
        start, end = (subjects or objects)[0]
    else:
        return None
    left, right = _sentence_bounds(text, start, end)
    if right - left > MAX_EVIDENCE_CHARS:
        left, right = start, end
    return left, right


def detect_stance(evidence: str | None) -> Stance:
    """'conceded' or 'challenged' when the evidence sentence carries only that kind of cue; 'asserted' when
    it carries none; 'unknown' when there is no evidence or the cues conflict."""
    if not evidence:
        return "unknown"
    concede, challenge = bool(_CONCEDE.search(evidence)), bool(_CHALLENGE.search(evidence))
    if concede and challenge:
        return "unknown"
    if concede:
        return "conceded"
    if challenge:
        return "challenged"
    return "asserted"


def split_passages(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Split text into (offset, passage) pieces of at most ``max_chars``, at sentence ends when possible."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    pieces: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(pos + max_chars, len(text))
        if end < len(text):
            cut = max(text.rfind(ch, pos, end) for ch in _SENTENCE_END)
            if cut > pos + max_chars // 3:
                end = cut + 1
        piece = text[pos:end]
        if piece.strip():
            pieces.append((pos, piece))
        pos = end
    return pieces
