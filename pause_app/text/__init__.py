"""Words that the command line and the window share: loading the translations, and the
wording of the engine's answers, errors and notices. QtCore only: no widgets."""

LANGUAGES = ("en", "nl")
"""The languages Pause speaks (its catalogues in resources/translations): here, without Qt,
for a plain start's ``--lang`` (cli/quick.py)."""
