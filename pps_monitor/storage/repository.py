"""A facade: the reads and writes of every record kind under one name.

The code lives in one module per record kind (``partnerships``, ``organisations``,
``rounds``, ``responses``, ``actions``, ``events``; shared helpers in ``common``, the
codes in ``domain.vocabulary``). This module only re-exports their public functions,
so ``from pps_monitor.storage import repository as repo`` keeps working; new code may
import from the record modules directly.

Every function that writes does so in one transaction followed by a WAL checkpoint
(``common.write``): a user action is stored whole or not at all, and the ``-wal``
file keeps no commit order. Records that travel between laptops carry a UUID;
respondents and comments have a random integer key inside the database and a UUID.

Since schema v3, ``load_responses``/``load_partnership_rounds``/``round_comments``
return only what a round's figures may INCLUDE (see ``responses.release_round``);
every path that shows or writes figures calls ``release_round`` first.
"""

from __future__ import annotations

from pps_monitor.domain.vocabulary import ACTION_STATUSES, ROLES, SECTORS, SOURCES
from pps_monitor.storage.actions import add_action_point, list_action_points, update_action_point
from pps_monitor.storage.common import new_id, now
from pps_monitor.storage.events import add_event, list_events, update_event
from pps_monitor.storage.loading import load_group_rounds
from pps_monitor.storage.organisations import (
    add_organisation,
    list_organisations,
    update_organisation,
)
from pps_monitor.storage.partnerships import (
    Privacy,
    create_partnership,
    find_partnership,
    get_partnership,
    get_privacy,
    list_partnerships,
    merge_privacy,
    rename_partnership,
    set_privacy,
)
from pps_monitor.storage.responses import (
    NewResponse,
    Release,
    RoundData,
    add_response,
    add_responses,
    delete_respondent,
    load_partnership_rounds,
    load_responses,
    pending_count,
    release_round,
    release_state,
    remove_respondent,
    round_comments,
    undo_last_batch,
    validate_response,
)
from pps_monitor.storage.rounds import (
    create_round,
    find_round,
    get_round,
    list_rounds,
    round_instrument,
    round_part,
    round_parts,
    set_round_status,
)

__all__ = [
    "ACTION_STATUSES",
    "ROLES",
    "SECTORS",
    "SOURCES",
    "NewResponse",
    "Privacy",
    "Release",
    "RoundData",
    "add_action_point",
    "add_event",
    "add_organisation",
    "add_response",
    "add_responses",
    "create_partnership",
    "create_round",
    "delete_respondent",
    "find_partnership",
    "find_round",
    "get_partnership",
    "get_privacy",
    "get_round",
    "list_action_points",
    "list_events",
    "list_organisations",
    "list_partnerships",
    "list_rounds",
    "load_group_rounds",
    "load_partnership_rounds",
    "load_responses",
    "merge_privacy",
    "new_id",
    "now",
    "pending_count",
    "release_round",
    "release_state",
    "remove_respondent",
    "rename_partnership",
    "round_comments",
    "round_instrument",
    "round_part",
    "round_parts",
    "set_privacy",
    "set_round_status",
    "undo_last_batch",
    "update_action_point",
    "update_event",
    "update_organisation",
    "validate_response",
]
