"""Schema migrations (sqlite-utils, in ``_sqlite_migrations``): never edit a shipped one.

The tests migrate a fixture database of every earlier schema (``tests/fixtures/``)."""

import sqlite3

from sqlite_utils import Database, Migrations

from pps_monitor.storage.old_method import m010_shown_by_old_method

MIGRATION_SET = "pps_monitor"
APPLICATION_ID = 0x50505331  # "PPS1" in the file header marks the file as ours
migrations = Migrations(MIGRATION_SET)

SECTOR_CHECK = "('public', 'private', 'social_enterprise', 'other')"

_INITIAL = [
    """CREATE TABLE partnerships (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    f"""CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        sector TEXT NOT NULL CHECK (sector IN {SECTOR_CHECK}),
        UNIQUE (partnership_id, name)
    )""",
    """CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (length(trim(label)) > 0),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        instrument_id TEXT NOT NULL,
        instrument_version TEXT NOT NULL,
        instrument_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        closed_at TEXT,
        UNIQUE (partnership_id, label)
    )""",
    f"""CREATE TABLE respondents (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        sector TEXT CHECK (sector IS NULL OR sector IN {SECTOR_CHECK}),
        role TEXT CHECK (role IS NULL OR role IN ('manager', 'professional')),
        source TEXT NOT NULL CHECK (source IN ('app', 'meeting', 'paper', 'import', 'demo')),
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX respondents_round ON respondents(round_id)",
    "CREATE INDEX respondents_organisation ON respondents(organisation_id)",
    """CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
        item_code TEXT NOT NULL,
        value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
        UNIQUE (respondent_id, item_code)
    )""",
    """CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
        dimension_code TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        UNIQUE (respondent_id, dimension_code)
    )""",
    """CREATE TABLE action_points (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        dimension_code TEXT,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        round_raised_id TEXT REFERENCES rounds(id) ON DELETE SET NULL,
        round_reviewed_id TEXT REFERENCES rounds(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX action_points_partnership ON action_points(partnership_id)",
    "CREATE INDEX action_points_raised ON action_points(round_raised_id)",
    "CREATE INDEX action_points_reviewed ON action_points(round_reviewed_id)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0)
    )""",
    "CREATE INDEX events_partnership ON events(partnership_id)",
    "CREATE INDEX organisations_partnership ON organisations(partnership_id)",
    "CREATE INDEX comments_respondent ON comments(respondent_id)",
]


@migrations()
def m001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)
    # Inside the migration's transaction, so a crash cannot leave our tables unmarked.
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@migrations()
def m002_paper_drafts(db: Database) -> None:
    # Paper forms are typed cell by cell; drafts are kept so nothing typed is lost
    # before the forms are submitted as respondents. ``pass`` is 1 or 2 (double entry).
    db.execute(
        """CREATE TABLE paper_drafts (
            round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            pass INTEGER NOT NULL CHECK (pass IN (1, 2)),
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (round_id, pass)
        )"""
    )


# --- v3: anonymity (issue 11) and a compact file (issue 15), one step -----------------

PRIVACY_COLUMNS = [
    "min_round INTEGER NOT NULL DEFAULT 3 CHECK (min_round >= 3)",
    "min_breakdown INTEGER NOT NULL DEFAULT 5 CHECK (min_breakdown >= min_round)",
    "band_strength REAL NOT NULL DEFAULT 4.0 CHECK (band_strength <= 5)",
    "band_attention REAL NOT NULL DEFAULT 3.0"
    " CHECK (band_attention >= 1 AND band_attention < band_strength)",
]

_V3_TABLES = [
    # ``id`` is drawn at random (storage.common.random_key), so neither the rowid nor
    # the B-tree's order follows the order of entry. No time, no source, no sequence.
    # ``released``: 0 = given, not yet in any released figure; 1 = in the round's
    # figures; 2 = in the round's figures and its breakdowns (see responses.py).
    # ``entry_batch``: one random id per submission or import, so the last batch can
    # be undone before release; NULL once released.
    f"""CREATE TABLE respondents (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        sector TEXT CHECK (sector IS NULL OR sector IN {SECTOR_CHECK}),
        role TEXT CHECK (role IS NULL OR role IN ('manager', 'professional')),
        released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1, 2)),
        entry_batch TEXT
    )""",
    """CREATE TABLE answers (
        respondent_id INTEGER NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
        item_code TEXT NOT NULL,
        value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
        PRIMARY KEY (respondent_id, item_code)
    ) WITHOUT ROWID""",
    # Comments are not linked to a respondent: kept per round, keyed at random.
    """CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        dimension_code TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 2000),
        released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1)),
        entry_batch TEXT
    )""",
]
_V3_INDEXES = [
    "CREATE INDEX respondents_round ON respondents(round_id, released)",
    "CREATE INDEX respondents_organisation ON respondents(organisation_id)",
    "CREATE INDEX comments_round ON comments(round_id)",
]


