"""Loading translations: ours (``resources/translations/pause_LANG.qm``) and Qt's own.

Uses QtCore only, so the headless command line can use it too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from pause_app.resources import resource_path
from pause_app.text import LANGUAGES as LANGUAGES  # here too, beside what loads them

SOURCE_LANGUAGE = "en"

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def translations_dir() -> Path:
    return Path(resource_path("translations"))


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that Pause speaks, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(cli_language: str | None, setting: str, locale: QLocale | None = None) -> str:
    """``--lang`` wins, then the ``ui.language`` setting, then the system."""
    if cli_language in LANGUAGES:
        return cli_language
    if setting in LANGUAGES:
        return setting
    return system_language(locale)


def handed_over() -> str:
    """What a second start says once the running Pause has its command (a plain start says
    it in cli, other commands in app.start)."""
    return translate("app", "Pause is already running; its window is brought to the front.")


def say(words: Callable[[], str], language: str, file: TextIO | None = None) -> None:
    """One line in ``language`` (``words``, asked once the translators are in), printed
    where no application may run yet: a core application holds the translators meanwhile."""
    core_app = QCoreApplication.instance() or QCoreApplication(["pause-app"])
    translations = Translations()
    translations.install(language)
    print(words(), file=file)
    translations.uninstall()
    del core_app


class Translations:
    """The translators installed for one language; switching replaces them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self._default_locale = QLocale()
        self.language = SOURCE_LANGUAGE

    def install(self, language: str) -> bool:
        """Install ``language``; False when our catalogue for it could not be loaded."""
        self.uninstall()
        self.language = language
        QLocale.setDefault(QLocale(language))
        ours = QTranslator()  # for English too: it holds the plural forms of "%n day(s)"
        loaded = ours.load(str(translations_dir() / f"pause_{language}.qm"))
        if loaded:
            self._add(ours)
        else:
            log.warning("no compiled translation for %s in %s", language, translations_dir())
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator()
        if language != SOURCE_LANGUAGE and qtbase.load(f"qtbase_{language}", qt_dir):
            self._add(qtbase)
        # Widgets hear of the change through a posted LanguageChange: deliver it now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return loaded

    def _add(self, translator: QTranslator) -> None:
        if QCoreApplication.installTranslator(translator):
            self._installed.append(translator)

    def uninstall(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        if self._installed:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self._installed.clear()
        QLocale.setDefault(self._default_locale)
        self.language = SOURCE_LANGUAGE
