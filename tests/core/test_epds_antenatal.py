"""The self-test in pregnancy (issue 17): same questionnaire, same bands, antenatal advice.

Source for using the EPDS and its cut-offs in pregnancy: Levis et al., BMJ 2020;371:m4022 (individual participant
data meta-analysis, 58 studies): a score of 11 or more maximises sensitivity and specificity together, 13 or more is
more specific, and accuracy is similar for pregnant and postpartum women (core/epds.py, ANTENATAL_SOURCE).
"""

from __future__ import annotations

from parcours_app.core import epds
from parcours_app.core.epds import Band


def _steps(result: epds.EpdsResult) -> str:
    return " ".join(step.source for step in result.next_steps())


def test_the_bands_do_not_change_in_pregnancy() -> None:
    # 2 points on each of items 1-6, 0 elsewhere: 12 points -> "moderate", advice to see someone soon (>= 11)
    result = epds.score([2, 2, 2, 2, 2, 2, 0, 0, 0, 0])
    antenatal = epds.for_pregnancy(result)
    assert (antenatal.total, antenatal.band, antenatal.see_professional_soon) == (12, Band.MODERATE, True)
    assert (result.total, result.band) == (antenatal.total, antenatal.band)
    # 13 points: "high" in pregnancy as after the birth
    assert epds.for_pregnancy(epds.score([2, 2, 2, 2, 2, 2, 1, 0, 0, 0])).band is Band.HIGH


def test_the_advice_points_to_the_prenatal_interview() -> None:
    result = epds.score([1, 1, 1, 0, 0, 0, 0, 0, 0, 0])
    assert "postnatal" in _steps(result) and "prénatal" not in _steps(result)
    antenatal = epds.for_pregnancy(result)
    assert "entretien prénatal précoce" in _steps(antenatal) and "postnatal" not in _steps(antenatal)
    assert "bmj.m4022" in epds.ANTENATAL_SOURCE
