#!/bin/sh
# Install Pause for this user, so it appears in the desktop's application menu:
#   ./install.sh               the program into ~/.local/lib/pause-app, a pause-app command in
#                              ~/.local/bin, the menu entry, the icon and the AppStream
#                              metainfo under ~/.local/share (or $XDG_DATA_HOME)
#   ./install.sh --uninstall   removes exactly what the install put there
#   ./install.sh --prefix DIR  somewhere else; as root, a system folder needs --system
# Your own data (~/.local/share/pause-app, ~/.config/pause-app) is never touched.
set -eu

APP_ID=org.pauseapp.Pause
NAME=pause-app
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)

say() { printf '%s\n' "$*"; }
stop() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

uninstall=0
system=0
prefix=
prefix_given=0
while [ $# -gt 0 ]; do
  case $1 in
    --uninstall) uninstall=1 ;;
    --system) system=1 ;;
    --prefix) [ $# -ge 2 ] || stop "--prefix needs a folder"; prefix=$2; prefix_given=1; shift ;;
    --prefix=*) prefix=${1#--prefix=}; prefix_given=1 ;;
    -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) stop "unknown option $1 (see ./install.sh --help)" ;;
  esac
  shift
done

if [ -z "$prefix" ]; then
  if [ "$system" -eq 1 ]; then prefix=/usr/local; else prefix=${HOME:?HOME is not set}/.local; fi
fi
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
if [ "$(id -u)" -eq 0 ] && [ "$system" -eq 0 ]; then
  case $prefix in
    "$HOME"/*) ;;
    *) stop "as root this would install into the system folder $prefix; add --system if that is meant" ;;
  esac
fi

# The menu files go where the desktop looks: $XDG_DATA_HOME for the default user install.
if [ "$prefix_given" -eq 0 ] && [ "$system" -eq 0 ]; then
  share=${XDG_DATA_HOME:-$prefix/share}
else
  share=$prefix/share
fi
lib=$prefix/lib/$NAME
bin=$prefix/bin
manifest=$lib/.installed-files
desktop=$share/applications/$APP_ID.desktop
icon=$share/icons/hicolor/scalable/apps/$APP_ID.svg
metainfo=$share/metainfo/$APP_ID.metainfo.xml

# No cache is made (update-desktop-database, gtk-update-icon-cache): desktops watch these
# folders, and a user's icon cache that later goes stale would hide other programs' icons.

remove_installed() {
  # Only the files the install listed, then the program folder; nothing else.
  [ -f "$manifest" ] || return 0
  while IFS= read -r path; do
    [ -n "$path" ] || continue
    if [ -L "$path" ] || [ -f "$path" ]; then rm -f -- "$path"; fi
  done < "$manifest"
  rm -rf -- "$lib"
}

if [ "$uninstall" -eq 1 ]; then
  if [ ! -f "$manifest" ]; then
    say "Pause is not installed in $prefix: nothing to remove."
    exit 0
  fi
  remove_installed
  say "Pause is removed from $prefix. Your own data is kept, in ${XDG_DATA_HOME:-$HOME/.local/share}/pause-app and ${XDG_CONFIG_HOME:-$HOME/.config}/pause-app."
  exit 0
fi

[ -x "$HERE/$NAME" ] && [ -d "$HERE/_internal" ] ||
  stop "run this script from the unpacked Pause folder (it holds $NAME and _internal)"
if [ -e "$lib" ] && [ ! -f "$manifest" ]; then
  stop "$lib exists and was not made by this script; move it away first"
fi
for path in "$bin/$NAME" "$desktop"; do
  if [ -e "$path" ] && ! { [ -f "$manifest" ] && grep -qxF "$path" "$manifest"; }; then
    stop "$path exists and was not made by this script; move it away first"
  fi
done

remove_installed  # an update: the old version goes first
mkdir -p "$prefix/lib" "$bin" "$share/applications" "$share/metainfo" \
  "$share/icons/hicolor/scalable/apps"
staging=$prefix/lib/.$NAME.new.$$
trap 'rm -rf -- "$staging"' EXIT
cp -R "$HERE" "$staging"
mv "$staging" "$lib"
trap - EXIT

ln -sf "$lib/$NAME" "$bin/$NAME"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$icon"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
# The menu entry runs this copy by its full path: ~/.local/bin is not always on a desktop's PATH.
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec="%s"\n' "$lib/$NAME" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$HERE/share/applications/$APP_ID.desktop" > "$desktop"
printf '%s\n' "$bin/$NAME" "$desktop" "$icon" "$metainfo" > "$manifest"
say "Pause is installed: find it in your application menu, or run $bin/$NAME"
