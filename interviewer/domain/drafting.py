"""Draft bevindingen in the register of an audit report (Bijlage 7, Deel B; DESIGN "How a bevinding
reads"): per norm a short synthesis, third person, built only from the evidence.

There is no language model: the draft is made of sentence patterns per aspect of the norm, filled
from the evidence (which functie groups and documents, how many of them, what is missing). Notes
are used only after the toetser's shorthand is expanded (questionbank drafting.toml); a note that
still reads as shorthand, names a person or speaks in the first person is left out, and only a
clean sentence (or a quoted fragment of one) is shown as a quotation, between „ and ”. The last
sentence is the weging: why the proposed oordeel (interviewer.domain.proposal). A norm without
evidence gets no text at all. Functies, never names.

The parts live by job: drafting_text (a note made fit for a report), regeneration (which concepts
follow new evidence) and this module (the bevinding itself). Their names stay importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from questionbank.models import DraftingLanguage, Norm, QuestionBank
from sessions.models import AuditData, Bron

from .aspects import AspectEvidence, NormAspects
from .evidence import Note, NormEvidence, evidence_by_norm
from .labels import bron_functie_label, functie_key, source_label  # noqa: F401 - source_label re-exported
from .proposal import Proposal, proposal_for
from .signals import NEGATIVE, POSITIVE, detect
from .drafting_text import (  # noqa: F401 - re-exported: tests and the CLI import them from here
    _CAPS,
    _QUOTED,
    _THOUSANDS,
    _TIMES,
    _TOKEN,
    CLOSE,
    FIRST_PERSON,
    OPEN,
    QUOTE_MIN_WORDS,
    TIP,
    _language,
    _lower_first,
    _sentence,
    _strip_token,
    quotation,
    report_text,
    shorthand_tokens,
)
from .regeneration import (  # noqa: F401 - re-exported: the screens import them from here
    BevindingUpdate,
    is_own_machine_concept,
    newer_evidence,
    own_versions,
    regenerate,
    replaceable,
)

NEAR_DUPLICATE = 90  # token_set_ratio at or above which two notes say the same thing (or one repeats the other)
MAX_EXAMPLE_ASPECTS = 3  # aspects that get an example sentence; the others are named only


# --- who said it ---------------------------------------------------------------------------------
def _group(bron: Bron, lang: DraftingLanguage, bank: QuestionBank | None) -> tuple[str, str]:
    """(singular, plural) of an interview's functie: the singular is the one functie label
    (functies.py), the plural a report's group name (drafting.toml)."""
    label = bron_functie_label(bron, bank)
    return f"de {label}", lang.groups.get(functie_key(bron), f"de geïnterviewden ({label})")


def _quantified(hit: int, total: int, singular: str, plural: str) -> str:
    """"alle geïnterviewde professionals", "een deel van de geïnterviewde teamleiders"."""
    noun = plural.removeprefix("de ").removeprefix("het ")
    if total == 1:
        return singular
    if hit == total:
        return f"alle geïnterviewde {noun}" if total > 2 else f"beide geïnterviewde {noun}"
    share = hit / total
    if share > 0.5:
        return f"de meeste geïnterviewde {noun}"
    if share == 0.5:
        return f"de helft van de geïnterviewde {noun}"
    return f"een deel van de geïnterviewde {noun}"


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def who(notes: Iterable[Note], interviews: tuple[Bron, ...], lang: DraftingLanguage, bank: QuestionBank | None) -> str:
    """The functie groups behind some notes, quantified against all interviews of the norm."""
    per_group: dict[tuple[str, str], set[str]] = {}
    all_group: dict[tuple[str, str], set[str]] = {}
    for b in interviews:
        all_group.setdefault(_group(b, lang, bank), set()).add(b.id)
    for n in notes:
        if n.bron.kind == "interview":
            per_group.setdefault(_group(n.bron, lang, bank), set()).add(n.bron.id)
    return _join([_quantified(len(ids), len(all_group.get(g, ids)), *g) for g, ids in per_group.items()])


def _documents(notes: Iterable[Note]) -> list[str]:
    return list(dict.fromkeys((n.bron.title or "een ingezien document") for n in notes if n.bron.kind == "document"))


