"""A facade: the reads and writes of every record kind under one name.

The code lives in one module per record kind (``partnerships``, ``organisations``,
``rounds``, ``responses``, ``actions``, ``events``; shared helpers in ``common``, the
codes in ``domain.vocabulary``). This module only re-exports their public functions,
so ``from pps_monitor.storage import repository as repo`` keeps working; new code may
import from the record modules directly.

Every function that writes does so in one transaction (``db.atomic()``): a user
action is stored whole or not at all. Records that can travel between laptops
carry a UUID as their id.
"""

from __future__ import annotations

from pps_monitor.domain.vocabulary import ACTION_STATUSES, ROLES, SECTORS, SOURCES
from pps_monitor.storage.actions import add_action_point, list_action_points, update_action_point
from pps_monitor.storage.common import new_id, now
from pps_monitor.storage.events import add_event, list_events, update_event
from pps_monitor.storage.organisations import (
    add_organisation,
    list_organisations,
    update_organisation,
)
from pps_monitor.storage.partnerships import (
    create_partnership,
    find_partnership,
    get_partnership,
    list_partnerships,
    rename_partnership,
)
from pps_monitor.storage.responses import (
    NewResponse,
    RoundData,
    add_response,
    add_responses,
    delete_respondent,
    load_partnership_rounds,
    load_responses,
    round_comments,
    validate_response,
)
from pps_monitor.storage.rounds import (
    create_round,
    find_round,
    get_round,
    list_rounds,
    round_instrument,
    set_round_status,
)

__all__ = [
    "ACTION_STATUSES",
    "ROLES",
    "SECTORS",
    "SOURCES",
    "NewResponse",
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
    "get_round",
    "list_action_points",
    "list_events",
    "list_organisations",
    "list_partnerships",
    "list_rounds",
    "load_partnership_rounds",
    "load_responses",
    "new_id",
    "now",
    "rename_partnership",
    "round_comments",
    "round_instrument",
    "set_round_status",
    "update_action_point",
    "update_event",
    "update_organisation",
    "validate_response",
]
