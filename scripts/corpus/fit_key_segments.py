#!/usr/bin/env python3
"""Compare the global key with keys over segments and key paths, on per-frame chroma
(library/analysis's TestWriteFrameChroma).

Usage:
  SLEEVE_CHROMA_FILES=LIST SLEEVE_FRAMES_OUT=/tmp/frames.tsv go test -run TestWriteFrameChroma ./library/analysis/
  python3 scripts/corpus/fit_key_segments.py /tmp/frames.tsv /work/corpus/truth.tsv

Methods, all with the Krumhansl-Kessler profiles and Pearson correlation (as the analyser):
  global      the sum of all frames' profiles (what the analyser does; reproduces its key)
  segvote L   the key of each L-second segment (within an excerpt; a shorter last segment counts
              when it has at least half the frames), the key held by the most frames wins, ties to
              the global key
  viterbi     a key path over blocks of B seconds: log emission beta x correlation, a change of
              key costs log((1 - stay) / 23) against log(stay); the key the path holds longest wins
              (Noland & Sandler 2007, Papadopoulos & Peeters 2009 in spirit)
Scored with compare.py's MIREX (fifth above 0.5, relative 0.3, parallel 0.2) on all key truth,
on exact truth and per source, and chosen by leave one source out among all settings.
Python 3 standard library only.
"""
import collections, csv, math, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fit_key import PROFILES, parse_key, pearson  # noqa: E402

KK = PROFILES["krumhansl"]
FRAMES_PER_SECOND = 22050 / 4096


def mirex(est, ref):
    (et, em), (rt, rm) = est, ref
    if est == ref:
        return 1.0
    d = (et - rt) % 12
    if em == rm and d == 7:
        return 0.5
    if (not rm and em and d == 9) or (rm and not em and d == 3):
        return 0.3
    return 0.2 if em != rm and et == rt else 0.0


def corrs(x):
    return [pearson(x, KK[m], t) for m in (0, 1) for t in range(12)]


def best(x):
    c = corrs(x)
    i = max(range(24), key=lambda i: c[i])
    return i % 12, i >= 12


def add(a, b):
    return [u + v for u, v in zip(a, b)]


def global_key(fr):
    s = [0.0] * 12
    for _, v in fr:
        s = add(s, v)
    return best(s)


def blocks(fr, n):
    out, cur, ex, cnt = [], [0.0] * 12, None, 0
    for e, v in fr:
        if (e != ex and cnt) or cnt == n:
            out.append((cur, cnt))
            cur, cnt = [0.0] * 12, 0
        ex = e
        cur, cnt = add(cur, v), cnt + 1
    if cnt:
        out.append((cur, cnt))
    return out


def segvote(fr, L):
    n = max(1, round(L * FRAMES_PER_SECOND))
    bl = [(c, k) for c, k in blocks(fr, n) if k >= n / 2] or blocks(fr, n)
    votes = collections.Counter()
    for c, k in bl:
        if sum(c) > 0:
            votes[best(c)] += k
    g = global_key(fr)
    top = max(votes.values())
    cands = [k for k, v in votes.items() if v == top]
    return g if g in cands else cands[0]


def viterbi(fr, blk, beta, stay):
    bl = blocks(fr, max(1, round(blk * FRAMES_PER_SECOND)))
    em = [[beta * v for v in (corrs(c) if sum(c) > 0 else [0.0] * 24)] for c, _ in bl]
    ls, lm = math.log(stay), math.log((1 - stay) / 23)
    d, back = em[0][:], []
    for t in range(1, len(em)):
        m = max(range(24), key=lambda j: d[j])
        nd, bp = [], []
        for j in range(24):
            a, b = d[j] + ls, d[m] + lm
            nd.append(max(a, b) + em[t][j])
            bp.append(j if a >= b else m)
        back.append(bp)
        d = nd
    j = max(range(24), key=lambda j: d[j])
    path = [j]
    for bp in reversed(back):
        j = bp[j]
        path.append(j)
    held = collections.Counter()
    for (_, k), j in zip(bl, reversed(path)):
        held[j] += k
    j = max(held, key=lambda j: held[j])
    return j % 12, j >= 12


def main():
    truth = {}
    for r in csv.DictReader(open(sys.argv[2]), delimiter="\t"):
        if r["key"]:
            truth[r["path"]] = (parse_key(r["key"]), r["source"], r["key_quality"])
    files = collections.OrderedDict()
    for r in list(csv.reader(open(sys.argv[1]), delimiter="\t"))[1:]:
        rel = next((k for k in truth if r[0].endswith("/" + k)), None)
        if rel:
            files.setdefault(rel, []).append((int(r[1]), [float(v) for v in r[3:15]]))
    methods = [("global", global_key, {})]
    methods += [("segvote L=%d" % L, segvote, {"L": L}) for L in (5, 10, 15, 20, 30)]
    methods += [("viterbi B=%g beta=%g stay=%g" % (b, be, st), viterbi, {"blk": b, "beta": be, "stay": st})
                for b in (1.0, 3.0) for be in (5, 20, 50) for st in (0.9, 0.99, 0.999)]
    sources = sorted({truth[p][1] for p in files})
    scores = {}
    print("%-32s %6s %6s " % ("method", "all", "exact") + " ".join("%9s" % s for s in sources))
    for name, m, kw in methods:
        sc = {p: mirex(m(fr, **kw), truth[p][0]) for p, fr in files.items()}
        scores[name] = sc
        mean = lambda ps: sum(sc[p] for p in ps) / len(ps)
        print("%-32s %6.3f %6.3f " % (name, mean(list(sc)), mean([p for p in sc if truth[p][2] == "exact"])) +
              " ".join("%9.3f" % mean([p for p in sc if truth[p][1] == s]) for s in sources))
    cv, picks = [], []
    for s in sources:
        name = max(scores, key=lambda n: sum(v for p, v in scores[n].items() if truth[p][1] != s))
        picks.append("%s:%s" % (s, name))
        cv += [v for p, v in scores[name].items() if truth[p][1] == s]
    print("choose by CV (leave one source out): %.3f  [%s]" % (sum(cv) / len(cv), "; ".join(picks)))


if __name__ == "__main__":
    main()
