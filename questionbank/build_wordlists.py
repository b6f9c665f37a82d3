"""Rebuild the derived word lists of the name check (run by a maintainer, never at run time).

    pip install faker            # MIT; only to rebuild, not a dependency of the app
    apt-get install wdutch       # OpenTaal word list, BSD or CC-BY-3.0 (our choice: BSD)
    apt-get install tesseract-ocr tesseract-ocr-fry   # West Frisian word list, Apache-2.0 (tessdata_fast)
    apt-get install hunspell-en-us   # SCOWL's American English word list, a permissive licence (no GPL)
    python -m questionbank.build_wordlists

Writes questionbank/data/woorden_nl.txt.gz (the lowercase single words of OpenTaal: "is this an
ordinary Dutch word?"), questionbank/data/woorden_nl_koppel.txt (its hyphenated words: "burn-out",
"time-out"), questionbank/data/woorden_fy.txt.gz (the lowercase words of Tesseract's West Frisian
word list: "is this a Frisian word?", used only in an audit whose notes are partly Frisian),
questionbank/data/woorden_en.txt.gz (the lowercase words of SCOWL's en_US hunspell dictionary and
their plurals: "is this an English word?", for English phrases in Dutch notes) and
questionbank/data/namen.toml (first names, surnames and Dutch place
names from Faker's person and address providers, plus curated names in voornamen.toml).
"""

from __future__ import annotations

import gzip
import importlib
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path

DATA = Path(__file__).parent / "data"
WORD = re.compile(r"[a-zà-öø-ÿ]+")
HYPHENATED = re.compile(r"[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)+")
NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")  # capitalised parts in Latin script: checked in _clean

# Faker locales whose names are written in Latin script and are common among the people of Dutch
# social work today (Dutch, Flemish, Turkish, Maghreb, Polish, East African, Indonesian/Javanese-
# Surinamese, Romanian, and the English names many Dutch parents choose).
FIRST_NAME_LOCALES = ("nl_NL", "nl_BE", "tr_TR", "fr_DZ", "pl_PL", "sw", "id_ID", "ro_RO", "en_US", "en_GB")
SURNAME_LOCALES = ("nl_NL", "nl_BE", "tr_TR", "fr_DZ", "sw", "ro_RO", "id_ID")
# Added in round 4: Ghanaian (Twi), Nigerian (Yoruba, Igbo, Hausa), Kenyan, Pakistani and Indian
# (Hindustani), Azerbaijani and Uzbek (also Afghan Uzbeks), Portuguese (Cape Verdean), Croatian and
# Bosnian, Hungarian, Bulgarian, Russian and Ukrainian (Cyrillic, transliterated as in passports:
# "Oleksandr", "Yuliia"), Chinese and Vietnamese (romanised). Only names that are no Dutch word and
# have three letters or more are kept from these: they must not make "Mist" or "Lan" a person.
EXTRA_LOCALES = ("tw_GH", "yo_NG", "ig_NG", "ha_NG", "en_KE", "en_PK", "en_IN", "az_AZ", "uz_UZ", "pt_PT", "hr_HR", "hu_HU", "bg_BG", "ru_RU", "uk_UA", "zh_CN", "vi_VN")
_CYRILLIC = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяъыэё",
        ["a", "b", "v", "g", "g", "d", "e", "ye", "zh", "z", "i", "i", "yi", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "yu", "ya", "", "y", "e", "yo"],
    )
)
_UKRAINIAN = {**_CYRILLIC, "г": "h", "и": "y"}
_BULGARIAN = {**_CYRILLIC, "щ": "sht", "ъ": "a"}


def _transliterate(name: str, locale: str) -> str:
    """A Cyrillic name in Latin letters as a passport writes it ("Олександр" -> "Oleksandr")."""
    table = {"uk_UA": _UKRAINIAN, "bg_BG": _BULGARIAN}.get(locale, _CYRILLIC)
    out = "".join(table.get(c.lower(), c.lower()) if c.isalpha() else c for c in name)
    return out[:1].upper() + out[1:]


