"""The "Parcours" page: every step of the family's journey by month, a month view, the stages and the detail."""

from .appointment_dialog import AppointmentDialog
from .detail import EventDetailPanel
from .page import JourneyPage

__all__ = ["AppointmentDialog", "EventDetailPanel", "JourneyPage"]
