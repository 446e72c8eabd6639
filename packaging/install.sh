#!/bin/sh
# Install Pause for this user, so it appears in the desktop's application menu:
#   ./install.sh               the program into ~/.local/lib/pause-app, a pause-app command in
#                              ~/.local/bin, the menu entry, the icon and the AppStream
#                              metainfo under ~/.local/share (or $XDG_DATA_HOME)
#   ./install.sh --uninstall   removes exactly what the install put there (so does uninstall.sh)
#   ./install.sh --prefix DIR  somewhere else; as root, a system folder needs --system
# Your own data (~/.local/share/pause-app, ~/.config/pause-app) is never touched.
set -eu

APP_ID=org.pauseapp.Pause
NAME=pause-app
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd -P)

# Started by a double-click there is no terminal to read: the result goes to a dialog or a
# notification as well, where the desktop has one.
show() {
  [ -t 1 ] && return 0
  [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || return 0
  if command -v zenity >/dev/null 2>&1; then
    zenity "--$1" --title=Pause --no-wrap --no-markup --text="$2" >/dev/null 2>&1 || true
  elif command -v kdialog >/dev/null 2>&1; then
    if [ "$1" = error ]; then kind=--error; else kind=--msgbox; fi
    kdialog --title Pause "$kind" "$2" >/dev/null 2>&1 || true
  elif command -v notify-send >/dev/null 2>&1; then
    notify-send --app-name=Pause --icon="$APP_ID" Pause "$2" >/dev/null 2>&1 || true
  fi
}
say() { printf '%s\n' "$*"; show info "$*"; }
# Dutch where the desktop speaks Dutch, as Pause itself does; English otherwise.
case ${LANGUAGE:-${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}} in nl*) dutch=1 ;; *) dutch=0 ;; esac
en_nl() { if [ "$dutch" -eq 1 ]; then printf '%s' "$2"; else printf '%s' "$1"; fi; }
stop() { printf 'install.sh: %s\n' "$*" >&2; show error "$*"; exit 1; }

uninstall=0
system=0
prefix=
prefix_given=0
while [ $# -gt 0 ]; do
  case $1 in
    --uninstall) uninstall=1 ;;
    --system) system=1 ;;
    --prefix) [ $# -ge 2 ] || stop "$(en_nl "--prefix needs a folder" "--prefix heeft een map nodig")"; prefix=$2; prefix_given=1; shift ;;
    --prefix=*) prefix=${1#--prefix=}; prefix_given=1 ;;
    -h|--help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) stop "$(en_nl "unknown option $1 (see ./install.sh --help)" \
      "onbekende optie $1 (zie ./install.sh --help)")" ;;
  esac
  shift
done

# A folder as the file system knows it (links followed, no ..), where it exists.
real() { if [ -d "$1" ]; then (CDPATH= cd -- "$1" && pwd -P); else printf '%s\n' "$1"; fi; }

if [ -z "$prefix" ]; then
  if [ "$system" -eq 1 ]; then prefix=/usr/local; else prefix=${HOME:?HOME is not set}/.local; fi
fi
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
prefix=$(real "$prefix")

# The menu files go where the desktop looks: $XDG_DATA_HOME for the default user install.
if [ "$prefix_given" -eq 0 ] && [ "$system" -eq 0 ]; then
  share=${XDG_DATA_HOME:-$prefix/share}
else
  share=$prefix/share
