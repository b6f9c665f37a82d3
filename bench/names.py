"""Benchmark of the name check on labelled Dutch audit notes: are names found, are words spared?

Each corpus file (bench/labelled/names_*.toml: `[[sentence]]` with `text` and `names`, the exact
substrings that are person names or contact data) is read as ONE audit, the way the export sees
it: a first pass finds names, then every found name is applied to every sentence. Printed per part:
  recall        share of the labelled names (and phone numbers, e-mail addresses) whose every
                letter and digit is replaced
  fout vervangen  wrongly replaced words / all replaced words (words with a letter outside any
                  labelled name; the digit groups of a phone number are not words). The words of an
                  e-mail address or phone number are never counted as wrongly replaced: the issue
                  asks for contact data to be replaced everywhere (but in the Deel A contact
                  fields), so replacing "secretariaat@welzijnwest.nl" is the specified behaviour;
                  how many words that excludes is printed. A labelled name inside an e-mail address
                  still has to be found.
  zinnen zonder naam met vervanging  share of name-free sentences in which anything was replaced
                  (an e-mail address or phone number alone does not count)
A name listed in a sentence is matched longest first, so in "Ahmadzai werkt …; Gulalai Ahmadzai"
with ["Ahmadzai", "Gulalai Ahmadzai"] the full name claims its own occurrence.
TUNED: names_tuned.toml (written while building the detector), names_tuned2.toml (the blind set
of round 1, seen since), names_tuned3.toml (the blind set of round 2, seen since),
names_tuned4.toml (the blind set of round 3, seen since round 4), names_tuned5.toml (written in
round 4 for the rules added then, extended in round 5), names_tuned6.toml (the blind set of
round 4, seen since round 5), names_tuned7.toml (written in round 5 for the rules added then),
names_tuned8.toml (the blind set of round 5, seen since round 6), names_tuned9.toml (written in
round 6 for the names then found), names_tuned10.toml (written in round 6 for the false hits
fixed then), names_tuned11.toml (the blind set of round 6, seen since round 7),
names_tuned12.toml (written in round 7 for the document forms then added), names_tuned13.toml
(written in round 7 for the word-name forms then added), names_tuned14.toml (the blind set of
round 7, seen since round 8), names_tuned15.toml (written in round 8 for the recall forms then
added), names_tuned16.toml (written in round 8 for the capitalised non-names then spared) and
names_tuned17.toml to names_tuned21.toml (the five blind sets of round 8: interview notes, report
prose, pasted mail/chat/lists, casework, hard cases; seen since round 9), names_tuned22.toml
(written in round 9 for the file, list, register and contact forms then added), names_tuned23.toml
(written in round 9 for the surnames and possessives then found in running text),
names_tuned24.toml (written in round 9 for the precision rules then added: places, shorthand,
"van" as a preposition, schools named after a person) and names_tuned25.toml to
names_tuned29.toml (the five blind sets of round 9: management interviews, document inspection,
pasted transcripts and mail, regional casework, hard cases; seen since round 10),
names_tuned30.toml (written in round 10 for the initials, register rows, user names, file names
and phone numbers then added), names_tuned31.toml (written in round 10 for the surname, context and
word-name rules added then: regional first names, particle surnames in a person's slot, a surname
that is a word after a role), names_tuned32.toml (written in round 10 for the place rules then
added: places the audit names, place-surnames found once, regional place names and dialect words),
names_tuned33.toml (written in round 10 for the capitalised non-names then spared: saints, honours,
rooms, acronyms in capitals, organisations, departments, compounds) and names_tuned34.toml to
names_tuned41.toml (the eight blind sets of round 10: hurried work-floor notes, report prose,
registers and pasted PDF text, super-diverse casework, hard cases, youth work and social media,
older people and debt, the toetsers' own working material; seen since round 11),
names_tuned42.toml (written in round 11 for the register, initial, file-name, handle, e-mail,
East Asian, rota and form-field rules then added), names_tuned43.toml (written in round 11 for the
surname rules then added: names of more origins, a first name before a no-name word, word surnames
that notice or sit beside kin, short forms before "=" and speakers before a quote, lowercase
surnames in a person's slot, double surnames after a hyphen and particle, nicknames, where a full
name ends), names_tuned44.toml (written in round 11 for the place rules then added: area nouns as
fields, addresses, surnames the audit uses as places, names of buildings, "Het" venues, area
compounds, places of origin), names_tuned45.toml (written in round 11 for the capitalised
non-names then spared: "resp.", languages, feasts, benefits, role acronyms, instruments, clubs,
churches, firms, postcodes), names_tuned46.toml (written in round 11 for the lowercase rules then
added: "resp. X", "X = X Y", a name's label, "X en ik", a speaker before a quote, a found name used
again in lowercase) and names_tuned47.toml to names_tuned55.toml (the nine blind sets of round 11:
live lowercase notes, group interviews, pasted mail and chat, document inspection, report prose,
super-diverse casework, hard cases, rural and regional, the toetsers' working material; seen since
round 12), names_tuned56.toml (written in round 12 for the list, register, CSV, chat, handle, user
name and file name rules then added), names_tuned57.toml (written in round 12 for the surname rules
then added: listed surnames shaped like a street, Twente and Achterhoek surnames in -ink and with
"Groot", community and religious titles, lowercase particles), names_tuned58.toml (written in round
12 for the place rules then added: a place after a first name's particles, a town the audit keeps
naming, a worker's area after a role, venues led by an acronym, places of origin after "uit",
places joined by a hyphen, "van" after a noun), names_tuned59.toml (written in round 12 for the
word rules then added: surnames with a street's ending, "-kerk", capitals after a first name, the
shorthand of notes, houses of worship), names_tuned60.toml (written in round 12 for the lowercase
and spreading rules then added: a unit's letters beside a found name, a label cut short, a first
name after an article, a place-surname after a role, short forms in brackets and before "=") and names_tuned61.toml to names_tuned74.toml (the fourteen
blind sets of round 12: lowercase notes of ouderenwerk and schuldhulp, group interviews, pasted
Outlook and Teams text, registers, report prose in Heerlen, Amsterdam casework, hard cases,
Friesland, youth work and handles, intercollegiale toetsing, opbouwwerk, a whole audit day in
Zeeland, poverty and informal care; seen since round 13), names_tuned75.toml to names_tuned80.toml
(six of the sixteen blind sets of round 13, scored blind three times, then seen since round 15:
Utrecht buurtteams, Drenthe ouderenwerk, Noord-Limburg group interviews, pasted Outlook/Teams text
in Almere, Nijmegen registers, Groningen report prose), each file and all together. BLIND:
names_blind*.toml (names_blind13g-p: ten of round 13's sixteen; names_blind15a-f: round 15's
six, written to a brief that settles initials (names) and public persons (cited authors, eponyms: no
names); 15c was filled from sentence patterns by a writer short of time, 15e stopped at 256), each
written by someone who never saw the detector, only scored, never tuned on; each file is its own
audit, printed alone and all together; when there is none the bench says so.
Missed names and wrongly replaced words are listed with --details.

Run: python bench/names.py [--details]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interviewer.domain.names import SOURCE_CONTACT, audit_finder, load_lexicon  # noqa: E402

LABELLED = ROOT / "bench" / "labelled"
TUNED = (
    "names_tuned.toml",
    "names_tuned2.toml",
    "names_tuned3.toml",
    "names_tuned4.toml",
    "names_tuned5.toml",
    "names_tuned6.toml",
    "names_tuned7.toml",
    "names_tuned8.toml",
    "names_tuned9.toml",
    "names_tuned10.toml",
    "names_tuned11.toml",
    "names_tuned12.toml",
    "names_tuned13.toml",
    "names_tuned14.toml",
    "names_tuned15.toml",
    "names_tuned16.toml",
    "names_tuned17.toml",
    "names_tuned18.toml",
    "names_tuned19.toml",
    "names_tuned20.toml",
    "names_tuned21.toml",
    "names_tuned22.toml",
    "names_tuned23.toml",
    "names_tuned24.toml",
    "names_tuned25.toml",
    "names_tuned26.toml",
    "names_tuned27.toml",
    "names_tuned28.toml",
    "names_tuned29.toml",
    "names_tuned30.toml",
    "names_tuned31.toml",
    "names_tuned32.toml",
    "names_tuned33.toml",
    "names_tuned34.toml",
    "names_tuned35.toml",
    "names_tuned36.toml",
    "names_tuned37.toml",
    "names_tuned38.toml",
    "names_tuned39.toml",
    "names_tuned40.toml",
    "names_tuned41.toml",
    "names_tuned42.toml",
    "names_tuned43.toml",
    "names_tuned44.toml",
    "names_tuned45.toml",
    "names_tuned46.toml",
    "names_tuned47.toml",
    "names_tuned48.toml",
    "names_tuned49.toml",
    "names_tuned50.toml",
    "names_tuned51.toml",
    "names_tuned52.toml",
    "names_tuned53.toml",
    "names_tuned54.toml",
    "names_tuned55.toml",
    "names_tuned56.toml",
    "names_tuned57.toml",
    "names_tuned58.toml",
    "names_tuned59.toml",
    "names_tuned60.toml",
    "names_tuned61.toml",
    "names_tuned62.toml",
    "names_tuned63.toml",
    "names_tuned64.toml",
    "names_tuned65.toml",
    "names_tuned66.toml",
    "names_tuned67.toml",
    "names_tuned68.toml",
    "names_tuned69.toml",
    "names_tuned70.toml",
    "names_tuned71.toml",
    "names_tuned72.toml",
    "names_tuned73.toml",
    "names_tuned74.toml",
    "names_tuned75.toml",
    "names_tuned76.toml",
    "names_tuned77.toml",
    "names_tuned78.toml",
    "names_tuned79.toml",
    "names_tuned80.toml",
)
BLIND = "names_blind*.toml"
WORD = re.compile(r"[^\W_]+")
COUNTS = ("sentences", "with_names", "names", "found", "replaced", "wrong", "free", "free_hit", "contact_words")


def occurrences(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Every non-overlapping occurrence of each listed name: a set lists a name once even when the
    sentence has it twice ("mevr. Boukhari … Later zegt Boukhari"). Longer names first, so that
    "Gulalai Ahmadzai" is not split by a listed "Ahmadzai". An occurrence is a whole word: a
    listed "mo" is not the "mo" of "moet" (which would count a miss where nothing was missed, and
    hide a word wrongly replaced). Only a name that never stands alone in its sentence (glued into
    a file name or an address, say) is taken where it is found."""
    out, taken = [], []

    def letter(k: int) -> bool:  # a modifier letter (the quote marks ʻ ʼ) is no part of a word
        return text[k].isalnum() and unicodedata.category(text[k]) != "Lm"

    def alone(i: int, j: int) -> bool:
        return (i == 0 or not letter(i - 1)) and (j == len(text) or not letter(j))

    for name in sorted(dict.fromkeys(names), key=len, reverse=True):
        found = [i for i in range(len(text)) if text.startswith(name, i)]
        whole = [i for i in found if alone(i, i + len(name))]
        for i in whole or found:
            if not any(i < e and i + len(name) > s for s, e in taken):
                out.append((i, i + len(name), name))
                taken.append((i, i + len(name)))
    return out


