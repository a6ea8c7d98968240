#!/usr/bin/env python3
"""Side-by-side extraction speed of kg binaries, as CPU MB/s per core.

  python3 bench/extract_speed.py BINARY [BINARY ...]      (RUNS=5 by default)

Every article of tests/extraction/dev to dev8 and the seed page, repeated to
about 10 MB, through one `kg extract` process per run; the binaries take
turns (interleaved runs), and the medians are printed. CPU time (user + sys of
the child) is per core and does not depend much on other load; wall time
would. The held-out sets are left out: they are read only by `kg eval`.
"""
import glob
import os
import resource
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "..", "shared", "seeds", "000_72036ee7fb1439fb.txt")
if not os.path.exists(SEED):
    SEED = "/work/shared/seeds/000_72036ee7fb1439fb.txt"


def articles():
    files = []
    for s in ["dev"] + [f"dev{i}" for i in range(2, 9)]:
        for ext in ("txt", "html", "md"):
            files += [f for f in sorted(glob.glob(os.path.join(ROOT, "tests", "extraction", s, "*." + ext)))
                      if not f.endswith("README.md")]
    if os.path.exists(SEED):
        files.append(SEED)
    return files


def main(binaries):
    if not binaries:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    files = articles()
    size = sum(os.path.getsize(f) for f in files)
    reps = max(1, int(float(os.environ.get("MB", "10")) * 1e6 / size))
    runs = int(os.environ.get("RUNS", "5"))
    speeds = {b: [] for b in binaries}
    for _ in range(runs):
        for b in binaries:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([b, "extract"] + files * reps, stdout=subprocess.DEVNULL, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            speeds[b].append(size * reps / max(cpu, 1e-9) / 1e6)
    print(f"{len(files)} articles, {size} bytes x {reps} = {size * reps / 1e6:.1f} MB, "
          f"{runs} interleaved runs")
    for b, v in speeds.items():
        print(f"{b}: median {statistics.median(v):.2f} MB/s per core "
              f"(runs {' '.join(f'{x:.2f}' for x in v)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
