"""A toetser's note made fit for a report: shorthand expanded (questionbank drafting.toml), notes
that stay shorthand refused, quotations picked and marked „…”, sentences capitalised and closed.
drafting.py builds the bevinding from these.
"""

from __future__ import annotations

import re

from questionbank.models import DraftingLanguage

QUOTE_MIN_WORDS = 4
OPEN, CLOSE = "„", "”"
FIRST_PERSON = re.compile(r"\b(ik|mij|mijn|me|wij|we|ons|onze|jij|je|jullie)\b", re.IGNORECASE)
_QUOTED = re.compile(r"(?<!\w)['‘\"“„]([^'‘’\"“”„]{8,}?)['’\"”](?!\w)")
_TOKEN = re.compile(r"\S+")
_THOUSANDS = re.compile(r"\b(\d+)k\b")
_TIMES = re.compile(r"\b(\d+)x\b")
_CAPS = re.compile(r"\b[A-Z][A-Za-z&]*[A-Z]\w*\b")
TIP = re.compile(r"\b(tip|suggestie|idee|zou(den)? (\S+ )?(kunnen|moeten|mogen|helpen))\b", re.IGNORECASE)


def _language(language: DraftingLanguage | None) -> DraftingLanguage:
    if language is not None:
        return language
    from questionbank.loader import load_drafting

    return load_drafting()


# --- report-ready text of a note ----------------------------------------------------------------
def _strip_token(token: str) -> tuple[str, str, str]:
    """(leading punctuation, core, trailing punctuation) of a whitespace token."""
    m = re.match(r"^([(\[„“\"'‘]*)(.*?)([)\]\"'’”,;:.!?]*)$", token)
    return (m.group(1), m.group(2), m.group(3)) if m else ("", token, "")


def report_text(text: str, language: DraftingLanguage | None = None) -> str | None:
    """The note with the toetser's shorthand expanded, or None when it cannot be read as report text
    (an arrow, a question, a token that stays shorthand)."""
    lang = _language(language)
    text = " ".join(text.replace("’", "'").split())
    text = _THOUSANDS.sub(lambda m: f"€ {int(m.group(1))}.000", text)
    text = _TIMES.sub(lambda m: f"{m.group(1)} keer", text)
    text = re.sub(r"\s*\(zie [^)]*\)", "", text)  # the toetser's cross-references to their own notes
    text = re.sub(r"\s\+\s", " en ", text).replace(" & ", " en ").replace(" - ", "; ")
    out = []
    for token in _TOKEN.findall(text):
        if token in lang.shorthand:
            value = lang.shorthand[token]
            if not value:
                return None
            out.append(value)
            continue
        lead, core, trail = _strip_token(token)
        for candidate in (core + trail, core + trail[:1], core):
            if candidate in lang.shorthand:
                value = lang.shorthand[candidate]
                if not value:
                    return None
                rest = trail[len(candidate) - len(core) :]
                out.append(lead + value + rest)
                break
        else:
            if "?" in trail or "!" in trail:
                return None
            out.append(token)
    result = " ".join(out).strip(" ;,-")
    if shorthand_tokens(result, lang):
        return None
    return _QUOTED.sub(lambda m: f"{OPEN}{m.group(1).strip()}{CLOSE}", result)


def shorthand_tokens(text: str, language: DraftingLanguage | None = None) -> list[str]:
    """Tokens of `text` that read as the toetser's shorthand: listed abbreviations, arrows, "25k",
    capitals a report does not use. Empty for report-ready text (used by the tests and the CLI)."""
    lang = _language(language)
    found = [t for t in ("->", "=>") if t in text]
    found += [m.group(0) for m in re.finditer(r"\b\d+k\b", text)]
    for token in _TOKEN.findall(text):
        core = _strip_token(token)[1]
        if core in lang.shorthand and lang.shorthand[core] != core and core not in lang.allowed_acronyms:
            found.append(core)
    for m in _CAPS.finditer(text):
        word = m.group(0)
        if word not in lang.allowed_acronyms and word.rstrip("s").rstrip("'") not in lang.allowed_acronyms and not word[1:].islower():
            found.append(word)
    return list(dict.fromkeys(found))


def _sentence(text: str) -> str:
    text = text.strip().rstrip(" ;,:")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" or text[-2:] in (".”", "!”", "?”") else text + "."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and not text[1:2].isupper() else text


def quotation(text: str, language: DraftingLanguage | None = None) -> str | None:
    """A clean quotation from a note: a fragment the toetser put between quotation marks (what the
    interviewee said), when it is a clean sentence; None when nothing in it is fit to quote
    (shorthand, too short, a list)."""
    for c in (m.group(1).strip() for m in _QUOTED.finditer(text)):
        if len(c.split()) < QUOTE_MIN_WORDS or any(ch in c for ch in ";:") or shorthand_tokens(c, language):
            continue
        clean = report_text(c, language)
        if clean and clean == " ".join(c.split()).strip(" ;,-"):
            return clean.rstrip(".")
    return None
