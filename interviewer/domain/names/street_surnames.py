"""Listed surnames shaped like a street ("Olthof", "Hoogendijk", "Hulshof", "Westerhof"): the street
rule of protect.py takes every word with a street ending, but a surname of the name lists that is no
Dutch word is a person wherever no street fits. A street fits after an article or a preposition of
place ("aan de Westerhof", "in Oosterhof", "naar Hoogendijk"), before a house number ("Olthof 12"),
and inside a longer capitalised name ("Zorgcentrum Westerhof", "Westerhof Zorg")."""

from __future__ import annotations

from .context import _PERSON_PREPOSITIONS
from .lexicon import SOURCE_CANDIDATE, SURNAME_STREET_ENDINGS, Lexicon
from .tokens import _adjacent, _Tok

# street endings that surnames share ("Van Harderwijk", "Van Bloemendijk", "Ten Kerkhof"), and "-ring", "-kamp"
_SURNAME_STREET_ENDINGS = SURNAME_STREET_ENDINGS + ("ring", "kamp")

# the words before a street, a building or a place, never before a person's surname alone
_PLACE_WORDS = frozenset({
    "de", "het", "den", "aan", "op", "in", "naar", "via", "langs", "vanaf", "richting", "over", "uit", "vanuit",
    "hoek", "straat", "adres", "locatie", "wijk", "wijken", "buurt", "buurten", "dorp", "dorpen", "kern", "kernen", "zaal", "gebouw", "pand", "kamer", "te", "nabij", "rond",
})

# what a place is or does, right after it ("Hazelhof is de naam van het kinderdagverblijf")
_PLACE_VERBS = frozenset({"is", "was", "ligt", "lag", "heet", "wordt", "werd"})


def street_surnames(toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """The module docstring: a listed surname taken for a street, where no street fits."""
    for i in strong:
        t = toks[i]
        if i in covered or not t.cap or t.allcaps or t.camel or "-" in t.text or not t.fold.endswith(_SURNAME_STREET_ENDINGS):
            continue
        if t.low not in lex.last or t.low in lex.words or t.fold in lex.never or t.fold in lex.bank_words:
            continue
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and (prev.fold in _PLACE_WORDS or prev.fold.endswith(lex.org_words) or (prev.cap and _adjacent(toks, i - 1, i) and prev.low not in lex.first and prev.low not in lex.function_words)):
            continue  # "aan de Westerhof", "zorgcentrum Brinkhof", "Zorgcentrum Westerhof"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (nxt.gap.strip()[:1].isdigit() or nxt.text[:1].isdigit() or (nxt.cap and _adjacent(toks, i, i + 1) and nxt.low not in lex.last) or (nxt.adj and nxt.fold in _PLACE_VERBS and (prev is None or prev.fold not in _PERSON_PREPOSITIONS))):
            continue  # "Olthof 12", "Westerhof Zorg", "Hazelhof is ook de naam van …"
        if _beside_place(toks, i, lex):
            continue  # "in Rekken, Haarlo en Noordijk": a village of no list among places
        take(i, i + 1, SOURCE_CANDIDATE)  # reviewed; a village the audit names as a place drops it


def _beside_place(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """toks[i] is listed with a place that is no listed surname, by a comma or "en"/"of", on either side."""
    def place(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].cap and toks[k].low not in lex.last and (toks[k].fold in lex.never or lex.place_like(toks[k].fold))

    before = i - 1 if toks[i].gap.strip() == "," else i - 2 if i > 1 and toks[i - 1].fold in ("en", "of") else -1
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = -1 if nxt is None else i + 1 if nxt.gap.strip() == "," else i + 2 if nxt.fold in ("en", "of") else -1
    return place(before) or place(after)