def _doc_phrase(titles: list[str]) -> str:
    if not titles:
        return ""
    quoted = [f"{OPEN}{t}{CLOSE}" for t in titles]
    return f"het document {quoted[0]}" if len(quoted) == 1 else f"de documenten {_join(quoted)}"


# --- the draft -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DraftBevinding:
    norm_id: str
    text: str  # "" when the norm has no evidence: nothing to report
    sterke_punten: str  # one per line
    verbeterpunten: str  # one per line, phrased as recommendations
    suggested_oordeel: str
    reason: str  # why that oordeel, in Dutch
    warnings: tuple[str, ...]
    evidence: NormEvidence | None
    aspects: NormAspects | None = None


@dataclass(frozen=True)
class _Usable:
    note: Note
    text: str  # report-ready text
    polarity: str


def _usable(notes: Iterable[Note], lang: DraftingLanguage, has_name: Callable[[str], bool]) -> list[_Usable]:
    """Notes fit for a report sentence, without near-duplicates, in time order."""
    from rapidfuzz import fuzz

    out: list[_Usable] = []
    for n in notes:
        text = report_text(n.aantekening.text, lang)
        if not text or has_name(n.aantekening.text) or FIRST_PERSON.search(re.sub(f"{OPEN}[^{CLOSE}]*{CLOSE}", "", text)):
            continue
        if any(fuzz.token_set_ratio(text.lower(), u.text.lower()) >= NEAR_DUPLICATE for u in out):
            continue
        out.append(_Usable(n, text, detect(n.aantekening.text, n.aantekening.kind, lang).polarity))
    return out


def _quote_for(notes: Iterable[Note], lang: DraftingLanguage, has_name: Callable[[str], bool], bank: QuestionBank | None) -> str:
    for n in notes:
        if n.bron.kind != "interview" or has_name(n.aantekening.text):
            continue
        q = quotation(n.aantekening.text, lang)
        if q:
            singular = _group(n.bron, lang, bank)[0]
            return f"{OPEN}{q[0].upper() + q[1:]}{CLOSE}, aldus {singular.replace('de ', 'een ', 1)}."
    return ""


def label_text(label: str, lang: DraftingLanguage) -> str:
    """An aspect label as a report writes it: acronyms in capitals ("ri&e" -> "RI&E"), the
    toetser's abbreviations written out ("bhv" -> "bedrijfshulpverlening")."""
    allowed = {a.lower(): a for a in lang.allowed_acronyms}
    short = {k.lower(): v for k, v in lang.shorthand.items() if v and k[:1].isalpha()}
    words = []
    for w in label.split():
        words.append(allowed.get(w, short.get(w, w)) if w.lower() == w else w)
    return " ".join(words)


def plural(labels: list[str]) -> bool:
    """Whether aspect labels take a plural verb: several, "x en y", or a plural noun last
    ("competenties", "afspraken"; not "signaleren")."""
    if len(labels) != 1:
        return True
    last = labels[0].split()[-1] if labels[0].split() else ""
    return " en " in labels[0] or (last.endswith(("s", "en")) and not last.endswith(("ss", "ren")))


