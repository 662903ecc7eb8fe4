#!/usr/bin/env python3
"""Check the instrument corpus's labels against what is audible (issue 15), from per-family stems.

  nice -n 10 python3 scripts/instruments/stems.py [--out /work/cache/instruments] [--limit N] [--split S] [--db 20]

generate.py labels a second with a family when the family's MIDI notes sound for a quarter of it,
whether or not anyone could hear them under the other parts. This diagnosis renders each piece once
per family present (the MIDI with every other family's notes removed, everything else kept: tempo,
programs, controllers) through the same soundfont and settings as the mix, measures each stem's level
every 100 ms, and calls a family audible in a 100 ms frame when its stem is within --db dB of the
loudest stem in that frame and within 50 dB of the clip's loudest frame. It writes, per clip of the
first --limit renders (0: all) of --split (default: every split), the share of each second in which each family is audible
("seconds_audible") and of the clip ("audible") to audible.jsonl, and prints how many of the labels
from the notes are not audible (seconds at 25 %, clips at 20 %, as the trainer counts them). The
manifest is not changed.

Python 3 standard library only; stems are cached under --out/stems and rendered only when missing.
"""

import argparse
import array
import json
import math
import os
import struct
import subprocess
import sys
import wave

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402  (the labels, soundfonts, program families and renderer settings)

FRAME_S = 0.1
FLOOR_DB = 50.0


def family_notes(tracks):
    """For every note event (track index, event index), the label of the note (by the program in
    force on its channel when it started; channel 10 is drums), or None outside the labels."""
    allev = []
    for ti, evs in enumerate(tracks):
        for ei, (tick, ev) in enumerate(evs):
            allev.append((tick, 0 if ev[0] & 0xF0 == 0xC0 else 1, ti, ei, ev))
    allev.sort(key=lambda e: (e[0], e[1], e[2], e[3]))
    program = [0] * 16
    on = {}
    label = {}
    for tick, _, ti, ei, ev in allev:
        kind, ch = ev[0] & 0xF0, ev[0] & 0x0F
        if ev[0] >= 0xF0:
            continue
        if kind == 0xC0:
            program[ch] = ev[1]
        elif kind == 0x90 and ev[2] > 0:
            fam = "drums" if ch == 9 else generate.family_of_program(program[ch])
            label[(ti, ei)] = fam
            on.setdefault((ch, ev[1]), []).append(fam)
        elif kind == 0x80 or (kind == 0x90 and ev[2] == 0):
            stack = on.get((ch, ev[1]))
            label[(ti, ei)] = stack.pop(0) if stack else None
    return label


def write_filtered(path, header, tracks, label, keep):
    """Write the MIDI with only the notes labelled keep (all other events stay)."""
    fmt, ppq = header
    out = b"MThd" + struct.pack(">IHHH", 6, 1 if len(tracks) > 1 else fmt, len(tracks), ppq)
    for ti, evs in enumerate(tracks):
        body, last = b"", 0
        for ei, (tick, ev) in enumerate(evs):
            if (ti, ei) in label and label[(ti, ei)] != keep:
                continue
            body += generate.varlen(tick - last) + ev
            last = tick
        out += b"MTrk" + struct.pack(">I", len(body)) + body
    with open(path, "wb") as f:
        f.write(out)


