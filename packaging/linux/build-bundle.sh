#!/bin/sh
# Build the Linux one-folder bundle and a tarball with a per-user install script.
#   sh packaging/linux/build-bundle.sh [PYTHON]      (PYTHON defaults to .venv/bin/python)
# Output: dist/parcours/ (the bundle) and dist/parcours-<version>-linux-<arch>.tar.gz. Prints the sizes.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${1:-$ROOT/.venv/bin/python}
cd "$ROOT"
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
ARCH=$(uname -m)
APP_ID=fr.parcours1000jours.Parcours

"$PYTHON" -m parcours_app.i18n_build
"$PYTHON" packaging/make_icons.py build/icons
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/parcours.spec

SHARE=dist/parcours/share
rm -rf "$SHARE"
mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons"
cp packaging/linux/$APP_ID.desktop "$SHARE/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$SHARE/metainfo/"
cp -r build/icons/hicolor "$SHARE/icons/"
cp packaging/linux/install.sh packaging/linux/uninstall.sh dist/parcours/

TARBALL=dist/parcours-$VERSION-linux-$ARCH.tar.gz
tar -C dist -czf "$TARBALL" parcours
echo "bundle: dist/parcours ($(du -sh dist/parcours | cut -f1)), tarball: $TARBALL ($(du -sh "$TARBALL" | cut -f1))"
