"""The service layer, without Qt: what the UI (and later the CLI) calls."""

import subprocess
import sys

from pps_monitor.domain.instrument import default_instrument
from pps_monitor.domain.scoring import ScoringSettings
from pps_monitor.services import db as dbs
from pps_monitor.services import exchange, partnerships, responses
from pps_monitor.services.results_data import ResultsCache, dimension_means, load_results


def test_services_import_no_qt():
    code = (
        "import sys, pps_monitor.services.exchange, pps_monitor.services.partnerships,"
        " pps_monitor.services.responses, pps_monitor.services.results_data;"
        " assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_administration_round_trip_and_undoable_delete(db):
    pid = partnerships.create_partnership(db, "Wijkteam")
    partnerships.add_organisation(db, pid, "Gemeente", "public")
    rid = partnerships.create_round(db, pid, "Voorjaar", "2026-03-01", default_instrument())
    assert [r["id"] for r in partnerships.list_rounds(db, pid)] == [rid]
    assert partnerships.latest_instrument(db, partnerships.list_rounds(db, pid)).id
    deleted = partnerships.delete(db, "rounds", rid)
    assert partnerships.list_rounds(db, pid) == []
    partnerships.undelete(db, deleted)
    assert [r["id"] for r in partnerships.list_rounds(db, pid)] == [rid]


def test_answered_count_and_respondent_lookup(db):
    pid = partnerships.create_partnership(db, "Wijkteam")
    rid = partnerships.create_round(db, pid, "Voorjaar", "2026-03-01", default_instrument())
    assert responses.answered_count(db, rid) == 0
    entry = responses.round_for_entry(db, rid, ("public", "private", "social", "other"))
    assert entry.sectors == ["public", "private", "social", "other"]  # no organisations yet
    answers = dict.fromkeys(entry.instrument.item_by_code, 4)
    respondent = responses.add_response(db, rid, responses.NewResponse(answers))
    assert responses.answered_count(db, rid) == 1
    assert exchange.respondent_exists(db, respondent)
    assert not exchange.respondent_exists(db, "nobody")


def test_results_load_in_their_own_connection_and_the_cache_is_bounded(db_path):
    from pps_monitor.demo import add_demo

    db = dbs.open_database(db_path)
    pid = add_demo(db)
    settings = ScoringSettings()
    data = load_results(db_path, pid, settings)
    assert data["results"] and dimension_means(data["results"])
    cache = ResultsCache(size=2)
    stamp = dbs.data_stamp(db)
    for k in range(3):
        cache.put(f"p{k}", settings, stamp, data)
    assert len(cache) == 2 and cache.get(db, "p0", settings) is None  # oldest went first
    assert cache.get(db, "p2", settings) is data
    partnerships.rename_partnership(db, pid, "Renamed")  # any write makes entries stale
    assert cache.get(db, "p2", settings) is None
    cache.put("p2", settings, dbs.data_stamp(db), data)
    cache.invalidate("p2")
    assert cache.get(db, "p2", settings) is None
    cache.put("p1", settings, dbs.data_stamp(db), data)
    cache.clear()
    assert len(cache) == 0
    db.close()


def test_erase_and_restore_work_on_a_path(db_path):
    db = dbs.open_database(db_path)
    pid = partnerships.create_partnership(db, "Wijkteam")
    rid = partnerships.create_round(db, pid, "Voorjaar", "2026-03-01", default_instrument())
    answers = dict.fromkeys(default_instrument().item_by_code, 4)
    respondent = responses.add_response(db, rid, responses.NewResponse(answers))
    saved = exchange.backup_now(db_path)
    partnerships.create_partnership(db, "Added after the backup")
    db.close()
    exchange.restore(db_path, saved)
    db = dbs.open_database(db_path)
    assert [p["name"] for p in partnerships.list_partnerships(db)] == ["Wijkteam"]
    exchange.erase_respondent(db_path, respondent)
    assert not exchange.respondent_exists(db, respondent)
    db.close()
