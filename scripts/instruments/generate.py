#!/usr/bin/env python3
"""Build the instrument corpus (issue 15): MIDI whose parts are known, rendered through fluidsynth.

  nice -n 10 python3 scripts/instruments/generate.py [--out /work/cache/instruments] [--pieces 400]

Sources:
  gen        arrangements generated here: 1-4 instrument families from General MIDI's program
             families (channel 10 = drums), random tempo, key, register, density and entries
  musescore  musescore3-common's demo scores, exported to MIDI by mscore3
  abc        abcmidi's example tunes, converted by abc2midi

Labels: a family is present in a clip when its notes sound for at least 20 % of the clip
(union of note intervals on the channels whose program maps to it). Long pieces are cut into
30 s windows, each with its own labels.

Split (decided before any training): the soundfont csound-soundfont (sf_GMbank.sf2) is held out;
so are 20 % of the generated pieces (by seed), two MuseScore demos and the abcmidi files listed in
HELD_OUT_PIECES. Training clips are training pieces through TimGM6mb and OPL-3; test clips are
held-out pieces through sf_GMbank (the score reported) and, for a diagnosis of what the soundfont
costs, held-out pieces through the training soundfonts (split "test-seen-sf").

Output under --out (never the repository): midi/, wav/ and manifest.jsonl, one line per clip:
{"id", "wav", "offset_s", "dur_s", "split", "soundfont", "source", "piece", "coverage": {label: share},
 "seconds": [{label: share of that second}, ...]} (the model learns per second; see the trainer)
Variants (fifth pass, --variants N --vmode voice|full --vout /work/cache/instruments5): every training
clip's piece rewritten with randomised voices (randomise_midi: the same notes, so the same labels,
which are checked) and rendered through the same training soundfont; written to
VOUT/manifest-MODE.jsonl for the trainer's -variants. Only TimGM6mb and OPL-3 are used.
Python 3 standard library only; rerunning renders only what is missing.
"""

import argparse
import json
import os
import random
import struct
import subprocess
import sys

LABELS = ["piano", "organ", "guitar", "bass", "strings", "brass", "woodwinds", "mallets",
          "synth lead", "synth pad", "drums"]
PRESENT_SHARE = 0.20
RATE = 22050
CLIP_SECONDS = 30.0

SOUNDFONTS = {
    "timgm6mb": "/usr/share/sounds/sf2/TimGM6mb.sf2",
    "opl3": "/usr/share/sounds/sf2/OPL-3_FM_128M.sf2",
    "csound": "/usr/share/sounds/sf2/sf_GMbank.sf2",
}
TRAIN_SOUNDFONTS = ["timgm6mb", "opl3"]
HELD_OUT_SOUNDFONT = "csound"
HELD_OUT_PIECES = {"musescore/Reunion", "musescore/Dynamic_Strings", "abc/demo", "abc/coleraine",
                   "abc/araber", "abc/drums"}
GEN_TEST_SHARE = 0.2


def family_of_program(program):
    """Map a General MIDI program (0-127) to a label, or None for families outside the labels
    (choir and voice, synth effects, ethnic, percussive and sound effects)."""
    if program <= 7:
        return "piano"
    if program <= 15:
        return "mallets"
    if program <= 23:
        return "organ"  # 16-20 organs, 21-23 accordion, harmonica, bandoneon (GM's organ family)
    if program <= 31:
        return "guitar"
    if program <= 39:
        return "bass"
    if program <= 46:
        return "strings"  # violin .. harp (47 timpani is not)
    if 48 <= program <= 51:
        return "strings"  # string ensembles, synth strings
    if 56 <= program <= 63:
        return "brass"
    if 64 <= program <= 79:
        return "woodwinds"
    if 80 <= program <= 87:
        return "synth lead"
    if 88 <= program <= 95:
        return "synth pad"
    return None


# Programs the generator draws from, per family, with a comfortable register (MIDI notes) each.
PROGRAMS = {
    "piano": [(p, 43, 88) for p in range(0, 8)],
    "mallets": [(8, 60, 96), (9, 72, 100), (10, 60, 96), (11, 53, 89), (12, 48, 84), (13, 60, 96),
                (14, 60, 77), (15, 48, 84)],
    "organ": [(p, 41, 84) for p in (16, 17, 18, 19, 20, 21, 22, 23)],
    "guitar": [(p, 40, 79) for p in range(24, 32)],
    "bass": [(p, 28, 52) for p in range(32, 40)],
    "strings": [(40, 55, 93), (41, 48, 84), (42, 36, 72), (43, 28, 60), (44, 48, 84), (45, 43, 84),
                (46, 36, 91), (48, 43, 86), (49, 43, 86), (50, 43, 86), (51, 43, 86)],
    "brass": [(56, 55, 82), (57, 40, 72), (58, 29, 58), (59, 55, 82), (60, 41, 77), (61, 43, 79),
              (62, 43, 79), (63, 43, 79)],
    "woodwinds": [(64, 56, 87), (65, 49, 81), (66, 44, 76), (67, 36, 69), (68, 58, 91), (69, 52, 81),
                  (70, 34, 67), (71, 50, 89), (72, 74, 102), (73, 60, 96), (74, 60, 91), (75, 60, 88),
                  (76, 60, 88), (77, 60, 84), (78, 60, 88), (79, 60, 84)],
    "synth lead": [(p, 48, 88) for p in range(80, 88)],
    "synth pad": [(p, 43, 84) for p in range(88, 96)],
}

