"""Exchange files: round trips, idempotency, conflicts, and refusals that change nothing."""

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pps_monitor.demo import add_demo
from pps_monitor.domain.instrument import default_instrument
from pps_monitor.exchange import package as px
from pps_monitor.storage import repository as repo
from pps_monitor.storage.database import open_database


def counts(db):
    return {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("partnerships", "organisations", "rounds", "respondents", "answers", "comments")
    }


@pytest.fixture
def laptops(tmp_path):
    """The coordinator's database with the demo, and an empty second laptop."""
    a = open_database(tmp_path / "coordinator.sqlite")
    pid = add_demo(a)
    rid = next(r for r in repo.list_rounds(a, pid) if r["status"] == "open")["id"]
    b = open_database(tmp_path / "laptop.sqlite")
    return a, b, pid, rid, tmp_path


def test_round_package_then_responses_round_trip(laptops):
    a, b, _pid, rid, tmp = laptops
    package = px.export_round_package(a, rid, tmp / "round.ppsmonitor")
    plan = px.import_file(b, package)
    # the round and its two further instruments (the demo's employers and workers)
    assert (plan.count("partnerships"), plan.count("organisations"), plan.count("rounds")) == (
        1,
        7,
        3,
    )
    # the second laptop runs the round: two people answer there
    answers = {i.code: 5 for i in default_instrument().items}
    for sector in ("public", "private"):
        repo.add_response(
            b,
            rid,
            repo.NewResponse(
                answers, sector=sector, comments={"RC-TRUST": "Prima"}, source="meeting"
            ),
        )
    before = counts(a)
    # Two answers: too few for an anonymous file; the coordinator's complete file moves them.
    with pytest.raises(px.ExchangeError, match="too few for an anonymous"):
        px.export_responses(b, rid, tmp / "answers.ppsmonitor")
    assert not (tmp / "answers.ppsmonitor").exists()
    answers = px.export_responses(b, rid, tmp / "answers.ppsmonitor", complete=True)
    plan = px.import_file(a, answers)
    assert (plan.count("respondents"), plan.count("answers"), plan.count("comments")) == (
        2,
        2 * len(default_instrument().items),
        2,
    )
    after = counts(a)
    assert (
        after["respondents"] == before["respondents"] + 2
        and after["answers"] == before["answers"] + 2 * len(default_instrument().items)
    )


def test_importing_the_same_file_twice_changes_nothing(laptops):
    a, b, _pid, rid, tmp = laptops
    package = px.export_round_package(a, rid, tmp / "round.ppsmonitor")
    px.import_file(b, package)
    snapshot = counts(b)
    plan = px.import_file(b, package)
    # present: partnership, 7 organisations, the round and its 2 further instruments
    assert plan.add == {} and plan.present == 11 and counts(b) == snapshot
    responses = px.export_responses(a, rid, tmp / "answers.ppsmonitor")
    px.import_file(b, responses)
    snapshot = counts(b)
    assert px.import_file(b, responses).add == {} and counts(b) == snapshot


def test_same_uuid_different_content_is_a_conflict_and_nothing_is_applied(laptops):
    a, b, _pid, rid, tmp = laptops
    px.import_file(b, px.export_round_package(a, rid, tmp / "round.ppsmonitor"))
    responses = px.export_responses(a, rid, tmp / "answers.ppsmonitor")
    px.import_file(b, responses)
    # Format 2: answers have no id of their own; the respondent's UUID is what travels.
    key, item = b.execute(
        "SELECT respondent_id, item_code FROM answers WHERE value IS NOT NULL LIMIT 1"
    ).fetchone()
    one = b.execute("SELECT uuid FROM respondents WHERE id = ?", [key]).fetchone()[0]
    b.execute(
        "UPDATE answers SET value = CASE value WHEN 1 THEN 2 ELSE 1 END"
        " WHERE respondent_id = ? AND item_code = ?",
        [key, item],
    )
    c = open_database(tmp / "third.sqlite")
    px.import_file(c, px.export_round_package(a, rid, tmp / "round2.ppsmonitor"))
    snapshot = counts(a)
    changed = px.export_responses(b, rid, tmp / "changed.ppsmonitor")
    plan = px.plan_import(a, changed)
    assert any(one in conflict and "value" in conflict for conflict in plan.conflicts)
    with pytest.raises(px.ExchangeError, match="conflicts"):
        px.apply_import(a, plan)
    assert counts(a) == snapshot


