"""Turn the demo data (demo_audit.toml) into audit rows, and write them to a new audit file.

The data file is the readable source; this module only gives every row a fixed id (uuid5 of the
namespace and a key) and a fixed UTC timestamp, so that two builds are identical row for row.
Reading the data needs neither the store nor Textual; writing it goes through the store.
"""

from __future__ import annotations

import tomllib
import uuid
from datetime import date, datetime, time, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from sessions.models import (
    Aantekening,
    AskedQuestion,
    AuditData,
    Bevinding,
    Bron,
    CustomQuestion,
    NvtMarking,
    PreparationNote,
    Tag,
    Toetser,
    Toetsing,
)

DEMO_DATA_NAME = "demo_audit.toml"
# A tag is confirmed a few seconds after the note is typed; the gap keeps the order of rows natural.
TAG_DELAY = timedelta(seconds=20)
# The store's timestamp format (UTC, microseconds, "Z"): rows compare their `updated` as text in a merge.
TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class DemoDataError(ValueError):
    """The demo data file is inconsistent (unknown toetser, bron or day): a bug in the shipped data."""


def demo_data_text() -> str:
    """The shipped demo data, read from the package (works from a wheel as well as a checkout)."""
    return resources.files("interviewer.demo").joinpath(DEMO_DATA_NAME).read_text(encoding="utf-8")


class _Clock:
    """Local 'day HH:MM' stamps of the data file to ISO 8601 UTC strings."""

    def __init__(self, days: dict[str, str], utc_offset_hours: float) -> None:
        self.days = {int(k): date.fromisoformat(v) for k, v in days.items()}
        self.offset = timezone(timedelta(hours=utc_offset_hours))

    def at(self, day: int, hhmm: str, *, plus: timedelta = timedelta()) -> str:
        if day not in self.days:
            raise DemoDataError(f"onbekende auditdag {day}")
        local = datetime.combine(self.days[day], time.fromisoformat(hhmm), tzinfo=self.offset) + plus
        return local.astimezone(timezone.utc).strftime(TS_FORMAT)

    def stamp(self, text: str, *, plus: timedelta = timedelta()) -> str:
        """'2 13:05' -> the UTC timestamp of 13:05 local time on audit day 2."""
        day, hhmm = text.split()
        return self.at(int(day), hhmm, plus=plus)


def build_demo(text: str | None = None) -> AuditData:
    """All rows of the demo audit, with fixed ids and times. Pure: no file is written."""
    raw = tomllib.loads(demo_data_text() if text is None else text)
    namespace = uuid.UUID(raw["namespace"])
    clock = _Clock(raw["days"], raw["utc_offset_hours"])

    def uid(key: str) -> str:
        return str(uuid.uuid5(namespace, key))

    toetsers = [
        Toetser(id=uid(f"toetser/{t['key']}"), name=t["name"], role=t["role"], organisation=t.get("organisation", ""))
        for t in raw["toetser"]
    ]
    toetser_ids = {t["key"]: uid(f"toetser/{t['key']}") for t in raw["toetser"]}

    def toetser_id(key: str) -> str:
        if key not in toetser_ids:
            raise DemoDataError(f"onbekende toetser {key!r}")
        return toetser_ids[key]

    first = clock.stamp(raw["toetsing"]["created"])
    for t in toetsers:
        t.created = t.updated = first
        t.author = toetser_id(raw["toetsing"]["author"])

    toetsing = _toetsing(raw, clock, uid("toetsing"), toetser_id)
    bronnen, aantekeningen, tags = _bronnen(raw, clock, uid, toetser_id)
    bron_ids = {b["key"]: uid(f"bron/{b['key']}") for b in raw["bron"]}

    def bron_id(key: str) -> str:
        if key not in bron_ids:
            raise DemoDataError(f"onbekende bron {key!r}")
        return bron_ids[key]

    nvt = []
    for n in raw.get("nvt", []):
        active = n.get("active", True)
        created = clock.stamp(n["at"])
        nvt.append(
            NvtMarking(
                id=uid(f"nvt/{n['norm']}"), norm_id=n["norm"], reason=n["reason"], active=active,
                created=created, updated=created if active else clock.stamp(n["withdrawn_at"]),
                author=toetser_id(n["toetser"]),
            )
        )

    preparation = [
        _stamped(PreparationNote(id=uid(f"preparation/{p['norm']}"), norm_id=p["norm"], text=p["text"]),
                 clock.stamp(p["at"]), toetser_id(p["toetser"]))
        for p in raw.get("preparation", [])
    ]

    custom_questions: list[CustomQuestion] = []
    asked: list[AskedQuestion] = []
    for q in raw.get("custom_question", []):
        question = _stamped(
            CustomQuestion(id=uid(f"custom/{q['key']}"), norm_id=q["norm"], text=q["text"],
                           functie_category=q.get("functie_category", "")),
            clock.stamp(q["at"]), toetser_id(q["toetser"]),
        )
        custom_questions.append(question)
        for bron_key in q.get("asked_in", []):
            asked.append(_asked(uid, bronnen, bron_id(bron_key), q["norm"], f"custom:{question.id}"))
    for entry in raw.get("asked", []):
        for ref in entry["questions"]:
            norm_id, index = ref.split(":")
            asked.append(_asked(uid, bronnen, bron_id(entry["bron"]), norm_id, f"bank:{norm_id}:{int(index)}"))

    bevindingen = [
        _stamped(
            Bevinding(
                id=uid(f"bevinding/{b['norm']}/{b['toetser']}"), norm_id=b["norm"], text=b.get("text", ""),
                oordeel=b.get("oordeel", "niet beoordeeld"), status=b.get("status", "draft"),
                sterke_punten=b.get("sterke_punten", ""), verbeterpunten=b.get("verbeterpunten", ""),
                edited=True,
            ),
            clock.stamp(b["at"]), toetser_id(b["toetser"]),
        )
        for b in raw.get("bevinding", [])
    ]

    return AuditData(
        toetsing=toetsing, toetsers=toetsers, bronnen=bronnen, aantekeningen=aantekeningen, tags=tags,
        nvt=nvt, bevindingen=bevindingen, custom_questions=custom_questions, asked=asked,
        preparation=preparation,
    )


