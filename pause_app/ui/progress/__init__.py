"""Progress: the page that shows small steps growing over time, as a chart of what was done
each day against the target, with tired days, crashes, rest and calm breathing beside them,
a summary in words, and saving the chart as an image or the days as a table.

The rest of the app uses ``ProgressPage``. Only the page is imported here: the chart (and
with it pyqtgraph and numpy) loads the first time the page has something to draw.
"""

from pause_app.ui.progress.page import ProgressPage

__all__ = ["ProgressPage"]
