#!/usr/bin/python3
"""scikit-learn's DBSCAN on the same events file as Bluehelm's, for bench/Bluehelm.Bench's `hotspots` run.

usage: /usr/bin/python3 bench/hotspots/sklearn_dbscan.py events.csv eps_km min_points out_prefix

Reads id,latitude,longitude (pandas), runs sklearn.cluster.DBSCAN with metric='haversine' and
algorithm='ball_tree' on the coordinates in radians with eps = eps_km / 6371.0088 (the mean Earth radius
Bluehelm uses), writes out_prefix.labels (one label per input row) and out_prefix.core (the
core_sample_indices_, one per line), and prints one JSON line: fit seconds, read seconds, peak memory.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import DBSCAN

EARTH_RADIUS_KM = 6371.0088


def main():
    path, eps_km, min_points, prefix = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    t0 = time.perf_counter()
    frame = pd.read_csv(path, usecols=["latitude", "longitude"], dtype={"latitude": np.float64, "longitude": np.float64})
    coords = np.radians(frame[["latitude", "longitude"]].to_numpy())
    t1 = time.perf_counter()
    model = DBSCAN(eps=eps_km / EARTH_RADIUS_KM, min_samples=min_points, metric="haversine", algorithm="ball_tree").fit(coords)
    t2 = time.perf_counter()
    np.savetxt(prefix + ".labels", model.labels_, fmt="%d")
    np.savetxt(prefix + ".core", model.core_sample_indices_, fmt="%d")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "sklearn": sklearn.__version__,
        "read_seconds": t1 - t0,
        "fit_seconds": t2 - t1,
        "peak_mb": peak_kb / 1024,
        "clusters": int(model.labels_.max()) + 1,
        "noise": int((model.labels_ < 0).sum()),
        "cores": int(len(model.core_sample_indices_)),
    }))


if __name__ == "__main__":
    main()
