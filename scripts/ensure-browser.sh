#!/usr/bin/env bash
# Make sure the browser the browser tests drive is installed: Debian's chromium and
# chromium-driver. Installs them with apt-get when they are missing and we are root;
# otherwise says what is missing and leaves the decision to the tests (they skip
# outside CI and fail inside it).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-browser: missing ${missing[*]}; install them as root: apt-get install ${missing[*]}" >&2
    # Not fatal: the browser tests decide whether a missing browser fails the run.
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-browser: missing ${missing[*]} and apt-get is not available" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core
