"""Draft bevindingen: per norm, a first text in the report's register, built only from the evidence.

Deterministic and offline. The draft says how many sources of which functies spoke to the norm,
quotes the most representative (central, non-duplicate) quotes, lists the documents inspected and
the sterke punten / verbeterpunten the toetsers marked as such, and nothing else: a sentence that no
quote or document supports would be a finding the team never made. Functies, never names.

Evidence is counted here from confirmed tags (a small, self-contained rule) rather than from the
coverage module, so a draft can be explained from this file alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from questionbank.models import QuestionBank
from sessions.models import Aantekening, AuditData, Bevinding, Bron

from .labels import bron_functie_label, source_label

NO_EVIDENCE_TEXT = "Geen bronnen."
MAX_QUOTES = 3
MAX_OBSERVATIONS = 2
NEAR_DUPLICATE = 90  # token_set_ratio at or above which two notes say the same thing (or one repeats the other)
SHORT_QUOTE_WORDS = 4  # quotes shorter than this are used only when nothing longer exists
PROFESSIONAL_CATEGORIES = frozenset({"sociaal_werker", "teamleiding", "werkbegeleider", "stagiaire"})

_NUMBER_WORDS = {1: "één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien"}


def number_word(n: int) -> str:
    """Dutch report style writes small numbers in words."""
    return _NUMBER_WORDS.get(n, str(n))


@dataclass(frozen=True)
class Note:
    aantekening: Aantekening
    bron: Bron


@dataclass(frozen=True)
class NormEvidence:
    """The confirmed evidence of one norm."""

    norm_id: str
    notes: tuple[Note, ...]
    interviews: tuple[Bron, ...]
    documents: tuple[Bron, ...]
    observations: tuple[Bron, ...]

    @property
    def sources(self) -> int:
        return len(self.interviews) + len(self.documents) + len(self.observations)

    def of_kind(self, *kinds: str) -> tuple[Note, ...]:
        return tuple(n for n in self.notes if n.aantekening.kind in kinds)


def evidence_by_norm(audit: AuditData) -> dict[str, NormEvidence]:
    """Confirmed-tagged notes per norm with their distinct bronnen, notes oldest first."""
    notes = {a.id: a for a in audit.aantekeningen}
    bronnen = {b.id: b for b in audit.bronnen}
    per_norm: dict[str, list[Note]] = {}
    for tag in audit.tags:
        if tag.state != "confirmed":
            continue
        a = notes.get(tag.aantekening_id)
        b = bronnen.get(a.bron_id) if a else None
        if a is None or b is None:
            continue
        per_norm.setdefault(tag.norm_id, []).append(Note(a, b))
    out = {}
    for norm_id, items in per_norm.items():
        items = sorted({n.aantekening.id: n for n in items}.values(), key=lambda n: (n.aantekening.created, n.aantekening.id))
        distinct = list({n.bron.id: n.bron for n in items}.values())
        out[norm_id] = NormEvidence(
            norm_id=norm_id,
            notes=tuple(items),
            interviews=tuple(b for b in distinct if b.kind == "interview"),
            documents=tuple(b for b in distinct if b.kind == "document"),
            observations=tuple(b for b in distinct if b.kind == "observatie"),
        )
    return out


def representative(notes: Iterable[Note], limit: int) -> list[Note]:
    """Up to `limit` central notes: highest mean similarity to the other notes of the norm (what
    several people said), skipping near-duplicates of a note already chosen; ties by time."""
    from rapidfuzz import fuzz

    items = list(notes)
    if not items:
        return []
    long_enough = [n for n in items if len(n.aantekening.text.split()) >= SHORT_QUOTE_WORDS]
    items = long_enough or items
    # Plain pairwise loops: a norm has tens of notes at most, and rapidfuzz's cdist needs numpy.
    texts = [n.aantekening.text.lower() for n in items]
    count = len(items)
    sim = [[fuzz.token_sort_ratio(a, b) for b in texts] for a in texts]
    same = [[fuzz.token_set_ratio(a, b) for b in texts] for a in texts]
    centrality = [(sum(sim[i]) - sim[i][i]) / (count - 1) if count > 1 else 0.0 for i in range(count)]
    order = sorted(range(count), key=lambda i: (-centrality[i], items[i].aantekening.created, items[i].aantekening.id))
    chosen: list[int] = []
    for i in order:
        if all(same[i][j] < NEAR_DUPLICATE for j in chosen):
            chosen.append(i)
        if len(chosen) == limit:
            break
    return [items[i] for i in chosen]


def _distinct_texts(notes: Iterable[Note]) -> list[str]:
    """Note texts without near-duplicates, in time order (two toetsers noting the same point)."""
    from rapidfuzz import fuzz

    out: list[str] = []
    for n in notes:
        text = n.aantekening.text.strip()
        if text and all(fuzz.token_set_ratio(text.lower(), o.lower()) < NEAR_DUPLICATE for o in out):
            out.append(text)
    return out


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _interview_sentence(interviews: tuple[Bron, ...], bank: QuestionBank | None) -> str:
    labels = Counter(bron_functie_label(b, bank) for b in interviews)
    persons = sum(max(b.persons, 1) for b in interviews)
    if len(interviews) == 1:
        (label,) = labels
        who = f" ({persons} personen)" if persons > 1 else ""
        return f"In het gesprek met de {label}{who} kwam deze norm aan bod."
    parts = [f"{label} ({n}×)" if n > 1 else label for label, n in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0].casefold()))]
    functies = f"de functie {parts[0]}" if len(parts) == 1 else f"de functies {_join(parts)}"
    who = f" ({persons} personen)" if persons > len(interviews) else ""
    return f"In {number_word(len(interviews))} gesprekken{who}, met {functies}, kwam deze norm aan bod."


def _quote_intro(quotes: list[Note]) -> str:
    if all(q.bron.kind == "interview" and q.bron.functie_category in PROFESSIONAL_CATEGORIES for q in quotes):
        return "Geïnterviewde professionals geven onder meer aan:"
    if all(q.bron.kind == "interview" for q in quotes):
        return "Geïnterviewden geven onder meer aan:"
    return "Uit de bronnen:"


def _quote_line(note: Note, bank: QuestionBank | None) -> str:
    text = note.aantekening.text.strip().strip("\"'„”“")
    return f"– „{text}” ({source_label(note.bron, bank)})"


@dataclass(frozen=True)
class DraftBevinding:
    norm_id: str
    text: str
    sterke_punten: str  # one per line
    verbeterpunten: str  # one per line
    suggested_oordeel: str
    reason: str  # why that oordeel, in Dutch
    warnings: tuple[str, ...]
    evidence: NormEvidence | None


def _suggest(evidence: NormEvidence | None, verbeterpunten: int) -> tuple[str, str]:
    if evidence is None or evidence.sources == 0:
        return "niet beoordeeld", "geen bronnen"
    n = evidence.sources
    bronnen = f"{number_word(n)} {'bron' if n == 1 else 'bronnen'}"
    if verbeterpunten:
        punten = f"{number_word(verbeterpunten)} {'verbeterpunt' if verbeterpunten == 1 else 'verbeterpunten'}"
        return "+/-", f"{bronnen}, {punten}"
    return "+", f"{bronnen}, geen verbeterpunten"


def oordeel_warnings(evidence: NormEvidence | None, oordeel: str, verbeterpunten: str = "") -> tuple[str, ...]:
    """Warnings for an oordeel the evidence carries weakly (for the suggestion and for the toetser's
    own choice). `verbeterpunten` is the bevinding's text; empty means none were written."""
    sources = evidence.sources if evidence else 0
    documents = len(evidence.documents) if evidence else 0
    has_verbeterpunt = bool(verbeterpunten.strip()) or bool(evidence and evidence.of_kind("verbeterpunt"))
    out = []
    if oordeel == "+":
        if sources == 0:
            out.append("`+` zonder bronnen")
        elif sources == 1:
            out.append("`+` met één bron")
        if sources and not documents:
            out.append("`+` zonder inzage van documenten")
    if oordeel in ("-", "+/-") and not has_verbeterpunt:
        out.append(f"`{oordeel}` zonder verbeterpunt")
    return tuple(out)