def _body(aspects: NormAspects, ev: NormEvidence, lang: DraftingLanguage, has_name, bank) -> list[str]:
    """The paragraphs before the weging: what was heard (with an example and a quotation), what
    stands against it, what was not heard."""
    heard = list(aspects.heard)
    labels = {id(a): label_text(a.label, lang) for a in aspects.aspects}
    usable = _usable(ev.notes, lang, has_name)
    usable_ids = {u.note.aantekening.id: u for u in usable}
    paragraphs: list[str] = []
    first: list[str] = []
    core = aspects.core if aspects.core and aspects.core.heard else None
    if core is not None:
        people = who(core.notes, ev.interviews, lang, bank)
        docs = _doc_phrase(_documents(core.notes))
        by = _join([f"door {people}" if people else "", f"in {docs}" if docs and not people else ""])
        also = f", en is terug te vinden in {docs}" if docs and people else ""
        if by:
            verb = "worden" if plural([labels[id(core)]]) else "wordt"
            first.append(_sentence(f"{labels[id(core)]} {verb} besproken {by}{also}"))
        else:
            verb = "zijn" if plural([labels[id(core)]]) else "is"
            first.append(_sentence(f"{labels[id(core)]} {verb} waargenomen tijdens de rondgang"))
    others = [a for a in heard if a is not core]
    people = who(ev.notes, ev.interviews, lang, bank).replace("alle geïnterviewde", "de geïnterviewde").replace("beide geïnterviewde", "de geïnterviewde")
    docs = _doc_phrase(_documents(ev.notes))
    where = _join([f"in de gesprekken met {people}" if people else "", f"in {docs}" if docs else ""]) or "tijdens de rondgang"
    if others:
        names = [labels[id(a)] for a in others]
        verb = "komen" if plural(names) else "komt"
        if core is not None:
            first.append(f"Daarnaast {verb} {_join(names)} aan bod {where}.")
        else:
            first.append(_sentence(f"{where} {verb} {_join(names)} aan bod"))
    if not heard:
        first.append(f"Deze norm komt aan bod {where}.")
    mentioned = set(_documents(core.notes)) if core is not None else set()
    if others or not heard:
        mentioned.update(_documents(ev.notes))
    unmentioned = [t for t in _documents(ev.notes) if t not in mentioned]
    if unmentioned:
        first.append(_sentence(f"Daarnaast is {_doc_phrase(unmentioned)} ingezien"))
    ordered = [*(core.notes if core else ()), *(n for a in others for n in a.notes), *aspects.unmatched]
    example = next((usable_ids[n.aantekening.id] for n in ordered if n.aantekening.id in usable_ids and usable_ids[n.aantekening.id].polarity != NEGATIVE), None)
    if example is not None:
        first.append(_sentence(f"Een voorbeeld: {_lower_first(example.text)}"))
    quote = _quote_for([n for n in ordered if detect(n.aantekening.text, n.aantekening.kind, lang).polarity != NEGATIVE], lang, has_name, bank)
    if quote and (example is None or quote[1:30].lower() not in example.text.lower()):
        first.append(quote)
    paragraphs.append(" ".join(first))
    negatives = [u for u in usable if u.polarity == NEGATIVE]
    if negatives:
        neg_labels = [labels[id(a)] for a in aspects.aspects if a.negative]
        about = f" over {_join(neg_labels)}" if neg_labels else ""
        items = "; ".join(_lower_first(u.text).rstrip(".") for u in negatives[:2])
        paragraphs.append(_sentence(f"Tegelijk komen tekortkomingen naar voren{about}: {items}"))
    elif any(a.negative for a in aspects.aspects):
        neg_labels = [labels[id(a)] for a in aspects.aspects if a.negative]
        paragraphs.append(_sentence(f"Over {_join(neg_labels)} komen ook tekortkomingen naar voren"))
    if aspects.missing:
        names = [labels[id(a)] for a in aspects.missing]
        paragraphs.append(_sentence(f"Over {_join(names)} is in de gesprekken en de ingeziene documenten niets gebleken"))  # "over": no verb agreement
    return paragraphs


def _weging(proposal: Proposal, aspects: NormAspects, one_functie: str) -> str:
    core = aspects.core.label if aspects.core else "de kern van de norm"
    missing = _join([a.label for a in aspects.missing])
    if proposal.oordeel == "+":
        s = "De aspecten van de norm zijn in de gesprekken gehoord en met documenten onderbouwd; de organisatie voldoet aan deze norm."
    elif proposal.oordeel == "-":
        s = f"Omdat het bewijs over {core} overwegend negatief is, voldoet de organisatie niet aan deze norm."
    elif proposal.oordeel == "+/-":
        why = "de genoemde tekortkomingen" if any(a.negative for a in aspects.aspects) else ""
        if missing and not why:
            why = f"niet is gebleken hoe {missing} {'zijn' if plural([a.label for a in aspects.missing]) else 'is'} geregeld"
        s = f"Vanwege {why} voldoet de organisatie deels aan deze norm." if why.startswith("de ") else f"Omdat {why}, voldoet de organisatie deels aan deze norm."
    elif proposal.oordeel == "n.v.t.":
        s = "De norm is voor deze organisatie niet van toepassing."
    else:
        gaps = []
        if any(n.startswith("nog") for n in proposal.still_needed):
            gaps.append("de norm is in te weinig gesprekken aan bod gekomen")
        if any("document" in n for n in proposal.still_needed):
            gaps.append("er is geen document ingezien dat de bevindingen onderbouwt")
        s = _sentence(f"{_join(gaps) or 'de onderbouwing is nog onvolledig'}; voor een oordeel is de norm daarmee nog onvoldoende onderbouwd")
    if proposal.still_needed and proposal.oordeel in ("+/-", "-"):
        s += " Dit oordeel is voorlopig: de norm is nog onvoldoende onderbouwd."
    if one_functie:
        s += f" De norm is alleen besproken met {one_functie}; een tweede perspectief ontbreekt."
    return s


