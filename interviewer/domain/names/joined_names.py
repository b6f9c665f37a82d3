"""Names joined to names the rules found (round 14): a capitalised word beside "en"/"&" and a found name
("Hoek en Kok schreven het plan", run from shapes.refine), and a listed surname that is a word after two
found names of a list ("Aanwezig: De Haan, Van Zwolle, Hoek;", run from listings.list_surnames, after
the passes that read what the rules found)."""

from __future__ import annotations

from .lexicon import SOURCE_CANDIDATE, SOURCE_HEURISTIC, Lexicon, _Raw
from .tokens import _Tok


def joined_partners(text: str, toks: list[_Tok], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised word joined by "en" or "&" to a found name is a name too when it can be one: a
    listed surname or first name, also one that is a word or a village ("Hoek en Kok schreven het
    plan"), or a word of no word list ("Miller en Rollnick"). Never after a place's lead ("in Soest en"), never a
    function word, role, title, term, street, listed big place or a word the protection rules are sure
    of ("Zorg en Welzijn", "Kok en bediening", "Jansen en Zonen", "Bakker en Utrecht"), nor a village among
    places ("Baarn, Soest en Bunschoten")."""
    if " en " not in text and "&" not in text:
        return  # most texts: nothing joined
    for k in range(1, len(toks) - 1):
        if toks[k].fold not in ("en", "&") or not toks[k].adj or not toks[k + 1].adj:
            continue
        left, right = k - 1 in covered, k + 1 in covered
        if left == right:
            continue  # the common case: both found, or neither
        w = k + 1 if left else k - 1
        t = toks[w]
        if not right and w + 1 < len(toks) and toks[w + 1].cap and toks[w + 1].adj:
            continue  # "Bakker en Zorg Noord": the right item goes on; the other rules judge it
        if not t.cap or t.allcaps or t.camel or len(t.low) < 3 or w in strong or "-" in t.text:
            continue
        if t.low in lex.function_words or t.fold in lex.bank_words or t.fold in lex.titles or t.fold in lex.rollen or t.fold in lex.fixed_places or lex.street(t.fold):
            continue
        listed = t.low in lex.last or t.low in lex.first
        if (w in protected or t.fold in lex.never) and not listed:
            continue
        if w in protected or t.fold in lex.places:  # a surname that is a village: not in a list of places ("Baarn, Soest en …")
            near = [2 * k - w]  # the partner, and the items beside it in a list
            if w > 0 and "," in t.gap:
                near.append(w - 1)
            if w + 1 < len(toks) and "," in toks[w + 1].gap:
                near.append(w + 1)
            if any(toks[x].fold in lex.places or toks[x].fold in lex.never for x in near):
                continue
        if w > 0 and toks[w - 1].fold in lex.place_leads and t.adj:
            continue
        if listed or not lex.dutch(t.low):
            take(w, w + 1, SOURCE_CANDIDATE if lex.dutch(t.low) else SOURCE_HEURISTIC)


def last_items(toks: list[_Tok], raw: list[_Raw], ends: dict[int, _Raw], by_start: dict[int, int], lex: Lexicon) -> list[_Raw]:
    """A listed surname that is a word or a village after two found names of a list: "Aanwezig: De Haan,
    Van Zwolle, Hoek; …" (the items before it say what it is). One word, with nothing after it but the
    list's end or another found name; never a role, term, function word or big place."""
    taken = [(r[0], r[1]) for r in raw]
    out: list[_Raw] = []
    for w in range(2, len(toks)):
        t = toks[w]
        if t.gap.strip() != "," or toks[w - 1].end not in ends or not t.cap or t.allcaps or t.camel or t.low not in lex.last:
            continue  # the common case: no comma after a found name
        nxt = toks[w + 1] if w + 1 < len(toks) else None
        if nxt is not None and nxt.gap.strip()[:1] not in (";", ".", ")") and not (nxt.gap.strip() == "," and any(s == nxt.start for s, _ in taken)):
            continue  # the list goes on past it with no found name: the other rules judge it
        if any(s <= t.start < e for s, e in taken):
            continue
        if t.low in lex.function_words or t.fold in lex.bank_words or t.fold in lex.rollen or t.fold in lex.titles or t.fold in lex.fixed_places:
            continue
        p = by_start.get(ends[toks[w - 1].end][0])  # the previous item's first word, after a comma from a found name too
        if p is None or p < 1 or toks[p].gap.strip() != "," or toks[p - 1].end not in ends:
            continue
        out.append((t.start, t.end, SOURCE_CANDIDATE, t.fold, "", -1))
    return out