def _latin(name: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def _extra_names(prefix: str, dutch: set[str]) -> set[str]:
    """First names or surnames of EXTRA_LOCALES in Latin script, none a Dutch word."""
    out: set[str] = set()
    for loc in EXTRA_LOCALES:
        names = _provider_names(loc, prefix) if loc != "zh_CN" else _provider_names(loc, prefix.replace("_names", "_romanized_names"))
        if loc in ("bg_BG", "ru_RU", "uk_UA"):
            names = {_transliterate(n, loc) for n in names}
        out |= {n for n in names if _latin(n)}
    return {n for n in _clean(out) if len(n) >= 3 and n.lower() not in dutch}


def _provider_names(locale: str, prefix: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out: set[str] = set()
    for attr in dir(provider):
        value = getattr(provider, attr)
        if attr.startswith(prefix) and isinstance(value, (dict, tuple, list)):
            out |= {str(v) for v in value}
    return out


def _clean(names: set[str]) -> list[str]:
    """Single capitalised words: "van den Berg" gives "Berg"; particles are matched separately."""
    out: set[str] = set()
    for name in names:
        last = name.replace("'s ", "").split()[-1] if name.split() else ""
        if NAME.fullmatch(last) and len(last) >= 2 and _latin(last) and all(p[:1].isupper() and p[1:] == p[1:].lower() for p in last.split("-")):
            out.add(last)
    return sorted(out, key=str.casefold)


def frisian_words() -> list[str]:
    """The lowercase words of the West Frisian word list that Tesseract's OCR data ships (its word
    DAWG, unpacked with combine_tessdata and dawg2wordlist). Mixed case entries ("Wijtse", "Saturday")
    are dropped; names still in it ("douwe") are taken out at load time against the name lists."""
    traineddata = next(Path("/usr/share").glob("tesseract-ocr/*/tessdata/fry.traineddata"))
    with tempfile.TemporaryDirectory() as tmp:
        prefix = str(Path(tmp) / "fry.")
        subprocess.run(["combine_tessdata", "-u", str(traineddata), prefix], check=True, capture_output=True)
        out = Path(tmp) / "words.txt"
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", str(out)], check=True, capture_output=True)
        return sorted({w for w in out.read_text(encoding="utf-8").split("\n") if WORD.fullmatch(w)})


def english_words() -> list[str]:
    """The lowercase entries of the en_US hunspell dictionary (SCOWL), with the plural its S flag
    allows ("message": "messages", "company": "companies"). Capitalised entries are proper nouns
    ("Grace", "Sunday") and are left out; names still in it are taken out at load time."""
    out: set[str] = set()
    for line in Path("/usr/share/hunspell/en_US.dic").read_text(encoding="utf-8").split("\n")[1:]:
        word, _, flags = line.partition("/")
        if not re.fullmatch(r"[a-z]+", word):
            continue
        out.add(word)
        if "S" in flags:
            if word.endswith("y") and word[-2:-1] not in "aeiou":
                out.add(word[:-1] + "ies")
            elif word.endswith(("s", "x", "z", "ch", "sh")):
                out.add(word + "es")
            else:
                out.add(word + "s")
    return sorted(out)


def main() -> None:
    words = [w for w in Path("/usr/share/dict/dutch").read_text(encoding="utf-8").split("\n") if WORD.fullmatch(w)]
    (DATA / "woorden_nl.txt.gz").write_bytes(gzip.compress("\n".join(sorted(set(words))).encode(), 9, mtime=0))
    # the lowercase hyphenated words of OpenTaal ("burn-out", "time-out", "follow-up"), kept apart so
    # that the large list above stays as it was
    joined = [w for w in Path("/usr/share/dict/dutch").read_text(encoding="utf-8").split("\n") if HYPHENATED.fullmatch(w)]
    (DATA / "woorden_nl_koppel.txt").write_text("\n".join(sorted(set(joined))) + "\n", encoding="utf-8")
    (DATA / "woorden_fy.txt.gz").write_bytes(gzip.compress("\n".join(frisian_words()).encode(), 9, mtime=0))
    (DATA / "woorden_en.txt.gz").write_bytes(gzip.compress("\n".join(english_words()).encode(), 9, mtime=0))
    first: set[str] = set()
    for loc in FIRST_NAME_LOCALES:
        first |= _provider_names(loc, "first_names")
    last: set[str] = set()
    for loc in SURNAME_LOCALES:
        last |= _provider_names(loc, "last_names")
    dutch = set(words)
    first |= _extra_names("first_names", dutch)
    last |= _extra_names("last_names", dutch)
    cities = importlib.import_module("faker.providers.address.nl_NL").Provider.cities
    places = sorted({c for c in cities if c.strip()}, key=str.casefold)

    def toml_list(items: list[str]) -> str:
        lines, line = [], "  "
        for item in items:
            piece = '"' + item.replace("\\", "\\\\").replace('"', '\\"') + '", '
            if len(line) + len(piece) > 100:
                lines.append(line.rstrip())
                line = "  "
            line += piece
        lines.append(line.rstrip())
        return "[\n" + "\n".join(lines) + "\n]\n"

    header = (
        "# GENERATED by `python -m questionbank.build_wordlists`; do not edit by hand (curated names go in\n"
        "# voornamen.toml). Read by questionbank.loader.load_name_lists().\n"
        "#\n"
        "# Source: Faker 40 (https://pypi.org/project/Faker/, MIT licence, (c) 2012 Daniele Faraglia),\n"
        f"# person providers {', '.join(FIRST_NAME_LOCALES)} (first names) and {', '.join(SURNAME_LOCALES)}\n"
        f"# (surnames), and {', '.join(EXTRA_LOCALES)} (both, Cyrillic transliterated, none a Dutch word),\n"
        "# address provider nl_NL (place names). Only single capitalised words in Latin script\n"
        "# are kept; for \"van den Berg\" the core \"Berg\" (particles are matched by the name check itself).\n"
        "# Whether a name is also an ordinary Dutch word (\"Roos\", \"Bakker\") is decided at load time\n"
        "# against woorden_nl.txt.gz (OpenTaal word list, BSD licence, (c) OpenTaal).\n\n"
    )
    text = header + "voornamen = " + toml_list(_clean(first)) + "\nachternamen = " + toml_list(_clean(last))
    text += "\nplaatsen = " + toml_list(places)
    (DATA / "namen.toml").write_text(text, encoding="utf-8")
    print(f"{len(words)} woorden, {len(_clean(first))} voornamen, {len(_clean(last))} achternamen, {len(places)} plaatsen")


if __name__ == "__main__":
    main()