fi
case $share in /*) ;; *) share=$(pwd)/$share ;; esac
share=$(real "$share")
lib=$prefix/lib/$NAME
bin=$prefix/bin
manifest=$lib/.installed-files
folders=$lib/.installed-folders
desktop=$share/applications/$APP_ID.desktop
icon=$share/icons/hicolor/scalable/apps/$APP_ID.svg
metainfo=$share/metainfo/$APP_ID.metainfo.xml
autostart=${XDG_CONFIG_HOME:-$HOME/.config}/autostart/$APP_ID.desktop

if [ "$(id -u)" -eq 0 ] && [ "$system" -eq 0 ]; then
  home=$(real "$HOME")
  for folder in "$prefix" "$share"; do
    case $folder in
      "$home"/*) ;;
      *) stop "$(en_nl "as root this would install into the system folder $folder; add --system if that is meant" \
        "als root zou dit in de systeemmap $folder installeren; voeg --system toe als dat de bedoeling is")" ;;
    esac
  done
fi

# Pause's own data folders (storage/paths.py: platformdirs, or PAUSE_APP_HOME) are the
# person's diary: nothing is ever installed into them.
for data in "${XDG_DATA_HOME:-$HOME/.local/share}/$NAME" "${XDG_CONFIG_HOME:-$HOME/.config}/$NAME" \
  "${XDG_STATE_HOME:-$HOME/.local/state}/$NAME" ${PAUSE_APP_HOME:+"$PAUSE_APP_HOME"}; do
  data=$(real "$data")
  case $prefix/ in
    "$data"/*) stop "$(en_nl "$prefix is inside Pause's data folder $data; choose another folder" \
      "$prefix ligt in de gegevensmap van Pause, $data; kies een andere map")" ;;
  esac
done

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

# The start-at-login entry Pause wrote (desktop/autostart.py) when it runs this program.
autostart_is_ours() {
  [ -f "$autostart" ] || return 1
  for program in "$lib/$NAME" "$(real "$lib")/$NAME" "$bin/$NAME"; do
    quoted=$(exec_value "$program")
    if grep -qxF -e "Exec=$quoted" -e "Exec=$quoted --minimized" "$autostart"; then
      return 0
    fi
  done
  return 1
}

# One argument of a desktop entry's Exec key, as the Desktop Entry spec quotes it (as
# desktop/autostart.py does): with a reserved character it goes in double quotes with
# "`$\ escaped; a literal % is %%; then backslashes are escaped once more as in any string.
exec_value() {
  if printf '%s' "$1" | grep -q "[[:space:]\"'\\\\><~|&;\$*?#()\`]"; then
    quoted="\"$(printf '%s' "$1" | sed 's/[\\"`$]/\\&/g')\""
  else
    quoted=$1
  fi
  tab=$(printf '\t')
  printf '%s' "$quoted" | sed -e 's/%/%%/g' -e 's/\\/\\\\/g' -e "s/$tab/\\\\t/g"
}

if [ "$uninstall" -eq 1 ]; then
  if [ ! -f "$manifest" ]; then
    say "$(en_nl "Pause is not installed in $prefix: nothing to remove." \
      "Pause is niet geïnstalleerd in $prefix: er is niets te verwijderen.")"
    exit 0
  fi
  made=$(cat "$folders" 2>/dev/null || true)
  if autostart_is_ours; then rm -f -- "$autostart"; fi
  remove_installed
  # The folders the install made, deepest first, only where nothing else has come in since.
  printf '%s\n' "$made" | sed -n '1!G;h;$p' | while IFS= read -r folder; do
    [ -n "$folder" ] && rmdir -- "$folder" 2>/dev/null || true
  done
  kept=${XDG_DATA_HOME:-$HOME/.local/share}/$NAME
  settings=${XDG_CONFIG_HOME:-$HOME/.config}/$NAME
  say "$(en_nl "Pause is removed from $prefix. Your own data is kept, in $kept and $settings." \
    "Pause is verwijderd uit $prefix. Je eigen gegevens blijven bewaard, in $kept en $settings.")"
  exit 0
fi

[ -x "$HERE/$NAME" ] && [ -d "$HERE/_internal" ] ||
  stop "$(en_nl "run this script from the unpacked Pause folder (it holds $NAME and _internal)" \
    "start dit script vanuit de uitgepakte map van Pause (daarin staan $NAME en _internal)")"
if [ "$HERE" = "$(real "$lib")" ]; then
  say "$(en_nl "Pause is already installed here, in $lib. To remove it, run uninstall.sh in this folder (or install.sh --uninstall)." \
    "Pause is hier al geïnstalleerd, in $lib. Verwijderen: start uninstall.sh in deze map (of install.sh --uninstall).")"
  exit 0
fi
if [ -e "$lib" ] && [ ! -f "$manifest" ]; then
  stop "$(en_nl "$lib exists and was not made by this script; move it away first" \
    "$lib bestaat al en is niet door dit script gemaakt; zet het eerst ergens anders neer")"
fi
for path in "$bin/$NAME" "$desktop" "$icon" "$metainfo"; do
  if [ -e "$path" ] && ! { [ -f "$manifest" ] && grep -qxF "$path" "$manifest"; }; then
    stop "$(en_nl "$path exists and was not made by this script; move it away first" \
      "$path bestaat al en is niet door dit script gemaakt; zet het eerst ergens anders neer")"
  fi
done

# Each folder made here is written down, so the uninstall can take it away again if empty.
made=$(cat "$folders" 2>/dev/null || true)
make_folder() {
  [ -d "$1" ] && return 0
  make_folder "$(dirname -- "$1")"
  mkdir -- "$1"
  made="$made
$1"
}

remove_installed  # an update: the old version goes first
for folder in "$prefix/lib" "$bin" "$share/applications" "$share/metainfo" \
  "$share/icons/hicolor/scalable/apps"; do
  make_folder "$folder"
done
staging=$prefix/lib/.$NAME.new.$$
trap 'rm -rf -- "$staging"' EXIT
cp -R "$HERE" "$staging"
mv "$staging" "$lib"
trap - EXIT

ln -sf "$lib/$NAME" "$bin/$NAME"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$icon"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
# The menu entry runs this copy by its full path: ~/.local/bin is not always on a desktop's PATH.
program=$(exec_value "$lib/$NAME")
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec=%s\n' "$program" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$HERE/share/applications/$APP_ID.desktop" > "$desktop"
printf '%s\n' "$bin/$NAME" "$desktop" "$icon" "$metainfo" > "$manifest"
printf '%s\n' "$made" | sed '/^$/d' > "$folders"
say "$(en_nl "Pause is installed: find it in your application menu, or run $bin/$NAME" \
  "Pause is geïnstalleerd: je vindt het in je programmamenu, of start $bin/$NAME")"
