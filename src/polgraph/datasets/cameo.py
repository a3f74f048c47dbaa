"""CAMEO codes in polgraph's terms: event codes → PLOVER and event classes, actor codes →
gazetteer actors.

The knowledge is data an analyst edits, in ``data/cameo/``: ``cameo-plover.csv`` (one row
per CAMEO event code: PLOVER category, mode, context, polgraph event class, reference
Goldstein value), ``roles.csv`` (CAMEO role codes and whether they speak for a state) and
``actors.csv`` (CAMEO codes of organisations that the gazetteer does not carry).

>>> table = load_event_table()
>>> m = table["042"]
>>> m.plover, m.mode, m.event_class
('CONSULT', 'visit', 'Visit')
>>> table["010"].plover is None      # PLOVER does not code public statements
True
>>> mapper = ActorMapper()
>>> mapper.resolve("SYRGOV", "SYRIA", "SYR", "", ("GOV",), "2016-07-28")
ActorRef(id='cameo-SYRGOV', label='Syria (government)', group='SYR')
>>> mapper.resolve("SYRREB", "SYRIAN", "SYR", "", ("REB",), "2016-07-28").group is None
True
"""
from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from polgraph.errors import ParseError
from polgraph.gazetteer import Gazetteer, load_gazetteer
from polgraph.model import PLOVER_CATEGORIES, ActorRef
from polgraph.resources import data_dir

__all__ = [
    "EventMapping", "ActorDescription", "ActorMapper",
    "load_event_table", "load_roles", "load_actor_codes", "cameo_dir",
]

_CODE = re.compile(r"[0-9]{2,4}")


def cameo_dir() -> Path:
    """The folder of the CAMEO mapping tables (``data/cameo``)."""
    return data_dir() / "cameo"


@dataclass(frozen=True, slots=True)
class EventMapping:
    """What one CAMEO event code means in PLOVER and in polgraph's event classes."""

    cameo: str
    plover: str | None          # None: no PLOVER category, such rows are skipped
    mode: str
    context: str
    event_class: str | None
    goldstein: float | None     # the reference Goldstein value of the code
    description: str


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise ParseError(f"{path}: missing column(s) {', '.join(missing)}")
            for n, row in enumerate(reader, 2):
                yield n, {k: (v or "").strip() for k, v in row.items() if k}
    except FileNotFoundError:
        raise ParseError(f"CAMEO table not found: {path}") from None
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ParseError(f"cannot read {path}: {err}") from None


def load_event_table(path: str | Path | None = None) -> dict[str, EventMapping]:
    """The CAMEO event code table, by code; every row is checked.

    Raises :class:`~polgraph.errors.ParseError` naming the line of a bad row.
    """
    return _load_event_table(str(path or cameo_dir() / "cameo-plover.csv"))


@functools.cache
def _load_event_table(path: str) -> dict[str, EventMapping]:
    from polgraph.vocab import PG

    table: dict[str, EventMapping] = {}
    columns = ("cameo", "plover", "mode", "context", "event_class", "goldstein", "description")
    for n, row in _rows(Path(path), columns):
        code, plover, event_class = row["cameo"], row["plover"] or None, row["event_class"] or None
        where = f"{path}:{n}"
        if not _CODE.fullmatch(code):
            raise ParseError(f"{where}: {code!r} is not a CAMEO event code")
        if code in table:
            raise ParseError(f"{where}: code {code} appears twice")
        if plover is not None and plover not in PLOVER_CATEGORIES:
            raise ParseError(f"{where}: unknown PLOVER category {plover!r}")
        if (plover is None) != (event_class is None):
            raise ParseError(f"{where}: give both a PLOVER category and an event class, or neither")
        if event_class is not None:
            try:
                PG[event_class]
            except AttributeError:
                raise ParseError(f"{where}: {event_class!r} is not a polgraph event class") from None
        try:
            goldstein = float(row["goldstein"]) if row["goldstein"] else None
        except ValueError:
            raise ParseError(f"{where}: goldstein {row['goldstein']!r} is not a number") from None
        table[code] = EventMapping(code, plover, row["mode"], row["context"], event_class,
                                   goldstein, row["description"])
    return table


def load_roles(path: str | Path | None = None) -> dict[str, tuple[str, bool]]:
    """CAMEO role codes → (name, whether an actor with this role speaks for its state).

    >>> load_roles()["MIL"], load_roles()["REB"]
    (('military', True), ('rebels', False))
    """
    return _load_roles(str(path or cameo_dir() / "roles.csv"))


