"""Round 11: the frames of hurried interview notes that name a person, whatever the case: the
respondent ("resp. ineke mus"), a name spelled out ("riek = hendrika lammers", both sides), a name's
own label ("achternaam schoonderbeek"), a name before "en ik" ("ter horst en ik"), a lowercase name after "heet" ("de fysio heet iris", round 14). A speaker
before a quote ("visser: 'bas is …'") has its one home in aliases. Called from lowercase.lowercase_surnames; each frame first asks whether the
text holds its sign at all ("=", "resp", "en ik")."""

from __future__ import annotations

from operator import attrgetter

from .context import _SPEECH_VERBS, _TALK_WORDS, VERB_NAMES, verb_like
from .lexicon import Lexicon
from .lowercase import _DETERMINERS, _WEAK, _first_like, _surname_end, clause_ends, is_role
from .tokens import _Tok, fold_of

_RESPONDENTS = frozenset({"resp", "respondent", "respondente", "geinterviewde", "gesprekspartner"})
_NAME_LABELS = frozenset({"achternaam", "voornaam", "roepnaam", "bijnaam", "meisjesnaam", "naam"})
_PART_LABELS = _NAME_LABELS - {"naam"}  # the labels of one part of a name ("achternaam = kok")
_QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d"
gap_of = attrgetter("gap")


def named_in_notes(toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon, take, folds: frozenset[str] | None = None) -> None:
    """Names the frames of interview notes give away, typed in lowercase: after "resp." ("resp. ineke
    mus, coördinator"), both sides of a name spelled out ("riek = hendrika lammers", "ton = ton van
    de ven", "kok = achternaam"), after a name's label ("achternaam schoonderbeek", "voornaam =
    'sri'"), and before "en ik" ("ter horst en ik").
    Never a verb, function word or role ("resp. noemt", "resp. twijfelt", "wijk = spoorzicht")."""
    gaps = "".join(map(gap_of, toks))
    folds = frozenset(map(fold_of, toks)) if folds is None else folds  # lowercase_surnames passes its own
    if "=" in gaps:
        for k in (k for k, t in enumerate(toks) if "=" in t.gap):
            _equated(toks, k, covered, protected, lex, take)
    if not _RESPONDENTS.isdisjoint(folds):
        for i in (i for i, t in enumerate(toks) if t.fold in _RESPONDENTS and i + 1 < len(toks)):
            gap = toks[i + 1].gap.strip(" .=:")
            if not gap and i + 1 not in protected and _first_like(toks[i + 1], lex):
                end = _lower_full_end(toks, i + 1, lex)
                if not covered.issuperset(range(i + 1, end)):
                    take(i + 1, end)  # "resp. ineke mus", "resp. = mounir azzouzi"
    if not _NAME_LABELS.isdisjoint(folds):
        for i in (i for i, t in enumerate(toks) if t.fold in _NAME_LABELS and i + 1 < len(toks)):
            y = toks[i + 1]
            if i + 1 in covered or i + 1 in protected or y.cap or y.gap.strip(" =:" + _QUOTE_MARKS) or not _name_word(y, lex, labelled=True):
                continue
            if lex.dutch(y.low) and (y.low not in lex.last and y.low not in lex.first or verb_like(y, lex)):
                continue  # "achternaam onbekend", "voornaam eronder"; but "naam pinas (surinaams?)"
            take(i + 1, i + 2)  # "achternaam schoonderbeek", "voornaam = 'sri'"
    if "ik" in folds or "mij" in folds:
        for i in (i for i, t in enumerate(toks[1:-1], 1) if t.fold == "en" and t.adj and toks[i + 1].fold in ("ik", "mij") and toks[i + 1].adj):
            _before_me(toks, i, covered, protected, lex, take)
    if not _SOURCE_WORDS.isdisjoint(folds):
        for i in (i for i, t in enumerate(toks[1:], 1) if not t.cap and (t.low in lex.first or t.low in lex.last) and i not in covered):
            _after_source(toks, i, protected, lex, take)
    if "die" in folds and "," in gaps:
        for j in (j for j, t in enumerate(toks[1:-1], 1) if t.gap.strip() == "," and toks[j + 1].gap.strip() == "," and toks[j + 1].fold == "die"):
            _apposed(toks, j, covered, protected, lex, take)
    if not _CALLED.isdisjoint(folds):
        for k in (k for k, t in enumerate(toks) if t.fold in _CALLED and k > 0):
            _lower_named(toks, k, covered, protected, lex, take)
    if not _VARIANT_WORDS.isdisjoint(folds):
        for k in (k for k, t in enumerate(toks[1:-1], 1) if t.fold in _VARIANT_WORDS):
            _spelling_variants(toks, k, protected, lex, take)