def test_responses_need_their_round_and_an_open_one(laptops):
    a, b, _pid, rid, tmp = laptops
    responses = px.export_responses(a, rid, tmp / "answers.ppsmonitor")
    with pytest.raises(px.ExchangeError, match="import its round package first"):
        px.plan_import(b, responses)
    px.import_file(b, px.export_round_package(a, rid, tmp / "round.ppsmonitor"))
    repo.set_round_status(b, rid, "closed")
    with pytest.raises(px.ExchangeError, match="closed"):
        px.plan_import(b, responses)


def test_answers_a_closed_round_already_holds_import_as_nothing_new(laptops):
    a, b, _pid, rid, tmp = laptops
    px.import_file(b, px.export_round_package(a, rid, tmp / "round.ppsmonitor"))
    responses = px.export_responses(a, rid, tmp / "answers.ppsmonitor")
    px.import_file(b, responses)
    repo.set_round_status(b, rid, "closed")
    plan = px.plan_import(b, responses)  # not refused: nothing would change
    assert not plan.add and not plan.conflicts and plan.present > 0
    assert "nothing new" in plan.summary()


# --- malformed files: each refused with a clear message, the database byte-for-byte unchanged


def rebuild(good: Path, out: Path, manifest=None, data=None, entries=None, fix_checksum=True):
    with zipfile.ZipFile(good) as z:
        m = json.loads(z.read("manifest.json"))
        d = json.loads(z.read("data.json"))
    if manifest:
        manifest(m)
    if data:
        data(d)
    body = json.dumps(d).encode() if not isinstance(d, bytes) else d
    if fix_checksum:
        m["files"]["data.json"] = {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        _reseal(good, m, d)
    files = (
        entries
        if entries is not None
        else {"manifest.json": json.dumps(m).encode(), "data.json": body}
    )
    with zipfile.ZipFile(out, "w") as z:
        for name, content in files.items():
            if isinstance(content, zipfile.ZipInfo):
                z.writestr(content, b"target")
            else:
                z.writestr(name, content)
    return out


def _reseal(good: Path, m, d) -> None:
    """Authenticate an edited responses file as a forger holding the round package would
    (issue 14), so that the checks behind the authentication are reached."""
    from pps_monitor.exchange.auth import seal

    package = good.with_name("round.ppsmonitor")
    r = d.get("round") if isinstance(d, dict) else None
    round_id = r.get("id") if isinstance(r, dict) else None
    if "auth" not in m or not package.exists() or not isinstance(round_id, str):
        return
    with zipfile.ZipFile(package) as z:
        key = json.loads(z.read("data.json"))["round"].get("key")
    seal(m, key, round_id)


def set_path(obj, path, value):
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] = value


def del_path(obj, path):
    for key in path[:-1]:
        obj = obj[key]
    del obj[path[-1]]


def link_entry():
    info = zipfile.ZipInfo("data.json")
    info.external_attr = 0o120777 << 16
    return info


