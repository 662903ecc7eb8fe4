#!/usr/bin/env python3
"""Build Sleeve's development corpus of real compositions with known truth.

Usage: build.py [--corpus DIR] [--jobs N] [--only SOURCE[,SOURCE]] [--limit N] [--truth-only]

A rerun renders only files not in the corpus yet and refreshes every item's truth; --truth-only
renders nothing (an item whose file is missing fails), e.g. `build.py --only lmms --truth-only`.

Everything lives under DIR ($SLEEVE_CORPUS, default /work/corpus), never in the repository:
  DIR/audio/<source>/<id>.<fmt>   the corpus (mp3, ogg, flac, m4a; one format per rendering)
  DIR/truth.tsv                   truth in the format of ../shared/peers/README.md
  DIR/sources.tsv                 provenance and licence per file
  DIR/STATUS                      one line: files so far, sources done
  DIR/cache/                      MIDI exports, WAV renderings, per-item metadata (reruns reuse them)

Sources, in the order they are rendered (fast ones first, so a partial corpus is usable early):
  sox       drum and click patterns made here with sox (60-200 BPM; 4/4, 3/4, 6/8; swing, drift,
            noise, reverb; some with a chord progression that decides a key)
  abc       abcmidi's example tunes -> abc2midi -> fluidsynth with three soundfonts
  musescore musescore3-common's demo scores -> mscore3 MIDI -> fluidsynth with three soundfonts
  hydrogen  hydrogen-data's demo songs -> h2cli (tempo only)
  lmms      lmms-common's demo and shorties projects -> lmms (slowest: about half realtime)

Python 3 standard library only. The tools (sox, ffmpeg, fluidsynth, abc2midi, mscore3, h2cli, lmms)
come from Debian; build.sh installs them.
"""
import argparse
import concurrent.futures
import fnmatch
import glob
import gzip
import hashlib
import json
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import wave
import xml.etree.ElementTree as ET
import zipfile
import zlib
from array import array

FORMATS = ["mp3", "ogg", "flac", "m4a"]
SOUNDFONTS = [
    ("timgm6mb", "/usr/share/sounds/sf2/TimGM6mb.sf2", "timgm6mb-soundfont", "GPL-2"),
    ("csound", "/usr/share/sounds/sf2/sf_GMbank.sf2", "csound-soundfont", "LGPL-2.1+"),
    ("opl3", "/usr/share/sounds/sf2/OPL-3_FM_128M.sf2", "opl3-soundfont", "CC-BY-SA-4.0"),
]
NAMES = ["C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
# Spelling as musicians write keys: flats for Db Eb Ab Bb major and their relative minors.
MINOR_NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"]
RATE = 44100
SOURCE_ORDER = ["sox", "abc", "musescore", "hydrogen", "lmms"]

TRUTH_COLUMNS = ["path", "tempo_bpm", "key", "tempo_quality", "key_quality", "duration_s",
                 "source", "meter", "note"]
SOURCE_COLUMNS = ["path", "source", "origin", "package", "renderer", "soundfont", "format", "licence",
                  "copyright"]


def key_name(tonic, minor):
    return (MINOR_NAMES[tonic % 12] + " minor") if minor else (NAMES[tonic % 12] + " major")


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


def run(cmd, timeout=1800, **kw):
    """Run cmd at low priority; raise with its output on failure."""
    p = subprocess.run(["nice", "-n", "10"] + cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=timeout, **kw)
    if p.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (cmd[0], p.returncode, p.stdout.decode("utf-8", "replace")[-800:]))
    return p.stdout.decode("utf-8", "replace")


# ---------------------------------------------------------------- licences (Debian copyright files)

_copyright_cache = {}


def debian_licence(package, source_path):
    """Return (licence, copyright) of source_path (path inside the upstream tree) from the package's
    machine-readable debian/copyright: the last Files stanza that matches wins."""
    if package not in _copyright_cache:
        stanzas = []
        try:
            text = open("/usr/share/doc/%s/copyright" % package, encoding="utf-8", errors="replace").read()
        except OSError:
            text = ""
        for para in re.split(r"\n\s*\n", text):
            fields, cur = {}, None
            for line in para.splitlines():
                m = re.match(r"^([A-Za-z-]+):\s*(.*)$", line)
                if m and not line.startswith(" "):
                    cur = m.group(1).lower()
                    fields[cur] = m.group(2)
                elif cur:
                    fields[cur] += "\n" + line.strip()
            if "files" in fields:
                stanzas.append((fields["files"].split(), fields.get("license", "").split("\n")[0].strip(),
                                " ".join(fields.get("copyright", "").split())))
        _copyright_cache[package] = stanzas
    lic, cr = "unknown", ""
    for pats, l, c in _copyright_cache[package]:
        if any(fnmatch.fnmatch(source_path, p) for p in pats):
            lic, cr = l, c
    return lic, cr


# ---------------------------------------------------------------- MIDI reading and key finding

def read_midi(path):
    """Return dict with tempos [(tick, bpm_quarter)], keysigs [(tick, sf, mi)], timesigs [(tick, n, d)],
    notes [(start_tick, dur_ticks, pitch, channel)], ppq, and end tick."""
    data = open(path, "rb").read()
    if data[:4] != b"MThd":
        raise ValueError("not a MIDI file")
    _, ntracks, ppq = struct.unpack(">HHH", data[8:14])
    pos = 8 + struct.unpack(">I", data[4:8])[0]
    out = {"tempos": [], "keysigs": [], "timesigs": [], "notes": [], "ppq": ppq, "end": 0}
    for _ in range(ntracks):
        if data[pos:pos + 4] != b"MTrk":
            break
        length = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        p, end = pos + 8, pos + 8 + length
        pos = end
        tick, status, on = 0, 0, {}

        def varlen():
            nonlocal p
            v = 0
            while True:
                b = data[p]
                p += 1
                v = (v << 7) | (b & 0x7F)
                if not b & 0x80:
                    return v
        while p < end:
            tick += varlen()
            b = data[p]
            if b & 0x80:
                status = b
                p += 1
            if status == 0xFF:
                typ = data[p]
                p += 1
                n = varlen()
                body = data[p:p + n]
                p += n
                if typ == 0x51 and n == 3:
                    us = (body[0] << 16) | (body[1] << 8) | body[2]
                    out["tempos"].append((tick, 60e6 / us))
                elif typ == 0x59 and n == 2:
                    out["keysigs"].append((tick, struct.unpack("b", body[:1])[0], body[1]))
                elif typ == 0x58 and n >= 2:
                    out["timesigs"].append((tick, body[0], 2 ** body[1]))
            elif status in (0xF0, 0xF7):
                n = varlen()
                p += n
            else:
                kind, ch = status & 0xF0, status & 0x0F
                if kind in (0xC0, 0xD0):
                    p += 1
                    continue
                a, v = data[p], data[p + 1]
                p += 2
                if kind == 0x90 and v > 0:
                    on[(ch, a)] = tick
                elif kind == 0x80 or (kind == 0x90 and v == 0):
                    t0 = on.pop((ch, a), None)
                    if t0 is not None:
                        out["notes"].append((t0, tick - t0, a, ch))
        out["end"] = max(out["end"], tick)
    return out