def draft_bevinding(norm_id: str, evidence: NormEvidence | None, bank: QuestionBank | None = None) -> DraftBevinding:
    """The draft for one norm from its evidence (see `evidence_by_norm`)."""
    if evidence is None or not evidence.notes:
        return DraftBevinding(norm_id, NO_EVIDENCE_TEXT, "", "", "niet beoordeeld", "geen bronnen", (), evidence)
    paragraphs: list[str] = []
    if evidence.interviews:
        paragraphs.append(_interview_sentence(evidence.interviews, bank))
    quotes = representative(evidence.of_kind("citaat"), MAX_QUOTES)
    if quotes:
        paragraphs.append("\n".join([_quote_intro(quotes), *(_quote_line(q, bank) for q in quotes)]))
    observations = representative(evidence.of_kind("observatie"), MAX_OBSERVATIONS)
    if observations:
        paragraphs.append("\n".join(["Waargenomen:", *(_quote_line(o, bank) for o in observations)]))
    if evidence.documents:
        titles = [b.title or "document zonder titel" for b in evidence.documents]
        paragraphs.append(f"Ingezien: {'; '.join(titles)}.")
    sterk = _distinct_texts(evidence.of_kind("sterk_punt"))
    verbeter = _distinct_texts(evidence.of_kind("verbeterpunt"))
    oordeel, reason = _suggest(evidence, len(verbeter))
    return DraftBevinding(
        norm_id=norm_id,
        text="\n\n".join(paragraphs),
        sterke_punten="\n".join(sterk),
        verbeterpunten="\n".join(verbeter),
        suggested_oordeel=oordeel,
        reason=reason,
        warnings=oordeel_warnings(evidence, oordeel, "\n".join(verbeter)),
        evidence=evidence,
    )