def score(path: Path) -> dict:
    sentences = tomllib.loads(path.read_text(encoding="utf-8"))["sentence"]
    texts = [s["text"] for s in sentences]
    finder = audit_finder(texts)
    names_total = names_found = 0
    replaced_words = wrong_words = 0
    free = free_hit = contact_words = 0
    missed: list[str] = []
    wrong: list[str] = []
    for s in sentences:
        text = s["text"]
        spans = finder.spans(text)
        covered, contact = set(), set()
        for sp in spans:
            covered.update(range(sp.start, sp.end))
            if sp.source == SOURCE_CONTACT:
                contact.update(range(sp.start, sp.end))
        gold = occurrences(text, s["names"])
        for start, end, name in gold:
            names_total += 1
            letters = [i for i in range(start, end) if text[i].isalnum()]
            if all(i in covered for i in letters):
                names_found += 1
            else:
                missed.append(f"{name!r} in: {text}")
        in_gold = set()
        for start, end, _ in gold:
            in_gold.update(range(start, end))
        for m in WORD.finditer(text):
            if m.group().isdigit():
                continue  # a digit group of a phone number or a date: not a word
            if any(i in covered for i in range(m.start(), m.end())):
                if all(i in contact for i in range(m.start(), m.end())):
                    if not any(i in in_gold for i in range(m.start(), m.end())):
                        contact_words += 1  # part of an e-mail address or phone number: replaced by design
                        continue
                replaced_words += 1
                if not any(i in in_gold for i in range(m.start(), m.end())):
                    wrong_words += 1
                    wrong.append(f"{m.group()!r} in: {text}")
        if not s["names"]:
            free += 1
            free_hit += any(sp.source != SOURCE_CONTACT for sp in spans)
    return {
        "sentences": len(sentences),
        "with_names": sum(1 for s in sentences if s["names"]),
        "names": names_total,
        "found": names_found,
        "replaced": replaced_words,
        "wrong": wrong_words,
        "free": free,
        "free_hit": free_hit,
        "contact_words": contact_words,
        "missed": missed,
        "wrong_list": wrong,
    }


