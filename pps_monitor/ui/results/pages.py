"""The registry of results pages, in tab order. A new chart is one class added here."""

from __future__ import annotations

from collections.abc import Callable

from pps_monitor.ui.results.balance_sheet_page import BalanceSheetPage
from pps_monitor.ui.results.key_figures_page import KeyFiguresPage
from pps_monitor.ui.results.network_page import NetworkPage
from pps_monitor.ui.results.page import ResultsPage
from pps_monitor.ui.results.radar_pages import RadarPage, SectorsPage
from pps_monitor.ui.results.table_pages import CommentsPage, ComparePage, RisksPage, ScoresPage
from pps_monitor.ui.results.time_pages import BalancePage, TrendsPage

PAGES: list[Callable[[], ResultsPage]] = [
    RadarPage,
    SectorsPage,
    TrendsPage,
    RisksPage,
    BalancePage,
    ScoresPage,
    CommentsPage,
    ComparePage,
    BalanceSheetPage,
    KeyFiguresPage,
    NetworkPage,
]
TABS: tuple[str, ...] = tuple(page.key for page in PAGES)  # type: ignore[attr-defined]
