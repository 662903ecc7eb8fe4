#!/usr/bin/env python3
"""Fit the tempo decider of library/analysis (defaultDecider in tempo.go) on the development corpus.

Usage:
  SLEEVE_TEMPO_FILES=/work/corpus/files.list SLEEVE_TEMPO_CANDIDATES=/tmp/cands.tsv \
      go test -run TestWriteTempoCandidates ./library/analysis/
  python3 scripts/corpus/fit_tempo.py /tmp/cands.tsv /work/corpus/truth.tsv [--hold REGEX]

Each file's candidate metrical levels (from TestWriteTempoCandidates) are scored
  w_sal*log(sal) + w_on*log(on) + w_con*log(on/off) - w_prior*log2(bpm/120)^2
  - w_density*(log2(notes per beat) - mu)^2 + w_low*log(lowsal)
and a multinomial logit (softmax over the candidates) is fitted by gradient ascent on the
log-likelihood of the candidates within 4 % of the truth, with a small L2 penalty; mu is chosen on a
grid. --hold REGEX leaves the matching files out of the fit and reports them separately.
Python 3 standard library only.
"""
import argparse, csv, math, re

EPS = 1e-3
# FLOOR is added to the relative saliences before their logarithm: the most one level's missing
# periodicity in one band can count against it (--floor).
FLOOR = {"sal": EPS, "low": EPS}
NAMES = ["salience", "onBeat", "contrast", "prior", "density", "lowSalience"]
# Feature sets (--set): the terms of each candidate's score, by name.
SETS = {
    "base": NAMES,
    # the salience split into its two factors: the enhanced autocorrelation and the tempogram
    "split": ["acf", "tempogram", "onBeat", "contrast", "prior", "density", "lowSalience"],
    "splitlow": ["acf", "tempogram", "onBeat", "contrast", "prior", "density", "lowAcf", "lowTempogram"],
    "acfonly": ["acf", "onBeat", "contrast", "prior", "density", "lowAcf"],
    # the density of the onsets below 1 kHz (kick, snare body, bass, chords) instead of all onsets
    "lowdensity": ["salience", "onBeat", "contrast", "prior", "lowDensity", "lowSalience"],
    "bothdensity": ["salience", "onBeat", "contrast", "prior", "density", "lowDensity", "lowSalience"],
}
COLUMNS = ("bpm", "sal", "on", "off", "perbeat", "lowsal", "acf", "tg", "lowacf", "lowtg", "margin", "clarity", "lowperbeat")


def confidence(p, c):
    """The analyser's BPMConfidence from the chosen level's probability p (see estimate in tempo.go)."""
    if "margin" not in c:
        return p
    return p * min(1, c["margin"] / 0.5) * min(1, c["clarity"] / 0.3)


def feature(name, c, mu):
    z = math.log2(c["bpm"] / 120)
    d = math.log2(max(c["perbeat"], EPS)) - mu
    dl = math.log2(max(c.get("lowperbeat", 0), EPS)) - mu
    return {
        "lowDensity": lambda: -dl * dl,
        "salience": lambda: math.log(c["sal"] + FLOOR["sal"]),
        "onBeat": lambda: math.log(c["on"] + EPS),
        "contrast": lambda: math.log((c["on"] + EPS) / (c["off"] + EPS)),
        "prior": lambda: -z * z,
        "density": lambda: -d * d,
        "lowSalience": lambda: math.log(c["lowsal"] + FLOOR["low"]),
        "acf": lambda: math.log(c["acf"] + FLOOR["sal"]),
        "tempogram": lambda: math.log(c["tg"] + FLOOR["sal"]),
        "lowAcf": lambda: math.log(c["lowacf"] + FLOOR["low"]),
        "lowTempogram": lambda: math.log(c["lowtg"] + FLOOR["low"]),
    }[name]()


def features(c, mu):
    return [feature(n, c, mu) for n in NAMES]


def probs(X, w):
    s = [sum(a * b for a, b in zip(w, x)) for x in X]
    m = max(s)
    e = [math.exp(v - m) for v in s]
    return [v / sum(e) for v in e]


def prepare(files, mu):
    return [([features(c, mu) for c in cs], [abs(c["bpm"] - t) <= 0.04 * t for c in cs]) for cs, t in files]


def loglik(data, w, l2):
    ll = sum(math.log(max(1e-12, sum(p for p, o in zip(probs(X, w), ok) if o))) for X, ok in data if any(ok))
    return ll - l2 * len(data) * sum(v * v for v in w)


def fit(data, l2, steps=400):
    w = [0.5] * len(NAMES)
    lr = 2.5 / max(1, len(data))
    for _ in range(steps):
        g = [-2 * l2 * len(data) * v for v in w]
        for X, ok in data:
            if not any(ok):
                continue
            pr = probs(X, w)
            pt = sum(p for p, o in zip(pr, ok) if o)
            for x, p, o in zip(X, pr, ok):
                for k in range(len(w)):
                    g[k] += (p * o / pt - p) * x[k]
        w = [a + lr * b for a, b in zip(w, g)]
    return w


