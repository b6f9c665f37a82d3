"""Names introduced by a calling frame (round 14, run from word_names.word_name_shapes): the word in
the frame's name slot is a name, also when it is a Dutch word or typed in lowercase, and it is
spread over the audit like any found name:
- after the frame: "iedereen noemt hem Haai", "oma noemt me Tizi", "noemt zichzelf 'storm'",
  "(zeg maar kaz)", "hier zegt iedereen mei", "niemand zegt Wilhelmina", "bekend als Sjonnie",
  "noemde een oud-collega 'wil'";
- before it: "ze wordt 'Chi' genoemd", "ze wordt Mimi genoemd", "'bj' noemen ze hem", "rico (zo
  noemt iedereen hem)", "die zich 'Mocro Manz' noemt", "een vrijwilliger die aart heet", "jw (zo
  heet hij ...)", "meneer Nguyen, 'Long' voor de jongeren".
Never a title ("'Mbok'", "'Mausi' genoemd": honorifics.py), a person's noun or role ("noemt haar
moeder"), a noun phrase ("noemt haar werk zwaar"), a lowercase term ("'vindplaatsen' genoemd"), an
article's name ("bekend als De Kelder") or the bank's own words ("'Samen Sterk' genoemd"). The
heads of "hij heet Dauw" and "bijnaam 'Roosje'" are frames.py's (_named, _nicknames)."""

from __future__ import annotations

from . import shapes  # read at call time (shapes imports word_names, which imports this module)
from .context import person_noun
from .lexicon import CLOSING_QUOTES, OPENING_QUOTES, Lexicon
from .lowercase import is_role
from .tokens import _match_seq, _Tok, fold_of

# calling someone by a name (round 14): the verbs, the person called, and the words that may stand
# between ("noemen hem ook wel Haai")
_CALL_VERBS = frozenset({"noemt", "noemen", "noemde", "noemden", "noem"})
_CALLED = frozenset({"hem", "haar", "me", "mij", "zichzelf", "zich", "hen"})
_CALL_FILLERS = frozenset({"ook", "wel", "gewoon", "altijd", "liever", "meestal", "nog", "steeds", "alleen", "vaak", "toch"})
_CALL_SUBJECTS = frozenset({"ze", "zij", "we", "wij", "jullie", "iedereen", "ik", "hij"})
_CALL_TRIGGERS = _CALL_VERBS | {"genoemd", "zeg", "zegt", "heet", "heette", "voor", "als"}
# the words right before a name that "genoemd" follows ("wordt Mimi genoemd", "ook wel Sjors genoemd")
_PASSIVE_CALL = frozenset({"wordt", "werd", "worden", "werden", "ook", "wel", "meestal", "altijd", "vaak", "liever", "gewoon", "alleen"})
# the people who call someone by a name of their own ("'Long' voor de jongeren", "'ro' voor de kids")
_CALLERS = frozenset({"jongeren", "kinderen", "kids", "kleinkinderen", "collega's", "collegas", "buurt", "bewoners", "ouderen", "meiden", "jongens", "deelnemers", "vrienden", "familie", "vrijwilligers", "leerlingen", "klanten", "cliënten", "clienten"})


def _quoted_run(toks: list[_Tok], i: int) -> int:
    """The index after a run of one to three words opened by a quote right before toks[i] and closed
    right after its last word ("'Lil Dré'", "'zeg maar kaz'"), or i when toks[i] opens no quote."""
    if not toks[i].gap.rstrip(" ").endswith(OPENING_QUOTES):
        return i
    for j in range(i + 1, min(i + 4, len(toks) + 1)):
        if j == len(toks):
            return i
        if toks[j].gap.lstrip(" ")[:1] in CLOSING_QUOTES and toks[j].gap.strip():
            return j
        if not toks[j].adj:
            return i
    return i