MAJOR = [0, 2, 4, 5, 7, 9, 11]
MINOR = [0, 2, 3, 5, 7, 8, 10]
PROGRESSIONS = [[0, 4, 5, 3], [0, 5, 3, 4], [0, 3, 4, 0], [1, 4, 0, 0], [0, 0, 3, 4], [5, 3, 0, 4],
                [0, 6, 5, 4], [0, 3, 0, 4], [0, 2, 3, 4], [0, 4, 0, 4]]


# ---------------------------------------------------------------- MIDI writing

def varlen(n):
    out = [n & 0x7F]
    n >>= 7
    while n:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    return bytes(reversed(out))


def write_midi(path, bpm, parts, ppq=480):
    """parts: [(channel, program or None, volume, pan, [(start_beats, dur_beats, pitch, velocity)])]."""
    tracks = []
    tempo = struct.pack(">I", int(round(60e6 / bpm)))[1:]
    tracks.append(b"\x00\xff\x51\x03" + tempo + b"\x00\xff\x58\x04\x04\x02\x18\x08" + b"\x00\xff\x2f\x00")
    for ch, program, volume, pan, notes in parts:
        events = []
        if program is not None:
            events.append((0, 0, bytes([0xC0 | ch, program])))
        events.append((0, 0, bytes([0xB0 | ch, 7, volume])))
        events.append((0, 0, bytes([0xB0 | ch, 10, pan])))
        for start, dur, pitch, vel in notes:
            t0 = int(round(start * ppq))
            t1 = max(t0 + 1, int(round((start + dur) * ppq)))
            events.append((t0, 2, bytes([0x90 | ch, pitch, vel])))
            events.append((t1, 1, bytes([0x80 | ch, pitch, 0])))
        events.sort(key=lambda e: (e[0], e[1]))
        body, last = b"", 0
        for t, _, data in events:
            body += varlen(t - last) + data
            last = t
        body += b"\x00\xff\x2f\x00"
        tracks.append(body)
    out = b"MThd" + struct.pack(">IHHH", 6, 1, len(tracks), ppq)
    for t in tracks:
        out += b"MTrk" + struct.pack(">I", len(t)) + t
    with open(path, "wb") as f:
        f.write(out)


# ---------------------------------------------------------------- MIDI reading (for labels)

def read_varint(data, p):
    """Read a MIDI variable-length number at p; return it and the position after it."""
    v = 0
    while True:
        b = data[p]
        p += 1
        v = (v << 7) | (b & 0x7F)
        if not b & 0x80:
            return v, p


def read_tracks(data, name=""):
    """Parse a standard MIDI file (name, for the error only) into (ppq, fmt, tracks); a track is a
    list of (tick, bytes) events, each with its status byte written out (no running status)."""
    if data[:4] != b"MThd":
        raise ValueError("not a MIDI file" + (": " + name if name else ""))
    fmt, ntracks, ppq = struct.unpack(">HHH", data[8:14])
    pos = 8 + struct.unpack(">I", data[4:8])[0]
    tracks = []
    for _ in range(ntracks):
        if data[pos:pos + 4] != b"MTrk":
            break
        length = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        p, end = pos + 8, pos + 8 + length
        pos = end
        tick, status, events = 0, 0, []
        while p < end:
            v, p = read_varint(data, p)
            tick += v
            start = p
            if data[p] & 0x80:
                status = data[p]
                p += 1
            if status == 0xFF:
                p += 1
                n, p = read_varint(data, p)
                p += n
                events.append((tick, data[start:p]))
            elif status in (0xF0, 0xF7):
                n, p = read_varint(data, p)
                p += n
                events.append((tick, data[start:p]))
            else:
                n = 1 if status & 0xF0 in (0xC0, 0xD0) else 2
                events.append((tick, bytes([status]) + data[p:p + n]))
                p += n
        tracks.append(events)
    return ppq, fmt, tracks


