#!/bin/sh
# Build "Parcours 1000 jours.app" and a .dmg on macOS 12+ with Python 3.11+ (not runnable on the Linux
# development machines). PyInstaller's BUNDLE step (packaging/pyinstaller/parcours.spec) writes the .app with
# the icon, bundle identifier fr.parcours1000jours.Parcours and the version from pyproject.toml.
# Signing and notarisation need an Apple Developer ID: set CODESIGN_IDENTITY to sign; otherwise users open it
# the first time with right-click > Open.
set -eu
cd "$(dirname "$0")/../.."
python3 -m venv .venv-mac
.venv-mac/bin/python -m pip install -e ".[packaging]"
.venv-mac/bin/python -m parcours_app.i18n_build
.venv-mac/bin/python packaging/make_icons.py build/icons
.venv-mac/bin/python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/pyinstaller/parcours.spec
VERSION=$(.venv-mac/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
APP="dist/Parcours 1000 jours.app"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" "$APP"
fi
hdiutil create -volname "Parcours 1000 jours" -srcfolder "$APP" -ov -format UDZO "dist/parcours-$VERSION-macos.dmg"
echo "Disk image: dist/parcours-$VERSION-macos.dmg"
# Start at login on macOS: System Settings > General > Login Items > "+" > Parcours 1000 jours (documented in the README).
