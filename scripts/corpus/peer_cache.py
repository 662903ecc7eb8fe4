#!/usr/bin/env python3
"""Cache peer results per file, so that rerunning the comparison reruns only Sleeve.

  peer_cache.py missing CACHE.tsv LIST OUT_LIST   files of LIST with no current row in CACHE.tsv
  peer_cache.py merge CACHE.tsv NEW.tsv           add NEW.tsv's rows to CACHE.tsv (replacing same paths)
  peer_cache.py select CACHE.tsv LIST OUT.tsv     the rows of CACHE.tsv for the files in LIST

A row is current when its file has the size and modification time recorded beside it (columns
cache_size, cache_mtime, which compare.py ignores), so a re-rendered file is analysed again.
"""
import os
import sys


def read_tsv(path):
    if not os.path.exists(path):
        return [], {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t") if lines and lines[0] else []
    rows = {}
    for line in lines[1:]:
        if not line:
            continue
        cells = line.split("\t")
        row = dict(zip(header, cells))
        if "path" in row:
            rows[row["path"]] = row
    return header, rows


def stamp(path):
    try:
        st = os.stat(path)
    except OSError:
        return "", ""
    return str(st.st_size), str(int(st.st_mtime))


def write_tsv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r.get(c, "") for c in header) + "\n")
    os.replace(tmp, path)


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\r") for l in f.read().split("\n") if l.strip()]


def main(argv):
    cmd = argv[1]
    if cmd == "missing":
        _, rows = read_tsv(argv[2])
        out = []
        for p in read_list(argv[3]):
            r = rows.get(p)
            if r is None or (r.get("cache_size", ""), r.get("cache_mtime", "")) != stamp(p):
                out.append(p)
        with open(argv[4], "w", encoding="utf-8") as f:
            f.write("".join(p + "\n" for p in out))
        print(len(out))
    elif cmd == "merge":
        header, rows = read_tsv(argv[2])
        new_header, new_rows = read_tsv(argv[3])
        for c in new_header + ["cache_size", "cache_mtime"]:
            if c not in header:
                header.append(c)
        for p, r in new_rows.items():
            r["cache_size"], r["cache_mtime"] = stamp(p)
            rows[p] = r
        write_tsv(argv[2], header, sorted(rows.values(), key=lambda r: r["path"]))
    elif cmd == "select":
        header, rows = read_tsv(argv[2])
        write_tsv(argv[4], header, [rows[p] for p in read_list(argv[3]) if p in rows])
    else:
        sys.exit("unknown command " + cmd)


if __name__ == "__main__":
    main(sys.argv)
