"""Parsing JSON from a file without trusting it: text encoding, syntax, depth, lengths.

``json.loads`` runs first (a C parser, bounded by the size cap of the member); the
document is then walked once, without recursion, for its depth, the length of every
text and key and the number of values. NaN and Infinity are refused.
"""

from __future__ import annotations

import json
from typing import Any

from pps_monitor.exchange.limits import JsonLimits
from pps_monitor.exchange.refusal import Refused
from pps_monitor.i18n import N_


def _no_constant(token: str) -> Any:
    raise ValueError(token)


def load_json(
    raw: bytes, name: str, entry: str, limits: JsonLimits, prune: frozenset[str] = frozenset()
) -> Any:
    """The parsed document, or :class:`Refused` naming the file, the entry and the place."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(name, entry, N_("not UTF-8 text.")) from None
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise Refused(
            name,
            entry,
            N_("not valid JSON (line {line}, column {column})."),
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise Refused(
            name, entry, N_("nested more than {limit} levels deep."), limit=limits.max_depth
        ) from None
    except ValueError:  # NaN, Infinity, or a number of thousands of digits
        raise Refused(name, entry, N_("holds a number that is not allowed.")) from None
    check_shape(document, name, entry, limits, prune)
    return document


def check_shape(
    document: Any, name: str, entry: str, limits: JsonLimits, prune: frozenset[str] = frozenset()
) -> None:
    """Depth, text lengths and value count of a parsed document.

    A list under a key in ``prune`` is counted but not walked: its items are checked
    field by field, by type, where they are read (a responses file's 60,000 answers,
    each a statement code and a value; walking them here would double the import time).
    """
    if type(document) is str and len(document) > limits.max_string:
        _too_long(name, entry, (), limits.max_string)
    stack: list[tuple[Any, int, tuple[Any, ...]]] = []
    if type(document) in (dict, list):
        stack.append((document, 1, ()))
    values = 0
    max_string, max_depth = limits.max_string, limits.max_depth
    while stack:
        node, depth, path = stack.pop()
        if depth > max_depth:
            raise Refused(
                name,
                _place(entry, path),
                N_("nested more than {limit} levels deep."),
                limit=max_depth,
            )
        pairs = node.items() if type(node) is dict else enumerate(node)
        for key, value in pairs:
            values += 1
            kind = type(value)
            if kind is str:
                if len(value) > max_string:
                    _too_long(name, entry, (*path, key), max_string)
            elif kind is list and key in prune:
                values += len(value)
            elif kind is dict or kind is list:
                stack.append((value, depth + 1, (*path, key)))
            if type(key) is str and len(key) > max_string:
                _too_long(name, entry, path, max_string)
        if values > limits.max_values:
            raise Refused(
                name, entry, N_("holds more than {limit} values."), limit=f"{limits.max_values:,}"
            )


def _too_long(name: str, entry: str, path: tuple[Any, ...], limit: int) -> None:
    raise Refused(
        name, _place(entry, path), N_("a text longer than {limit} characters."), limit=limit
    )


def _place(entry: str, path: tuple[Any, ...]) -> str:
    """``data.json: respondents[3].answers[2].item`` from the keys and indexes."""
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return f"{entry}: {out}" if out else entry
