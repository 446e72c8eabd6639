"""Icons, sounds and translations, installed as the ``pause_app.resources`` package."""