def read_midi(path):
    """Return (notes, end_seconds): notes as (start_s, end_s, channel, program) with the program
    in force on the channel when the note started, timed through the file's tempo map."""
    with open(path, "rb") as f:
        ppq, _, tracks = read_tracks(f.read(), path)
    raw = []     # (tick, order, kind, channel, a, b)
    tempos = []  # (tick, us per quarter)
    for events in tracks:
        for tick, ev in events:
            status = ev[0]
            if status == 0xFF:
                n, p = read_varint(ev, 2)
                if ev[1] == 0x51 and n == 3:
                    tempos.append((tick, (ev[p] << 16) | (ev[p + 1] << 8) | ev[p + 2]))
            elif status not in (0xF0, 0xF7):
                kind, ch = status & 0xF0, status & 0x0F
                if kind in (0xC0, 0xD0):
                    raw.append((tick, 0, kind, ch, ev[1], 0))
                else:
                    raw.append((tick, 1, kind, ch, ev[1], ev[2]))
    tempos.sort()
    if not tempos or tempos[0][0] > 0:
        tempos.insert(0, (0, 500000))

    def seconds(tick):
        s, last_tick, us = 0.0, 0, tempos[0][1]
        for t, u in tempos[1:]:
            if t >= tick:
                break
            s += (t - last_tick) * us / ppq / 1e6
            last_tick, us = t, u
        return s + (tick - last_tick) * us / ppq / 1e6

    raw.sort(key=lambda e: (e[0], e[1]))
    program = [0] * 16
    on = {}
    notes = []
    end_tick = 0
    for tick, _, kind, ch, a, v in raw:
        end_tick = max(end_tick, tick)
        if kind == 0xC0:
            program[ch] = a
        elif kind == 0x90 and v > 0:
            on.setdefault((ch, a), []).append((tick, program[ch]))
        elif kind == 0x80 or (kind == 0x90 and v == 0):
            starts = on.get((ch, a))
            if starts:
                t0, prog = starts.pop(0)
                notes.append((seconds(t0), seconds(tick), ch, prog))
    return notes, seconds(end_tick)


def coverage(notes, start, dur):
    """Share of [start, start+dur) in which each label's notes sound (drums: channel 10)."""
    spans = {}
    for s, e, ch, prog in notes:
        label = "drums" if ch == 9 else family_of_program(prog)
        if label is None:
            continue
        if ch == 9:
            e = max(e, s + 0.25)  # drum hits are written short; count their ring
        s, e = max(s, start), min(e, start + dur)
        if e > s:
            spans.setdefault(label, []).append((s, e))
    out = {}
    for label, iv in spans.items():
        iv.sort()
        total, cs, ce = 0.0, iv[0][0], iv[0][1]
        for s, e in iv[1:]:
            if s > ce:
                total += ce - cs
                cs, ce = s, e
            else:
                ce = max(ce, e)
        total += ce - cs
        out[label] = round(total / dur, 3)
    return out


# ---------------------------------------------------------------- generation

def scale_notes(tonic, minor, lo, hi):
    steps = MINOR if minor else MAJOR
    return [n for n in range(lo, hi + 1) if (n - tonic) % 12 in steps]


def chord_pcs(tonic, minor, degree):
    steps = MINOR if minor else MAJOR
    return [(tonic + steps[(degree + k) % 7]) % 12 for k in (0, 2, 4)]


def voicing(pcs, lo, hi, rng, size=3):
    """Pitches of the chord pcs in [lo, hi], close position from a random root octave."""
    centre = rng.randint(lo, max(lo, hi - 12))
    out = []
    for pc in pcs:
        n = centre + (pc - centre) % 12
        while n > hi:
            n -= 12
        out.append(n)
    if size > 3 and out:
        out.append(min(hi, out[0] + 12) if out[0] + 12 <= hi else out[0])
    return sorted(set(out))