def draft_all(audit: AuditData, bank: QuestionBank) -> dict[str, DraftBevinding]:
    """Drafts for every norm of the bank, in norm order."""
    evidence = evidence_by_norm(audit)
    return {n.id: draft_bevinding(n.id, evidence.get(n.id), bank) for n in bank.norms}


@dataclass(frozen=True)
class BevindingUpdate:
    """What to save for one norm: pass `as_kwargs()` to `store.save_bevinding(norm_id, ...)`."""

    norm_id: str
    text: str
    sterke_punten: str
    verbeterpunten: str

    def as_kwargs(self) -> dict[str, object]:
        return {"text": self.text, "sterke_punten": self.sterke_punten, "verbeterpunten": self.verbeterpunten, "edited": False}


def regenerate(
    audit: AuditData, bank: QuestionBank, author: str, norm_ids: Iterable[str] | None = None
) -> list[BevindingUpdate]:
    """Fresh drafts to save as `author`'s versions. A version the toetser edited by hand (or set to
    final) is never replaced; unchanged drafts are left alone. The oordeel is not touched: the
    suggestion is advice, the oordeel is the toetser's."""
    wanted = set(norm_ids) if norm_ids is not None else None
    own: dict[str, Bevinding] = {}
    for b in audit.bevindingen:
        if b.author == author and (b.norm_id not in own or b.updated > own[b.norm_id].updated):
            own[b.norm_id] = b
    evidence = evidence_by_norm(audit)
    updates = []
    for norm in bank.norms:
        if wanted is not None and norm.id not in wanted:
            continue
        current: Bevinding | None = own.get(norm.id)
        if current is not None and (current.edited or current.status == "final"):
            continue
        draft = draft_bevinding(norm.id, evidence.get(norm.id), bank)
        if current is not None and (current.text, current.sterke_punten, current.verbeterpunten) == (
            draft.text,
            draft.sterke_punten,
            draft.verbeterpunten,
        ):
            continue
        updates.append(BevindingUpdate(norm.id, draft.text, draft.sterke_punten, draft.verbeterpunten))
    return updates
