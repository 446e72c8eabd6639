#!/bin/sh
# Remove Pause again: the program, the pause-app command, the menu entry, the icon and the
# metainfo that install.sh put there, and its start-at-login entry. Your own data
# (~/.local/share/pause-app, ~/.config/pause-app) is never touched.
# The same as ./install.sh --uninstall; a file to double-click for people without a terminal.
exec sh "$(dirname -- "$0")/install.sh" --uninstall "$@"
