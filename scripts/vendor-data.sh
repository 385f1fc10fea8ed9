#!/usr/bin/env bash
# Copies data from locked npm packages into the C# project, where it is committed and embedded,
# so running Bluehelm never needs node:
#   world-atlas          Natural Earth country outlines (maps drawn offline)
#   i18n-iso-countries   ISO 3166-1 codes (alpha-2, alpha-3, numeric) and country names in English and French
#   leaflet, leaflet.markercluster   the zoomable map's scripts and styles (served from wwwroot/lib, loaded on demand)
# tests/Bluehelm.Tests checks that the committed copies equal the locked packages' files.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi

cp node_modules/world-atlas/countries-50m.json src/Bluehelm/Platform/Maps/countries-50m.json
mkdir -p src/Bluehelm/Platform/Geo/iso
cp node_modules/i18n-iso-countries/codes.json src/Bluehelm/Platform/Geo/iso/codes.json
cp node_modules/i18n-iso-countries/langs/en.json src/Bluehelm/Platform/Geo/iso/en.json
cp node_modules/i18n-iso-countries/langs/fr.json src/Bluehelm/Platform/Geo/iso/fr.json
lib=src/Bluehelm.Web/wwwroot/lib
mkdir -p "$lib/leaflet" "$lib/leaflet.markercluster"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/LICENSE "$lib/leaflet/"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css \
  node_modules/leaflet.markercluster/MIT-LICENCE.txt "$lib/leaflet.markercluster/"
echo "Vendored world-atlas and i18n-iso-countries data into src/Bluehelm/Platform, Leaflet and Leaflet.markercluster into $lib."
