"""Draft bevindingen in the register of an audit report (Bijlage 7, Deel B; DESIGN "How a bevinding
reads"): per norm a short synthesis, third person, built only from the evidence.

There is no language model: the draft is made of sentence patterns per aspect of the norm, filled
from the evidence (which functie groups and documents, how many of them, what is missing). Notes
are used only after the toetser's shorthand is expanded (questionbank drafting.toml); a note that
still reads as shorthand, names a person or speaks in the first person is left out, and only a
clean sentence (or a quoted fragment of one) is shown as a quotation, between „ and ”. The last
sentence is the weging: why the proposed oordeel (interviewer.domain.proposal). A norm without
evidence gets no text at all. Functies, never names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from questionbank.models import DraftingLanguage, Norm, QuestionBank
from sessions.models import AuditData, Bevinding, Bron

from .aspects import AspectEvidence, NormAspects
from .evidence import Note, NormEvidence, evidence_by_norm  # noqa: F401 - re-exported: report and screens import them here
from .labels import bron_functie_label, functie_key, source_label  # noqa: F401 - source_label re-exported
from .proposal import Proposal, proposal_for
from .signals import NEGATIVE, POSITIVE, detect
from .versions import is_machine_concept, is_settled

NEAR_DUPLICATE = 90  # token_set_ratio at or above which two notes say the same thing (or one repeats the other)
MAX_EXAMPLE_ASPECTS = 3  # aspects that get an example sentence; the others are named only
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


# --- regeneration --------------------------------------------------------------------------------
@dataclass(frozen=True)
class BevindingUpdate:
    """What to save for one norm: pass `as_kwargs()` to `store.save_bevinding(norm_id, ...)`."""

    norm_id: str
    text: str
    sterke_punten: str
    verbeterpunten: str

    def as_kwargs(self) -> dict[str, object]:
        return {"text": self.text, "sterke_punten": self.sterke_punten, "verbeterpunten": self.verbeterpunten, "edited": False}


def own_versions(audit: AuditData, author: str) -> dict[str, Bevinding]:
    """The author's latest version per norm."""
    own: dict[str, Bevinding] = {}
    for b in audit.bevindingen:
        if b.author == author and (b.norm_id not in own or (b.updated, b.version) > (own[b.norm_id].updated, own[b.norm_id].version)):
            own[b.norm_id] = b
    return own


def is_own_machine_concept(b: Bevinding) -> bool:
    """A concept the machine wrote that its toetser has not taken up (versions.is_machine_concept:
    not edited, not accepted, not settled) and without an oordeel (an oordeel is the toetser's act:
    that version is theirs now). Only such a concept follows new evidence by itself."""
    return is_machine_concept(b) and b.oordeel == "niet beoordeeld"


def replaceable(b: Bevinding) -> bool:
    """What an explicit "Genereer concept" may replace: a version nobody edited, accepted or settled."""
    return not b.edited and not b.accepted and not is_settled(b)


def newer_evidence(b: Bevinding | None, evidence: NormEvidence | None) -> bool:
    """Whether the norm's evidence changed after this version was written (shown with an edited
    version, which regeneration never replaces)."""
    return bool(b is not None and evidence is not None and evidence.latest and evidence.latest > b.updated)


def regenerate(
    audit: AuditData,
    bank: QuestionBank,
    author: str,
    norm_ids: Iterable[str] | None = None,
    *,
    existing_only: bool = False,
) -> list[BevindingUpdate]:
    """Fresh drafts to save as `author`'s versions. Only the author's own unedited machine concept
    is replaced (a version edited by hand or set final never is); unchanged drafts are left alone;
    a norm without evidence gets no concept. With `existing_only`, only norms that already have
    such a concept (what runs when evidence changes). The oordeel is not touched: the suggestion is
    advice, the oordeel is the toetser's."""
    wanted = set(norm_ids) if norm_ids is not None else None
    own = own_versions(audit, author)
    evidence = evidence_by_norm(audit)
    nvt = {m.norm_id.upper() for m in audit.nvt if m.active}
    has_name = name_checker(audit)
    updates = []
    for norm in bank.norms:
        if wanted is not None and norm.id not in wanted:
            continue
        current: Bevinding | None = own.get(norm.id)
        if current is not None and not (is_own_machine_concept(current) if existing_only else replaceable(current)):
            continue
        if existing_only and current is None:
            continue
        draft = draft_bevinding(norm.id, evidence.get(norm.id), bank, nvt=norm.id in nvt, has_name=has_name)
        if current is None and not draft.text:
            continue
        if current is not None and (current.text, current.sterke_punten, current.verbeterpunten) == (
            draft.text,
            draft.sterke_punten,
            draft.verbeterpunten,
        ):
            continue
        updates.append(BevindingUpdate(norm.id, draft.text, draft.sterke_punten, draft.verbeterpunten))
    return updates
