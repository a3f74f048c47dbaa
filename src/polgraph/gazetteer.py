"""The actor gazetteer: names in Arabic and English, roll-up groups, persons' roles.

The gazetteer is data (``data/gazetteer/*.toml``) that an analyst extends without touching
code. This module reads it into :class:`GazetteerActor` objects and answers the one
question every later stage asks: which group does this actor stand for on this date?

>>> gaz = load_gazetteer()
>>> gaz.group_at("ahmed-al-sharaa", "2025-11-10")
'SYR'
>>> gaz.group_at("ahmed-al-sharaa", "2020")
'HTS'
>>> gaz.group_at("SDF")
'SDF'
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from polgraph.errors import ParseError
from polgraph.model import ActorRef, date_bounds
from polgraph.resources import data_dir

__all__ = ["GazetteerActor", "Role", "Gazetteer", "load_gazetteer", "ACTOR_KINDS"]

ACTOR_KINDS = ("State", "Person", "ArmedGroup", "Organisation", "Coalition")
#: Days after a role's end during which the person still rolls up to it.
ROLE_GRACE_DAYS = 30


@dataclass(frozen=True)
class Role:
    """A person's time-bounded role: ``leader_of`` or ``member_of`` an actor."""

    relation: str
    object: str
    start: str | None = None
    end: str | None = None

    def covers(self, date: str) -> bool:
        """Whether the role may hold on ``date`` (any precision).

        >>> Role("leader_of", "SYR", "2024-12-08").covers("2025")
        True
        >>> Role("leader_of", "SYR", "2000", "2024-12-08").covers("2025-01")
        False
        """
        first, last = date_bounds(date)
        if self.start and date_bounds(self.start)[0] > last:
            return False
        if self.end and date_bounds(self.end)[1] < first:
            return False
        return True


@dataclass(frozen=True)
class GazetteerActor:
    """One actor of the gazetteer."""

    id: str
    kind: str
    en: str
    ar: str
    group: str | None = None
    en_aliases: tuple[str, ...] = ()
    ar_aliases: tuple[str, ...] = ()
    en_adjectives: tuple[str, ...] = ()
    ar_adjectives: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    cameo: str | None = None

    def names(self, lang: str) -> tuple[str, ...]:
        """Preferred label and aliases in one language (``en`` or ``ar``).

        >>> load_gazetteer()["TUR"].names("ar")[:2]
        ('تركيا', 'الجمهورية التركية')
        """
        if lang == "ar":
            return (self.ar, *self.ar_aliases)
        return (self.en, *self.en_aliases)


@dataclass
class Gazetteer:
    """All actors, by id, with group resolution over time."""

    actors: dict[str, GazetteerActor] = field(default_factory=dict)

    def __getitem__(self, actor_id: str) -> GazetteerActor:
        return self.actors[actor_id]

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def __iter__(self):
        return iter(self.actors.values())

    def __len__(self) -> int:
        return len(self.actors)

    def by_group(self, group: str) -> GazetteerActor | None:
        """The actor whose own group code is ``group`` (a state, an armed group ...).

        >>> load_gazetteer().by_group("COALITION").en
        'Global Coalition against ISIS'
        """
        actor = self.actors.get(group)
        if actor is not None and actor.group == group:
            return actor
        for actor in self.actors.values():
            if actor.group == group:
                return actor
        return None

    def by_cameo(self, code: str) -> GazetteerActor | None:
        """The actor whose CAMEO code is ``code``, if any."""
        for actor in self.actors.values():
            if actor.cameo == code:
                return actor
        return None

    def group_at(self, actor_id: str, date: str | None = None) -> str | None:
        """The group an actor rolls up to on ``date``.

        An actor with its own group always has it. A person takes the group of the role
        that holds on the date (the most recently started one when several do). On a date
        no role covers — a former president, a future minister — the person speaks for
        nobody, so the group is None, except within ``ROLE_GRACE_DAYS`` after a role ended. With no date, the most recent role decides.

        >>> gaz = load_gazetteer()
        >>> gaz.group_at("bashar-al-assad", "2025-06-01") is None
        True
        >>> gaz.group_at("bashar-al-assad", "2024-12-09")
        'SYR'
        >>> gaz.group_at("donald-trump", "2022") is None
        True
        >>> gaz.group_at("bashar-al-assad")
        'SYR'
        """
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        if actor.group:
            return actor.group
        roles = sorted(actor.roles, key=lambda r: r.start or "")
        if not roles:
            return None
        if date:
            holding = [r for r in roles if r.covers(date)]
            if not holding:
                # Reports lag events: a role that ended shortly before the date still
                # names whom the person spoke for (Assad on the day after his fall).
                first = date_bounds(date)[0]
                holding = [r for r in roles if r.end and r.covers(r.end)
                           and 0 <= (first - date_bounds(r.end)[1]).days <= ROLE_GRACE_DAYS]
            if not holding:
                return None
            return self.group_at(holding[-1].object) or holding[-1].object
        return self.group_at(roles[-1].object) or roles[-1].object

    def ref(self, actor_id: str, date: str | None = None, *, lang: str = "en") -> ActorRef:
        """An :class:`~polgraph.model.ActorRef` for a gazetteer actor at a date.

        >>> load_gazetteer().ref("donald-trump", "2025-05-13")
        ActorRef(id='donald-trump', label='Donald Trump', group='USA')
        """
        actor = self.actors[actor_id]
        label = actor.ar if lang == "ar" and actor.ar else actor.en
        return ActorRef(id=actor.id, label=label, group=self.group_at(actor_id, date))


def _tuple(entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key, ())
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def parse_gazetteer(paths: list[Path]) -> Gazetteer:
    """Read gazetteer TOML files; later files add actors or override earlier ones."""
    gazetteer = Gazetteer()
    for path in paths:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise ParseError(f"cannot read gazetteer {path}: {err}") from None
        for n, entry in enumerate(data.get("actor", []), 1):
            try:
                kind = entry["kind"]
                if kind not in ACTOR_KINDS:
                    raise ValueError(f"unknown kind {kind!r}")
                actor = GazetteerActor(
                    id=entry["id"], kind=kind, en=entry["en"], ar=entry.get("ar", ""),
                    group=entry.get("group"), cameo=entry.get("cameo"),
                    en_aliases=_tuple(entry, "en_aliases"), ar_aliases=_tuple(entry, "ar_aliases"),
                    en_adjectives=_tuple(entry, "en_adjectives"), ar_adjectives=_tuple(entry, "ar_adjectives"),
                    roles=tuple(Role(r["relation"], r["object"], r.get("start"), r.get("end"))
                                for r in entry.get("roles", ())),
                )
                for role in actor.roles:
                    for d in (role.start, role.end):
                        if d:
                            date_bounds(d)
            except (KeyError, ValueError, TypeError) as err:
                raise ParseError(f"{path}: actor #{n} ({entry.get('id', '?')}): {err}") from None
            gazetteer.actors[actor.id] = actor
    return gazetteer


@functools.cache
def _load(folder: str) -> Gazetteer:
    return parse_gazetteer(sorted(Path(folder).glob("*.toml")))


def load_gazetteer(folder: str | Path | None = None) -> Gazetteer:
    """The gazetteer from ``data/gazetteer`` (or another folder), cached per folder."""
    return _load(str(folder or data_dir() / "gazetteer"))
