"""The weights of the alignment model, read from ``data/weights.toml``.

An event's weight is its base score (PLOVER category, event-type override, or the
Goldstein value of an imported CAMEO-coded event) times its status factor times its
confidence. The numbers live in a data file so an analyst can change the model without
touching code; this module only reads and checks them.

>>> w = load_weights()
>>> w.base("Visit", "CONSULT"), w.base("Meeting", "CONSULT")
(4.0, 2.5)
>>> w.event_weight(event_type="Visit", plover="CONSULT", status="planned", confidence=0.8)
1.6
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from polgraph.errors import InputError, ParseError
from polgraph.model import PLOVER_CATEGORIES, STATUSES
from polgraph.resources import data_dir

__all__ = ["Weights", "load_weights", "parse_weights", "default_weights_path"]

_RELATION_KINDS = ("allied_with", "member_of")


@dataclass(frozen=True)
class Weights:
    """Scores, discounts and merge settings of the alignment model.

    Parameters
    ----------
    plover:
        Score of each of the 16 PLOVER categories.
    event_type:
        Scores of event types that differ from their category's (``Visit``).
    status:
        Factor for each event status (``asserted`` 1.0 … ``denied``).
    multiply_confidence:
        Whether the extractor's confidence multiplies the weight.
    use_goldstein:
        Whether imported events with a Goldstein value use it as base.
    relation:
        Per-period contribution of a standing ``allied_with`` / ``member_of`` tie.
    undated_window_days:
        How close (in days) to an undated report's publication date a dated report of the
        same event must fall for the two to merge.
    """

    plover: dict[str, float]
    event_type: dict[str, float] = field(default_factory=dict)
    status: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STATUSES, 1.0))
    multiply_confidence: bool = True
    use_goldstein: bool = True
    relation: dict[str, float] = field(default_factory=dict)
    undated_window_days: int = 31

    def base(self, event_type: str, plover: str, goldstein: float | None = None) -> float:
        """The score an event starts from, before status and confidence.

        >>> w = load_weights()
        >>> w.base("AirStrike", "ASSAULT"), w.base("AirStrike", "ASSAULT", goldstein=-10.0)
        (-9.0, -10.0)
        """
        if goldstein is not None and self.use_goldstein:
            return float(goldstein)
        if event_type in self.event_type:
            return self.event_type[event_type]
        return self.plover[plover]

    def event_weight(self, *, event_type: str, plover: str, status: str = "asserted",
                     confidence: float = 1.0, goldstein: float | None = None) -> float:
        """The signed contribution of one event to its dyad.

        >>> load_weights().event_weight(event_type="Threat", plover="THREATEN", status="hypothetical")
        -0.875
        """
        value = self.base(event_type, plover, goldstein) * self.status[status]
        return value * confidence if self.multiply_confidence else value


def _number(table: dict, key: str, where: str) -> float:
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParseError(f"{where}: {key} must be a number, not {value!r}")
    return float(value)


def parse_weights(text: str, where: str = "weights") -> Weights:
    """Read weights from TOML text, checking that every category and status has a number.

    >>> parse_weights('[plover]\\nAGREE = 1').plover["AGREE"]
    Traceback (most recent call last):
    ...
    polgraph.errors.ParseError: weights: [plover] lacks ACCUSE, AID, ASSAULT, COERCE, CONCEDE, CONSULT, COOPERATE, MOBILIZE, PROTEST, REJECT, REQUEST, RETREAT, SANCTION, SUPPORT, THREATEN
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ParseError(f"{where}: not valid TOML: {err}") from None
    plover_table = data.get("plover", {})
    missing = sorted(set(PLOVER_CATEGORIES) - set(plover_table))
    if missing:
        raise ParseError(f"{where}: [plover] lacks {', '.join(missing)}")
    unknown = sorted(set(plover_table) - set(PLOVER_CATEGORIES))
    if unknown:
        raise ParseError(f"{where}: [plover] has unknown categories {', '.join(unknown)}")
    status_table = data.get("status", {"asserted": 1.0})
    unknown = sorted(set(status_table) - set(STATUSES))
    if unknown:
        raise ParseError(f"{where}: [status] has unknown statuses {', '.join(unknown)}")
    relation_table = data.get("relation", {})
    unknown = sorted(set(relation_table) - set(_RELATION_KINDS))
    if unknown:
        raise ParseError(f"{where}: [relation] takes only {', '.join(_RELATION_KINDS)}, not {', '.join(unknown)}")
    window = data.get("merge", {}).get("undated_window_days", 31)
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ParseError(f"{where}: [merge] undated_window_days must be a whole number of days ≥ 0")
    return Weights(
        plover={k: _number(plover_table, k, f"{where} [plover]") for k in PLOVER_CATEGORIES},
        event_type={k: _number(data.get("event_type", {}), k, f"{where} [event_type]")
                    for k in data.get("event_type", {})},
        status={s: _number(status_table, s, f"{where} [status]") if s in status_table else 1.0
                for s in STATUSES},
        multiply_confidence=bool(data.get("confidence", {}).get("multiply", True)),
        use_goldstein=bool(data.get("gdelt", {}).get("use_goldstein", True)),
        relation={k: _number(relation_table, k, f"{where} [relation]") for k in relation_table},
        undated_window_days=window,
    )


def default_weights_path() -> Path:
    """Where the shipped weights file lives (``data/weights.toml``)."""
    return data_dir() / "weights.toml"


@functools.cache
def _load(path: str) -> Weights:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such weights file: {path}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read weights file {path}: {err}") from None
    return parse_weights(text, path)


def load_weights(path: str | Path | None = None) -> Weights:
    """The weights from ``path`` or the shipped ``data/weights.toml`` (cached per path).

    >>> load_weights().status["planned"]
    0.5
    """
    return _load(str(path or default_weights_path()))