def total(results: list[dict]) -> dict:
    """Several files counted together (every name and every replaced word weighs the same)."""
    out = {k: sum(r[k] for r in results) for k in COUNTS}
    out["missed"] = [m for r in results for m in r["missed"]]
    out["wrong_list"] = [w for r in results for w in r["wrong_list"]]
    return out


def show(label: str, r: dict, details: bool) -> None:
    recall = r["found"] / r["names"] if r["names"] else 0.0
    wrong_rate = r["wrong"] / r["replaced"] if r["replaced"] else 0.0
    free_rate = r["free_hit"] / r["free"] if r["free"] else 0.0
    print(
        f"{label}: {r['sentences']} zinnen ({r['with_names']} met, {r['free']} zonder naam), {r['names']} namen\n"
        f"  recall namen            {recall:.3f}   ({r['found']} van {r['names']}; doel >= 0.99)\n"
        f"  fout vervangen woorden  {wrong_rate:.3f}   ({r['wrong']} van {r['replaced']} vervangen woorden; doel <= 0.05)\n"
        f"  zinnen zonder naam met een vervanging  {free_rate:.3f}\n"
        f"  niet geteld: {r['contact_words']} woorden van e-mailadressen en telefoonnummers (overal vervangen, zo bedoeld)"
    )
    if details:
        for line in r["missed"]:
            print(f"    gemist: {line}")
        for line in r["wrong_list"]:
            print(f"    fout:   {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list missed names and wrongly replaced words")
    args = parser.parse_args()
    t0 = time.perf_counter()
    load_lexicon()
    print(f"naamlijsten en woordenlijst geladen in {(time.perf_counter() - t0) * 1000:.0f} ms")
    tuned = []
    for filename in TUNED:
        r = score(LABELLED / filename)
        tuned.append(r)
        show(f"afgestemd (tuned) {filename}", r, args.details)
    show("afgestemd (tuned) samen", total(tuned), False)
    blind = []
    for path in sorted(LABELLED.glob(BLIND)):
        r = score(path)
        blind.append(r)
        show(f"blind {path.name}, nooit op afgestemd", r, args.details)
    if not blind:
        print("blind: ontbreekt")
    elif len(blind) > 1:
        show("blind samen", total(blind), False)
    if blind:
        share = sum(r["sentences"] for r in blind) / sum(r["sentences"] for r in tuned + blind)
        print(f"blind deel van het corpus: {share:.2f} van alle zinnen")


if __name__ == "__main__":
    main()