def frame_levels(wav_path, offset_s, dur_s):
    """Power per 100 ms frame (mono mean of squares) of the window of a 16-bit WAV."""
    with wave.open(wav_path) as w:
        ch, rate = w.getnchannels(), w.getframerate()
        w.setpos(min(w.getnframes(), int(offset_s * rate)))
        raw = w.readframes(int(dur_s * rate))
    a = array.array("h")
    a.frombytes(raw)
    if sys.byteorder == "big":
        a.byteswap()
    hop = int(FRAME_S * rate) * ch
    out = []
    for i in range(int(len(a) // hop)):
        seg = a[i * hop:(i + 1) * hop]
        out.append(sum(v * v for v in seg) / len(seg) if seg else 0.0)
    return out


def db(p):
    return 10 * math.log10(p + 1e-3)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="/work/cache/instruments")
    ap.add_argument("--db", type=float, default=20.0, help="a family is audible within this many dB of the loudest stem")
    ap.add_argument("--limit", type=int, default=0, help="only the first N renders (diagnosis)")
    ap.add_argument("--split", default="", help="only the clips of this split (train, test, test-seen-sf)")
    args = ap.parse_args()
    man = os.path.join(args.out, "manifest.jsonl")
    clips = [json.loads(l) for l in open(man)]
    sdir = os.path.join(args.out, "stems")
    os.makedirs(sdir, exist_ok=True)
    parsed = {}
    done_renders = set()
    checked = []
    for i, c in enumerate(clips):
        if args.split and c["split"] != args.split:
            continue
        base = os.path.basename(c["wav"])[:-4]
        name, sf = base.rsplit("-", 1)
        midi = os.path.join(args.out, "midi", name + ".mid")
        if midi not in parsed:
            with open(midi, "rb") as f:
                ppq, fmt, tracks = generate.read_tracks(f.read())
            header = (fmt, ppq)
            parsed[midi] = (header, tracks, family_notes(tracks))
        header, tracks, label = parsed[midi]
        fams = sorted({f for f in label.values() if f})
        if args.limit and len(done_renders) >= args.limit and (name, sf) not in done_renders:
            break
        done_renders.add((name, sf))
        levels = {}
        for fam in fams:
            stem = os.path.join(sdir, "%s-%s-%s.wav" % (name, fam.replace(" ", "_"), sf))
            if not (os.path.exists(stem) and os.path.getsize(stem) > 44):
                mid = stem[:-4] + ".mid"
                write_filtered(mid, header, tracks, label, fam)
                generate.render(mid, sf, stem)
                os.remove(mid)
            levels[fam] = frame_levels(stem, c["offset_s"], c["dur_s"])
        n = min((len(v) for v in levels.values()), default=0)
        peak = max((db(v[k]) for v in levels.values() for k in range(n)), default=0)
        aud = {f: [False] * n for f in levels}
        for k in range(n):
            top = max(db(v[k]) for v in levels.values())
            for f, v in levels.items():
                l = db(v[k])
                aud[f][k] = l >= top - args.db and l >= peak - FLOOR_DB
        per = int(round(1 / FRAME_S))
        secs = []
        for s in range(int(c["dur_s"])):
            d = {}
            for f, a in aud.items():
                seg = a[s * per:(s + 1) * per]
                share = sum(seg) / per
                if share > 0:
                    d[f] = round(share, 3)
            secs.append(d)
        c["seconds_audible"] = secs
        c["audible"] = {f: round(sum(a) / max(1, n), 3) for f, a in aud.items() if any(a)}
        checked.append(c)
        if i % 50 == 0:
            print("clip %d/%d" % (i, len(clips)), file=sys.stderr, flush=True)
    with open(os.path.join(args.out, "audible.jsonl"), "w") as f:
        for c in checked:
            f.write(json.dumps({"id": c["id"], "audible": c["audible"], "seconds_audible": c["seconds_audible"]}) + "\n")
    secs = lost = gained = labels = changed = 0
    for c in checked:
        for s, a in zip(c["seconds"], c["seconds_audible"]):
            for fam in set(s) | set(a):
                by_notes, heard = s.get(fam, 0) >= 0.25, a.get(fam, 0) >= 0.25
                secs += by_notes
                lost += by_notes and not heard
                gained += heard and not by_notes
        for fam in set(c["coverage"]) | set(c["audible"]):
            by_notes, heard = c["coverage"].get(fam, 0) >= generate.PRESENT_SHARE, c["audible"].get(fam, 0) >= generate.PRESENT_SHARE
            labels += by_notes
            changed += by_notes != heard
    print("%d clips: %d seconds labelled from the notes, %d of them not audible within %g dB, %d audible without; "
          "%d clip labels from the notes, %d differ by audibility" % (len(checked), secs, lost, args.db, gained, labels, changed))


if __name__ == "__main__":
    main()
