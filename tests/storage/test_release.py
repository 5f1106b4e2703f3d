"""Release in batches, corrections before release, and the partnership's privacy settings."""

import random
from dataclasses import replace

import pytest

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.vocabulary import ROLES
from pps_monitor.errors import InputError
from pps_monitor.storage import repository as repo

INST = default_instrument()


def answers(value=3):
    return {i.code: value for i in INST.items}


@pytest.fixture
def rnd(db):
    pid = repo.create_partnership(db, "P")
    return pid, repo.create_round(db, pid, "R1", "2025-03-01", INST)


def add(db, rid, n, sector="public", role="manager", value=3, source="paper", comment=None):
    return repo.add_responses(
        db,
        rid,
        [
            repo.NewResponse(
                answers(value),
                sector=sector,
                role=role,
                source=source,
                comments={"RC-TRUST": comment} if comment else None,
            )
            for _ in range(n)
        ],
    )


def total_changes(db):
    return db.conn.total_changes


def test_before_any_release_everything_given_is_included(db, rnd):
    _pid, rid = rnd
    add(db, rid, 2)
    assert len(repo.load_responses(db, rid)) == 2
    assert repo.release_round(db, rid) == 0  # below min_round nothing is shown or released
    assert repo.release_state(db, rid).released == 0
    add(db, rid, 1)
    assert len(repo.load_responses(db, rid)) == 3


def test_late_answers_wait_until_min_round_of_them_arrived(db, rnd):
    _pid, rid = rnd
    add(db, rid, 4)
    assert repo.release_round(db, rid) == 4
    add(db, rid, 1)
    add(db, rid, 1)
    assert len(repo.load_responses(db, rid)) == 4
    state = repo.release_state(db, rid)
    assert (state.included, state.pending, state.needed) == (4, 2, 1)
    assert repo.pending_count(db, rid) == 2
    assert len(repo.load_partnership_rounds(db, rnd[0])[0].responses) == 4
    assert repo.load_partnership_rounds(db, rnd[0])[0].pending == 2
    add(db, rid, 1)
    assert len(repo.load_responses(db, rid)) == 7
    assert repo.pending_count(db, rid) == 0


def test_showing_the_same_figures_twice_writes_nothing(db, rnd):
    _pid, rid = rnd
    add(db, rid, 5)
    repo.release_round(db, rid)
    before = total_changes(db)
    assert repo.release_round(db, rid) == 0
    repo.load_responses(db, rid)
    assert total_changes(db) == before


def test_late_batch_too_small_per_cell_stays_out_of_breakdowns(db, rnd):
    _pid, rid = rnd
    add(db, rid, 6, sector="public")
    repo.release_round(db, rid)
    add(db, rid, 3, sector="private")  # a round batch (>= 3), but a cell of 3 < 5
    included = repo.load_responses(db, rid)
    assert len(included) == 9
    assert sum(1 for r in included if not r.in_breakdowns) == 3  # labels kept: domain decides
    repo.release_round(db, rid)
    add(db, rid, 2, sector="private")
    add(db, rid, 3, sector="private")
    repo.release_round(db, rid)  # now 3 + 5 waiting private managers: the cell gains 8
    included = repo.load_responses(db, rid)
    assert len(included) == 14
    assert sum(1 for r in included if r.sector == "private") == 8
    assert all(r.sector is not None for r in included)


def test_mixed_late_batch_with_a_small_cross_cell_stays_out(db, rnd):
    _pid, rid = rnd
    add(db, rid, 5)
    repo.release_round(db, rid)
    # public 6 (5 managers + 1 professional), private professionals 5: every margin >= 5,
    # but "public minus manager" would isolate one person: the cross cell has 1.
    repo.add_responses(
        db,
        rid,
        [repo.NewResponse(answers(), sector="public", role="manager") for _ in range(5)]
        + [repo.NewResponse(answers(), sector="public", role="professional")]
        + [repo.NewResponse(answers(), sector="private", role="professional") for _ in range(5)],
    )
    repo.release_round(db, rid)
    included = repo.load_responses(db, rid)
    assert len(included) == 16
    assert sum(1 for r in included if not r.in_breakdowns) == 11


def test_comments_are_released_with_their_batch_and_never_linked(db, rnd):
    _pid, rid = rnd
    add(db, rid, 3, comment="eerste")
    repo.release_round(db, rid)
    add(db, rid, 1, comment="laat")
    assert [c["text"] for c in repo.round_comments(db, rid)] == ["eerste"] * 3
    add(db, rid, 2)
    assert sorted(c["text"] for c in repo.round_comments(db, rid)) == ["eerste"] * 3 + ["laat"]
    columns = {r[1] for r in db.execute("PRAGMA table_info(comments)")}
    assert "respondent_id" not in columns


def test_remove_respondent_only_before_release(db, rnd):
    _pid, rid = rnd
    first = add(db, rid, 3)
    repo.release_round(db, rid)
    with pytest.raises(InputError, match="whole round"):
        repo.remove_respondent(db, first[0])
    (late,) = add(db, rid, 1, source="meeting", comment="weg")
    repo.remove_respondent(db, late)
    assert db.execute("SELECT count(*) FROM respondents").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM comments").fetchone()[0] == 0