def _recommendation(a: AspectEvidence | None, u: _Usable) -> str:
    what = _lower_first(u.text).rstrip(".")
    if a is not None:
        return f"Borg {label_text(a.label, _language(None))}: {what}."
    return f"Verbeter dit punt: {what}."


def draft_bevinding(
    norm_id: str,
    evidence: NormEvidence | None,
    bank: QuestionBank | None = None,
    *,
    nvt: bool = False,
    language: DraftingLanguage | None = None,
    has_name: Callable[[str], bool] | None = None,
) -> DraftBevinding:
    """The draft for one norm from its evidence (see `evidence_by_norm`). `has_name` tells whether
    a note names a person (names.NameFinder); such notes are left out of the text."""
    if bank is None:
        from questionbank.loader import load_bank

        bank = load_bank()
    lang = _language(language)
    has_name = has_name or (lambda _text: False)
    norm: Norm = bank.norm(norm_id)
    proposal = proposal_for(norm, evidence, bank, nvt)
    aspects = proposal.aspects
    assert aspects is not None
    if evidence is None or not evidence.notes:
        return DraftBevinding(norm.id, "", "", "", proposal.oordeel, proposal.reason, (), evidence, aspects)

    paragraphs = _body(aspects, evidence, lang, has_name, bank)
    functies = {functie_key(b) for b in evidence.interviews}
    one_functie = ""
    if len(functies) == 1 and evidence.interviews:
        one_functie = _group(evidence.interviews[0], lang, bank)[0]
    paragraphs.append(_weging(proposal, aspects, one_functie))

    usable_all = _usable(evidence.notes, lang, has_name)
    by_note = {n.aantekening.id: a for a in aspects.aspects for n in a.notes}
    sterk = [_sentence(u.text) for u in usable_all if u.note.aantekening.kind == "sterk_punt" or (u.polarity == POSITIVE and u.note.aantekening.kind != "citaat")]
    verbeter = []
    for u in usable_all:
        if u.polarity != NEGATIVE:
            continue
        if u.note.bron.kind == "interview" and TIP.search(u.note.aantekening.text):
            verbeter.append(f"Tip van {_group(u.note.bron, lang, bank)[0].removeprefix('de ')}: {_lower_first(u.text).rstrip('.')}.")
        else:
            verbeter.append(_recommendation(by_note.get(u.note.aantekening.id), u))
    text = "\n\n".join(p for p in paragraphs if p)
    return DraftBevinding(
        norm_id=norm.id,
        text=text,
        sterke_punten="\n".join(dict.fromkeys(sterk)),
        verbeterpunten="\n".join(dict.fromkeys(verbeter)),
        suggested_oordeel=proposal.oordeel,
        reason=proposal.reason,
        warnings=oordeel_warnings(evidence, proposal.oordeel, "\n".join(verbeter)) if proposal.oordeel != "niet beoordeeld" else (),
        evidence=evidence,
        aspects=aspects,
    )


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


def name_checker(audit: AuditData) -> Callable[[str], bool]:
    """Whether a text names a person, by the privacy detector (names.py: the audit's own list and
    the Dutch-name heuristic); drafts leave such notes out."""
    from .names import NameFinder, avoid_list

    finder = NameFinder(avoid=avoid_list(audit))
    return lambda text: bool(finder.spans(text))


def draft_all(audit: AuditData, bank: QuestionBank) -> dict[str, DraftBevinding]:
    """Drafts for every norm of the bank, in norm order."""
    evidence = evidence_by_norm(audit)
    nvt = {m.norm_id.upper() for m in audit.nvt if m.active}
    has_name = name_checker(audit)
    return {n.id: draft_bevinding(n.id, evidence.get(n.id), bank, nvt=n.id in nvt, has_name=has_name) for n in bank.norms}
