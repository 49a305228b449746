#!/bin/sh
# Install the Debian/Ubuntu packages named as arguments when some are missing.
# As root it runs apt-get; otherwise it prints the command to run with sudo and fails.
set -eu
command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian-like system: install the equivalents of: $*" >&2; exit 0; }
missing=""
for package in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "These system packages are needed:$missing" >&2
    echo "Install them with: sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
fi