def melody(rng, scale, beats, density, start=0.0):
    notes = []
    t = start
    idx = rng.randrange(len(scale) // 3, max(len(scale) // 3 + 1, 2 * len(scale) // 3))
    durs = {0: [2, 1.5, 1, 1], 1: [1, 1, 0.5, 0.5, 1.5], 2: [0.5, 0.5, 0.25, 0.25, 1]}[density]
    while t < beats:
        d = rng.choice(durs)
        if rng.random() < 0.12:
            t += d
            continue
        idx = max(0, min(len(scale) - 1, idx + rng.choice([-2, -1, -1, 0, 1, 1, 2, 3, -3])))
        notes.append((t, min(d * rng.uniform(0.8, 1.0), beats - t), scale[idx], rng.randint(70, 110)))
        t += d
    return notes


def part_notes(family, rng, key, prog_lo, prog_hi, bars, chords, density):
    tonic, minor = key
    beats = bars * 4
    scale = scale_notes(tonic, minor, prog_lo, prog_hi)
    notes = []

    def chord_at(bar):
        return chords[bar % len(chords)]

    if family == "bass":
        pattern = rng.choice(["root4", "root8", "rootfifth", "walk", "sync"])
        for bar in range(bars):
            pcs = chord_at(bar)
            root = prog_lo + (pcs[0] - prog_lo) % 12
            fifth = root + 7 if root + 7 <= prog_hi else root - 5
            b0 = bar * 4
            if pattern == "root4":
                for k in range(4):
                    notes.append((b0 + k, 0.9, root, rng.randint(80, 110)))
            elif pattern == "root8":
                for k in range(8):
                    notes.append((b0 + k / 2, 0.45, root if k % 4 else root, rng.randint(75, 105)))
            elif pattern == "rootfifth":
                for k, n in enumerate([root, fifth, root, fifth]):
                    notes.append((b0 + k, 0.9, n, rng.randint(80, 110)))
            elif pattern == "walk":
                sc = [n for n in scale if root - 5 <= n <= root + 9] or [root]
                for k in range(4):
                    notes.append((b0 + k, 0.9, root if k == 0 else rng.choice(sc), rng.randint(80, 105)))
            else:
                for t, d in [(0, 1.5), (1.5, 0.5), (2.5, 1.0), (3.5, 0.5)]:
                    notes.append((b0 + t, d * 0.9, root if t < 2 else fifth, rng.randint(80, 110)))
        return notes

    roles = {
        "piano": ["comp", "arp", "melody", "both"],
        "organ": ["pad", "comp", "melody"],
        "guitar": ["strum", "arp", "melody"],
        "strings": ["pad", "melody", "arp"],
        "brass": ["melody", "stabs", "pad"],
        "woodwinds": ["melody", "melody", "arp"],
        "mallets": ["arp", "melody"],
        "synth lead": ["melody", "melody", "arp"],
        "synth pad": ["pad", "pad", "comp"],
    }[family]
    role = rng.choice(roles)
    if role in ("melody", "both"):
        lo = prog_lo + (prog_hi - prog_lo) // 3 if role == "both" else prog_lo
        notes += melody(rng, [n for n in scale if n >= lo] or scale, beats, density)
    if role in ("comp", "both", "pad", "stabs", "strum"):
        for bar in range(bars):
            v = voicing(chord_at(bar), prog_lo, min(prog_hi, prog_lo + 24) if role == "both" else prog_hi,
                        rng, size=4 if role == "strum" else 3)
            b0 = bar * 4
            if role == "pad":
                hits = [(0, 4)]
            elif role == "stabs":
                hits = [(0.5, 0.3), (1.5, 0.3), (2.5, 0.3), (3.5, 0.3)] if density else [(0, 0.5), (2, 0.5)]
            elif role == "strum":
                hits = rng.choice([[(0, 1), (1, 1), (2, 1), (3, 1)], [(0, 1.5), (1.5, 1), (2.5, 0.5), (3, 1)],
                                   [(k / 2, 0.5) for k in range(8)], [(0, 2), (2, 2)]])
            else:
                hits = [[(0, 4)], [(0, 2), (2, 2)], [(0, 1), (1, 1), (2, 1), (3, 1)]][density]
            for t, d in hits:
                vel = rng.randint(60, 100)
                for i, n in enumerate(v):
                    off = i * rng.uniform(0.02, 0.06) if role == "strum" else 0
                    notes.append((b0 + t + off, max(0.1, d * 0.95 - off), n, vel))
    if role == "arp":
        step = [1, 0.5, 0.25][density]
        for bar in range(bars):
            v = voicing(chord_at(bar), prog_lo, prog_hi, rng, size=4)
            seq = v + v[-2:0:-1] if len(v) > 2 else v
            t, i = 0.0, 0
            while t < 4:
                notes.append((bar * 4 + t, step * 0.95, seq[i % len(seq)], rng.randint(65, 100)))
                t += step
                i += 1
    return notes


DRUM = {"kick": 36, "snare": 38, "rim": 37, "clap": 39, "chh": 42, "ohh": 46, "phh": 44, "crash": 49,
        "ride": 51, "tomh": 50, "toml": 45, "tomf": 41, "shaker": 70, "tamb": 54, "cowbell": 56,
        "conga": 63, "bongo": 60}


def drum_notes(rng, bars, density):
    style = rng.choice(["rock", "four", "half", "break", "latin", "shuffle", "sparse"])
    hat = rng.choice(["chh", "chh", "ride", "shaker", "phh"])
    notes = []
    for bar in range(bars):
        b0 = bar * 4
        hits = []
        sub = [1, 0.5, 0.25][density]
        t = 0.0
        while t < 4:
            hits.append((t, hat, 60 + (20 if t % 1 == 0 else 0)))
            t += sub
        if style == "rock":
            hits += [(0, "kick", 110), (2, "kick", 105), (2.5, "kick", 90), (1, "snare", 110), (3, "snare", 110)]
        elif style == "four":
            hits += [(k, "kick", 115) for k in range(4)] + [(1, "clap", 100), (3, "clap", 100)]
            hits += [(k + 0.5, "ohh", 80) for k in range(4)]
        elif style == "half":
            hits += [(0, "kick", 110), (2, "snare", 115), (3.5, "kick", 90)]
        elif style == "break":
            hits += [(0, "kick", 110), (1, "snare", 110), (1.75, "kick", 90), (2.5, "kick", 100),
                     (3, "snare", 110), (3.75, "snare", 70)]
        elif style == "latin":
            hits += [(0, "kick", 100), (1.5, "kick", 90), (2, "kick", 100), (3.5, "kick", 90),
                     (0.5, "conga", 90), (1, "bongo", 90), (2.5, "conga", 90), (3, "cowbell", 80)]
        elif style == "shuffle":
            hits = [(k + o, hat, 70) for k in range(4) for o in (0, 2 / 3)]
            hits += [(0, "kick", 110), (2, "kick", 100), (1, "snare", 105), (3, "snare", 105)]
        else:
            hits = [(0, "kick", 100), (2.5, "rim", 80), (3, "shaker", 60)]
        if bar % 4 == 3 and rng.random() < 0.5:
            hits += [(3 + k * 0.25, rng.choice(["tomh", "toml", "tomf", "snare"]), 100) for k in range(4)]
        if bar % 8 == 0 and rng.random() < 0.6:
            hits.append((0, "crash", 100))
        for t, name, vel in hits:
            notes.append((b0 + t, 0.2, DRUM[name], max(1, min(127, vel + rng.randint(-12, 8)))))
    return notes


def generate_piece(seed):
    """One arrangement: returns (bpm, parts, families)."""
    rng = random.Random(seed)
    bpm = rng.choice([rng.uniform(60, 90), rng.uniform(90, 130), rng.uniform(130, 170)])
    key = (rng.randrange(12), rng.random() < 0.45)
    bars = max(4, int(CLIP_SECONDS * bpm / 240) + 1)
    prog = rng.choice(PROGRESSIONS)
    per = rng.choice([1, 1, 2])
    chords = [chord_pcs(key[0], key[1], d) for d in prog for _ in range(per)]
    k = rng.choices([1, 2, 3, 4], weights=[25, 30, 25, 20])[0]
    fams = rng.sample(LABELS, k)
    parts = []
    ch = 0
    for fam in fams:
        density = rng.choice([0, 1, 1, 2])
        if fam == "drums":
            notes = drum_notes(rng, bars, density)
            channel, program = 9, None
        else:
            program, lo, hi = rng.choice(PROGRAMS[fam])
            shift = rng.choice([-12, 0, 0, 0, 12]) if fam not in ("bass",) else 0
            lo2, hi2 = max(21, lo + shift), min(108, hi + shift)
            if hi2 - lo2 < 12:
                lo2, hi2 = lo, hi
            notes = part_notes(fam, rng, key, lo2, hi2, bars, chords, density)
            channel = ch
            ch += 1
            if ch == 9:
                ch = 10
        # Entries: most parts play throughout; some enter late or leave early, a few only briefly.
        r = rng.random()
        if r < 0.25:
            a = rng.uniform(0, 0.6) * bars * 4
            b = a + rng.uniform(0.3, 1.0) * (bars * 4 - a)
            notes = [n for n in notes if a <= n[0] < b]
        elif r < 0.33:
            a = rng.uniform(0, 0.85) * bars * 4
            notes = [n for n in notes if a <= n[0] < a + rng.uniform(0.05, 0.2) * bars * 4]
        if not notes:
            continue
        parts.append((channel, program, rng.randint(75, 115), rng.randint(30, 98), notes))
    return bpm, parts


# ---------------------------------------------------------------- rendering and manifest

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode("utf-8", "replace")[-500:]))


