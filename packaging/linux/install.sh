#!/bin/sh
# Install Parcours 1000 jours for the current user only (no root needed), from an unpacked release tarball:
#   tar xzf parcours-*.tar.gz && sh parcours/install.sh
# Files go under ~/.local (XDG): the app in ~/.local/opt/parcours, a `parcours` command in ~/.local/bin,
# the menu entry, icons and AppStream data in ~/.local/share. uninstall.sh removes exactly these.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt/parcours
APP_ID=fr.parcours1000jours.Parcours

mkdir -p "$PREFIX" "$HOME/.local/bin" "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$DATA_HOME/icons"
rm -rf "$PREFIX"
cp -r "$HERE" "$PREFIX"
ln -sf "$PREFIX/parcours" "$HOME/.local/bin/parcours"
sed "s#^Exec=parcours#Exec=$PREFIX/parcours#; s#^TryExec=parcours#TryExec=$PREFIX/parcours#" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
cp -r "$HERE/share/icons/hicolor" "$DATA_HOME/icons/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA_HOME/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
echo "Parcours 1000 jours is installed. Start it from your applications menu or with: $HOME/.local/bin/parcours"