def _stamped(row: Any, when: str, author: str) -> Any:
    row.created = row.updated = when
    row.author = author
    return row


def _toetsing(raw: dict, clock: _Clock, toetsing_id: str, toetser_id) -> Toetsing:  # noqa: ANN001
    t = dict(raw["toetsing"])
    created = clock.stamp(t.pop("created"))
    author = toetser_id(t.pop("author"))
    return Toetsing(
        id=toetsing_id, audit_dates=[clock.days[d].isoformat() for d in sorted(clock.days)],
        created=created, updated=created, author=author, **t,
    )


def _bronnen(raw: dict, clock: _Clock, uid, toetser_id) -> tuple[list[Bron], list[Aantekening], list[Tag]]:  # noqa: ANN001
    bronnen: list[Bron] = []
    aantekeningen: list[Aantekening] = []
    tags: list[Tag] = []
    for b in raw["bron"]:
        who = toetser_id(b["toetser"])
        started = clock.at(b["day"], b["start"])
        bron = Bron(
            id=uid(f"bron/{b['key']}"), kind=b["kind"], title=b.get("title", ""), functie=b.get("functie", ""),
            functie_category=b.get("functie_category", ""), werksoort=b.get("werksoort", ""),
            persons=b.get("persons", 1), document_kind=b.get("document_kind", ""), toetser_id=who,
            started=started, ended=clock.at(b["day"], b["end"]) if "end" in b else "",
        )
        bronnen.append(_stamped(bron, started, who))
        for note in b["notes"]:
            key = f"aantekening/{b['key']}/{note['at']}"
            when = clock.at(b["day"], note["at"])
            aantekening = _stamped(
                Aantekening(id=uid(key), bron_id=bron.id, text=note["text"], kind=note.get("kind", "citaat"),
                            toetser_id=who),
                when, who,
            )
            aantekeningen.append(aantekening)
            tagged = clock.at(b["day"], note["at"], plus=TAG_DELAY)
            for norm_id in note.get("norms", []):
                tags.append(_stamped(
                    Tag(id=uid(f"{key}/{norm_id}"), aantekening_id=aantekening.id, norm_id=norm_id,
                        origin="manual", state="confirmed"),
                    tagged, who,
                ))
            for state in ("rejected", "suggested"):  # the tagger's proposals: turned down, or still open
                for norm_id, score in note.get(state, {}).items():
                    tags.append(_stamped(
                        Tag(id=uid(f"{key}/{norm_id}"), aantekening_id=aantekening.id, norm_id=norm_id,
                            origin="auto", score=float(score), state=state),
                        tagged if state == "rejected" else when, who,
                    ))
    return bronnen, aantekeningen, tags


def _asked(uid, bronnen: list[Bron], bron_id: str, norm_id: str, question_key: str) -> AskedQuestion:  # noqa: ANN001
    """Asked during the interview: stamped halfway through it, by the toetser who held it."""
    bron = next(b for b in bronnen if b.id == bron_id)
    start = datetime.strptime(bron.started, TS_FORMAT)
    end = datetime.strptime(bron.ended, TS_FORMAT) if bron.ended else start
    when = (start + (end - start) / 2).strftime(TS_FORMAT)
    return _stamped(
        AskedQuestion(id=uid(f"asked/{bron_id}/{question_key}"), bron_id=bron_id, norm_id=norm_id,
                      question_key=question_key),
        when, bron.toetser_id,
    )