def _call_name(toks: list[_Tok], i: int, lex: Lexicon, *, framed: bool = False, months: bool = False) -> int:
    """The index after the name a calling frame puts at toks[i] ("noemt hem Haai", "zeg maar kaz",
    "'K-Boy' genoemd"), or i when no name stands there: a quoted run of words (a Dutch word too:
    "'Visje'", "'storm'"), a capitalised word (and a capitalised one after it), or a lowercase word
    of no word list or a listed first name. Never a title ("'Mbok'", "'Mausi' genoemd"), a person's
    noun or role ("noemt haar moeder"), a function word or a bank term."""
    if i >= len(toks) or toks[i].fold in ("de", "het", "een", "t"):
        return i  # "bekend als De Kelder", "noemen het 'de Bult'": a place's or thing's name
    end = _quoted_run(toks, i)
    quoted = end > i
    if end > i + 1 and not all(t.cap for t in toks[i:end]):
        return i  # "'Wopke fan Sjoerd' genoemd": a name and its father's, each found on its own
    if not quoted:
        t = toks[i]
        if t.cap:
            end = i + 1
            if end < len(toks) and toks[end].adj and toks[end].cap and not toks[end].allcaps:
                end += 1  # "noemt zichzelf Lil Dré"
        elif t.low in lex.first or not lex.dutch(t.low) or framed or (months and t.low in shapes._MONTH_WORDS):
            end = i + 1  # `framed`: the frame after the word names it ("rico (zo noemt iedereen hem)")
        else:
            return i  # "noemt haar situatie lastig"
        if end < len(toks) and toks[end].adj and not toks[end].cap and toks[end].low in lex.words and toks[end].low not in _CALL_VERBS | {"genoemd", "heet"} and toks[end].low not in lex.function_words:
            return i  # a noun phrase goes on: "noemt haar werk zwaar"
    listed = quoted and end == i + 1 and toks[i].low in lex.first  # "'wil'": a listed first name in quotes, a verb too
    if (months and end == i + 1 and toks[i].low in shapes._MONTH_WORDS) or listed:
        pass  # "zegt iedereen mei", "'wil'": a month's or a listed first name, a bank word too
    elif all(t.fold in lex.bank_words for t in toks[i:end]) or (not quoted and toks[i].fold in lex.bank_words):
        return i  # "'Samen Sterk' genoemd": the bank's own words ("'Grote Ab'" is a name)
    for x in range(i, end):
        t = toks[x]
        if t.allcaps and len(t.text) > 3 or t.camel:
            return i
        if t.fold in lex.titles or t.fold in lex.capital_titles or t.fold in lex.suffix_titles or (x == end - 1 and person_noun(t, lex) and not listed):
            return i  # a person's noun as the head ("noemt haar moeder"; "'Grote Ab'" is a name)
        if (t.low in lex.function_words and not listed) or t.fold in _CALLED or (not quoted and _match_seq(toks, x, lex.never) == 1):
            return i
        if len(t.low) < 2 or t.low in shapes._MONTH_WORDS and not (quoted or framed or months):
            return i
    return end