def render(midi, sf, wav):
    if os.path.exists(wav) and os.path.getsize(wav) > 1000:
        return
    tmp = wav + ".tmp.wav"
    run(["fluidsynth", "-ni", "-q", "-g", "0.5", "-r", str(RATE), "-F", tmp, SOUNDFONTS[sf], midi])
    os.replace(tmp, wav)


def score_sources(out):
    """(piece, midi) for the MuseScore demos and abcmidi examples (MIDI made once, cached)."""
    mdir = os.path.join(out, "midi")
    pieces = []
    demos = "/usr/share/mscore3-3.2/demos"
    for f in sorted(os.listdir(demos)) if os.path.isdir(demos) else []:
        if not f.endswith((".mscx", ".mscz")):
            continue
        base = f.rsplit(".", 1)[0]
        midi = os.path.join(mdir, "musescore-%s.mid" % base)
        if not os.path.exists(midi):
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            run(["mscore3", "-o", midi, os.path.join(demos, f)], env=env, timeout=600)
        pieces.append(("musescore/" + base, midi))
    ex = "/usr/share/doc/abcmidi/examples"
    for f in sorted(os.listdir(ex)) if os.path.isdir(ex) else []:
        if not f.endswith(".abc") or f[:-4] in ("temperament", "detune"):
            continue
        base = f[:-4]
        text = open(os.path.join(ex, f), encoding="latin-1").read()
        for line in text.splitlines():
            if line.startswith("X:") and line[2:].strip().isdigit():
                num = int(line[2:].strip())
                midi = os.path.join(mdir, "abc-%s-x%d.mid" % (base, num))
                if not os.path.exists(midi):
                    run(["abc2midi", os.path.join(ex, f), str(num), "-o", midi])
                if os.path.exists(midi):
                    pieces.append(("abc/%s" % base, midi))
    return pieces


# ---------------------------------------------------------------- voice randomisation (fifth pass)