@functools.cache
def _load_roles(path: str) -> dict[str, tuple[str, bool]]:
    roles = {}
    for n, row in _rows(Path(path), ("role", "name", "speaks_for_state")):
        flag = row["speaks_for_state"].lower()
        if flag not in ("yes", "no"):
            raise ParseError(f"{path}:{n}: speaks_for_state must be yes or no, not {flag!r}")
        roles[row["role"]] = (row["name"], flag == "yes")
    return roles


def load_actor_codes(path: str | Path | None = None) -> dict[str, str]:
    """Extra CAMEO codes (known-group or full actor codes) → gazetteer actor ids.

    >>> load_actor_codes()["UNO"]
    'UN'
    """
    return _load_actor_codes(str(path or cameo_dir() / "actors.csv"))


@functools.cache
def _load_actor_codes(path: str) -> dict[str, str]:
    return {row["cameo"]: row["actor"] for _, row in _rows(Path(path), ("cameo", "actor"))}


@dataclass(frozen=True, slots=True)
class ActorDescription:
    """An actor that an import creates because the gazetteer does not carry it."""

    id: str
    label: str
    group: str | None
    cameo: str
    roles: tuple[str, ...]


class ActorMapper:
    """Resolve a GDELT actor (CAMEO code, name, country, known group, roles) to an actor.

    In order: a gazetteer actor whose ``cameo`` is the full code or the known-group code
    (or a code listed in ``actors.csv``); a gazetteer person whose English name is the
    GDELT name; otherwise an actor of the import's own, ``cameo-<CODE>``, which keeps
    its role codes. It rolls up to its country's group when every role speaks for the
    state (government, military, police ...): ``SYRMIL`` counts for SYR, ``SYRREB`` does
    not. Codes with no country roll up to nothing.

    Parameters
    ----------
    gazetteer:
        Defaults to the shipped gazetteer.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, roles: dict[str, tuple[str, bool]] | None = None,
                 extra_codes: dict[str, str] | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.roles = roles if roles is not None else load_roles()
        by_code = {a.cameo: a.id for a in self.gazetteer if a.cameo}
        for code, actor_id in (extra_codes if extra_codes is not None else load_actor_codes()).items():
            if actor_id in self.gazetteer:
                by_code.setdefault(code, actor_id)
        self._by_code = by_code
        self._persons = {a.en.upper(): a.id for a in self.gazetteer if a.kind == "Person"}
        self._created: dict[str, ActorDescription] = {}

    def description(self, actor_id: str) -> ActorDescription | None:
        """How to describe an actor this mapper created (None for gazetteer actors)."""
        return self._created.get(actor_id)

    def resolve(self, code: str, name: str, country: str, known_group: str,
                roles: tuple[str, ...], date: str | None = None) -> ActorRef:
        """The actor a GDELT actor stands for on ``date``."""
        gaz = self.gazetteer
        for candidate in (code, known_group):
            actor_id = self._by_code.get(candidate) if candidate else None
            if actor_id is not None:
                return gaz.ref(actor_id, date)
        person = self._persons.get(name.upper()) if name else None
        if person is not None:
            return gaz.ref(person, date)
        key = code or "UNKNOWN-" + name.upper().replace(" ", "_")
        actor_id = "cameo-" + key
        created = self._created.get(actor_id)
        if created is None:
            created = self._create(actor_id, code, name, country, roles)
            self._created[actor_id] = created
        return ActorRef(created.id, created.label, created.group)

    def _create(self, actor_id: str, code: str, name: str, country: str,
                roles: tuple[str, ...]) -> ActorDescription:
        state_roles = all(self.roles.get(r, ("", False))[1] for r in roles)
        home = self.gazetteer.actors.get(self._by_code.get(country, "")) if country else None
        group = None
        if country and state_roles:
            group = home.group if home is not None and home.group else country
        role_names = ", ".join(self.roles.get(r, (r, False))[0] for r in roles)
        if home is not None:
            label = f"{home.en} ({role_names})" if role_names else home.en
        elif not country and role_names:
            label = role_names  # a bare role code (CVL, GOV ...) names a kind, not one actor
        else:
            label = name.title() if name else code
        return ActorDescription(actor_id, label, group, code, roles)