def malformed_cases(good_round: Path, good_resp: Path, tmp: Path) -> list[tuple[str, Path, str]]:
    cases: list[tuple[str, Path, str]] = []

    def add(name, path, expect):
        cases.append((name, path, expect))

    raw = good_resp.read_bytes()
    for k, cut in enumerate((10, 100, len(raw) // 2, len(raw) - 30)):
        p = tmp / f"truncated{k}.ppsmonitor"
        p.write_bytes(raw[:cut])
        add(f"truncated at {cut}", p, "damaged|not a PPS Monitor")
    for k, text in enumerate(["", "hello", "PK\x03\x04junk", "<html></html>", "%PDF-1.4"]):
        p = tmp / f"notzip{k}.ppsmonitor"
        p.write_bytes(text.encode("latin-1"))
        add(f"not a zip {k}", p, "not a PPS Monitor")
    add(
        "tampered checksum",
        rebuild(
            good_resp,
            tmp / "tampered.ppsmonitor",
            data=lambda d: set_path(
                d,
                ["respondents", 0, "answers", 0, "value"],
                5 if d["respondents"][0]["answers"][0]["value"] != 5 else 4,
            ),
            fix_checksum=False,
        ),
        "checksum",
    )
    add(
        "wrong size",
        rebuild(
            good_resp,
            tmp / "size.ppsmonitor",
            manifest=lambda m: set_path(m, ["files", "data.json", "size"], 1),
            fix_checksum=False,
        ),
        "checksum",
    )
    newer = rebuild(
        good_resp, tmp / "newer.ppsmonitor", manifest=lambda m: set_path(m, ["format_version"], 99)
    )
    add("newer format", newer, "newer PPS Monitor")
    add(
        "no format version",
        rebuild(
            good_resp,
            tmp / "nover.ppsmonitor",
            manifest=lambda m: set_path(m, ["format_version"], "1"),
        ),
        "format version",
    )
    add(
        "wrong format name",
        rebuild(
            good_resp, tmp / "fmt.ppsmonitor", manifest=lambda m: set_path(m, ["format"], "other")
        ),
        "not a PPS Monitor",
    )
    add(
        "unknown kind",
        rebuild(
            good_resp, tmp / "kind.ppsmonitor", manifest=lambda m: set_path(m, ["kind"], "backup")
        ),
        "unknown kind",
    )
    add(
        "other instrument version",
        rebuild(
            good_resp,
            tmp / "inst.ppsmonitor",
            manifest=lambda m: set_path(m, ["instrument", "sha256"], "0" * 64),
        ),
        "another version of the questionnaire",
    )
    add(
        "path traversal",
        rebuild(
            good_resp,
            tmp / "slip.ppsmonitor",
            entries={"manifest.json": b"{}", "../evil.txt": b"x", "data.json": b"{}"},
        ),
        "unexpected entry",
    )
    add(
        "absolute path",
        rebuild(
            good_resp,
            tmp / "abs.ppsmonitor",
            entries={"manifest.json": b"{}", "/etc/passwd": b"x", "data.json": b"{}"},
        ),
        "unexpected entry",
    )
    add(
        "extra entry",
        rebuild(
            good_resp,
            tmp / "extra.ppsmonitor",
            entries={"manifest.json": b"{}", "data.json": b"{}", "readme.txt": b"x"},
        ),
        "unexpected entry",
    )
    add(
        "missing data",
        rebuild(good_resp, tmp / "nodata.ppsmonitor", entries={"manifest.json": b"{}"}),
        "incomplete",
    )
    add(
        "link entry",
        rebuild(
            good_resp,
            tmp / "link.ppsmonitor",
            entries={"manifest.json": b"{}", "data.json": link_entry()},
        ),
        "link",
    )
    add(
        "manifest not json",
        rebuild(
            good_resp,
            tmp / "mjson.ppsmonitor",
            entries={"manifest.json": b"{nope", "data.json": b"{}"},
        ),
        "not valid JSON",
    )
    add(
        "manifest not utf8",
        rebuild(
            good_resp,
            tmp / "mutf.ppsmonitor",
            entries={"manifest.json": "{é}".encode("latin-1"), "data.json": b"{}"},
        ),
        "not UTF-8",
    )
    big = tmp / "big.ppsmonitor"
    with open(big, "wb") as fh:
        fh.truncate(px.MAX_FILE + 1)
    add("too large", big, "too large")
    bad_values = [
        ("value 0", ["respondents", 0, "answers", 0, "value"], 0, "not 1-5"),
        ("value 6", ["respondents", 0, "answers", 0, "value"], 6, "not 1-5"),
        ("value text", ["respondents", 0, "answers", 0, "value"], "4", "not 1-5"),
        ("value float", ["respondents", 0, "answers", 0, "value"], 2.5, "not 1-5"),
        ("value bool", ["respondents", 0, "answers", 0, "value"], True, "not 1-5"),
        ("formula value", ["respondents", 0, "answers", 0, "value"], "=1+1", "not 1-5"),
        ("unknown item", ["respondents", 0, "answers", 0, "item"], "XX-1", "not a statement"),
        ("bad respondent id", ["respondents", 0, "id"], "1; DROP TABLE answers", "not a valid id"),
        ("bad sector", ["respondents", 0, "sector"], "=cmd|' /C calc'!A0", "not a sector"),
        ("bad role", ["respondents", 0, "role"], "boss", "not a role"),
        (
            "foreign organisation",
            ["respondents", 0, "organisation_id"],
            "00000000-0000-4000-8000-000000000000",
            "not an organisation",
        ),
        ("respondents not list", ["respondents"], {"a": 1}, "must be a list"),
        ("answers not list", ["respondents", 0, "answers"], "all fives", "must be a list"),
        ("respondent not object", ["respondents", 0], 7, "must be an object"),
        ("round id bad", ["round", "id"], "x", "not a valid id"),
        (
            "round unknown",
            ["round", "id"],
            "11111111-1111-4111-8111-111111111111",
            "import its round package first",
        ),
        (
            "comment topic",
            ["comments"],
            [{"id": "22222222-2222-4222-8222-222222222222", "dimension": "XX", "text": "x"}],
            "unknown topic",
        ),
        (
            "empty comment",
            ["comments"],
            [{"id": "22222222-2222-4222-8222-222222222222", "dimension": "CC-AGR", "text": " "}],
            "text is missing",
        ),
        (
            "long comment",
            ["comments"],
            [
                {
                    "id": "22222222-2222-4222-8222-222222222222",
                    "dimension": "CC-AGR",
                    "text": "x" * 2001,
                }
            ],
            "longer than 2000",
        ),
        ("comments not list", ["comments"], "none", "must be a list"),
    ]
    for k, (label, path, value, expect) in enumerate(bad_values):
        add(
            label,
            rebuild(
                good_resp,
                tmp / f"value{k}.ppsmonitor",
                data=lambda d, p=path, v=value: set_path(d, p, v),
            ),
            expect,
        )
    add(
        "answer missing",
        rebuild(
            good_resp,
            tmp / "missing.ppsmonitor",
            data=lambda d: d["respondents"][0]["answers"].pop(),
        ),
        "have no answer",
    )
    add(
        "answer twice",
        rebuild(
            good_resp,
            tmp / "twice.ppsmonitor",
            data=lambda d: d["respondents"][0]["answers"].__setitem__(
                1,
                dict(d["respondents"][0]["answers"][0], id="33333333-3333-4333-8333-333333333333"),
            ),
        ),
        "answered twice",
    )
    add(
        "duplicate ids",
        rebuild(
            good_resp,
            tmp / "dupid.ppsmonitor",
            data=lambda d: d["respondents"][1].__setitem__("id", d["respondents"][0]["id"]),
        ),
        "same id",
    )
    add(
        "data not object",
        _with_body(good_resp, tmp / "arr.ppsmonitor", b"[1, 2, 3]"),
        "not an object",
    )
    add(
        "data not json",
        _with_body(good_resp, tmp / "djson.ppsmonitor", b'{"round": '),
        "not valid JSON",
    )
    # round packages
    round_cases = [
        (
            "package sector",
            lambda d: set_path(d, ["organisations", 0, "sector"], "charity"),
            "not a sector",
        ),
        (
            "package org id",
            lambda d: set_path(d, ["organisations", 0, "id"], "x"),
            "not a valid id",
        ),
        (
            "package org name",
            lambda d: set_path(d, ["organisations", 0, "name"], ""),
            "text is missing",
        ),
        ("package round date", lambda d: set_path(d, ["round", "date"], "1 maart"), "not a date"),
        ("package status", lambda d: set_path(d, ["round", "status"], "maybe"), "not a status"),
        ("package no round", lambda d: del_path(d, ["round"]), "or the round is missing"),
        (
            "package instrument field",
            lambda d: del_path(d, ["instrument", "groups", 0, "dimensions", 0, "items", 0, "text"]),
            "required property",
        ),
        (
            "package instrument dup",
            lambda d: set_path(
                d, ["instrument", "groups", 0, "dimensions", 1, "items", 0, "code"], "CC-AGR-1"
            ),
            "used twice",
        ),
        (
            "package partnership id",
            lambda d: set_path(d, ["partnership", "id"], 42),
            "not a valid id",
        ),
        (
            "package orgs not list",
            lambda d: set_path(d, ["organisations"], "none"),
            "must be a list",
        ),
    ]
    for k, (label, change, expect) in enumerate(round_cases):
        add(label, rebuild(good_round, tmp / f"round{k}.ppsmonitor", data=change), expect)
    add(
        "package instrument mismatch",
        rebuild(
            good_round,
            tmp / "rinst.ppsmonitor",
            data=lambda d: set_path(d, ["instrument", "version"], "9.9"),
        ),
        "does not match the manifest",
    )
    return cases


def _with_body(good: Path, out: Path, body: bytes) -> Path:
    with zipfile.ZipFile(good) as z:
        m = json.loads(z.read("manifest.json"))
    m["files"]["data.json"] = {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("manifest.json", json.dumps(m))
        z.writestr("data.json", body)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corpus")
    a = open_database(tmp / "coordinator.sqlite")
    pid = add_demo(a)
    rid = next(r for r in repo.list_rounds(a, pid) if r["status"] == "open")["id"]
    good_round = px.export_round_package(a, rid, tmp / "round.ppsmonitor")
    good_resp = px.export_responses(a, rid, tmp / "answers.ppsmonitor")
    target = tmp / "target.sqlite"
    b = open_database(target)
    px.import_file(b, good_round)
    b.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    b.close()
    return malformed_cases(good_round, good_resp, tmp), target


def test_the_corpus_has_at_least_50_malformed_files(corpus):
    cases, _ = corpus
    assert len(cases) >= 50


def test_every_malformed_file_is_refused_and_changes_nothing(corpus):
    cases, target = corpus
    for name, path, expect in cases:
        before = target.read_bytes()
        db = open_database(target)
        try:
            with pytest.raises(px.ExchangeError) as err:
                px.import_file(db, path)
        finally:
            db.close()
        message = str(err.value)
        assert any(part in message for part in expect.split("|")), f"{name}: {message}"
        assert "Traceback" not in message and "\n" not in message, name
        assert target.read_bytes() == before, name


def test_cli_refuses_with_one_line(corpus, capsys):
    from pps_monitor.cli import main

    cases, target = corpus
    _name, path, _ = next(c for c in cases if c[0] == "newer format")
    assert main(["import", "--db", str(target), str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer PPS Monitor" in err


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_importer(tmp_path_factory, data):
    tmp = tmp_path_factory.mktemp("fuzz")
    path = tmp / "f.ppsmonitor"
    path.write_bytes(data)
    db = open_database(tmp / "db.sqlite")
    with pytest.raises(px.ExchangeError):
        px.import_file(db, path)
    assert db.execute("SELECT count(*) FROM partnerships").fetchone()[0] == 0


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from(["respondents", "round", "partnership"]), json_values)
def test_mutated_responses_are_refused_or_imported_but_never_crash(
    corpus, tmp_path_factory, key, value
):
    _cases, target = corpus
    good = target.parent / "answers.ppsmonitor"
    tmp = tmp_path_factory.mktemp("mut")
    path = rebuild(good, tmp / "m.ppsmonitor", data=lambda d: d.__setitem__(key, value))
    copy = tmp / "db.sqlite"
    copy.write_bytes(target.read_bytes())
    db = open_database(copy)
    before = counts(db)
    try:
        px.import_file(db, path)
    except px.ExchangeError:
        assert counts(db) == before
    db.close()


# --- format 2 (issue 11): no time, no order, privacy settings carried; format 1 still read


def _as_format_1(good: Path, out: Path) -> Path:
    """A format 1 responses file with the same records: answer ids, source and time per
    respondent, comments with a respondent."""
    import uuid

    def to_v1(d):
        for s in d["respondents"]:
            s["source"] = "meeting"
            s["created_at"] = "2025-03-01T10:00:00+00:00"
            s["answers"] = [dict(a, id=str(uuid.uuid4())) for a in s["answers"]]
            s["comments"] = []
        if d["respondents"]:
            d["respondents"][0]["comments"] = d.pop("comments")

    return rebuild(good, out, manifest=lambda m: set_path(m, ["format_version"], 1), data=to_v1)


def test_a_format_1_responses_file_is_still_imported_without_time_or_source(laptops):
    a, b, _pid, rid, tmp = laptops
    px.import_file(b, px.export_round_package(a, rid, tmp / "round.ppsmonitor"))
    v2 = px.export_responses(a, rid, tmp / "v2.ppsmonitor", complete=True)
    v1 = _as_format_1(v2, tmp / "v1.ppsmonitor")
    plan = px.import_file(b, v1)
    n = a.execute("SELECT count(*) FROM respondents WHERE round_id = ?", [rid]).fetchone()[0]
    items = len(default_instrument().items)
    assert plan.count("respondents") == n and plan.count("answers") == items * n
    assert (
        plan.count("comments")
        == a.execute("SELECT count(*) FROM comments WHERE round_id = ?", [rid]).fetchone()[0]
    )
    assert px.import_file(b, v1).add == {}  # recognised by the respondents' UUIDs
    columns = {r[1] for r in b.execute("PRAGMA table_info(respondents)")}
    assert not columns & {"created_at", "source"}


def test_responses_file_has_no_time_no_source_and_a_new_order_each_time(laptops):
    a, _b, _pid, rid, tmp = laptops
    orders = []
    for k in range(3):
        path = px.export_responses(a, rid, tmp / f"r{k}.ppsmonitor")
        with zipfile.ZipFile(path) as z:
            manifest = json.loads(z.read("manifest.json"))
            data = json.loads(z.read("data.json"))
        assert manifest["format_version"] == 3 and "created_at" not in manifest
        for s in data["respondents"]:
            # the release state (issue 11): the same for everyone of a batch
            assert set(s) == {"id", "organisation_id", "sector", "role", "answers"} | {
                "release",
                "batch",
            }
            assert all(set(x) == {"item", "value"} for x in s["answers"])
        assert all(set(c) == {"id", "dimension", "text", "released"} for c in data["comments"])
        orders.append([s["id"] for s in data["respondents"]])
    assert sorted(orders[0]) == sorted(orders[1]) and len({tuple(o) for o in orders}) > 1


def test_round_package_carries_privacy_and_the_larger_minimums_stay(laptops):
    a, b, pid, rid, tmp = laptops
    repo_privacy = __import__("pps_monitor.storage.partnerships", fromlist=["x"])
    repo_privacy.set_privacy(a, pid, min_round=4, min_breakdown=6)
    package = px.export_round_package(a, rid, tmp / "round.ppsmonitor")
    px.import_file(b, package)
    assert repo_privacy.get_privacy(b, pid).min_round == 4
    repo_privacy.set_privacy(b, pid, min_breakdown=8)
    px.import_file(b, package)  # the file's smaller min_breakdown does not lower it
    assert (
        repo_privacy.get_privacy(b, pid).min_round,
        repo_privacy.get_privacy(b, pid).min_breakdown,
    ) == (4, 8)
    repo_privacy.set_privacy(a, pid, min_round=5, min_breakdown=9)
    px.import_file(b, px.export_round_package(a, rid, tmp / "round2.ppsmonitor"))
    assert repo_privacy.get_privacy(b, pid).min_round == 5
    assert repo_privacy.get_privacy(b, pid).min_breakdown == 9


def test_round_package_with_a_privacy_floor_below_3_is_refused(laptops):
    a, b, _pid, rid, tmp = laptops
    good = px.export_round_package(a, rid, tmp / "round.ppsmonitor")
    bad = rebuild(
        good,
        tmp / "low.ppsmonitor",
        data=lambda d: set_path(d, ["partnership", "privacy", "min_round"], 2),
    )
    with pytest.raises(px.ExchangeError, match="min_round"):
        px.import_file(b, bad)
    assert counts(b)["partnerships"] == 0
