"""The private postpartum self-test (EPDS) screens: start, questionnaire, result and history.

`SelfTestPage` is the one widget the main window embeds. Every decision (points, total, band, crisis help first)
comes from `core.epds`; these widgets only lay it out.
"""

from __future__ import annotations

from .history_page import HistoryPage
from .questionnaire_page import QuestionnairePage
from .result_page import ResultPage
from .selftest_page import SelfTestPage

__all__ = ["HistoryPage", "QuestionnairePage", "ResultPage", "SelfTestPage"]
