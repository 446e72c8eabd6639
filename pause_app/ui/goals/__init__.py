"""Goals: the page of small steps, a card per activity, the log, history and add-activity
dialogs, and the welcome on the first start."""

from pause_app.ui.goals.page import GoalsPage
from pause_app.ui.goals.welcome import FirstRunDialog

__all__ = ["FirstRunDialog", "GoalsPage"]