def test_undo_last_batch_before_release(db, rnd):
    _pid, rid = rnd
    add(db, rid, 4)
    add(db, rid, 3, comment="batch")
    assert repo.undo_last_batch(db, rid) == 3
    assert db.execute("SELECT count(*) FROM respondents").fetchone()[0] == 4
    assert db.execute("SELECT count(*) FROM comments").fetchone()[0] == 0
    with pytest.raises(InputError, match="no batch to undo"):
        repo.undo_last_batch(db, rid)
    add(db, rid, 2)
    repo.release_round(db, rid)
    with pytest.raises(InputError, match="no batch to undo"):
        repo.undo_last_batch(db, rid)
    assert (
        db.execute("SELECT count(*) FROM respondents WHERE entry_batch IS NOT NULL").fetchone()[0]
        == 0
    )


def test_a_single_meeting_answer_is_not_remembered_as_last(db, rnd):
    _pid, rid = rnd
    add(db, rid, 1, source="meeting")
    assert repo.get_round(db, rid)["last_batch"] is None


def test_source_is_accepted_but_not_stored(db, rnd):
    _pid, rid = rnd
    for source in ("app", "meeting", "paper", "import", "demo"):
        add(db, rid, 1, source=source)
    columns = {r[1] for r in db.execute("PRAGMA table_info(respondents)")}
    assert "source" not in columns and "created_at" not in columns


def test_privacy_settings_are_validated_in_plain_words(db, rnd):
    pid, _rid = rnd
    assert repo.get_privacy(db, pid) == repo.Privacy(3, 5, 4.0, 3.0)
    with pytest.raises(InputError, match="at least 3"):
        repo.set_privacy(db, pid, min_round=2)
    with pytest.raises(InputError, match="cannot be below the minimum for a round"):
        repo.set_privacy(db, pid, min_round=6)
    with pytest.raises(InputError, match="at least 3"):
        repo.set_privacy(db, pid, min_breakdown=2)
    with pytest.raises(InputError, match="bands"):
        repo.set_privacy(db, pid, band_attention=4.5)
    assert repo.set_privacy(db, pid, min_round=4, min_breakdown=6) == repo.Privacy(4, 6, 4.0, 3.0)
    merged = repo.merge_privacy(db, pid, repo.Privacy(3, 8, 4.5, 2.0))
    assert merged == repo.Privacy(4, 8, 4.0, 3.0)


def test_the_minimum_follows_the_partnership(db, rnd):
    pid, rid = rnd
    repo.set_privacy(db, pid, min_round=5, min_breakdown=5)
    add(db, rid, 5)
    repo.release_round(db, rid)
    add(db, rid, 4)
    assert repo.release_state(db, rid).needed == 1


def test_erasing_a_released_round_names_the_backups_that_hold_it(tmp_path):
    from pps_monitor.storage import backup as bk
    from pps_monitor.storage.database import open_database

    path = tmp_path / "pps.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "P")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    add(db, rid, 3)
    repo.release_round(db, rid)
    saved = bk.make_backup(db, path, "manual")
    assert bk.erase_round(db, path, rid) == [saved]
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    bk.make_backup(db, path, "manual")  # the rotation after an erasure keeps only this one
    assert saved not in bk.backups(bk.backup_folder(path))
    db.close()


def test_the_backups_holding_an_erased_round_can_be_removed_and_nothing_else(tmp_path):
    from pps_monitor.storage import backup as bk
    from pps_monitor.storage.database import open_database

    path = tmp_path / "pps.sqlite"
    db = open_database(path)
    pid = repo.create_partnership(db, "P")
    rid = repo.create_round(db, pid, "R1", "2025-03-01", INST)
    add(db, rid, 3)
    saved = bk.make_backup(db, path, "manual")
    stranger = tmp_path / "not-a-backup.sqlite"
    stranger.write_bytes(b"keep me")
    holding = bk.erase_round(db, path, rid)
    assert bk.remove_backups(path, [*holding, stranger]) == [saved]
    assert not saved.exists() and stranger.read_bytes() == b"keep me"
    db.close()


def test_each_release_batch_gets_the_next_generation(db, rnd):
    """m009 (issue 11): the batch in which a respondent joined the figures, nothing finer."""
    _pid, rid = rnd

    def generations():
        rows = db.execute("SELECT generation FROM respondents WHERE round_id = ?", [rid])
        return sorted((g for (g,) in rows), key=lambda g: (g is None, g or 0))

    add(db, rid, 3, sector="public")
    repo.release_round(db, rid)
    assert generations() == [1, 1, 1]
    add(db, rid, 2, sector="public")
    repo.release_round(db, rid)  # 2 pending < 3: nothing joins, no generation yet
    assert [g for g in generations() if g is not None] == [1, 1, 1]
    assert [r.generation for r in repo.load_responses(db, rid)] == [1, 1, 1]
    add(db, rid, 1, sector="public")
    assert sorted(r.generation for r in repo.load_responses(db, rid)) == [1] * 3 + [2] * 3
    repo.release_round(db, rid)
    assert generations() == [1, 1, 1, 2, 2, 2]


