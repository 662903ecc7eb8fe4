#!/usr/bin/env python3
"""Compare key profiles on the development corpus's chroma (library/analysis's TestWriteChroma).

Usage:
  SLEEVE_CHROMA_FILES=LIST SLEEVE_CHROMA_OUT=/tmp/chroma.tsv go test -run TestWriteChroma ./library/analysis/
  python3 scripts/corpus/fit_key.py /tmp/chroma.tsv /work/corpus/truth.tsv [more chroma TSVs]

For each chroma TSV and each published profile (Krumhansl & Kessler 1982, Temperley 1999 as in
Essentia, Albrecht & Shanahan 2013, Faraldo's EDMA 2016, Essentia's bgate), the key is the best
Pearson correlation over the 24 rotations (Krumhansl-Schmuckler), scored with the MIREX weights
(1 exact, 0.5 fifth, 0.3 relative, 0.2 parallel) per source. "choose by CV" picks, for each source,
the profile best on the other sources and scores it on the held-out one.
Python 3 standard library only.
"""
import csv, math, sys

PROFILES = {
    "krumhansl": ([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88],
                  [6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17]),
    "temperley": ([5.0, 2.0, 3.5, 2.0, 4.5, 4.0, 2.0, 4.5, 2.0, 3.5, 1.5, 4.0],
                  [5.0, 2.0, 3.5, 4.5, 2.0, 4.0, 2.0, 4.5, 3.5, 2.0, 1.5, 4.0]),
    "albrecht": ([0.238, 0.006, 0.111, 0.006, 0.137, 0.094, 0.016, 0.214, 0.009, 0.080, 0.008, 0.081],
                 [0.220, 0.006, 0.104, 0.123, 0.019, 0.103, 0.012, 0.214, 0.062, 0.022, 0.061, 0.052]),
    "edma": ([0.16519551, 0.04749026, 0.08293076, 0.06687112, 0.09994645, 0.09274123, 0.05294487, 0.13159476,
              0.05218986, 0.07443653, 0.06940723, 0.0642515],
             [0.17235348, 0.05336489, 0.0761009, 0.10043649, 0.05621498, 0.08527853, 0.0497915, 0.13451001,
              0.07458916, 0.05003023, 0.09187879, 0.05545106]),
    "bgate": ([1.00, 0.00, 0.42, 0.00, 0.53, 0.37, 0.00, 0.77, 0.00, 0.38, 0.21, 0.30],
              [1.00, 0.00, 0.36, 0.39, 0.00, 0.38, 0.00, 0.74, 0.27, 0.00, 0.42, 0.23]),
}
NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
ALIAS = {"Db": 1, "Eb": 3, "Gb": 6, "Ab": 8, "Bb": 10, "Cb": 11, "Fb": 4, "E#": 5, "B#": 0}


def parse_key(s):
    t, m = s.split()
    pc = NAMES.index(t) if t in NAMES else ALIAS[t]
    return pc, m == "minor"


def pearson(x, p, t):
    mx, mp = sum(x) / 12, sum(p) / 12
    a = [x[(i + t) % 12] - mx for i in range(12)]
    b = [v - mp for v in p]
    sxy = sum(u * v for u, v in zip(a, b))
    sxx, syy = sum(u * u for u in a), sum(v * v for v in b)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else 0


def estimate(x, prof):
    best = None
    for mode in (0, 1):
        for t in range(12):
            s = pearson(x, prof[mode], t)
            if best is None or s > best[0]:
                best = (s, t, mode == 1)
    return best[1], best[2]


def mirex(est, ref):
    (et, em), (rt, rm) = est, ref
    if est == ref:
        return 1.0
    if em == rm and (et - rt) % 12 in (5, 7):
        return 0.5
    if em != rm and ((not rm and em and (et - rt) % 12 == 9) or (rm and not em and (et - rt) % 12 == 3)):
        return 0.3
    if em != rm and et == rt:
        return 0.2
    return 0.0


def main():
    truth = {}
    for r in csv.DictReader(open(sys.argv[2]), delimiter="\t"):
        if r["key"]:
            truth[r["path"]] = (parse_key(r["key"]), r["source"])
    for path in [sys.argv[1]] + sys.argv[3:]:
        rows = []
        for r in list(csv.reader(open(path), delimiter="\t"))[1:]:
            rel = next((k for k in truth if r[0].endswith("/" + k)), None)
            if rel:
                rows.append((rel, [float(v) for v in r[2:14]]))
        sources = sorted({truth[rel][1] for rel, _ in rows})
        score = {p: {s: [] for s in sources} for p in PROFILES}
        for p, prof in PROFILES.items():
            for rel, x in rows:
                score[p][truth[rel][1]].append(mirex(estimate(x, prof), truth[rel][0]))
        print("%s (%d files)" % (path, len(rows)))
        print("%-10s %6s " % ("profile", "all") + " ".join("%9s" % s for s in sources))
        for p in PROFILES:
            allv = [v for s in sources for v in score[p][s]]
            print("%-10s %6.3f " % (p, sum(allv) / len(allv)) +
                  " ".join("%9.3f" % (sum(score[p][s]) / len(score[p][s])) for s in sources))
        cv = []
        picks = []
        for s in sources:
            other = lambda p: sum(v for o in sources if o != s for v in score[p][o])
            p = max(PROFILES, key=other)
            picks.append("%s:%s" % (s, p))
            cv += score[p][s]
        print("choose by CV (leave one source out): %.3f  [%s]" % (sum(cv) / len(cv), " ".join(picks)))
        print()


if __name__ == "__main__":
    main()