# Krumhansl-Kessler probe-tone profiles.
KK_MAJOR = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88]
KK_MINOR = [6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17]


def _corr(a, b):
    ma, mb = sum(a) / 12, sum(b) / 12
    num = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    den = math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))
    return num / den if den else 0.0


def key_ranking(hist):
    """Return [(r, tonic, minor)] for all 24 keys, best first (Krumhansl-Schmuckler)."""
    out = []
    for t in range(12):
        rot = [hist[(i + t) % 12] for i in range(12)]
        out.append((_corr(rot, KK_MAJOR), t, False))
        out.append((_corr(rot, KK_MINOR), t, True))
    out.sort(reverse=True)
    return out


def diatonic_share(hist, tonic, minor):
    """Share of note weight inside the key's scale (natural minor plus the raised 7th)."""
    steps = [0, 2, 3, 5, 7, 8, 10, 11] if minor else [0, 2, 4, 5, 7, 9, 11]
    tot = sum(hist)
    return sum(hist[(tonic + s) % 12] for s in steps) / tot if tot else 0.0


def pitch_histogram(notes, skip_channel=9):
    hist = [0.0] * 12
    for _, dur, pitch, ch in notes:
        if ch != skip_channel:
            hist[pitch % 12] += max(dur, 1)
    return hist


def last_bass_pc(notes, skip_channel=9):
    """Pitch class of the lowest note sounding at the end of the piece (the final bass note)."""
    pitched = [n for n in notes if n[3] != skip_channel]
    if not pitched:
        return None
    last_end = max(s + d for s, d, _, _ in pitched)
    final = [n for n in pitched if n[0] + n[1] >= last_end - 1 and n[0] < last_end]
    final = final or [max(pitched, key=lambda n: n[0])]
    return min(final, key=lambda n: n[2])[2] % 12


def key_from_signature_and_notes(sf, hist, final_pc, declared_minor=None):
    """Resolve a key signature (sf sharps, negative = flats) to a key using the notes.

    Returns (key, quality, note). The signature leaves two candidates (major and its relative
    minor) unless the source declares the mode. The key is `exact` when the notes agree: the
    chosen key ranks first of all 24 by Krumhansl-Schmuckler, or the piece ends on its tonic and
    at least 85 % of the note weight is diatonic to it. Otherwise it is `estimated`."""
    major_tonic = (sf * 7) % 12
    minor_tonic = (major_tonic + 9) % 12
    rank = key_ranking(hist)
    score = {(t, m): r for r, t, m in rank}
    if declared_minor is None:
        cands = [(major_tonic, False), (minor_tonic, True)]
        # The final bass note decides between major and relative minor when it is one of the tonics.
        if final_pc == major_tonic:
            choice = cands[0]
        elif final_pc == minor_tonic:
            choice = cands[1]
        else:
            choice = max(cands, key=lambda c: score[c])
    else:
        choice = (minor_tonic if declared_minor else major_tonic, declared_minor)
    top = (rank[0][1], rank[0][2])
    share = diatonic_share(hist, *choice)
    agree = top == choice or (final_pc == choice[0] and share >= 0.85)
    note = "sig %+d; notes rank %s first (r=%.2f); final bass %s; diatonic %.0f%%" % (
        sf, key_name(*top), rank[0][0], NAMES[final_pc] if final_pc is not None else "-", 100 * share)
    return key_name(*choice), ("exact" if agree else "estimated"), note


# ---------------------------------------------------------------- tempo from meter

def felt_tempo(quarter_bpm, num, den):
    """Return (beat_bpm, quality, note) for a constant quarter-note tempo in meter num/den.

    Simple meters over 4 count quarters (exact). Compound meters (6/8, 9/8, 12/8) are felt in dotted
    quarters, 3/8 in one dotted quarter per bar; 2/2 in halves: those are recorded at the felt beat
    with quality `estimated`, since a score's quarter-note tempo does not say which level a listener
    taps (Acc2 forgives x2 and x3 but not x3/2)."""
    if den == 4:
        return quarter_bpm, "exact", ""
    if den == 8 and num % 3 == 0:
        beat = quarter_bpm * 2 / 3
        return beat, "estimated", "%d/8: quarter=%.4g in the score, felt dotted quarter=%.4g" % (num, quarter_bpm, beat)
    if den == 2:
        beat = quarter_bpm / 2
        return beat, "estimated", "%d/2: quarter=%.4g, felt half note=%.4g" % (num, quarter_bpm, beat)
    if den == 8:
        beat = quarter_bpm * 2
        return beat, "estimated", "%d/8: quarter=%.4g, eighth=%.4g" % (num, quarter_bpm, beat)
    return quarter_bpm, "estimated", "%d/%d meter" % (num, den)


def midi_tempo_truth(mid):
    """Tempo truth of a MIDI file: one constant tempo decides it; several leave it estimated
    (the tempo held longest) and say so."""
    ppq = mid["ppq"]
    # Stable sort by tick: of several tempo events at one tick the last one counts.
    tempos = sorted(mid["tempos"], key=lambda e: e[0]) or [(0, 120.0)]
    tempos = [e for i, e in enumerate(tempos) if i + 1 == len(tempos) or tempos[i + 1][0] != e[0]]
    end = max(mid["end"], 1)
    held = {}
    for i, (t, bpm) in enumerate(tempos):
        t_next = tempos[i + 1][0] if i + 1 < len(tempos) else end
        held[round(bpm, 2)] = held.get(round(bpm, 2), 0) + max(0, t_next - t)
    distinct = [b for b, h in held.items() if h > ppq]  # ignore tempo events that last under a beat
    quarter = max(held, key=held.get)
    # The meter held longest; a pickup bar written as its own short meter (MuseScore exports the
    # anacrusis of a 4/4 piece as a bar of 3/8) is not a change of meter.
    ts = sorted(mid["timesigs"], key=lambda e: e[0]) or [(0, 4, 4)]
    ts = [e for i, e in enumerate(ts) if i + 1 == len(ts) or ts[i + 1][0] != e[0]]
    meter_held = {}
    for i, (t, n, d) in enumerate(ts):
        t_next = ts[i + 1][0] if i + 1 < len(ts) else end
        meter_held[(n, d)] = meter_held.get((n, d), 0) + max(0, t_next - t)
    meters = {m for m, h in meter_held.items() if h >= 2 * m[0] * ppq * 4 / m[1]}
    num, den = max(meter_held, key=meter_held.get)
    beat, q, note = felt_tempo(quarter, num, den)
    if len(distinct) > 1:
        q = "estimated"
        note = ("tempo changes %s; longest held quarter=%.4g; " % (sorted(distinct), quarter)) + note
    if len(meters) > 1:
        q = "estimated"
        note += "; meter changes %s" % sorted(meters)
    return round(beat, 3), q, "%d/%d" % (num, den), note.strip("; ")


# ---------------------------------------------------------------- encoding

_format_counter = {}
_format_lock = threading.Lock()


def assign_format(source, item_id):
    """Rotate the four formats within each source in a fixed order, so each source covers all four."""
    with _format_lock:
        key = (source, item_id)
        if key not in _format_counter:
            n = sum(1 for s, _ in _format_counter if s == source)
            _format_counter[key] = FORMATS[n % len(FORMATS)]
        return _format_counter[key]