def _figures(responses, privacy):
    """Every figure's mean tier, spread tier and block partition (``release_sets._state``)."""
    from pps_monitor.domain.release_sets import _state, round_sets
    from pps_monitor.domain.scoring import DEFAULT_SETTINGS

    settings = replace(
        DEFAULT_SETTINGS, min_round=privacy.min_round, min_breakdown=privacy.min_breakdown
    )
    return _state(round_sets(INST, responses, settings))


@pytest.mark.parametrize("seed", range(12))
def test_merged_generations_change_no_figure_now_or_later(db, rnd, seed):
    """F3 (issue 11): the stored generations are merged where no figure tells them apart.

    A random story (batches of 1..7 with "don't know"s, mixed sectors and roles, a
    release after each) is replayed with the full history of release batches beside
    it: after every release, every figure (mean tier, spread tier and the moves the
    breakdowns are checked against) computed from the stored, merged generations is
    the one the full history gives, and the store never keeps more batches than that.
    """
    pid, rid = rnd
    rng = random.Random(seed)
    privacy = repo.get_privacy(db, pid)
    history: dict[str, int] = {}
    merged_somewhere = False
    for step in range(1, 9):
        batch = []
        for _ in range(rng.choice([1, 2, 3, 3, 4, 5, 7])):
            given = {i.code: rng.randint(1, 5) for i in INST.items}
            for code in rng.sample(sorted(given), rng.choice([0, 0, 1, 3])):
                given[code] = None
            sector = rng.choice(["public", "private"])
            batch.append(repo.NewResponse(given, sector=sector, role=rng.choice(ROLES[:2])))
        repo.add_responses(db, rid, batch)
        repo.release_round(db, rid)
        stored = repo.load_responses(db, rid)
        for r in stored:
            history.setdefault(r.respondent_id, step)
        full = [replace(r, generation=history[r.respondent_id]) for r in stored]
        assert _figures(stored, privacy) == _figures(full, privacy)
        kept = {r.generation for r in stored}
        assert kept == set(range(1, len(kept) + 1))
        merged_somewhere |= len(kept) < len(set(history.values()))
    assert merged_somewhere or seed % 2  # most stories merge some batches


def test_batches_no_figure_tells_apart_are_one_batch(db, rnd):
    """Two late batches that every figure holds whole, and no breakdown, are stored as one."""
    _pid, rid = rnd
    add(db, rid, 5, sector="public")
    add(db, rid, 5, sector="private")
    repo.release_round(db, rid)
    add(db, rid, 3, sector="public")
    repo.release_round(db, rid)
    add(db, rid, 3, sector="private")
    repo.release_round(db, rid)
    rows = db.execute(
        "SELECT sector, generation, count(*) FROM respondents WHERE round_id = ?"
        " GROUP BY sector, generation ORDER BY sector, generation",
        [rid],
    ).fetchall()
    assert rows == [("private", 1, 5), ("private", 2, 3), ("public", 1, 5), ("public", 2, 3)]


def _reference_bounds(gens, eligible, labels, k_round, k_breakdown):
    """The walk as the module docstring says it, recounting everything at each step."""
    from collections import Counter

    mean_b = spread_b = None
    held, blocks = 0, []
    for g in sorted({g for g, ok in zip(gens, eligible, strict=True) if ok}):
        count = sum(1 for h, ok in zip(gens, eligible, strict=True) if ok and h <= g)
        if count - held >= k_round:
            blocks.append((mean_b if mean_b is not None else min(gens) - 1, g))
            mean_b, held = g, count
        if mean_b is None or mean_b == spread_b:
            continue
        if spread_b is None:
            spread_b = mean_b
            continue
        cells = [
            Counter(
                lab
                for h, ok, lab in zip(gens, eligible, labels, strict=True)
                if ok and lo < h <= hi
            )
            for lo, hi in blocks
            if lo >= spread_b
        ]
        if all(n >= k_breakdown for c in cells for n in c.values()):
            spread_b = mean_b
    return mean_b, spread_b


def test_the_walk_counts_as_the_rule_says():
    """``release_sets._bounds`` (counted per generation once) against the plain rule."""
    from pps_monitor.domain.release_sets import _bounds

    rng = random.Random(4)
    for _ in range(3000):
        n = rng.randint(0, 20)
        gens = [rng.randint(1, 6) for _ in range(n)]
        eligible = [rng.random() < 0.8 for _ in range(n)]
        labels = [(rng.choice(["public", "private"]), rng.choice(ROLES)) for _ in range(n)]
        k_round, k_breakdown = rng.choice([(3, 3), (3, 5), (4, 6)])
        assert _bounds(gens, eligible, labels, k_round, k_breakdown) == _reference_bounds(
            gens, eligible, labels, k_round, k_breakdown
        )
