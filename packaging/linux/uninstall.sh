#!/bin/sh
# Remove what install.sh added. Your family's data is NOT removed: delete it from the app's settings
# ("Supprimer toutes les données") or remove the data folder named in docs/PRIVACY.md.
set -eu
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_ID=fr.parcours1000jours.Parcours
rm -rf "$HOME/.local/opt/parcours"
rm -f "$HOME/.local/bin/parcours" "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
find "$DATA_HOME/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
echo "Parcours 1000 jours is uninstalled (your data folder was kept)."