@migrations()
def m003_anonymous_compact(db: Database) -> None:
    """Re-key respondents at random, drop their time and source, unlink comments.

    Respondents already stored count as released (their figures were shown). Paper
    drafts of rounds whose paper forms were stored are cleared. The migration runs in
    one transaction; ``secure_delete`` (set on the connection) zeroes the freed pages
    that held the old order.
    """
    db.execute("PRAGMA secure_delete = ON")
    db.execute(
        """DELETE FROM paper_drafts WHERE round_id IN
           (SELECT DISTINCT round_id FROM respondents WHERE source = 'paper')"""
    )
    for column in PRIVACY_COLUMNS:
        db.execute(f"ALTER TABLE partnerships ADD COLUMN {column}")
    db.execute("ALTER TABLE rounds ADD COLUMN last_batch TEXT")
    for old in ("comments", "answers", "respondents"):
        db.execute(f"ALTER TABLE {old} RENAME TO {old}_v2")
    for statement in _V3_TABLES:
        db.execute(statement)
    _copy_v2_respondents(db.conn)
    _copy_v2_comments(db.conn)
    for old in ("comments", "answers", "respondents"):
        db.execute(f"DROP TABLE {old}_v2")
    for statement in _V3_INDEXES:
        db.execute(statement)


def _copy_v2_respondents(conn: sqlite3.Connection) -> None:
    """m003: each respondent to a fresh random key, with their answers."""
    from pps_monitor.storage.common import random_key

    # Copied in the order of the old random UUIDs (not of created_at), each to a fresh
    # random key; the new tables are ordered by those keys.
    old_people = conn.execute(
        "SELECT id, round_id, organisation_id, sector, role FROM respondents_v2 ORDER BY id"
    ).fetchall()
    keys: dict[str, int] = {}
    taken: set[int] = set()
    for uuid, round_id, org, sector, role in old_people:
        key = random_key()
        while key in taken:
            key = random_key()
        taken.add(key)
        keys[uuid] = key
        conn.execute(
            "INSERT INTO respondents (id, uuid, round_id, organisation_id, sector, role, released)"
            " VALUES (?, ?, ?, ?, ?, ?, 2)",
            [key, uuid, round_id, org, sector, role],
        )
    conn.executemany(
        "INSERT INTO answers (respondent_id, item_code, value) VALUES (?, ?, ?)",
        sorted(
            (keys[rid], code, value)
            for rid, code, value in conn.execute(
                "SELECT respondent_id, item_code, value FROM answers_v2"
            )
        ),
    )


def _copy_v2_comments(conn: sqlite3.Connection) -> None:
    """m003: each comment to a fresh random key, unlinked from its respondent."""
    from pps_monitor.storage.common import random_key

    comment_keys: set[int] = set()
    for cid, round_id, dim, text in conn.execute(
        """SELECT c.id, s.round_id, c.dimension_code, c.text
           FROM comments_v2 c JOIN respondents_v2 s ON s.id = c.respondent_id ORDER BY c.id"""
    ).fetchall():
        key = random_key()
        while key in comment_keys:
            key = random_key()
        comment_keys.add(key)
        conn.execute(
            "INSERT INTO comments (id, uuid, round_id, dimension_code, text, released)"
            " VALUES (?, ?, ?, ?, ?, 1)",
            [key, cid, round_id, dim, text[:2000]],
        )


# --- v4: several instruments in one round, each for its own respondents (issue 17) ----

RESPONDENT_GROUP_CHECK = "('partners', 'employers', 'workers')"


@migrations()
def m004_instruments_per_round(db: Database) -> None:
    """A round runs one instrument per respondent group.

    The round the coordinator sees is its *main* row in ``rounds`` (``main_round_id`` NULL);
    every further instrument is a *part*: a row of its own with ``main_round_id`` set, its
    own ``respondent_group``, instrument snapshot, respondents, release state and paper
    drafts. A respondent belongs to the part (the group) they answered. So each group's
    answers, release batches and minimum group sizes stay apart by construction, and the
    v3 anonymity properties (random keys; no time, order or source) hold per part.
    Existing rounds become partners' rounds. Facts a respondent may give (hours a week,
    months in the job) are kept beside their answers, keyed by the same random key.
    """
    db.execute(
        "ALTER TABLE rounds ADD COLUMN respondent_group TEXT NOT NULL DEFAULT 'partners'"
        f" CHECK (respondent_group IN {RESPONDENT_GROUP_CHECK})"
    )
    db.execute(
        "ALTER TABLE rounds ADD COLUMN main_round_id TEXT REFERENCES rounds(id) ON DELETE CASCADE"
    )
    db.execute(
        "CREATE UNIQUE INDEX rounds_group ON rounds(coalesce(main_round_id, id), respondent_group)"
    )
    db.execute("CREATE INDEX rounds_main ON rounds(main_round_id)")
    db.execute(
        """CREATE TABLE facts (
            respondent_id INTEGER NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
            fact_code TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value >= 0),
            PRIMARY KEY (respondent_id, fact_code)
        ) WITHOUT ROWID"""
    )


