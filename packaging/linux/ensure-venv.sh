#!/bin/sh
# Make sure "$1 -m venv" works. Debian and Ubuntu ship venv's pip bootstrap apart from Python itself
# (python3-venv, and on some releases only the versioned python3.X-venv), so a fresh machine with only python3,
# git and make cannot create the virtual environment until it is installed.
# As root it installs the package; otherwise ensure-system-packages.sh prints the one sudo line and fails.
set -eu
python=${1:-python3}
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
if "$python" -m venv "$probe/venv" >/dev/null 2>&1; then
    exit 0
fi
version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
here=$(dirname "$0")
sh "$here/ensure-system-packages.sh" python3-venv "python$version-venv"
