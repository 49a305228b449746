"""The "Parcours" page: every step of the family's journey by month, a month view, the stages and the detail.

Import the modules themselves (`ui.journey.page`, `ui.journey.detail`, `ui.journey.texts` ...): the package
imports nothing, so the first-run form, which only needs the step labels of `texts`, does not load the whole page
(its detail panel, appointment dialog and resources) before its first paint.
"""
