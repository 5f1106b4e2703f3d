"""Schema migrations, recorded in ``_sqlite_migrations`` by sqlite-utils.

Never edit a migration that has shipped: add a new one and bump SCHEMA_VERSION.
Every earlier schema has a fixture database under ``tests/fixtures/`` that the
tests migrate to the current one.
"""

from sqlite_utils import Database, Migrations

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


SCHEMA_VERSION = len(migrations._migrations)