def report(label, data, w):
    right = [(max(probs(X, w)), ok[max(range(len(X)), key=lambda i: probs(X, w)[i])]) for X, ok in data]
    line = "%s: %d files, Acc1 %.3f, truth among the candidates %.3f" % (
        label, len(data), sum(r for _, r in right) / len(data), sum(any(ok) for _, ok in data) / len(data))
    for th in (0.5, 0.7, 0.9):
        sel = [r for p, r in right if p >= th]
        line += "; p>=%.1f: %d/%d right" % (th, sum(sel), len(sel))
    print(line)


def source_of(path):
    return path.split("/")[-2]


def fit_best(train, a):
    best = None
    for mu in [a.mu] if a.mu is not None else (-1, -0.5, 0, 0.5, 1, 1.5, 2):
        data = prepare(train, mu)
        w = fit(data, a.l2)
        ll = loglik(data, w, a.l2)
        if best is None or ll > best[0]:
            best = (ll, mu, w)
    return best[1], best[2]


def loso(by, truth, a):
    """Fit without each source in turn; report the pooled held-out picks and the in-sample fit."""
    files = []
    for path, cs in by.items():
        t = next((v for k, v in truth.items() if path.endswith("/" + k) or path == k), None)
        if t is not None:
            files.append((source_of(path), cs, t))
    sources = sorted({s for s, _, _ in files})
    held_all = []
    for s in sources:
        mu, w = fit_best([(cs, t) for o, cs, t in files if o != s], a)
        data = prepare([(cs, t) for o, cs, t in files if o == s], mu)
        report("held out %-9s" % s, data, w)
        held_all += [(X, ok, w, cs) for (X, ok), (o, cs, t) in zip(data, [f for f in files if f[0] == s])]
    right, conf = [], []
    for X, ok, w, cs in held_all:
        pr = probs(X, w)
        i = max(range(len(X)), key=lambda j: pr[j])
        right.append((pr[i], ok[i]))
        conf.append((confidence(pr[i], cs[i]), ok[i]))
    line = "held out, pooled: %d files, Acc1 %.3f" % (len(right), sum(r for _, r in right) / len(right))
    for th in (0.5, 0.7, 0.9):
        sel = [r for p, r in right if p >= th]
        line += "; p>=%.1f: %d/%d right" % (th, sum(sel), len(sel))
    print(line)
    sel = [r for c, r in conf if c >= 0.7]
    print("held out, pooled: confidence (probability x margin x clarity) >= 0.7: %d/%d right (%.0f %%)" % (
        sum(sel), len(sel), 100 * sum(sel) / max(1, len(sel))))
    for s in sources:
        sel = [r for (c, r), f in zip(conf, [f for o in sources for f in files if f[0] == o]) if f[0] == s and c >= 0.7]
        print("  held out %-9s confidence >= 0.7: %d/%d right" % (s, sum(sel), len(sel)))
    mu, w = fit_best([(cs, t) for _, cs, t in files], a)
    print("in sample: var defaultDecider = tempoDecider{" + ", ".join("%s: %.3f" % (n, v) for n, v in zip(NAMES, w)) +
          ", perBeatLog2: %g}" % mu)
    report("in sample", prepare([(cs, t) for _, cs, t in files], mu), w)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("candidates")
    ap.add_argument("truth")
    ap.add_argument("--hold", help="regular expression: files left out of the fit")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--mu", type=float, help="fix the preferred log2(notes per beat) instead of choosing it")
    ap.add_argument("--no-low", action="store_true", help="leave out the low-band salience (the decider before it)")
    ap.add_argument("--set", default="base", choices=sorted(SETS), help="feature set")
    ap.add_argument("--loso", action="store_true",
                    help="leave one source out: fit without each source in turn and pool the held-out picks")
    ap.add_argument("--floor", type=float, nargs=2, metavar=("SAL", "LOW"),
                    help="added to the full-band and low-band relative saliences before the logarithm (default 1e-3 1e-3)")
    a = ap.parse_args()
    if a.floor:
        FLOOR["sal"], FLOOR["low"] = a.floor
    NAMES[:] = SETS[a.set]
    if a.no_low:
        NAMES.remove("lowSalience")
    truth = {}
    for r in csv.DictReader(open(a.truth), delimiter="\t"):
        try:
            truth[r["path"]] = float(r["tempo_bpm"])
        except (KeyError, ValueError):
            pass
    by = {}
    for r in csv.DictReader(open(a.candidates), delimiter="\t"):
        by.setdefault(r["path"], []).append({k: float(r[k]) for k in COLUMNS if k in r})
    if a.loso:
        return loso(by, truth, a)
    train, held = [], []
    for path, cs in by.items():
        t = next((v for k, v in truth.items() if path.endswith("/" + k) or path == k), None)
        if t is None:
            continue
        (held if a.hold and re.search(a.hold, path) else train).append((cs, t))
    best = None
    for mu in [a.mu] if a.mu is not None else (-1, -0.5, 0, 0.5, 1, 1.5, 2):
        data = prepare(train, mu)
        w = fit(data, a.l2)
        ll = loglik(data, w, a.l2)
        if best is None or ll > best[0]:
            best = (ll, mu, w)
    _, mu, w = best
    print("var defaultDecider = tempoDecider{" + ", ".join("%s: %.3f" % (n, v) for n, v in zip(NAMES, w)) +
          ", perBeatLog2: %g}" % mu)
    report("fitted on", prepare(train, mu), w)
    if held:
        report("held out", prepare(held, mu), w)


if __name__ == "__main__":
    main()