def encode(wav, out, fmt):
    """Peak-normalise to -1 dBFS, then encode with ffmpeg."""
    tmp = out + ".norm.wav"
    run(["sox", wav, "-b", "16", tmp, "gain", "-n", "-1"])
    args = {"mp3": ["-c:a", "libmp3lame", "-q:a", "2"], "ogg": ["-c:a", "libvorbis", "-q:a", "5"],
            "flac": ["-c:a", "flac"], "m4a": ["-c:a", "aac", "-b:a", "192k"]}[fmt]
    run(["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", tmp, "-map_metadata", "-1"]
        + args + [out])
    os.remove(tmp)


def wav_duration(path):
    out = subprocess.run(["soxi", "-D", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    return float(out.decode().strip() or 0)


# ---------------------------------------------------------------- the corpus

class Corpus:
    def __init__(self, root):
        self.root = root
        self.audio = os.path.join(root, "audio")
        self.cache = os.path.join(root, "cache")
        os.makedirs(self.audio, exist_ok=True)
        os.makedirs(os.path.join(self.cache, "meta"), exist_ok=True)
        self.lock = threading.Lock()
        self.items = {}
        self.done_sources = []
        self.failed = []
        self.truth_only = False
        for f in glob.glob(os.path.join(self.cache, "meta", "*.json")):
            m = json.load(open(f))
            if os.path.exists(os.path.join(self.audio, m["path"])):
                self.items[m["path"]] = m

    def have(self, relpath):
        return relpath in self.items and os.path.exists(os.path.join(self.audio, relpath))

    def add(self, meta):
        with self.lock:
            self.items[meta["path"]] = meta
            name = meta["path"].replace("/", "__") + ".json"
            with open(os.path.join(self.cache, "meta", name), "w") as f:
                json.dump(meta, f, indent=1)
            self.write()

    def write(self):
        # Reload every item's metadata from disk, so that two runs at once (a long render and a
        # truth refresh) do not overwrite each other's rows.
        for f in glob.glob(os.path.join(self.cache, "meta", "*.json")):
            try:
                m = json.load(open(f))
            except (OSError, ValueError):
                continue
            if os.path.exists(os.path.join(self.audio, m["path"])):
                self.items[m["path"]] = m
        rows = sorted(self.items.values(), key=lambda m: (SOURCE_ORDER.index(m["source"]), m["path"]))
        for name, cols in (("truth.tsv", TRUTH_COLUMNS), ("sources.tsv", SOURCE_COLUMNS)):
            tmp = os.path.join(self.root, name + ".tmp")
            with open(tmp, "w", encoding="utf-8") as f:
                f.write("\t".join(cols) + "\n")
                for m in rows:
                    f.write("\t".join(str(m.get(c, "")).replace("\t", " ").replace("\n", " ") for c in cols) + "\n")
            os.replace(tmp, os.path.join(self.root, name))
        with open(os.path.join(self.root, "files.list"), "w") as f:
            for m in rows:
                f.write(os.path.join(self.audio, m["path"]) + "\n")
        counts = {}
        for m in rows:
            counts[m["source"]] = counts.get(m["source"], 0) + 1
        status = "%d files (%s); sources done: %s; failed: %d; updated %s UTC" % (
            len(rows), ", ".join("%s %d" % (s, counts[s]) for s in SOURCE_ORDER if s in counts),
            ", ".join(self.done_sources) or "none yet", len(self.failed), time.strftime("%H:%M:%S", time.gmtime()))
        with open(os.path.join(self.root, "STATUS"), "w") as f:
            f.write(status + "\n")

    def finish(self, source, item_id, truth, prov, render):
        """Record an item's truth and provenance; render (a function returning a WAV path) and encode
        it only when its file is not in the corpus yet, so a rerun refreshes the truth of every item
        without rendering it again."""
        fmt = assign_format(source, item_id)
        rel = "%s/%s.%s" % (source, item_id, fmt)
        out = os.path.join(self.audio, rel)
        meta = {"path": rel, "source": source, "format": fmt}
        if self.have(rel):
            meta["duration_s"] = self.items[rel]["duration_s"]
        elif self.truth_only:
            raise RuntimeError("not in the corpus yet, and --truth-only renders nothing: " + rel)
        else:
            wav = render()
            os.makedirs(os.path.dirname(out), exist_ok=True)
            encode(wav, out, fmt)
            meta["duration_s"] = round(wav_duration(wav), 3)
            os.remove(wav)
        meta.update(truth)
        meta.update(prov)
        self.add(meta)
        return rel


# ---------------------------------------------------------------- source: sox patterns

def make_kit(cache):
    """One-shot sounds made with sox (kick, snare, hat, two clicks) as float arrays."""
    kit_dir = os.path.join(cache, "kit")
    os.makedirs(kit_dir, exist_ok=True)
    specs = {
        "kick": ["synth", "0.35", "sine", "150-45", "fade", "q", "0.002", "0.35", "0.3"],
        "snare_tone": ["synth", "0.18", "sine", "190", "fade", "q", "0.001", "0.18", "0.16"],
        "snare_noise": ["synth", "0.2", "whitenoise", "highpass", "500", "fade", "q", "0.001", "0.2", "0.19"],
        "hat": ["synth", "0.06", "whitenoise", "highpass", "7000", "fade", "q", "0.001", "0.06", "0.055"],
        "click_hi": ["synth", "0.03", "sine", "1760", "fade", "q", "0.001", "0.03", "0.028"],
        "click_lo": ["synth", "0.03", "sine", "1320", "fade", "q", "0.001", "0.03", "0.028"],
    }
    kit = {}
    for name, spec in specs.items():
        p = os.path.join(kit_dir, name + ".wav")
        if not os.path.exists(p):
            run(["sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", p] + spec)
        kit[name] = read_wav_mono(p)
    kit["snare"] = mix_arrays(kit.pop("snare_tone"), 0.6, kit.pop("snare_noise"), 0.7)
    return kit


def pluck_chord(cache, freqs, length):
    """A plucked chord made with sox (one pluck per voice, mixed to mono)."""
    d = os.path.join(cache, "kit")
    name = "chord_" + "_".join("%.1f" % f for f in freqs) + "_%.2f.wav" % length
    p = os.path.join(d, name)
    if not os.path.exists(p):
        parts = []
        for i, f in enumerate(freqs):
            part = p + ".%d.wav" % i
            run(["sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", part, "synth", "%.3f" % length, "pluck",
                 "%.3f" % f, "fade", "q", "0.005", "%.3f" % length, "%.3f" % (length * 0.3)])
            parts.append(part)
        run(["sox", "-m"] + parts + [p, "gain", "-n", "-6"])
        for part in parts:
            os.remove(part)
    return read_wav_mono(p)


def read_wav_mono(path):
    with wave.open(path) as w:
        raw = w.readframes(w.getnframes())
    a = array("h")
    a.frombytes(raw)
    return array("f", (x / 32768.0 for x in a))


def mix_arrays(a, ga, b, gb):
    n = max(len(a), len(b))
    out = array("f", [0.0]) * n
    for i, x in enumerate(a):
        out[i] += ga * x
    for i, x in enumerate(b):
        out[i] += gb * x
    return out


def place(buf, shot, t, gain):
    start = int(t * RATE)
    n = min(len(shot), len(buf) - start)
    if start < 0 or n <= 0:
        return
    for i in range(n):
        buf[start + i] += gain * shot[i]


def write_wav(path, buf):
    peak = max(1e-9, max(abs(min(buf)), abs(max(buf))))
    g = 0.89 / peak
    out = array("h", (int(x * g * 32767) for x in buf))
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(out.tobytes())


def sox_pattern_specs(n=60):
    """Deterministic list of pattern specifications spread over 60-200 BPM and three meters."""
    specs = []
    meters = ["4/4", "3/4", "6/8"]
    styles = ["kit", "click", "kit", "sparse", "kit"]
    for i in range(n):
        r = random.Random(1000 + i)
        meter = meters[i % 3]
        if meter == "6/8":
            bpm = round(60 + (i * 37 % 61) + r.random(), 1)       # dotted-quarter beat 60-121
        else:
            bpm = round(60 + (i * 53 % 141) + r.random(), 1)      # 60-201
        bpm = min(bpm, 200.0)
        spec = {
            "i": i, "meter": meter, "bpm": bpm, "style": styles[i % 5],
            "swing": meter != "6/8" and i % 4 == 1,
            "drift": [0.0, 0.0, 0.0, 0.03, 0.0, -0.04][i % 6],
            "noise_db": [None, None, -30, None, -20, None, -12][i % 7],
            "reverb": [0, 0, 40, 0, 80][i % 5],
            "chords": i % 2 == 0,
            "tonic": (i * 5) % 12, "minor": (i // 2) % 2 == 1,
            "seconds": 30 + (i * 17 % 46),
        }
        specs.append(spec)
    return specs


def sox_item_id(spec):
    s = spec
    item_id = "sox%02d-%s-%s-%gbpm" % (s["i"], s["style"], s["meter"].replace("/", "x"), s["bpm"])
    if s["swing"]:
        item_id += "-swing"
    if s["drift"]:
        item_id += "-drift"
    if s["noise_db"] is not None:
        item_id += "-noise"
    if s["reverb"]:
        item_id += "-reverb"
    if s["chords"]:
        item_id += "-" + key_name(s["tonic"], s["minor"]).replace(" ", "")
    return item_id


def sox_pattern(corpus, kit, spec):
    """Record one sox pattern; its truth comes from its specification."""
    s = spec
    num, den = map(int, s["meter"].split("/"))
    notes = []
    if den == 8:
        notes.append("6/8 pattern: beat = dotted quarter (kick on 1, snare on 4)")
    if s["drift"]:
        notes.append("tempo ramps %.1f->%.1f (mean given)" % (s["bpm"] * (1 - s["drift"] / 2),
                                                             s["bpm"] * (1 + s["drift"] / 2)))
    if s["swing"]:
        notes.append("swung eighths 2:1")
    key = key_name(s["tonic"], s["minor"]) if s["chords"] else ""
    truth = {"tempo_bpm": s["bpm"], "tempo_quality": "estimated" if s["drift"] else "exact",
             "key": key, "key_quality": "exact" if key else "unknown", "meter": s["meter"],
             "note": "; ".join(notes + (["chords i-iv-V-i" if s["minor"] else "chords I-IV-V-I"] if key else []))}
    prov = {"origin": "scripts/corpus/build.py sox pattern %d" % s["i"], "package": "sox",
            "renderer": "sox synth + build.py placement", "soundfont": "", "licence": "CC0-1.0 (made here)",
            "copyright": "Sleeve developers"}
    corpus.finish("sox", sox_item_id(spec), truth, prov, lambda: render_sox_pattern(corpus, kit, spec))


def render_sox_pattern(corpus, kit, spec):
    s = spec
    item_id = sox_item_id(spec)
    num, den = map(int, s["meter"].split("/"))
    compound = den == 8
    sub_per_beat = 3 if compound else 2                  # eighths per beat
    beats_per_bar = num // 3 if compound else num
    total = float(s["seconds"])
    buf = array("f", [0.0]) * int((total + 2) * RATE)
    bpm0 = s["bpm"] * (1 - s["drift"] / 2)
    bpm1 = s["bpm"] * (1 + s["drift"] / 2)
    # Beat onsets with a linear tempo ramp from bpm0 to bpm1 (mean tempo = spec bpm).
    beats, t = [], 0.3
    while t < total:
        beats.append(t)
        frac = t / total
        t += 60.0 / (bpm0 + (bpm1 - bpm0) * frac)
    r = random.Random(s["i"])
    for bi, bt in enumerate(beats):
        ibi = (beats[bi + 1] - bt) if bi + 1 < len(beats) else (bt - beats[bi - 1])
        pos = bi % beats_per_bar
        for sub in range(sub_per_beat):
            frac = sub / sub_per_beat
            if s["swing"] and sub == 1:
                frac = 2 / 3
            st = bt + frac * ibi + r.gauss(0, 0.002)
            vel = 0.8 + 0.2 * r.random()
            if s["style"] == "click":
                if sub == 0:
                    place(buf, kit["click_hi"] if pos == 0 else kit["click_lo"], st, 0.9 if pos == 0 else 0.6)
                continue
            # kit / sparse: hats on subdivisions, kick on the downbeat, snare on the back beats
            if s["style"] == "kit" or sub == 0:
                place(buf, kit["hat"], st, vel * (0.35 if sub else 0.5))
            if sub != 0:
                continue
            if compound:
                if pos == 0:
                    place(buf, kit["kick"], st, vel)
                else:
                    place(buf, kit["snare"], st, vel * 0.8)
            elif beats_per_bar == 3:
                if pos == 0:
                    place(buf, kit["kick"], st, vel)
                elif s["style"] == "kit":
                    place(buf, kit["snare"], st, vel * 0.6)
            else:
                if pos in (0, 2) and (s["style"] == "kit" or pos == 0):
                    place(buf, kit["kick"], st, vel)
                if pos in (1, 3) and (s["style"] == "kit" or pos == 3):
                    place(buf, kit["snare"], st, vel * 0.8)
    if s["chords"]:
        # i/I - iv/IV - V - i/I, one chord per bar, the V with its leading tone: the progression
        # decides the key.
        tonic, minor = s["tonic"], s["minor"]
        degrees = [(0, minor), (5, minor), (7, False), (0, minor)]
        bar_starts = beats[::beats_per_bar]
        for bi, bt in enumerate(bar_starts):
            root, m = degrees[bi % 4]
            base = 48 + (tonic + root) % 12
            pitches = [base - 12, base, base + (3 if m else 4), base + 7]
            freqs = [440 * 2 ** ((p - 69) / 12) for p in pitches]
            length = 60.0 / s["bpm"] * beats_per_bar
            place(buf, pluck_chord(corpus.cache, freqs, round(length, 2)), bt, 0.5)
    work = os.path.join(corpus.cache, "sox")
    os.makedirs(work, exist_ok=True)
    dry = os.path.join(work, item_id + ".dry.wav")
    write_wav(dry, buf[:int(total * RATE)])
    wet = os.path.join(work, item_id + ".wav")
    chain = ["sox", dry, wet]
    if s["reverb"]:
        chain += ["reverb", str(s["reverb"])]
    run(chain)
    if s["noise_db"] is not None:
        noise = os.path.join(work, item_id + ".noise.wav")
        run(["sox", "-n", "-r", str(RATE), "-c", "1", noise, "synth", "%.3f" % wav_duration(wet), "pinknoise",
             "gain", "%d" % s["noise_db"]])
        mixed = os.path.join(work, item_id + ".mix.wav")
        run(["sox", "-m", wet, noise, mixed])
        os.replace(mixed, wet)
        os.remove(noise)
    os.remove(dry)
    return wet


# ---------------------------------------------------------------- source: MIDI (abc, musescore)

def fluid_render(midi, sf_path, wav):
    run(["fluidsynth", "-ni", "-q", "-g", "0.5", "-O", "float", "-r", str(RATE), "-F", wav, sf_path, midi])


def abc_tunes(path):
    """Split an abc file into (number, text) tunes."""
    text = open(path, encoding="latin-1").read()
    parts = re.split(r"(?m)^(?=X:)", text)
    return [(int(re.match(r"X:\s*(\d+)", p).group(1)), p) for p in parts if re.match(r"X:\s*\d+", p)]


def abc_key_field(tune):
    """Return (tonic, minor or None for another mode, raw) from the first K: of a tune."""
    m = re.search(r"(?m)^K:\s*([^\n%]*)", tune)
    if not m:
        return None
    raw = m.group(1).strip()
    km = re.match(r"([A-Ga-g])([#b]?)\s*(maj|major|m|min|minor|ion|aeo|dor|phr|lyd|mix|loc|hp|HP)?",
                  raw, re.I)
    if not km or raw.upper().startswith("HP") or raw.lower().startswith("none"):
        return None
    if re.search(r"[\^_=][a-gA-G]", raw):
        return 0, None, raw + " (explicit accidentals)"
    pc = {"c": 0, "d": 2, "e": 4, "f": 5, "g": 7, "a": 9, "b": 11}[km.group(1).lower()]
    pc = (pc + {"#": 1, "b": -1, "": 0}[km.group(2)]) % 12
    mode = (km.group(3) or "").lower()
    if mode in ("", "maj", "major", "ion"):
        return pc, False, raw
    if mode in ("m", "min", "minor", "aeo"):
        return pc, True, raw
    return pc, None, raw


def midi_jobs(corpus, source, pieces):
    """pieces: [(piece_id, midi_path, key_info, origin, package, upstream_path, note)]; returns render jobs
    (one per soundfont)."""
    jobs = []
    for piece_id, midi, key_info, origin, package, upstream_path, extra_note in pieces:
        for sf_name, sf_path, sf_pkg, sf_lic in SOUNDFONTS:
            item_id = "%s-%s" % (piece_id, sf_name)

            def job(piece_id=piece_id, midi=midi, key_info=key_info, origin=origin, package=package,
                    upstream_path=upstream_path, extra_note=extra_note, sf_name=sf_name, sf_path=sf_path,
                    sf_pkg=sf_pkg, sf_lic=sf_lic, item_id=item_id):
                mid = read_midi(midi)
                tempo, tq, meter, tnote = midi_tempo_truth(mid)
                key, kq, knote = key_info(mid)
                wav = os.path.join(corpus.cache, source, item_id + ".wav")
                os.makedirs(os.path.dirname(wav), exist_ok=True)

                def render():
                    fluid_render(midi, sf_path, wav)
                    return wav
                lic, cr = debian_licence(package, upstream_path)
                truth = {"tempo_bpm": tempo, "tempo_quality": tq, "key": key, "key_quality": kq, "meter": meter,
                         "note": "; ".join(x for x in (tnote, knote, extra_note) if x)}
                prov = {"origin": origin, "package": package, "renderer": "fluidsynth", "soundfont": sf_pkg,
                        "licence": "%s (soundfont: %s)" % (lic, sf_lic), "copyright": cr}
                corpus.finish(source, item_id, truth, prov, render)
            jobs.append((source, item_id, job))
    return jobs


def abc_pieces(corpus):
    d = "/usr/share/doc/abcmidi/examples"
    out = []
    mdir = os.path.join(corpus.cache, "abc-midi")
    os.makedirs(mdir, exist_ok=True)
    for f in sorted(glob.glob(os.path.join(d, "*.abc"))):
        base = os.path.basename(f)[:-4]
        if base in ("temperament", "detune"):
            continue  # tuning demonstrations (M:none, microtonal detuning), not compositions
        for num, tune in abc_tunes(f):
            piece_id = "%s-x%d" % (base, num)
            midi = os.path.join(mdir, piece_id + ".mid")
            if not os.path.exists(midi):
                run(["abc2midi", f, str(num), "-o", midi])
            kf = abc_key_field(tune)
            drums_only = "%%MIDI drum" in tune and not re.search(r"(?m)^V:", tune) and base == "drums"

            def key_info(mid, kf=kf, drums_only=drums_only):
                if drums_only or kf is None:
                    return "", "unknown", "K: gives no major/minor key" if not drums_only else "drum tune"
                tonic, minor, raw = kf
                if minor is None:
                    return "", "unknown", "K:%s names no major or minor key" % raw
                hist = pitch_histogram(mid["notes"])
                if sum(hist) == 0:
                    return "", "unknown", "no pitched notes"
                # The K: field names tonic and mode; the notes must agree for `exact`.
                sf = ((tonic - (9 if minor else 0)) * 7) % 12
                sf = sf - 12 if sf > 6 else sf
                key, q, note = key_from_signature_and_notes(sf, hist, last_bass_pc(mid["notes"]), minor)
                return key, q, "K:%s; %s" % (raw, note)
            out.append((piece_id, midi, key_info, "abcmidi examples/%s.abc X:%d" % (base, num), "abcmidi",
                        "examples/%s.abc" % base, ""))
    return out


def musescore_pieces(corpus):
    d = "/usr/share/mscore3-3.2/demos"
    mdir = os.path.join(corpus.cache, "musescore-midi")
    os.makedirs(mdir, exist_ok=True)
    out = []
    for f in sorted(glob.glob(os.path.join(d, "*.msc[xz]"))):
        base = os.path.basename(f).rsplit(".", 1)[0]
        midi = os.path.join(mdir, base + ".mid")
        if not os.path.exists(midi):
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            run(["mscore3", "-o", midi, f], env=env, timeout=600)
        if f.endswith(".mscz"):
            with zipfile.ZipFile(f) as z:
                xml = z.read([n for n in z.namelist() if n.endswith(".mscx")][0]).decode("utf-8", "replace")
        else:
            xml = open(f, encoding="utf-8", errors="replace").read()
        sigs = [int(x) for x in re.findall(r"<KeySig>\s*(?:<[^>]*>\s*)*?<accidental>(-?\d+)</accidental>", xml)]
        tempo_texts = re.findall(r"<Tempo>.*?<text>(.*?)</text>", xml, re.S)
        marking = "; ".join(re.sub(r"<[^>]+>", "", t).strip() for t in tempo_texts[:3])

        def key_info(mid, sigs=sigs):
            hist = pitch_histogram(mid["notes"])
            ks = sorted(set(sf for _, sf, _ in mid["keysigs"])) or sorted(set(sigs)) or [0]
            sf = mid["keysigs"][0][1] if mid["keysigs"] else (sigs[0] if sigs else 0)
            first_tick = min((t for t, _, _ in mid["keysigs"]), default=0)
            if len(ks) > 1 and all(t == first_tick for t, _, _ in mid["keysigs"]):
                # Different signatures only at the start: transposing instruments (a Bb trumpet
                # writes two flats in Ab major). The MIDI notes sound at concert pitch, so the
                # signature whose key the notes favour is the concert one.
                rank = {(t, m): r for r, t, m in key_ranking(hist)}
                sf = max(ks, key=lambda k: max(rank[((k * 7) % 12, False)], rank[((k * 7 + 9) % 12, True)]))
                key, q, note = key_from_signature_and_notes(sf, hist, last_bass_pc(mid["notes"]))
                return key, q, "signatures %s at the start (transposing instruments); concert sig %+d; %s" % (
                    ks, sf, note)
            if len(ks) > 1:
                # Modulating score: the signature held longest (in ticks).
                events = sorted(set((t, s) for t, s, _ in mid["keysigs"]))
                held = {}
                for i, (t, s) in enumerate(events):
                    t_next = events[i + 1][0] if i + 1 < len(events) else mid["end"]
                    held[s] = held.get(s, 0) + max(0, t_next - t)
                sf = max(held, key=held.get)
            key, q, note = key_from_signature_and_notes(sf, hist, last_bass_pc(mid["notes"]))
            if len(ks) > 1:
                return key, "estimated", "key signatures change %s; the one held longest taken; %s" % (ks, note)
            return key, q, note
        out.append(("%s" % base, midi, key_info, "musescore3-common demos/%s" % os.path.basename(f),
                    "musescore3-common", "demos/%s" % os.path.basename(f),
                    ("score tempo marking: %s" % marking) if marking else "no tempo marking (MuseScore plays 120)"))
    return out


# ---------------------------------------------------------------- source: hydrogen, lmms

def hydrogen_jobs(corpus):
    jobs = []
    for f in sorted(glob.glob("/usr/share/hydrogen/data/demo_songs/*.h2song")):
        base = os.path.basename(f)[:-7]
        xml = open(f, encoding="utf-8", errors="replace").read()
        bpm = float(re.search(r"<bpm>([\d.]+)</bpm>", xml).group(1))
        timeline = re.search(r"<BPMTimeLine>(.*?)</BPMTimeLine>", xml, re.S)
        changes = bool(timeline and timeline.group(1).strip())
        author = (re.search(r"<author>(.*?)</author>", xml) or [None, ""])[1]
        licence = (re.search(r"<license>(.*?)</license>", xml) or [None, ""])[1]

        def job(f=f, base=base, bpm=bpm, changes=changes, author=author, licence=licence):
            wav = os.path.join(corpus.cache, "hydrogen", base + ".wav")
            os.makedirs(os.path.dirname(wav), exist_ok=True)

            def render():
                run(["h2cli", "-s", f, "-o", wav], timeout=900)
                return wav
            deb_lic, cr = debian_licence("hydrogen-data", "data/demo_songs/" + os.path.basename(f))
            truth = {"tempo_bpm": bpm, "tempo_quality": "estimated" if changes else "exact", "key": "",
                     "key_quality": "unknown", "meter": "", "note": "song <bpm>" + (" with a tempo timeline" if changes else "")}
            prov = {"origin": "hydrogen-data demo_songs/%s" % os.path.basename(f), "package": "hydrogen-data",
                    "renderer": "h2cli", "soundfont": "",
                    "licence": "%s (song file says: %s)" % (deb_lic, licence), "copyright": cr or author}
            corpus.finish("hydrogen", base, truth, prov, render)
        jobs.append(("hydrogen", base, job))
    return jobs


DRUM_WORDS = re.compile(r"drum|kick|snare|hat|hihat|hh|clap|cymbal|crash|ride|tom|perc|beat|shaker|rim|"
                        r"808|909|bd|sd|loop|noise|fx|sweep|riser|impact", re.I)


def lmms_xml(path):
    b = open(path, "rb").read()
    if path.endswith("z"):
        return zlib.decompress(b[4:]).decode("utf-8", "replace")
    return b.decode("utf-8", "replace")


# What an LMMS instrument does to the notes it is given (LMMS 1.2 semantics). A note of key k on an
# instrument track with base note b sounds at 440 Hz * 2^((k - b + masterpitch)/12 + pitch/1200)
# (NotePlayHandle: base note 57 = A4; the track's pitch knob is in cents; masterpitch only where the
# track's usemasterpitch is on). On top of that:
#   - tripleoscillator: each oscillator sounds its coarse (semitones) plus fine (left and right cents,
#     averaged) detune, at its volume; white noise (wave 6) has no pitch.
#   - zynaddsubfx: a voice's coarse_detune holds octaves (upper 4 bits) and semitones (lower 10 bits).
#   - audiofileprocessor and sample tracks play a recording at its own speed at the base note: the
#     recording's pitch is not in the project, so what the notes sound is unknown.
#   - sfxr and plugins that host other software (vestige, lv2, carla) do not decide a pitch here.
#   - kicker: a sine sweeping from its start to its end frequency, each the note's own where
#     startnote / endnote is on; pitched only with both on and little noise (kicker_pitched).
#   - note stacking and arpeggio add the chord's intervals; index 0 (octave) adds no pitch class.
# A track whose sounding pitch the project does not decide makes the key unknown when it carries at
# least UNDECIDED_SHARE of the pitched note weight; below that it is left out and the key is at most
# estimated. Oscillators at a non-octave offset from the loudest pitch class make the track undecided
# when they carry at least UNDECIDED_SHARE of its oscillator level.
UNDECIDED_SHARE = 0.25
TRIPLEOSC_NOISE_WAVE = "6"
PITCHED_AT_NOTE = {"bitinvader", "lb302", "sid", "papu", "freeboy", "monstro", "organic", "watsyn", "nes",
                   "malletsstk", "vibedstrings", "opulenz", "sf2player", "gigplayer", "xpressive", "zynaddsubfx",
                   "tripleoscillator"}


def _num(el, attr, default=0.0):
    try:
        return float(el.get(attr, default))
    except (TypeError, ValueError):
        return float(default)

# TripleOscillator's oscillator i is combined with its sub-oscillator i+1 (modalgo<i+1>, LMMS
# Oscillator::ModulationAlgos): 0 phase and 4 frequency modulation (the sub-oscillator shapes the
# timbre, only oscillator i sounds), 1 amplitude modulation (a product: both pitches in the output),
# 2 mix (both sound), 3 sync (oscillator i is restarted at the sub-oscillator's period: it sounds at
# the sub-oscillator's pitch, at its own level).
TRIPLEOSC_PM, TRIPLEOSC_AM, TRIPLEOSC_MIX, TRIPLEOSC_SYNC, TRIPLEOSC_FM = range(5)


def tripleosc_pc(params, i):
    """Pitch-class offset of oscillator i (None for white noise)."""
    if params.get("wavetype%d" % i) == TRIPLEOSC_NOISE_WAVE:
        return None
    semis = _num(params, "coarse%d" % i) + (_num(params, "finel%d" % i) + _num(params, "finer%d" % i)) / 200
    return int(round(semis)) % 12


def tripleosc_sounding(params, i):
    """[(pitch-class offset or None, level)] of what oscillator i and its sub-oscillators sound."""
    own = (tripleosc_pc(params, i), _num(params, "vol%d" % i, 33))
    if i == 2:
        return [own]
    algo = int(_num(params, "modalgo%d" % (i + 1), TRIPLEOSC_MIX))
    if algo in (TRIPLEOSC_PM, TRIPLEOSC_FM):
        return [own]
    if algo == TRIPLEOSC_SYNC:
        return [(tripleosc_pc(params, i + 1) if own[0] is not None else None, own[1])]
    return [own] + tripleosc_sounding(params, i + 1)


def lmms_instrument_shift(inst_name, params):
    """The pitch-class offset (semitones) an instrument adds to its notes, or (None, reason) when the
    project does not decide what the notes sound."""
    if inst_name == "tripleoscillator":
        level = {}
        for pc, vol in tripleosc_sounding(params, 0):
            if pc is not None and vol > 0:
                level[pc] = level.get(pc, 0.0) + vol
        if not level:
            return "unpitched", "oscillators silent or noise"
        main = max(level, key=level.get)
        other = sum(v for pc, v in level.items() if pc != main) / sum(level.values())
        if other >= UNDECIDED_SHARE:
            return None, "oscillators %d%% at a non-octave offset" % round(100 * other)
        return main, ("oscillators %+d" % (main if main <= 6 else main - 12)) if main else ""
    if inst_name == "zynaddsubfx":
        # A voice's own coarse detune moves what it sounds; a frequency modulator's (MODULATOR) only
        # its timbre, and disabled voices and kit items sound nothing.
        parent = {c: p for p in params.iter() for c in p}
        for par in params.iter("par"):
            if par.get("name") != "coarse_detune" or not int(_num(par, "value")) % 1024:
                continue
            e, live = par, True
            while e in parent:
                e = parent[e]
                if e.tag == "MODULATOR":
                    live = False
                if e.tag in ("VOICE", "INSTRUMENT_KIT_ITEM"):
                    en = [q.get("value") for q in e if q.tag == "par_bool" and q.get("name") == "enabled"]
                    if en and en[0] != "yes":
                        live = False
            if live:
                semis = int(_num(par, "value")) % 1024
                return None, "zynaddsubfx coarse detune %+d semitones" % (semis - 1024 if semis >= 512 else semis)
        return 0, ""
    if inst_name in PITCHED_AT_NOTE or inst_name == "kicker":
        return 0, ""
    if inst_name == "audiofileprocessor":
        return None, "sample of unknown pitch (%s)" % params.get("src", "?")
    return None, "instrument %s" % (inst_name or "?")


def kicker_pitched(params):
    """Whether a Kicker sounds its notes: a sine that starts and ends at the note's frequency
    (startnote and endnote on) with noise under half (the noise knob's square is its share). Otherwise
    it sweeps between its own frequencies or is noise: a drum."""
    return params.get("startnote") == "1" and params.get("endnote") == "1" and _num(params, "noise") < 0.5


def lmms_drum_sample(src):
    """Whether an LMMS sample is a drum: DrumSynth's kits (drumsynth/<kit>/) except its instrument
    folder, and samples named after drums."""
    parts = src.lower().split("/")
    if parts[0] == "drumsynth":
        return len(parts) < 3 or parts[1] != "instrument"
    return bool(DRUM_WORDS.search(src))


def lmms_key(xml):
    """Key from an LMMS project's notes, where the project decides what they sound: pitched instrument
    tracks only (drum samples, drum-sweep kickers and tracks named after drums are left out; muted tracks too),
    each note moved by the track's base note, pitch knob and master pitch and by what its instrument
    does to it (see lmms_instrument_shift). Returns (key, quality, note)."""
    root = ET.fromstring(xml)
    head = root.find("head")
    mp = int(_num(head, "masterpitch"))
    hist = [0.0] * 12
    pitched_weight = 0.0
    undecided = {}
    shifted = []
    for tr in root.iter("track"):
        if tr.get("muted") == "1":
            continue
        name = tr.get("name", "")
        if tr.get("type") == "2":  # a sample track: recordings placed on the timeline
            for tco in tr.iter("sampletco"):
                src = tco.get("src", "")
                if src and not (lmms_drum_sample(src) or DRUM_WORDS.search(name)) and tco.get("muted") != "1":
                    w = _num(tco, "len")
                    pitched_weight += w
                    undecided[name + " (sample track)"] = undecided.get(name + " (sample track)", 0) + w
            continue
        if tr.get("type") != "0":
            continue
        it = tr.find("instrumenttrack")
        if it is None:
            continue
        inst = it.find("instrument")
        inst_name = inst.get("name", "") if inst is not None else ""
        params = inst[0] if inst is not None and len(inst) else ET.Element("none")
        if DRUM_WORDS.search(name) or (inst_name == "kicker" and not kicker_pitched(params)):
            continue
        if inst_name == "audiofileprocessor" and lmms_drum_sample(params.get("src", "")):
            continue
        notes = [(int(_num(n, "key")), max(1, int(_num(n, "len", 1)))) for n in tr.iter("note") if n.get("key")]
        weight = sum(ln for _, ln in notes)
        if not weight:
            continue
        shift, why = lmms_instrument_shift(inst_name, params)
        if shift == "unpitched":
            continue
        pitched_weight += weight
        cents = _num(it, "pitch")
        if shift is not None and abs(cents / 100 - round(cents / 100)) > 0.25:
            shift, why = None, "track pitch %+g cents" % cents
        stacking = []
        for tag, on, idx in (("chordcreator", "chord-enabled", "chord"), ("arpeggiator", "arp-enabled", "arp")):
            fn = it.find(tag)
            if fn is not None and fn.get(on) == "1" and fn.get(idx, "0") != "0":
                stacking.append("%s %s" % (tag, fn.get(idx)))
        if shift is not None and stacking:
            shift, why = None, ", ".join(stacking) + " (chord not modelled)"
        label = "%s [%s]" % (name, inst_name)
        if shift is None:
            undecided[label + ": " + why] = undecided.get(label + ": " + why, 0) + weight
            continue
        base = int(_num(it, "basenote", 57))
        move = 57 - base + (mp if it.get("usemasterpitch", "1") != "0" else 0) + int(round(cents / 100)) + shift
        if shift:
            shifted.append("%s %s" % (name, why))
        for k, ln in notes:
            hist[(k + move) % 12] += ln
    if pitched_weight == 0:
        return "", "unknown", "no pitched notes found"
    undecided_share = sum(undecided.values()) / pitched_weight
    und_note = ""
    if undecided:
        parts = sorted(undecided.items(), key=lambda kv: -kv[1])
        und_note = "; not decided by the project (%.0f%% of pitched note weight): %s" % (
            100 * undecided_share, ", ".join("%s %.0f%%" % (k, 100 * v / pitched_weight) for k, v in parts[:4]))
        if len(parts) > 4:
            und_note += ", ..."
    if shifted:
        und_note += "; transposed: " + ", ".join(shifted)
    if undecided_share >= UNDECIDED_SHARE or sum(hist) == 0:
        return "", "unknown", "key unknown: what the notes sound is not in the project" + und_note
    rank = key_ranking(hist)
    r1, t1, m1 = rank[0]
    rel = ((t1 + 9) % 12, True) if not m1 else ((t1 + 3) % 12, False)
    r2 = max(r for r, t, m in rank[1:] if (t, m) != rel)
    rrel = [r for r, t, m in rank if (t, m) == rel][0]
    share = diatonic_share(hist, t1, m1)
    note = "notes rank %s first (r=%.2f, next unrelated %.2f, relative %.2f, diatonic %.0f%%)" % (
        key_name(t1, m1), r1, r2, rrel, 100 * share) + und_note
    # No key signature in a project: exact only where the notes leave no doubt and every pitched track
    # sounds what the project says, estimated where they clearly favour one key, otherwise unknown.
    if r1 >= 0.85 and r1 - rrel >= 0.1 and r1 - r2 >= 0.15 and share >= 0.9 and not undecided:
        return key_name(t1, m1), "exact", note
    if r1 >= 0.7 and r1 - rrel >= 0.03 and r1 - r2 >= 0.08:
        return key_name(t1, m1), "estimated", note
    return "", "unknown", note


def lmms_song_seconds(xml):
    """Length of an LMMS song from its clips' positions (192 ticks a bar of 4/4) and tempo."""
    bpm = float(re.search(r'bpm="([\d.]+)"', re.search(r"<head[^>]*>", xml).group(0)).group(1))
    end = 0
    for m in re.finditer(r'<(?:pattern|sampletco|automationpattern|bbtco)\b[^>]*\bpos="(\d+)"[^>]*>', xml):
        ln = re.search(r'\blen="(\d+)"', m.group(0))
        end = max(end, int(m.group(1)) + (int(ln.group(1)) if ln else 192))
    return end / 48 * 60 / bpm


def lmms_jobs(corpus):
    # Shortest songs first, so that an interrupted build has as many songs as it can.
    files = glob.glob("/usr/share/lmms/projects/shorties/*.mmp*") + \
        glob.glob("/usr/share/lmms/projects/demos/*.mmp*") + glob.glob("/usr/share/lmms/projects/demos/*/*.mmp*")
    files.sort(key=lambda f: (lmms_song_seconds(lmms_xml(f)), f))
    jobs = []
    for f in files:
        base = re.sub(r"[^A-Za-z0-9_-]+", "", os.path.basename(f).rsplit(".", 1)[0])

        def job(f=f, base=base):
            xml = lmms_xml(f)
            head = re.search(r"<head[^>]*>", xml).group(0)
            bpm = float(re.search(r'bpm="([\d.]+)"', head).group(1))
            num = (re.search(r'timesig_numerator="(\d+)"', head) or [0, "4"])[1]
            den = (re.search(r'timesig_denominator="(\d+)"', head) or [0, "4"])[1]
            # Tempo automation: an automation pattern whose object is the head's bpm model.
            bpm_id = re.search(r'<bpm\b[^>]*id="(\d+)"', xml)
            automated = bool(bpm_id and re.search(r'<object id="%s"' % bpm_id.group(1), xml))
            key, kq, knote = lmms_key(xml)
            wav = os.path.join(corpus.cache, "lmms", base + ".wav")
            os.makedirs(os.path.dirname(wav), exist_ok=True)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

            def render():
                run(["lmms", "--allowroot", "-r", f, "-o", wav], env=env, timeout=1800)
                return wav
            upstream = "data/projects/" + f.split("/usr/share/lmms/projects/")[1]
            lic, cr = debian_licence("lmms-common", upstream)
            if lic == "unknown":
                lic, cr = debian_licence("lmms", upstream)
            tnote = "project bpm=%g, %s/%s" % (bpm, num, den)
            if automated:
                tnote += "; tempo is automated"
            truth = {"tempo_bpm": bpm, "tempo_quality": "estimated" if automated else "exact", "key": key,
                     "key_quality": kq, "meter": "%s/%s" % (num, den), "note": tnote + "; " + knote}
            prov = {"origin": "lmms-common projects/%s" % f.split("/usr/share/lmms/projects/")[1],
                    "package": "lmms-common", "renderer": "lmms -r", "soundfont": "", "licence": lic,
                    "copyright": cr}
            corpus.finish("lmms", base, truth, prov, render)
        jobs.append(("lmms", base, job))
    return jobs


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.environ.get("SLEEVE_CORPUS", "/work/corpus"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="", help="comma-separated sources (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="at most N items per source (for a quick try)")
    ap.add_argument("--truth-only", action="store_true",
                    help="refresh the truth and provenance of files already in the corpus; render nothing")
    args = ap.parse_args()
    only = [s for s in args.only.split(",") if s] or SOURCE_ORDER
    corpus = Corpus(args.corpus)
    corpus.truth_only = args.truth_only
    started = time.time()
    log("corpus at %s: %d files already" % (args.corpus, len(corpus.items)))

    def source_jobs(source):
        if source == "sox":
            kit = make_kit(corpus.cache)
            return [("sox", sox_item_id(s), (lambda s=s: sox_pattern(corpus, kit, s))) for s in sox_pattern_specs()]
        if source == "abc":
            return midi_jobs(corpus, "abc", abc_pieces(corpus))
        if source == "musescore":
            return midi_jobs(corpus, "musescore", musescore_pieces(corpus))
        if source == "hydrogen":
            return hydrogen_jobs(corpus)
        if source == "lmms":
            return lmms_jobs(corpus)
        raise SystemExit("unknown source " + source)

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for source in SOURCE_ORDER:
            if source not in only:
                continue
            t0 = time.time()
            jobs = source_jobs(source)
            if args.limit:
                jobs = jobs[:args.limit]
            futures = {}
            for src, item_id, job in jobs:
                assign_format(src, item_id)  # in list order, so the rotation is the same on every run
            for src, item_id, job in jobs:
                futures[pool.submit(guarded, corpus, src, item_id, job)] = item_id
            concurrent.futures.wait(futures)
            corpus.done_sources.append(source)
            corpus.write()
            log("%s done in %.0f s; %s" % (source, time.time() - t0, open(os.path.join(args.corpus, "STATUS")).read().strip()))
    log("built in %.0f s" % (time.time() - started))
    if corpus.failed:
        log("failed: " + "; ".join(corpus.failed))


def guarded(corpus, source, item_id, job):
    try:
        job()
    except Exception as e:  # one bad item must not stop the corpus
        corpus.failed.append("%s/%s: %s" % (source, item_id, str(e)[:300]))
        log("FAILED %s/%s: %s" % (source, item_id, e))


if __name__ == "__main__":
    main()
