import pytest

from pause_app.storage.paths import AppPaths
from pause_app.text import i18n
from pause_app.ui.about import AboutDialog


@pytest.fixture
def about(qtbot, pause_home: AppPaths) -> AboutDialog:
    dialog = AboutDialog(pause_home)
    qtbot.addWidget(dialog)
    return dialog


def test_the_disclaimer_says_what_pacing_md_asks(about: AboutDialog, pause_home: AppPaths) -> None:
    text = about.disclaimer.text()
    for words in (
        "not a medical device",
        "doctor or physiotherapist",
        "ME/CFS",
        "long COVID",
        "POTS",
        "heart or lung",
        "dizzy",
        "chest pain",
        "112",
    ):
        assert words in text
    assert str(pause_home.data_dir) in about.data_location.text()


def test_the_disclaimer_in_dutch(about: AboutDialog, translations: i18n.Translations) -> None:
    translations.install("nl")
    assert about.windowTitle() == "Over Pause"
    for words in ("geen medisch hulpmiddel", "huisarts of fysiotherapeut", "duizelig", "112"):
        assert words in about.disclaimer.text()


def test_close_button_closes(qtbot, about: AboutDialog) -> None:
    about.show()
    with qtbot.waitSignal(about.rejected):
        about.buttons.rejected.emit()
    assert not about.isVisible()