# SoundFont 2.01 generators that fluidsynth lets a channel offset by NRPN (MSB 120, LSB = the
# generator's number, data entry = 8192 + offset / scale), with fluidsynth's NRPN scales
# (fluid_gen.c): the offset is added to whatever the soundfont's instrument sets.
GEN_MOD_LFO_TO_PITCH, GEN_VIB_LFO_TO_PITCH, GEN_FILTER_FC, GEN_FILTER_Q = 5, 6, 8, 9
GEN_MOD_LFO_TO_FILTER_FC, GEN_MOD_LFO_TO_VOL = 10, 13
GEN_MOD_LFO_FREQ, GEN_VIB_LFO_FREQ = 22, 24
GEN_VOL_ATTACK, GEN_VOL_DECAY, GEN_VOL_SUSTAIN, GEN_VOL_RELEASE = 34, 36, 37, 38
GEN_FINE_TUNE = 52
NRPN_SCALE = {GEN_MOD_LFO_TO_PITCH: 2, GEN_VIB_LFO_TO_PITCH: 2, GEN_FILTER_FC: 2, GEN_FILTER_Q: 1,
              GEN_MOD_LFO_TO_FILTER_FC: 2, GEN_MOD_LFO_TO_VOL: 1, GEN_MOD_LFO_FREQ: 4, GEN_VIB_LFO_FREQ: 4,
              GEN_VOL_ATTACK: 2, GEN_VOL_DECAY: 2, GEN_VOL_SUSTAIN: 1, GEN_VOL_RELEASE: 2, GEN_FINE_TUNE: 1}
VARIANT_MODES = ("voice", "full")


def nrpn_events(ch, gen, offset):
    """The controller messages that offset generator gen on channel ch by offset (its units)."""
    data = max(0, min(16383, 8192 + int(round(offset / NRPN_SCALE[gen]))))
    return [bytes([0xB0 | ch, 99, 120]), bytes([0xB0 | ch, 98, gen]),
            bytes([0xB0 | ch, 38, data & 0x7F]), bytes([0xB0 | ch, 6, data >> 7])]


def draw_voice(rng):
    """One channel's random voice: generator offsets, controllers and a velocity curve."""
    gens = {GEN_FINE_TUNE: rng.uniform(-12, 12),
            GEN_VOL_ATTACK: rng.uniform(-600, 1800), GEN_VOL_DECAY: rng.uniform(-1200, 1200),
            GEN_VOL_RELEASE: rng.uniform(-1200, 1200)}
    if rng.random() < 0.7:
        gens[GEN_FILTER_FC] = rng.uniform(-3000, 0)  # darker, down to 2.5 octaves
    if rng.random() < 0.5:
        gens[GEN_FILTER_Q] = rng.uniform(0, 120)  # resonance, up to 12 dB
    if rng.random() < 0.5:
        gens[GEN_VOL_SUSTAIN] = rng.uniform(0, 150)  # sustain up to 15 dB lower
    if rng.random() < 0.5:
        gens[GEN_VIB_LFO_TO_PITCH] = rng.uniform(0, 40)
        gens[GEN_VIB_LFO_FREQ] = rng.uniform(-1200, 0)  # 4 to 8 Hz
    if rng.random() < 0.3:
        gens[GEN_MOD_LFO_TO_VOL] = rng.uniform(0, 40)  # tremolo up to 4 dB
        gens[GEN_MOD_LFO_FREQ] = rng.uniform(-1200, 600)
    if rng.random() < 0.3:
        gens[GEN_MOD_LFO_TO_FILTER_FC] = rng.uniform(0, 1200)
        gens.setdefault(GEN_MOD_LFO_FREQ, rng.uniform(-1200, 600))
    ccs = {91: rng.randint(0, 90), 93: rng.randint(0, 80)}  # reverb and chorus sends
    if rng.random() < 0.3:
        ccs[1] = rng.randint(0, 80)  # modulation wheel (vibrato by the default modulator)
    return {"gens": gens, "ccs": ccs, "gamma": rng.uniform(0.6, 1.6), "vscale": rng.uniform(0.8, 1.15)}


def voice_events(ch, voice):
    out = []
    for gen, off in sorted(voice["gens"].items()):
        out += nrpn_events(ch, gen, off)
    for cc, v in sorted(voice["ccs"].items()):
        out.append(bytes([0xB0 | ch, cc, v]))
    return out


