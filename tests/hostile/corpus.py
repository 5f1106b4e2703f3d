"""The hostile corpus (issue 14): files derived from valid exports, each with its outcome.

    python -m tests.hostile.corpus OUT_FOLDER     # writes the files and lists them

``exchange_cases`` derives at least 60 exchange files from a valid round package and a
valid responses file; ``tests/hostile/workbooks.py`` at least 25 paper-form files from
a valid template. Each case names the words its refusal must hold ("" = it is read).
Nothing binary is stored in git: every file is made here, in a few seconds.
"""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.hostile.zips import MB, exchange, members, patch, spaces, write_zip

OK = ""  # the file is read (and imports, or is already present)


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    expect: str  # words the refusal holds ("a|b": either); OK when the file is read
    kind: str = "exchange"  # or "forms"


def _load(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    m = members(path)
    return json.loads(m["manifest.json"]), json.loads(m["data.json"])


def _set(obj: Any, keys: list[Any], value: Any) -> Any:
    for key in keys[:-1]:
        obj = obj[key]
    obj[keys[-1]] = value
    return value


def exchange_cases(  # long: a table of cases
    round_pkg: Path, responses: Path, out: Path, other_round: str = ""
) -> list[Case]:
    out.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    rm, rd = _load(round_pkg)
    am, ad = _load(responses)
    key = rd["round"].get("key")

    def add(name: str, path: Path, expect: str) -> None:
        cases.append(Case(name, path, expect))

    def data(name: str, base: str, change: Callable[[dict[str, Any]], Any], expect: str) -> None:
        m, d = (rm, rd) if base == "round" else (am, ad)
        d = copy.deepcopy(d)
        change(d)
        body = json.dumps(d, ensure_ascii=False).encode()
        path = out / f"{_slug(name)}-{len(cases)}.ppsmonitor"
        # A responses file is authenticated again with the round's key, as someone holding
        # the round package could: the checks behind the authentication are reached.
        forged = (key, ad["round"]["id"]) if base == "resp" and key else None
        add(name, exchange(path, m, body, key=forged), expect)

    def manifest(name: str, change: Callable[[dict[str, Any]], Any], expect: str) -> None:
        m = copy.deepcopy(am)
        change(m)
        add(
            name,
            exchange(
                out / f"{_slug(name)}-{len(cases)}.ppsmonitor",
                m,
                members(responses)["data.json"],
                fix=False,
            ),
            expect,
        )

    body = members(responses)["data.json"]
    mtext = json.dumps(am).encode()
    # --- the valid files themselves, and a harmless rewrite ---------------------------
    add("valid round package", round_pkg, OK)
    add("valid responses", responses, OK)
    data("responses re-serialised", "resp", lambda d: None, OK)
    # --- containers -------------------------------------------------------------------
    raw = responses.read_bytes()
    for k, cut in enumerate((0, 10, 100, len(raw) // 2, len(raw) - 30)):
        path = out / f"truncated{k}.ppsmonitor"
        path.write_bytes(raw[:cut])
        add(f"truncated at {cut}", path, "damaged|not a PPS Monitor")
    for k, text in enumerate(
        [b"hello", b"PK\x03\x04junk", b"<html></html>", b"%PDF-1.4", b"SQLite format 3\x00"]
    ):
        path = out / f"notzip{k}.ppsmonitor"
        path.write_bytes(text)
        add(f"not a zip {k}", path, "not a PPS Monitor")
    add("empty zip", write_zip(out / "emptyzip.ppsmonitor", []), "incomplete")
    add(
        "zip bomb 280 KB",
        write_zip(
            out / "bomb.ppsmonitor", [("manifest.json", mtext), ("data.json", spaces(300 * MB))]
        ),
        "too large once unpacked|ZIP bomb",
    )
    lying = write_zip(
        out / "bomb-lying.ppsmonitor", [("manifest.json", mtext), ("data.json", spaces(120 * MB))]
    )
    add(
        "zip bomb, sizes lie",
        patch(lying, "data.json", size=1000),
        "too large once unpacked|ZIP bomb|damaged",
    )
    add(
        "ratio bomb under the size cap",
        write_zip(
            out / "ratio.ppsmonitor", [("manifest.json", mtext), ("data.json", spaces(30 * MB))]
        ),
        "ZIP bomb",
    )
    add(
        "bomb in manifest",
        write_zip(
            out / "mbomb.ppsmonitor", [("manifest.json", spaces(60 * MB)), ("data.json", body)]
        ),
        "too large once unpacked|ZIP bomb",
    )
    many = [("manifest.json", mtext), ("data.json", body)] + [
        (f"x{k}.txt", b"x") for k in range(20)
    ]
    add("many entries", write_zip(out / "many.ppsmonitor", many), "entries")
    add(
        "extra entry",
        write_zip(
            out / "extra.ppsmonitor",
            [("manifest.json", mtext), ("data.json", body), ("readme.txt", b"x")],
        ),
        "unexpected entry",
    )
    add(
        "path traversal",
        write_zip(out / "slip.ppsmonitor", [("manifest.json", mtext), ("../data.json", body)]),
        "unexpected entry",
    )
    dup = out / "dup.ppsmonitor"
    with zipfile.ZipFile(dup, "w") as z:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            z.writestr("manifest.json", mtext)
            z.writestr("data.json", body)
            z.writestr("data.json", body)
    add("duplicate entry", dup, "appears twice|unexpected entry")
    enc = write_zip(out / "encrypted.ppsmonitor", [("manifest.json", mtext), ("data.json", body)])
    add("encrypted member", patch(enc, "data.json", flags=0x1), "encrypted")
    aes = write_zip(out / "aes.ppsmonitor", [("manifest.json", mtext), ("data.json", body)])
    add("unknown compression (AES, 99)", patch(aes, "data.json", method=99), "compression method")
    add(
        "bzip2 member",
        write_zip(
            out / "bz2.ppsmonitor",
            [("manifest.json", mtext), ("data.json", body)],
            zipfile.ZIP_BZIP2,
        ),
        "compression method",
    )
    add(
        "lzma member",
        write_zip(
            out / "lzma.ppsmonitor",
            [("manifest.json", mtext), ("data.json", body)],
            zipfile.ZIP_LZMA,
        ),
        "compression method",
    )
    link = zipfile.ZipInfo("data.json")
    link.external_attr = 0o120777 << 16
    lpath = out / "link.ppsmonitor"
    with zipfile.ZipFile(lpath, "w") as z:
        z.writestr("manifest.json", mtext)
        z.writestr(link, body)
    add("link entry", lpath, "link")
    # --- JSON shape --------------------------------------------------------------------
    add(
        "manifest not JSON",
        write_zip(out / "mjson.ppsmonitor", [("manifest.json", b"{nope"), ("data.json", body)]),
        "not valid JSON",
    )
    add(
        "manifest not UTF-8",
        write_zip(
            out / "mutf.ppsmonitor",
            [("manifest.json", '{"é": 1}'.encode("latin-1")), ("data.json", body)],
        ),
        "not UTF-8",
    )
    add(
        "manifest UTF-16",
        write_zip(
            out / "m16.ppsmonitor",
            [("manifest.json", json.dumps(am).encode("utf-16")), ("data.json", body)],
        ),
        "not UTF-8",
    )
    deep = b"[" * 200_000 + b"]" * 200_000
    add("deep nesting (200,000)", exchange(out / "deep.ppsmonitor", am, deep), "nested")
    add(
        "deep nesting (50)",
        exchange(out / "deep50.ppsmonitor", am, b'{"a":' + b"[" * 50 + b"]" * 50 + b"}"),
        "nested",
    )
    add(
        "NaN",
        exchange(
            out / "nan.ppsmonitor",
            am,
            body.replace(b'"value": 1', b'"value": NaN', 1)
            if b'"value": 1' in body
            else b'{"a": NaN}',
        ),
        "not allowed",
    )
    add(
        "huge number",
        exchange(out / "hugeint.ppsmonitor", am, b'{"a": ' + b"9" * 20000 + b"}"),
        "not allowed",
    )
    add("data is a list", exchange(out / "list.ppsmonitor", am, b"[1, 2, 3]"), "not an object")
    add("data not JSON", exchange(out / "djson.ppsmonitor", am, b'{"round": '), "not valid JSON")
    add(
        "data not UTF-8",
        exchange(out / "dutf.ppsmonitor", am, '{"x": "é"}'.encode("latin-1")),
        "not UTF-8",
    )
    # --- the manifest ------------------------------------------------------------------
    for value in (0, True, "2", 2.0, None, -1, [2]):
        manifest(
            f"format_version {value!r}",
            lambda m, v=value: _set(m, ["format_version"], v),
            "format version",
        )
    manifest("format_version 99", lambda m: _set(m, ["format_version"], 99), "newer PPS Monitor")
    manifest("format name", lambda m: _set(m, ["format"], "zip"), "not a PPS Monitor")
    manifest("kind", lambda m: _set(m, ["kind"], "backup"), "unknown kind")
    manifest("kind a list", lambda m: _set(m, ["kind"], ["responses"]), "unknown kind")
    manifest("no instrument", lambda m: m.pop("instrument"), "instrument")
    manifest("instrument a list", lambda m: _set(m, ["instrument"], [1]), "instrument")
    manifest(
        "instrument id a list", lambda m: _set(m, ["instrument", "id"], ["x"]), "instrument.id"
    )
    manifest(
        "instrument sha256 not hex",
        lambda m: _set(m, ["instrument", "sha256"], "z" * 64),
        "instrument.sha256",
    )
    manifest(
        "other instrument",
        lambda m: _set(m, ["instrument", "sha256"], "0" * 64),
        "another version of the questionnaire",
    )
    manifest("no files", lambda m: m.pop("files"), "files")
    manifest("size a text", lambda m: _set(m, ["files", "data.json", "size"], "12"), "size")
    manifest(
        "checksum changed",
        lambda m: _set(m, ["files", "data.json", "sha256"], "0" * 64),
        "checksum",
    )
    manifest(
        "created_at not a date", lambda m: _set(m, ["created_at"], "not a date"), "date and time"
    )
    manifest("app_version long", lambda m: _set(m, ["app_version"], "1" * 100), "manifest.json")
    add(
        "50 MB timestamp in manifest",
        exchange(out / "mstamp.ppsmonitor", {**am, "created_at": "2" * (40 * MB)}, body, fix=False),
        "too large|ZIP bomb|longer than",
    )
    tampered = copy.deepcopy(ad)
    tampered["respondents"][0]["answers"][0]["value"] = (
        5 if tampered["respondents"][0]["answers"][0]["value"] != 5 else 4
    )
    add(
        "tampered, checksum not fixed",
        exchange(out / "tamper.ppsmonitor", am, json.dumps(tampered).encode(), fix=False),
        "checksum",
    )
    # --- records of a round package ----------------------------------------------------
    pid = ["partnership"]
    for name, keys, value, expect in [
        ("round date 2024-13-45", ["round", "date"], "2024-13-45", "not a date"),
        ("round date 2024-02-30", ["round", "date"], "2024-02-30", "not a date"),
        ("round date words", ["round", "date"], "1 maart", "not a date"),
        ("round date a number", ["round", "date"], 20240101, "not a date"),
        ("round created_at not a date", ["round", "created_at"], "not a date", "date and time"),
        (
            "partnership created_at 50 MB",
            [*pid, "created_at"],
            "2" * (10 * MB),
            "longer than|too large|ZIP bomb",
        ),
        (
            "description 50 MB",
            [*pid, "description"],
            "d" * (45 * MB),
            "longer than|too large|ZIP bomb",
        ),
        ("description 2,001 characters", [*pid, "description"], "d" * 2001, "longer than 2000"),
        ("label of 25,000 random letters", ["round", "label"], _noise(25_000), "longer than 20000"),
        ("partnership name 201 characters", [*pid, "name"], "n" * 201, "longer than 200"),
        ("partnership name a list", [*pid, "name"], ["x"], "text is missing"),
        ("partnership name control character", [*pid, "name"], "PPS\x07", "control characters"),
        ("round label control character", ["round", "label"], "R\x1b[31m", "control characters"),
        ("round status a list", ["round", "status"], ["open"], "not a status"),
        ("privacy floor 1", [*pid, "privacy", "min_round"], 1, "min_round"),
        ("privacy floor a text", [*pid, "privacy", "min_breakdown"], "5", "min_breakdown"),
        ("organisation sector a list", ["organisations", 0, "sector"], ["public"], "not a sector"),
        ("organisation name a dict", ["organisations", 0, "name"], {"a": 1}, "text is missing"),
        ("organisations not a list", ["organisations"], {"a": 1}, "must be a list"),
        ("instrument not an object", ["instrument"], [1, 2], "instrument"),
    ]:
        data(name, "round", lambda d, k=keys, v=value: _set(d, k, v), expect)
    # --- records of a responses file ---------------------------------------------------
    r0 = ["respondents", 0]
    for name, keys, value, expect in [
        ("item code a list", [*r0, "answers", 0, "item"], ["CC-AGR-1"], "not a statement"),
        ("item code unknown", [*r0, "answers", 0, "item"], "XX-1", "not a statement"),
        ("value 6", [*r0, "answers", 0, "value"], 6, "not 1-5"),
        ("value true", [*r0, "answers", 0, "value"], True, "not 1-5"),
        ("value a list", [*r0, "answers", 0, "value"], [5], "not 1-5"),
        ("value nested 40 deep", [*r0, "answers", 0, "value"], _nested(40), "not 1-5"),
        ("value 1 MB of random text", [*r0, "answers", 0, "value"], _noise(1_000_000), "not 1-5"),
        ("organisation id a list", [*r0, "organisation_id"], ["x"], "not an organisation"),
        ("sector a list", [*r0, "sector"], ["public"], "not a sector"),
        ("role a dict", [*r0, "role"], {"x": 1}, "not a role"),
        ("respondent id a number", [*r0, "id"], 7, "not a valid id"),
        ("respondent id 50 MB", [*r0, "id"], "a" * (20 * MB), "longer than|ZIP bomb"),
        ("answers a text", [*r0, "answers"], "all fives", "must be a list"),
        (
            "comment 50 MB",
            ["comments"],
            [
                {
                    "id": "22222222-2222-4222-8222-222222222222",
                    "dimension": "CC-AGR",
                    "text": "c" * (45 * MB),
                }
            ],
            "longer than|too large|ZIP bomb",
        ),
        (
            "comment 2,001 characters",
            ["comments"],
            [
                {
                    "id": "22222222-2222-4222-8222-222222222222",
                    "dimension": "CC-AGR",
                    "text": "c" * 2001,
                }
            ],
            "longer than 2000",
        ),
        (
            "comment topic a list",
            ["comments"],
            [{"id": "22222222-2222-4222-8222-222222222222", "dimension": ["CC-AGR"], "text": "c"}],
            "unknown topic",
        ),
        ("comments not a list", ["comments"], "none", "must be a list"),
        ("round missing", ["round"], None, "the round is missing"),
        (
            "round unknown",
            ["round", "id"],
            "11111111-1111-4111-8111-111111111111",
            "import its round package first",
        ),
        ("20,001 respondents", ["respondents"], [{}] * 20001, "more than 20,000"),
    ]:
        data(name, "resp", lambda d, k=keys, v=value: _set(d, k, v), expect)

    # --- authenticity (HMAC with the round's key): checksum recomputed, no key -------------
    def edited(name: str, change: Callable[[dict[str, Any]], Any], expect: str, **kw: Any) -> None:
        d = copy.deepcopy(ad)
        change(d)
        m = copy.deepcopy(am)
        m.update(kw.get("manifest", {}))
        for drop in kw.get("drop", ()):
            m.pop(drop, None)
        path = out / f"{_slug(name)}-{len(cases)}.ppsmonitor"
        add(name, exchange(path, m, json.dumps(d).encode(), key=kw.get("seal")), expect)

    mismatch = "authentication does not match"
    edited("all answers 5, checksum recomputed", _all_fives, mismatch)
    edited("20 invented respondents", _invent(20), mismatch)
    edited("answers moved to another partnership's round", _move(other_round), mismatch)
    edited("authentication removed", lambda d: None, "not authenticated", drop=("auth",))
    edited(
        "authentication of another round",
        lambda d: None,
        mismatch,
        seal=("1" * 64, ad["round"]["id"]),
    )
    edited(
        "authentication not hex",
        lambda d: None,
        "not an authentication code",
        manifest={"auth": {"alg": "HMAC-SHA256", "mac": "x"}},
    )
    edited(
        "authentication with another algorithm",
        lambda d: None,
        "not authenticated",
        manifest={"auth": {"alg": "MD5", "mac": "0" * 64}},
    )
    data(
        "round package with a bad key",
        "round",
        lambda d: _set(d, ["round", "key"], "k" * 64),
        "not a round key",
    )
    data("answer missing", "resp", lambda d: d["respondents"][0]["answers"].pop(), "have no answer")
    data(
        "answer twice",
        "resp",
        lambda d: d["respondents"][0]["answers"].append(d["respondents"][0]["answers"][0]),
        "answered twice",
    )
    data(
        "same respondent twice",
        "resp",
        lambda d: d["respondents"].append(d["respondents"][0]),
        "same id",
    )
    return cases


def _all_fives(d: dict[str, Any]) -> None:
    for person in d["respondents"]:
        for answer in person["answers"]:
            answer["value"] = 5


def _invent(n: int) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        import uuid

        model = d["respondents"][0]
        for k in range(n):
            d["respondents"].append(
                {**copy.deepcopy(model), "id": str(uuid.UUID(int=k + 1, version=4))}
            )
        _all_fives(d)

    return change


def _move(round_id: str) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        d["round"]["id"] = round_id

    return change


def _nested(n: int) -> Any:
    value: Any = 5
    for _ in range(n):
        value = [value]
    return value


def _noise(n: int) -> str:
    import random

    rng = random.Random(n)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(n))


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower())[:60]


def make_valid(folder: Path) -> tuple[Path, Path, Path]:
    """A laptop database holding the round, and the round package and responses of it."""
    from pps_monitor.demo import add_demo
    from pps_monitor.exchange import package as px
    from pps_monitor.storage import repository as repo
    from pps_monitor.storage.database import open_database

    folder.mkdir(parents=True, exist_ok=True)
    coordinator = open_database(folder / "coordinator.sqlite")
    pid = add_demo(coordinator)
    rid = next(r for r in repo.list_rounds(coordinator, pid) if r["status"] == "open")["id"]
    round_pkg = px.export_round_package(coordinator, rid, folder / "round.ppsmonitor")
    responses = px.export_responses(coordinator, rid, folder / "answers.ppsmonitor")
    from pps_monitor.domain.instrument import instrument_from_snapshot

    snapshot = coordinator.execute("SELECT instrument_json FROM rounds WHERE id = ?", [rid])
    other_pid = repo.create_partnership(coordinator, "Andere PPS")
    other = repo.create_round(
        coordinator, other_pid, "R1", "2026-03-01", instrument_from_snapshot(snapshot.fetchone()[0])
    )
    other_pkg = px.export_round_package(coordinator, other, folder / "other-round.ppsmonitor")
    coordinator.close()
    laptop = open_database(folder / "laptop.sqlite")
    px.import_file(laptop, round_pkg)
    px.import_file(laptop, other_pkg)
    laptop.close()
    return folder / "laptop.sqlite", round_pkg, responses


def other_round_id(laptop: Path) -> str:
    """The round of the second partnership in the laptop database (see make_valid)."""
    import sqlite3

    con = sqlite3.connect(laptop)
    try:
        return str(
            con.execute(
                "SELECT r.id FROM rounds r JOIN partnerships p ON p.id = r.partnership_id"
                " WHERE p.name = 'Andere PPS'"
            ).fetchone()[0]
        )
    finally:
        con.close()


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1])
    _db, rp, rs = make_valid(target / "valid")
    for case in exchange_cases(rp, rs, target / "exchange", other_round_id(_db)):
        print(f"{case.path.name}\t{case.expect or 'read'}")