# a person's verbs that a thing does alone as well ("storm is gaan liggen", "post komt binnen")
_IMPERSONAL = frozenset({
    "is", "was", "gaat", "ging", "komt", "kwam", "staat", "zit", "blijft", "draait", "laat", "liet", "licht", "mist",
    "volgt", "kan", "kon", "zou", "mocht", "opent", "opende", "startte", "valt", "viel", "ligt", "lag",
})


def note_surname_acting(toks: list[_Tok], j: int, i: int, lex: Lexicon) -> bool:
    """Round 14 (tuner C): the surname of a person the audit names with a first name or an aanspreekvorm
    ("Gerrit Vos", "Vera de Wit"), a word, typed lowercase from toks[j] (its particles first) to toks[i],
    opening a note's line or sentence: before a colon ("van wijk: 'de zelfevaluatie is eerlijk'") or a
    person's verb with more after it, "heeft" and "werkt" too ("vos heeft geen mail", "de wit heeft een
    eigen spreekuur"). Never before a verb a thing does alone ("storm is gaan liggen"), never after an
    article ("een vos heeft de kippen gepakt")."""
    if not toks[j].initial or any(toks[k].cap for k in range(j, i + 1)) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.gap.strip()[:1] == ":":
        return True
    return nxt.adj and not nxt.cap and nxt.fold in lex.person_verbs and nxt.fold not in _IMPERSONAL and i + 2 < len(toks) and toks[i + 2].adj


# the words before a person as the source of what a note says: "volgens roos", "aldus visser",
# "gesproken met kok"; "door" is left out ("door storm en regen")
_SOURCE_WORDS = frozenset({"volgens", "aldus", "namens", "met"})


def _after_source(toks: list[_Tok], i: int, protected: set[int], lex: Lexicon, take) -> None:
    """A listed first name or surname typed in lowercase, even a word, as the source of a note:
    after "volgens", "aldus", "namens" or a word of talking and "met" ("gesproken met kok"), then the
    clause ends or a verb follows ("volgens roos gaat het goed", "aldus visser."). Never after an
    article ("volgens de bakker"), never before a noun ("volgens plan", "met storm en regen")."""
    t, prev = toks[i], toks[i - 1]
    if not t.adj or i in protected or not _name_word(t, lex) or len(t.low) < 3:
        return
    if prev.fold == "met":
        if not (i > 1 and toks[i - 2].fold in _TALK_WORDS and prev.adj):
            return
    elif prev.fold not in _SOURCE_WORDS:
        return
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if clause_ends(nxt) or (nxt.adj and verb_like(nxt, lex) and nxt.fold in lex.person_verbs):
        take(i, i + 1)