def substitute_program(rng, program, pitches):
    """Another General MIDI program of the same family whose comfortable register (PROGRAMS)
    holds the median of the channel's pitches, or program itself when none does."""
    fam = family_of_program(program)
    if fam is None or fam not in PROGRAMS:
        return program
    mid = sorted(pitches)[len(pitches) // 2] if pitches else 60
    options = [p for p, lo, hi in PROGRAMS[fam] if lo - 6 <= mid <= hi + 6 and family_of_program(p) == fam]
    return rng.choice(options) if options else program


def write_tracks(path, ppq, tracks):
    out = b"MThd" + struct.pack(">IHHH", 6, 1, len(tracks), ppq)
    for events in tracks:
        body, last = b"", 0
        for tick, ev in events:
            body += varlen(tick - last) + ev
            last = tick
        if not events or events[-1][1][:2] != b"\xff\x2f":
            body += b"\x00\xff\x2f\x00"
        out += b"MTrk" + struct.pack(">I", len(body)) + body
    with open(path, "wb") as f:
        f.write(out)


def randomise_midi(src, dst, seed, mode):
    """Write a variant of the MIDI file src to dst: the same notes (so the same labels), each
    channel with a random voice (generator offsets by NRPN, reverb, chorus, modulation, a velocity
    curve) and, in mode "full", with probability 0.7 another program of the same family."""
    rng = random.Random(seed)
    ppq, _, tracks = read_tracks(open(src, "rb").read())
    pitches = {}
    for events in tracks:
        for _, ev in events:
            if ev[0] & 0xF0 == 0x90 and ev[2] > 0:
                pitches.setdefault(ev[0] & 0x0F, []).append(ev[1])
    voices, subs = {}, {}
    for ch in sorted(pitches):
        voices[ch] = draw_voice(rng)
        if mode == "full" and ch != 9 and rng.random() < 0.7:
            subs[ch] = {}  # original program -> its substitute on this channel
    out_tracks = []
    for events in tracks:
        out = []
        for tick, ev in events:
            kind, ch = ev[0] & 0xF0, ev[0] & 0x0F
            if kind == 0xC0 and ch in subs:
                if ev[1] not in subs[ch]:
                    subs[ch][ev[1]] = substitute_program(rng, ev[1], pitches[ch])
                ev = bytes([ev[0], subs[ch][ev[1]]])
            elif kind == 0x90 and ev[2] > 0 and ch in voices:
                v = voices[ch]
                vel = 127 * (ev[2] / 127) ** v["gamma"] * v["vscale"] + rng.uniform(-6, 6)
                ev = bytes([ev[0], ev[1], max(1, min(127, int(round(vel))))])
            out.append((tick, ev))
            if kind == 0xB0 and ev[1] == 121 and ch in voices:
                out += [(tick, e) for e in voice_events(ch, voices[ch])]  # reset all controllers
        out_tracks.append(out)
    init = []
    for ch in sorted(voices):
        init += [(0, e) for e in voice_events(ch, voices[ch])]
    out_tracks.append(init)
    write_tracks(dst, ppq, out_tracks)


def variants(out, vout, n, mode):
    """Render n randomised variants (mode voice or full) of every training clip's piece through
    the same training soundfonts, under vout (midi/, wav/), and write vout/manifest-MODE.jsonl:
    one line per variant clip, the base clip's fields with its own id and wav, split
    "train-var", "base" (the base clip's id) and "variant" (1..n). Labels come from the variant's
    MIDI and are checked equal to the base clip's (same notes, programs of the same family)."""
    for d in ("midi", "wav"):
        os.makedirs(os.path.join(vout, d), exist_ok=True)
    clips = [json.loads(l) for l in open(os.path.join(out, "manifest.jsonl"))]
    train = [c for c in clips if c["split"] == "train"]
    lines = []
    for i, c in enumerate(train):
        name = os.path.basename(c["wav"])[:-len("-%s.wav" % c["soundfont"])]
        for k in range(1, n + 1):
            midi = os.path.join(vout, "midi", "%s-%s%d.mid" % (name, mode, k))
            if not os.path.exists(midi):
                randomise_midi(os.path.join(out, "midi", name + ".mid"), midi, "%s/%s/%d" % (name, mode, k), mode)
            wav = os.path.join(vout, "wav", "%s-%s%d-%s.wav" % (name, mode, k, c["soundfont"]))
            render(midi, c["soundfont"], wav)
            notes, _ = read_midi(midi)
            cov = coverage(notes, c["offset_s"], c["dur_s"])
            secs = [coverage(notes, c["offset_s"] + s, 1.0) for s in range(int(c["dur_s"]))]
            if cov != c["coverage"] or secs != c["seconds"]:
                raise SystemExit("labels changed in %s: %s against %s" % (midi, cov, c["coverage"]))
            lines.append(dict(c, id="%s#%s%d" % (c["id"], mode, k), wav=wav, split="train-var",
                              base=c["id"], variant=k, vmode=mode))
        if i % 50 == 0:
            print("variants %s: %d/%d clips" % (mode, i, len(train)), file=sys.stderr, flush=True)
    with open(os.path.join(vout, "manifest-%s.jsonl" % mode), "w") as f:
        for l in lines:
            f.write(json.dumps(l) + "\n")
    print("variants %s: %d clips, labels unchanged in every one" % (mode, len(lines)), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="/work/cache/instruments")
    ap.add_argument("--pieces", type=int, default=400,
                    help="generated pieces; the last fifth are held out (seeds 15000 on)")
    ap.add_argument("--train-extra", type=int, default=0,
                    help="further generated pieces for training only (seeds 16000 on), so that more data "
                         "never moves a held-out piece into training")
    ap.add_argument("--only", default="gen,scores", help="gen, scores or both")
    ap.add_argument("--rotation", action="store_true",
                    help="diagnosis only: render the training pieces through the held-out soundfont as well and "
                         "write manifest-rotation.jsonl (manifest.jsonl plus those clips, split train-heldout-sf), so "
                         "that the trainer's -rotate can hold out each soundfont in turn; manifest.jsonl is unchanged")
    ap.add_argument("--variants", type=int, default=0,
                    help="fifth pass: render this many randomised variants of every training clip's piece (same "
                         "notes; see randomise_midi) through the same training soundfont, under --vout, and write "
                         "--vout/manifest-MODE.jsonl; the manifest and renders under --out are read, never changed")
    ap.add_argument("--vmode", default="full", choices=VARIANT_MODES,
                    help="voice: generator offsets, controllers and velocity curves; full: also other programs of the "
                         "same family")
    ap.add_argument("--vout", default="/work/cache/instruments5")
    args = ap.parse_args()
    out = args.out
    if args.variants:
        variants(out, args.vout, args.variants, args.vmode)
        return
    if args.rotation:
        rotation(out)
        return
    for d in ("midi", "wav"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
    clips = []

    def add_clips(piece, source, midi, test, max_windows):
        notes, end = read_midi(midi)
        if test:
            sfs = [(HELD_OUT_SOUNDFONT, "test")] + [(s, "test-seen-sf") for s in TRAIN_SOUNDFONTS]
        else:
            sfs = [(s, "train") for s in TRAIN_SOUNDFONTS]
        n_win = max(1, min(max_windows, int(end // CLIP_SECONDS)))
        for sf, split in sfs:
            name = os.path.basename(midi)[:-4]
            wav = os.path.join(out, "wav", "%s-%s.wav" % (name, sf))
            render(midi, sf, wav)
            for w in range(n_win):
                start = w * CLIP_SECONDS
                dur = min(CLIP_SECONDS, end - start) if n_win == 1 else CLIP_SECONDS
                if dur < 5:
                    continue
                clips.append({"id": "%s-w%d-%s" % (name, w, sf), "wav": wav, "offset_s": start, "dur_s": dur,
                              "split": split, "soundfont": sf, "source": source, "piece": piece,
                              "coverage": coverage(notes, start, dur),
                              "seconds": [coverage(notes, start + k, 1.0) for k in range(int(dur))]})

    only = args.only.split(",")
    if "gen" in only:
        n_test = int(args.pieces * GEN_TEST_SHARE)
        for i in range(args.pieces):
            seed = 15000 + i
            midi = os.path.join(out, "midi", "gen-%05d.mid" % seed)
            if not os.path.exists(midi):
                bpm, parts = generate_piece(seed)
                write_midi(midi, bpm, parts)
            add_clips("gen/%d" % seed, "gen", midi, i >= args.pieces - n_test, 1)
            if i % 20 == 0:
                print("gen %d/%d" % (i, args.pieces), file=sys.stderr, flush=True)
        for i in range(args.train_extra):
            seed = 16000 + i
            midi = os.path.join(out, "midi", "gen-%05d.mid" % seed)
            if not os.path.exists(midi):
                bpm, parts = generate_piece(seed)
                write_midi(midi, bpm, parts)
            add_clips("gen/%d" % seed, "gen", midi, False, 1)
            if i % 20 == 0:
                print("gen extra %d/%d" % (i, args.train_extra), file=sys.stderr, flush=True)
    if "scores" in only:
        for piece, midi in score_sources(out):
            add_clips(piece, piece.split("/")[0], midi, piece in HELD_OUT_PIECES, 8)
            print(piece, midi, file=sys.stderr, flush=True)
    with open(os.path.join(out, "manifest.jsonl"), "w") as f:
        for c in clips:
            f.write(json.dumps(c) + "\n")
    counts = {}
    for c in clips:
        counts[c["split"]] = counts.get(c["split"], 0) + 1
    print("clips:", counts, file=sys.stderr)


def rotation(out):
    """Write manifest-rotation.jsonl: every clip of manifest.jsonl, and each training clip through
    TimGM6mb once more through the held-out soundfont (rendered if missing), split
    "train-heldout-sf". Only the trainer's rotation diagnosis reads them."""
    clips = [json.loads(l) for l in open(os.path.join(out, "manifest.jsonl"))]
    extra = []
    for c in clips:
        if c["split"] != "train" or c["soundfont"] != "timgm6mb":
            continue
        name = os.path.basename(c["wav"])[:-len("-timgm6mb.wav")]
        wav = os.path.join(out, "wav", "%s-%s.wav" % (name, HELD_OUT_SOUNDFONT))
        render(os.path.join(out, "midi", name + ".mid"), HELD_OUT_SOUNDFONT, wav)
        e = dict(c, wav=wav, soundfont=HELD_OUT_SOUNDFONT, split="train-heldout-sf",
                 id=c["id"][:-len("timgm6mb")] + HELD_OUT_SOUNDFONT)
        extra.append(e)
        if len(extra) % 50 == 0:
            print("rotation: %d clips" % len(extra), file=sys.stderr, flush=True)
    with open(os.path.join(out, "manifest-rotation.jsonl"), "w") as f:
        for c in clips + extra:
            f.write(json.dumps(c) + "\n")
    print("rotation: %d clips through %s" % (len(extra), HELD_OUT_SOUNDFONT), file=sys.stderr)


if __name__ == "__main__":
    main()
