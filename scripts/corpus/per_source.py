#!/usr/bin/env python3
"""Break compare.py's --per-file table down by corpus source (the first path component).

  per_source.py PER-FILE.tsv [TOL]     prints Acc1 / Acc2 / MIREX per source and system
"""
import sys


def main(argv):
    path = argv[1]
    tol = float(argv[2]) if len(argv) > 2 else 0.04
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    header, rows = lines[0], lines[1:]
    systems = [c[:-4] for c in header if c.endswith(":bpm")]
    stats = {}
    for r in rows:
        row = dict(zip(header, r))
        src = row["path"].split("/")[0]
        for sy in systems:
            st = stats.setdefault((src, sy), {"nt": 0, "a1": 0, "a2": 0, "nk": 0, "ks": 0.0})
            ref = row.get("truth_bpm", "")
            if ref and row.get(sy + ":acc2", "") != "":
                st["nt"] += 1
                est = row.get(sy + ":bpm", "")
                if est and abs(float(est) - float(ref)) <= tol * float(ref):
                    st["a1"] += 1
                st["a2"] += int(row[sy + ":acc2"])
            ks = row.get(sy + ":keyscore", "")
            if ks != "":
                st["nk"] += 1
                st["ks"] += float(ks)
    print("%-10s %-22s %5s %7s %7s %5s %6s" % ("source", "system", "Ntmp", "Acc1", "Acc2", "Nkey", "MIREX"))
    for src in sorted({s for s, _ in stats}):
        for sy in systems:
            st = stats[(src, sy)]
            pct = lambda n, d: "%6.1f%%" % (100.0 * n / d) if d else "     -"
            print("%-10s %-22s %5d %7s %7s %5d %6s" % (src, sy, st["nt"], pct(st["a1"], st["nt"]), pct(st["a2"], st["nt"]),
                  st["nk"], "%.3f" % (st["ks"] / st["nk"]) if st["nk"] else "-"))


if __name__ == "__main__":
    main(sys.argv)
