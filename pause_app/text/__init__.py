"""Words that the command line and the window share: loading the translations, and the
wording of the engine's answers, errors and notices. QtCore only: no widgets."""
