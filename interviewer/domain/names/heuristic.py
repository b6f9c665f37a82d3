"""The pattern finders: aanspreekvorm + name, initials + surname, known first names and surnames
with tussenvoegsels, possessives, lowercase first names, and capitalised candidates."""

from __future__ import annotations

from ..unicode_fold import Normalised, fold
from .lexicon import _HONORIFICS, _INITIAL, SOURCE_CANDIDATE, SOURCE_HEURISTIC, Lexicon, _Raw
from .tokens import _adjacent, _adjacent_gap, _match_seq, _possessive_base, _Tok


class Heuristic:
    """The pattern finders over one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon


    def _protected(self, toks: list[_Tok]) -> set[int]:
        """Tokens inside a place name or a never-a-name phrase ("Veilig Thuis", "Den Haag")."""
        out: set[int] = set()
        lex = self.lexicon
        for i, t in enumerate(toks):
            if t.fold in lex.never and (t.cap or t.allcaps):
                k = _match_seq(toks, i, lex.never)
                if k and all(toks[i + j].cap or toks[i + j].allcaps or len(lex.never[t.fold][0]) > 1 for j in range(k)):
                    out.update(range(i, i + k))
        return out

    def _namelike(self, t: _Tok, *, after_title: bool = False) -> bool:
        lex = self.lexicon
        if t.camel:
            return False
        if t.cap:
            return True
        if lex.ordinary(t.low):  # lowercase: never an everyday word ("ik ben")
            return False
        if t.low in lex.first:
            return True
        return after_title and len(t.low) > 1 and not lex.dutch(t.low)

    def _surname_after(self, toks: list[_Tok], j: int, protected: set[int]) -> int:
        """Index after a surname starting at toks[j] (with tussenvoegsels), or j when there is none."""
        lex = self.lexicon
        k = j
        tv = _match_seq(toks, k, lex.tussenvoegsels)
        if tv and k + tv < len(toks):
            nxt = toks[k + tv]
            if nxt.cap and not nxt.initial and (k + tv not in protected or nxt.low in lex.last) and not nxt.camel and _adjacent(toks, k, k + tv):
                return k + tv + 1
        if k < len(toks):
            t = toks[k]
            if t.cap and not t.initial and (k not in protected or t.low in lex.last) and not t.camel and not t.allcaps and _adjacent(toks, k - 1, k):
                if t.low in lex.last or t.low in lex.first or not lex.dutch(t.low):
                    return k + 1
        return j

    def spans(self, n: Normalised, toks: list[_Tok]) -> list[_Raw]:
        lex = self.lexicon
        protected = self._protected(toks)
        out: list[_Raw] = []
        covered: set[int] = set()

        def emit(i: int, j: int, source: str, name_from: int, title: str = "") -> None:
            covered.update(range(i, j))
            key = " ".join(_possessive_base(t, lex) if k == j - 1 else t.fold for k, t in enumerate(toks[name_from:j], start=name_from))
            out.append((toks[name_from].start, toks[j - 1].end, source, fold(key), title, toks[i].start if title else -1))

        # 1. aanspreekvorm or role + name ("mevrouw Bakker", "collega mo", "familie Öztürk")
        for i, t in enumerate(toks):
            if i in covered:
                continue
            k = _match_seq(toks, i, lex.titles)
            if not k or i + k >= len(toks):
                continue
            title = " ".join(x.fold for x in toks[i : i + k])
            j = i + k
            # initials ("dhr. J.P. Smit") are not tokens: skip them in the clean text
            gap = n.text[toks[j - 1].end : toks[j].start]
            if "\n" in gap or any(c in gap for c in ",;:()") or not _adjacent_gap(gap):
                continue
            tv = _match_seq(toks, j, lex.tussenvoegsels) if title in _HONORIFICS else 0
            if tv and j + tv < len(toks) and toks[j + tv].cap:
                j2 = j + tv
            else:
                j2 = j
            name = toks[j2]
            if (j2 in protected and name.low not in lex.last and name.low not in lex.first) or not self._namelike(name, after_title=True):
                continue
            if name.cap and name.low not in lex.last and name.low not in lex.first and lex.dutch(name.low):
                if name.initial or title not in _HONORIFICS:
                    continue  # "teamleider Jongerenwerk", "collega. Daarna": a word, not a name
            end = j2 + 1
            if name.low in lex.first or name.cap:
                end = self._surname_after(toks, end, protected)
            emit(i, end, SOURCE_HEURISTIC, j, title)
        # 2. initials + surname ("J.P. Smit", "A. de Vries")
        for m in _INITIAL.finditer(n.text):
            after = m.end()
            j = next((x for x, t in enumerate(toks) if t.start >= after), None)
            if j is None or j in covered or not _adjacent_gap(n.text[after : toks[j].start]):
                continue
            if m.start() > 0 and (n.text[m.start() - 1].isalnum()):
                continue
            tv = _match_seq(toks, j, lex.tussenvoegsels)
            k = j + tv if tv and j + tv < len(toks) and toks[j + tv].cap else j
            t = toks[k]
            if (k in protected and t.low not in lex.last) or not t.cap or t.camel or t.allcaps:
                continue
            if lex.dutch(t.low) and t.low not in lex.last:
                continue
            covered.update(range(j, k + 1))
            out.append((m.start(), t.end, SOURCE_HEURISTIC, fold(" ".join(x.fold for x in toks[j : k + 1])), "", -1))
        # 3. known first names and surnames, possessives, lowercase first names
        for i, t in enumerate(toks):
            if i in covered or i in protected or t.camel:
                continue
            parts = [t] if "-" not in t.text else None
            base = _possessive_base(t, lex)
            if t.allcaps and (len(t.text) < 3 or base in lex.bank_words or t.fold in lex.bank_words):
                continue
            is_first, is_last = base in lex.first, base in lex.last
            if parts is None:  # "Jansen-Öztürk", "Anne-Marie": every part must be name-like
                bits = t.low.split("-")
                is_first = all(b in lex.first for b in bits)
                is_last = not is_first and all(b in lex.last or b in lex.first or not lex.dutch(b) for b in bits) and any(b in lex.last for b in bits)
            if t.cap or t.allcaps:
                if is_first:
                    if t.initial and base in lex.everyday:
                        nxt = self._surname_after(toks, i + 1, protected)
                        if nxt == i + 1:
                            continue
                    end = self._surname_after(toks, i + 1, protected)
                    emit(i, end, SOURCE_HEURISTIC, i)
                elif is_last:
                    if t.initial and lex.dutch(base):
                        continue
                    emit(i, i + 1, SOURCE_CANDIDATE if lex.dutch(base) else SOURCE_HEURISTIC, i)
            elif is_first and not lex.ordinary(base) and not lex.ordinary(t.low):
                emit(i, i + 1, SOURCE_HEURISTIC, i)
        # 4. candidates: capitalised words that are no Dutch word, bank term or place
        for i, t in enumerate(toks):
            if i in covered or i in protected or not t.cap or t.allcaps or t.camel or len(t.text) < 3:
                continue
            bits = [b.lower() for b in t.text.split("-") if not (len(b) > 1 and b.isupper())]  # "HR-medewerker"
            if all(lex.dutch(b) or b in lex.everyday for b in bits) or t.fold in lex.bank_words:
                continue
            if t.low.endswith("'s") or any(b in lex.never for b in map(fold, bits)):
                continue
            emit(i, i + 1, SOURCE_CANDIDATE, i)
        return out