def _apposed(toks: list[_Tok], j: int, covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """Round 14 (tuner C): a listed first name typed lowercase between commas after a role, before
    "die" ("een buurtvrijwilligster, fleur, die de app beheert"): the role's name, even a word-name.
    Never a word of no first-name list ("een vrijwilliger, eerlijk gezegd, die …")."""
    y, role = toks[j], toks[j - 1]
    if y.cap or j in covered or j in protected or y.low not in lex.first or not _name_word(y, lex) or len(y.low) < 3:
        return
    if is_role(role, lex) or role.fold.endswith(_FEMALE_ROLES):
        take(j, j + 1)


# female forms of roles before a name: "buurtvrijwilligster, fleur, die …"
_FEMALE_ROLES = ("vrijwilligster", "medewerkster", "begeleidster", "werkster", "leidster", "stagiaire", "collega")


# a person's name in notes after "heet": "hij heet bo", "de fysio heet iris" (calling.py has the other
# naming frames: "een vrijwilliger die aart heet", "noemt zichzelf 'storm'")
_CALLED = frozenset({"heet", "heette"})
_NAMED_SUBJECTS = frozenset({"hij", "zij", "ze"})


def _lower_named(toks: list[_Tok], k: int, covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """Round 14 (tuner C): a lowercase name after a pronoun's or a role's "heet" (toks[k]): "hij heet
    bo", "de fysio heet iris". A listed first name, a word of no list, or a quoted listed surname;
    never a function word, role or listed no-name ("het project heet buurtkracht")."""
    if k < 2 or toks[k - 1].fold == "die" or toks[k - 2].fold == "die" and toks[k - 1].adj and toks[k].adj:
        return  # "die zo heet", "een vrijwilliger die aart heet": calling.py's
    if not (k + 1 < len(toks) and toks[k + 1].adj or (k + 1 < len(toks) and any(c in _QUOTE_MARKS for c in toks[k + 1].gap))):
        return
    subject = toks[k - 1]
    if not (subject.fold in _NAMED_SUBJECTS or is_role(subject, lex) or subject.fold in ("fysio", "huisarts", "buurman", "buurvrouw", "juf", "meester")):
        return
    j = k + 1
    quoted = any(c in _QUOTE_MARKS for c in toks[j].gap)
    y = toks[j]
    if y.cap or j in covered or j in protected or len(y.low) < 2 or not _name_word(y, lex) or y.fold in lex.never:
        return
    if y.low in lex.first or not lex.dutch(y.low) or (quoted and y.low in lex.last):
        take(j, j + 1)


# between two spellings of one name a note weighs: "vermeulen vs vermeule", "hetty of hettie"
_VARIANT_WORDS = frozenset({"vs", "versus", "of"})


def _spelling_variants(toks: list[_Tok], k: int, protected: set[int], lex: Lexicon, take) -> None:
    """Two spellings of a name typed in lowercase either side of "vs" or "of" (toks[k]): both
    sides no Dutch word, one a listed name, the two alike (the same first three letters, lengths
    within two): "vermeulen vs vermeule", "hetty vs hettie". Not "bas of bram" (no likeness)."""
    a, b = toks[k - 1], toks[k + 1]
    if a.cap or b.cap or k - 1 in protected or k + 1 in protected or not b.adj or len(a.low) < 4 or len(b.low) < 4:
        return
    if a.low[:3] != b.low[:3] or abs(len(a.low) - len(b.low)) > 2 or a.low == b.low or not (a.low.isalpha() and b.low.isalpha()):
        return
    if lex.dutch(a.low) or lex.dutch(b.low) or not any(w.low in lex.first or w.low in lex.last for w in (a, b)):
        return
    take(k - 1, k)
    take(k + 1, k + 2)


def _before_me(toks: list[_Tok], i: int, covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """A lowercase name before "en ik" / "en mij" (toks[i] is the "en"): "ter horst en ik hebben …",
    "kees en ik". A listed name or a word of no list, or any word after a particle that is no article
    ("ter horst"); never after an article ("de directeur en ik"), never a role ("mijn moeder en ik")."""
    y = toks[i - 1]
    if i - 1 in covered or i - 1 in protected or not y.adj or not _name_word(y, lex, labelled=True) or len(y.low) < 3:
        return
    s = i - 1
    while s > 0 and toks[s - 1].fold in lex.tussenvoegsels and toks[s].adj and not toks[s - 1].cap:
        s -= 1
    particle = " ".join(x.fold for x in toks[s : i - 1])
    if particle in _WEAK or (not particle and s > 0 and toks[s].adj and toks[s - 1].fold in _DETERMINERS):
        return  # "de buurvrouw en ik", "mijn collega en ik"
    if y.low in lex.first or y.low in lex.last or not lex.dutch(y.low):
        take(s, i)  # after a particle too ("ter horst en ik"), but not a word of no list ("ter plaatse en ik")


def _name_word(t: _Tok, lex: Lexicon, *, labelled: bool = False) -> bool:
    """A lowercase word that may be (part of) a name: no function word, verb, role, title, bank term
    or listed no-name (`labelled`: a name's label leads it, "voornaam = 'sri'", so a no-name may be one)."""
    low = t.low
    if t.cap or len(low) < 2 or not low.replace("-", "").isalpha() or low in lex.function_words or low in VERB_NAMES:
        return False
    if t.fold in lex.person_verbs or low in _SPEECH_VERBS or t.fold in lex.titles or t.fold in lex.rollen or t.fold in lex.bank_words or (t.fold in lex.never and not labelled):
        return False
    return not is_role(t, lex) and not (lex.dutch(low) and verb_like(t, lex) and low not in lex.first and low not in lex.last)


def _lower_full_end(toks: list[_Tok], j: int, lex: Lexicon) -> int:
    """A lowercase first name at toks[j] where a frame says a person stands: the index after its
    surname, even a word ("ineke mus,"), and a second surname ("raúl fernández bosch"); j + 1 alone."""
    end = _surname_end(toks, j + 1, lex)
    n = len(toks)
    if end == j + 1 and end < n and toks[end].adj and _name_word(toks[end], lex) and len(toks[end].low) > 2:
        after = toks[end + 1] if end + 1 < n else None
        if after is None or after.gap.strip(" "):
            end += 1  # "resp. ineke mus, 'zeg maar ineke'": a word closing the clause after a first name
    return _second_surname(toks, end, lex) if end > j + 1 else end


def _second_surname(toks: list[_Tok], end: int, lex: Lexicon) -> int:
    """After a lowercase full name ending before toks[end]: a second listed surname of no word list
    ("raúl fernández bosch"), or end."""
    if end < len(toks) and toks[end].adj and not toks[end].cap and toks[end].low in lex.last and toks[end].low not in lex.words:
        return end + 1
    return end


def _equated(toks: list[_Tok], k: int, covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """A name spelled out after "=" in a note: the full name after it, and the short form opening the
    line before it ("riek = hendrika lammers", "ter beek = hendrik ter beek"), or the name before a
    name's label ("kok = achternaam"). The left side one to three name-like words from the line's
    start; the right side a first name and surname (or found ones)."""
    if toks[k].gap.strip(" " + _QUOTE_MARKS) != "=" or k == 0:
        return
    i0 = k - 1
    while i0 > 0 and k - i0 < 3 and not toks[i0].initial and toks[i0].adj:
        i0 -= 1
    if not toks[i0].initial:
        return
    left = range(i0, k)
    r = toks[k]
    if not r.cap and r.fold in _PART_LABELS:
        full = True  # "kok = achternaam"
    elif k in covered and k + 1 < len(toks) and k + 1 in covered and toks[k + 1].adj:
        full = True  # "ton = ton van de ven": the full name found already
    elif not r.cap and k not in protected and _first_like(r, lex):
        end = _surname_end(toks, k + 1, lex)
        if end > k + 1 and not any(x in protected for x in range(k, end)):
            end = _second_surname(toks, end, lex)  # "raúl = raúl fernández bosch"
            if not covered.issuperset(range(k, end)):
                take(k, end)
            full = True
        elif r.low in lex.first and (not lex.dutch(r.low) or r.low in lex.typed_names) and (k + 1 == len(toks) or toks[k + 1].gap.strip(" ")[:1] in (",", ";", "(")):
            take(k, k + 1)  # "aga = agnieszka, beide ok": a listed first name of no word list (or one typed as a name, "mj = marjolein"), alone
            full = True
        else:
            full = False
    else:
        full = False
    if full and len(left) == 1 and _initials_of(toks[i0], r, lex):
        take(i0, k)  # "mj = marjolein": the initials she signs with, no shorthand here
        return
    if not full or covered.issuperset(left) or any(x in protected for x in left):
        return
    words = [toks[x] for x in left]
    e = k
    while e < len(toks) and e in covered and (e == k or toks[e].adj):
        e += 1
    if f" {' '.join(w.fold for w in words)} " in f" {' '.join(x.fold for x in toks[k:e])} ":
        take(i0, k)  # "ter beek = hendrik ter beek": the short form repeats the full name
    elif all(w.fold in lex.tussenvoegsels or _name_word(w, lex) for w in words) and not all(w.fold in lex.tussenvoegsels for w in words):
        if all(w.fold in lex.tussenvoegsels or w.low in lex.first or w.low in lex.last or not lex.dutch(w.low) for w in words):
            take(i0, k)  # "riek", "ter beek", "ibra"
        elif len(words) == 1 and len(words[0].low) > 2 and toks[k].low[:2] == words[0].low[:2] and not words[0].cap:
            take(i0, k)  # "aga = agnieszka": a word, but the first name's own start


def _initials_of(t: _Tok, first: _Tok, lex: Lexicon) -> bool:
    """Round 14 (tuner C): two lowercase letters of no vowel spelled out as one listed first name
    ("mj = marjolein", "bj = bart-jan"): her initials, led by her name's first letter; never a
    body's or a title's letters ("hr = …")."""
    from .lowercase import _BODY_ABBREVIATIONS

    low = t.low
    if t.cap or len(low) != 2 or not low.isalpha() or any(c in "aeiouy" for c in low) or low[0] != first.low[:1]:
        return False
    return first.low in lex.first and low not in _BODY_ABBREVIATIONS and t.fold not in lex.titles and low not in lex.words
