#!/usr/bin/env python3
"""Localities (towns, villages, cities) named in the UCDP GED with an exact location (where_prec 1).

Reads the UCDP GED GeoJSON (default: data/reference/ucdp-ged-23.1-central-african-republic.geojson)
and writes CSV to stdout: country_iso2,name,kind,latitude,longitude,events. One row per name: the
coordinates most events give for it. Usage:
    scripts/localities-from-ucdp.py > src/Bluehelm/Modules/Alerts/Data/localities-ucdp-ged-23.1-cf.csv
"""
import collections, csv, json, os, re, sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'data', 'reference', 'ucdp-ged-23.1-central-african-republic.geojson')
ISO2 = {'Central African Republic': 'CF'}
PATTERN = re.compile(r'^(?P<name>.+?) (?P<kind>town|village|city)$')

by_name = collections.defaultdict(collections.Counter)
for feature in json.load(open(SOURCE, encoding='utf-8'))['features']:
    p = feature['properties']
    m = PATTERN.match(p['where_coordinates'] or '')
    if p['where_prec'] != 1 or not m or p['country'] not in ISO2:
        continue
    lon, lat = feature['geometry']['coordinates']
    by_name[(ISO2[p['country']], m['name'])][(m['kind'], round(lat, 5), round(lon, 5))] += 1

out = csv.writer(sys.stdout, lineterminator='\n')
out.writerow(['country_iso2', 'name', 'kind', 'latitude', 'longitude', 'events'])
for (iso2, name), places in sorted(by_name.items()):
    (kind, lat, lon), _ = places.most_common(1)[0]
    out.writerow([iso2, name, kind, lat, lon, sum(places.values())])