# --- m007: the partnership's language (issue 12) -------------------------------------

LANGUAGES_CHECK = "('nl', 'en')"


@migrations()
def m007_partnership_language(db: Database) -> None:
    """The language of a partnership's report and CLI output where none is asked for.

    NULL (every existing partnership): the system's or the app's language, as before.
    """
    db.execute(
        "ALTER TABLE partnerships ADD COLUMN language TEXT"
        f" CHECK (language IS NULL OR language IN {LANGUAGES_CHECK})"
    )


# --- m008: a random key per round, to authenticate its responses files (issue 14) -----


@migrations()
def m008_round_keys(db: Database) -> None:
    """``rounds.exchange_key``: 64 hex digits, drawn at random when a round is created
    (or taken from its round package). Rounds made before stay NULL: their responses
    files are read unauthenticated, as before (docs/exchange-format.md)."""
    db.execute("ALTER TABLE rounds ADD COLUMN exchange_key TEXT")


# --- m005: key figures per round and the balance sheet's rule (issue 17b) -------------


@migrations()
def m005_key_figures(db: Database) -> None:
    """The coordinator's key figures of each round, and each partnership's balance rule.

    ``key_figures``: one row per recorded figure (a figure never recorded has no row);
    the codes and their checks are in ``domain.key_figures``. ``balance_rules``: the
    partnership's thresholds for the balance sheet (no row: the default rule).
    """
    db.execute(
        """CREATE TABLE key_figures (
            round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
            value REAL NOT NULL CHECK (value >= 0),
            PRIMARY KEY (round_id, code)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE balance_rules (
            partnership_id TEXT PRIMARY KEY REFERENCES partnerships(id) ON DELETE CASCADE,
            good REAL NOT NULL DEFAULT 3.5,
            mixed REAL NOT NULL DEFAULT 2.5,
            method TEXT NOT NULL DEFAULT 'mean' CHECK (method IN ('mean', 'lowest')),
            CHECK (1 <= mixed AND mixed < good AND good <= 5)
        )"""
    )


# --- m006: tie ratings between organisations (issue 18) -----------------------------------

_TIE_TABLES = [
    # A round that includes the tie module for partners.
    """CREATE TABLE tie_modules (
        round_id TEXT PRIMARY KEY REFERENCES rounds(id) ON DELETE CASCADE
    )""",
    # A tie respondent is a record of its own: no link to the same person's main
    # questionnaire; the organisation is kept only here. ``id`` is drawn at random (no
    # order, no time); ``uuid`` travels in exchange files. ``released``: 0 = given, not
    # yet in figures; 1 = in the round's tie figures (see storage/ties.py).
    """CREATE TABLE tie_respondents (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1))
    )""",
    # frequency 0..5 (never .. daily), the quality statements 1..5; NULL = don't know.
    """CREATE TABLE tie_answers (
        respondent_id INTEGER NOT NULL REFERENCES tie_respondents(id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        item_code TEXT NOT NULL
            CHECK (item_code IN ('frequency', 'goals', 'knowledge', 'trust', 'communication')),
        value INTEGER CHECK (value IS NULL OR value BETWEEN
            CASE item_code WHEN 'frequency' THEN 0 ELSE 1 END AND
            CASE item_code WHEN 'frequency' THEN 5 ELSE 5 END),
        PRIMARY KEY (respondent_id, target_id, item_code)
    ) WITHOUT ROWID""",
    "CREATE INDEX tie_respondents_round ON tie_respondents(round_id, released)",
    "CREATE INDEX tie_answers_target ON tie_answers(target_id)",
]


@migrations()
def m006_ties(db: Database) -> None:
    for statement in _TIE_TABLES:
        db.execute(statement)


# --- m009: each respondent's release generation (issue 11, "don't know") --------------
@migrations()
def m009_release_generations(db: Database) -> None:
    """``respondents.generation``: the release batch that brought a respondent into the
    figures (NULL pending, 1 for all released before; ``domain.release_sets``)."""
    db.execute("ALTER TABLE respondents ADD COLUMN generation INTEGER")
    db.execute("UPDATE respondents SET generation = 1 WHERE released != 0")


migrations()(m010_shown_by_old_method)  # issue 11, F1: see storage/old_method.py
SCHEMA_VERSION = len(migrations._migrations)