def calling_frames(toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A name introduced by a calling frame is a name, also when it is a Dutch word or typed in
    lowercase: "iedereen noemt hem Haai", "oma noemt me Tizi", "(zeg maar kaz)", "ze wordt 'Chi'
    genoemd", "'bj' noemen ze hem", "rico (zo noemt iedereen hem)", "een vrijwilliger die aart heet"
    (made-up examples of the frames; "noemt haar moeder", "noemt het project 'Samen'" stay)."""
    n = len(toks)
    if _CALL_TRIGGERS.isdisjoint(map(fold_of, toks)):
        return  # most texts: no calling frame
    for k, v in enumerate(toks):
        f = v.fold
        if f not in _CALL_TRIGGERS:
            continue
        spans: list[tuple[int, int]] = []
        if f in _CALL_VERBS:
            j = k + 1
            if j < n and toks[j].fold in _CALL_SUBJECTS and j + 1 < n and toks[j + 1].fold in _CALLED:
                j += 1  # "noemen ze hem", "noemt iedereen hem"
            if j < n and toks[j].fold in _CALLED and toks[j].adj:
                j += 1
                while j < n and toks[j].fold in _CALL_FILLERS and toks[j].adj:
                    j += 1
                if j < n and j not in covered and j not in strong:
                    end = _call_name(toks, j, lex)
                    if end > j:
                        spans.append((j, end))
            # "noemde een oud-collega 'wil'", "noemde jongerenwerker 'Faro'": a person's noun or role, the quoted name
            j = k + 1 + (k + 1 < n and toks[k + 1].fold in ("een", "de", "haar", "zijn", "hun", "mijn"))
            role = toks[j].fold.rpartition("-")[2] if j < n else ""  # "oud-collega"
            if j + 1 < n and toks[j].adj and not toks[j].cap and (is_role(toks[j], lex) or role in lex.titles or role in lex.rollen):
                end = _quoted_run(toks, j + 1)
                if end > j + 1 and _call_name(toks, j + 1, lex) == end:
                    spans.append((j + 1, end))
            # "een jongen die zich 'Mocro Manz' noemt", "die iedereen Haai noemt": the verb after the name
            b = k - 1
            a = next((x for x in range(max(0, b - 2), b + 1) if _quoted_run(toks, x) == k), -1) if b >= 1 else -1
            if a < 0 and b >= 1 and toks[b].cap and not toks[b].initial and v.adj and toks[b].adj:
                a = b
            if a >= 1 and toks[a - 1].fold in _CALLED | _CALL_SUBJECTS and (b not in strong or a < b or _quoted_run(toks, a) == k) and _call_name(toks, a, lex) == k:
                spans.append((a, k))
            # "'bj' noemen ze hem", "Rico (zo noemt iedereen hem)": the name before the frame
            if k + 2 < n and toks[k + 1].fold in _CALL_SUBJECTS and toks[k + 2].fold in _CALLED and (k + 3 >= n or not toks[k + 3].adj):
                b = k - 1
                if b >= 1 and toks[b].fold == "zo" and toks[b].gap.strip() == "(":
                    b -= 1  # "rico (zo noemt iedereen hem)"
                elif b >= 0 and not v.gap.lstrip(" ")[:1] in CLOSING_QUOTES:
                    b = -1  # only a quoted name right before the verb: "'bj' noemen ze hem"
                a = next((x for x in range(max(0, b - 2), b + 1) if _quoted_run(toks, x) == b + 1), b) if b >= 0 else -1
                quoted = a >= 0 and _quoted_run(toks, a) == b + 1
                if a >= 0 and b not in covered and (b not in strong or quoted) and (toks[a].initial or quoted) and _call_name(toks, a, lex, framed=True) == b + 1:
                    spans.append((a, b + 1))
        elif f == "zeg" and k + 2 < n and toks[k + 1].fold == "maar" and toks[k + 1].adj and toks[k + 2].adj:
            j = k + 2  # "(zeg maar kaz)": a word of no word list; a Dutch word there ("'zeg maar aga'", "'zeg maar gewoon'")
            # is a short form only when it starts as a found first name starts: aliases._said_short_forms, its one home
            if j not in strong and (j + 1 >= n or not toks[j + 1].adj):
                end = _call_name(toks, j, lex)
                if end > j:
                    spans.append((j, end))
        elif f == "zegt" and (k + 2 < n and toks[k + 1].fold in ("iedereen", "niemand") and toks[k + 1].adj and toks[k + 2].adj or k >= 1 and k + 1 < n and toks[k - 1].fold in ("iedereen", "niemand") and v.adj and toks[k + 1].adj):
            j = k + 2 if toks[k + 1].fold in ("iedereen", "niemand") else k + 1  # "hier zegt iedereen mei", "niemand zegt Wilhelmina": the name closes the clause
            if j < n and (j not in strong or toks[j].low in shapes._MONTH_WORDS) and (j + 1 >= n or (not toks[j + 1].adj and toks[j + 1].gap.strip()[:1] in ",;)." + "".join(CLOSING_QUOTES))):
                end = _call_name(toks, j, lex, months=True)  # a month is a first name there ("Mei"), a word ("sorry") no name
                if end > j:
                    spans.append((j, end))
        elif f == "genoemd" and k >= 1 and v.adj is False and toks[k].gap.lstrip(" ")[:1] in CLOSING_QUOTES:
            # "wordt in de wandelgangen 'Chi' genoemd": a quoted name right before "genoemd"
            a = k - 1
            while a > 0 and a > k - 4 and not toks[a].gap.rstrip(" ").endswith(OPENING_QUOTES):
                a -= 1
            # a lowercase Dutch word there is a term ("worden 'vindplaatsen' genoemd")
            named = any(t.cap or t.low in lex.first or not lex.dutch(t.low) for t in toks[a:k])
            if named and a not in strong and _call_name(toks, a, lex) == k and a > 0 and toks[a - 1].fold not in ("de", "het", "een"):
                spans.append((a, k))
        elif f == "genoemd" and k >= 2 and v.adj and toks[k - 1].cap and not toks[k - 1].initial and toks[k - 1].adj and toks[k - 2].fold in _PASSIVE_CALL:
            # "ze wordt Mimi genoemd", "hij werd ook wel Sjors genoemd": a capitalised name right before it
            if k - 1 not in strong and _call_name(toks, k - 1, lex) == k:
                spans.append((k - 1, k))
        elif f == "als" and k >= 1 and toks[k - 1].fold == "bekend" and k + 1 < n and toks[k + 1].adj and (toks[k + 1].cap or _quoted_run(toks, k + 1) > k + 1):
            # "bij de jongeren bekend als Sjonnie", "bekend als 'Haai'": the name closes the clause
            end = _call_name(toks, k + 1, lex)
            if end > k + 1 and k + 1 not in strong and (end >= n or not toks[end].adj):
                spans.append((k + 1, end))
        elif f in ("heet", "heette"):
            spans += _heet_frames(toks, k, strong, lex)
        elif f == "voor" and k >= 1 and k + 2 < n and v.gap.lstrip(" ")[:1] in CLOSING_QUOTES and toks[k + 1].fold in ("de", "het", "haar", "zijn", "hun") and toks[k + 2].fold in _CALLERS:
            # "meneer Nguyen, 'Long' voor de jongeren": the name a group calls a person by
            a = next((x for x in range(max(0, k - 3), k) if _quoted_run(toks, x) == k), -1)
            if a >= 1 and a - 1 in covered and toks[a].gap.strip()[:1] in (",", "(") and _call_name(toks, a, lex, framed=True) == k:  # an apposition to a found name
                spans.append((a, k))
        for a, b in spans:
            if not all(x in covered for x in range(a, b)):
                take(a, b)  # "'Mocro Manz'": the whole quoted name, over a part found already


def _heet_frames(toks: list[_Tok], k: int, strong: set[int], lex: Lexicon) -> list[tuple[int, int]]:
    """The names "heet" (toks[k]) frames besides "hij heet" (_named): a person's noun, "die", the name
    ("een vrijwilliger die aart heet", "een broer die 'Grote Ab' heet"); the name before "(zo heet
    hij" ("jw (zo heet hij in het schema)"); a role or person's noun before "heet" and the name
    ("de fysio heet iris"; "de wijk heet Zuid" stays: no person)."""
    n, v = len(toks), toks[k]
    out: list[tuple[int, int]] = []
    b = k - 1
    a = next((x for x in range(max(0, b - 2), b + 1) if _quoted_run(toks, x) == k), b) if b >= 1 else -1
    if a >= 2 and toks[a - 1].fold == "die" and (a == b and v.adj and toks[b].adj or a < k and _quoted_run(toks, a) == k):
        noun = toks[a - 2]
        if (a == b and b not in strong or a < b) and (person_noun(noun, lex) or noun.fold in lex.rollen or noun.fold in lex.titles) and _call_name(toks, a, lex) == k:
            out.append((a, k))
    if k >= 2 and toks[k - 1].fold == "zo" and toks[k - 1].gap.strip() == "(" and k + 1 < n and toks[k + 1].fold in ("hij", "zij", "ze"):
        b = k - 2  # "jw (zo heet hij in het schema)"
        if _call_name(toks, b, lex, framed=True) == b + 1:
            out.append((b, b + 1))  # also a word read as shorthand ("jw"): the frame names it
    if k >= 1 and k + 1 < n and v.adj and toks[k + 1].adj and k + 1 not in strong:
        noun = toks[k - 1]
        if noun.adj and not noun.cap and (is_role(noun, lex) or noun.fold in lex.rollen) and noun.fold not in _COLLECTIVE_ROLES:
            end = _call_name(toks, k + 1, lex, framed=True)
            if end > k + 1 and (end >= n or not toks[end].adj):
                out.append((k + 1, end))  # "de fysio heet iris, ik weet haar achternaam niet"
    return out


# roles that are a body or a group more than a person: "het team heet", "de dienst heet"
_COLLECTIVE_ROLES = frozenset({"team", "dienst", "afdeling", "groep", "project"})
