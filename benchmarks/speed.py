"""Speed and scaling of the whole analysis: ``python benchmarks/speed.py`` (``make bench``).

Reads real articles in place from ``../shared/data`` (relative to the repository): BASIL's
same-event triplets (``basil/articles/<year>/<triplet>_<n>.json``, the title and the body
paragraphs, one line each), or, without BASIL, the bodies of FNC-1's ``train_bodies.csv``.
Nothing is copied into the repository. Without either data set it says so and exits 0.

Two measurements, both after a warm-up run, so that loading the spaCy model and the sentence
embeddings is not counted:

* Speed: words per second of ``rashomon.api.analyse`` (all five stages, on Documents built in
  memory with ``rashomon.ingest.from_bytes``) against bare ``list(nlp.pipe(texts))`` with the same
  spaCy model (``rashomon.pipeline.nlp.load_model()``) on the same texts. Words are
  whitespace-separated tokens (``len(text.split())``). Each side runs ``--repeat`` times,
  alternating; the fastest run counts.
* Scaling: one comparison of 10, 50 and 200 documents (consecutive triplets, so a run mixes
  several events), each in a fresh subprocess: wall and CPU time of ``analyse`` and the peak
  resident memory of the process during that run (on Linux ``VmHWM`` of /proc/self/status, reset
  after the warm-up by writing ``5`` to /proc/self/clear_refs; elsewhere the whole process's
  ``resource.getrusage(RUSAGE_SELF).ru_maxrss``). Both include the models and the Python
  runtime; ``base_mb`` is the resident size just before the run.

A scaling run that takes longer than ``--limit`` seconds (420) is stopped and recorded with
``seconds`` null, so that the whole benchmark stays within about ten minutes on two cores.

Wall-clock figures are what the issue asks for; CPU seconds (``time.process_time``, all threads)
are given beside them because a shared machine stretches wall time.

Figures go to ``benchmarks/results/speed.json`` (``--no-write`` to only print them).
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from provenance import git_commit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
BASIL = DATA / "basil" / "articles"
FNC_BODIES = DATA / "fnc-1" / "train_bodies.csv"
RESULTS = Path(__file__).resolve().parent / "results"
FLOOR = 0.3  # the target: at least 0.3x spaCy's rate
MIN_WORDS = 100  # FNC-1 bodies shorter than this are stubs, not articles
WARMUP_DOCS = 3


def basil_texts() -> list[tuple[str, str]]:
    """(name, text) of every BASIL article, triplets kept together (sorted by year, event, file)."""
    out = []
    for path in sorted(BASIL.glob("*/*.json"), key=lambda p: (p.parent.name, p.name)):
        art = json.loads(path.read_text(encoding="utf-8"))
        paras = [" ".join(s.strip() for s in para if s.strip()) for para in art.get("body-paragraphs", [])]
        lines = [art.get("title", "").strip(), *paras]
        text = "\n\n".join(ln for ln in lines if ln) + "\n"
        out.append((f"basil/{path.parent.name}/{path.name}", text))
    return out


def fnc_texts() -> list[tuple[str, str]]:
    """(name, text) of FNC-1 training bodies of at least MIN_WORDS words, in file order."""
    csv.field_size_limit(10**8)
    out = []
    with FNC_BODIES.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = row["articleBody"].strip()
            if len(text.split()) >= MIN_WORDS:
                out.append((f"fnc-1/train_bodies/{row['Body ID']}", text + "\n"))
    return out


def corpus() -> tuple[str, list[tuple[str, str]]]:
    """The data set used and its articles; ("", []) when neither is beside the checkout."""
    if BASIL.is_dir():
        return "basil", basil_texts()
    if FNC_BODIES.is_file():
        return "fnc-1", fnc_texts()
    return "", []


def documents(items: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    from rashomon.ingest import from_bytes

    return [from_bytes(text.encode("utf-8"), f"d{i + 1}", name) for i, (name, text) in enumerate(items)]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _status_mb(field: str) -> float | None:
    """A ``VmRSS``/``VmHWM`` line of /proc/self/status in MB; None off Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    """Start the peak resident size afresh (Linux: ``5`` to /proc/self/clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_mb(since_reset: bool) -> float:
    """Peak resident memory: VmHWM since the reset, else the process's ru_maxrss (kilobytes on Linux)."""
    if since_reset and (hwm := _status_mb("VmHWM")) is not None:
        return hwm
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm_up(items: list[tuple[str, str]]) -> None:
    """Load the spaCy model and the embeddings, and run every stage once, outside the timings."""
    from rashomon.api import analyse
    from rashomon.pipeline.nlp import load_model

    nlp = load_model()
    list(nlp.pipe(t for _, t in items))
    analyse(documents(items))


def one_point(n: int) -> dict:
    """Analyse the first ``n`` articles once (run in a fresh subprocess by ``scaling``)."""
    from rashomon.api import analyse

    _, items = corpus()
    warm_up(items[-WARMUP_DOCS:])
    docs = documents(items[:n])
    gc.collect()
    base = _status_mb("VmRSS") or peak_mb(False)
    reset = reset_peak()
    t0, c0 = time.perf_counter(), time.process_time()
    analysis = analyse(docs)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "documents": len(docs),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mb": round(peak_mb(reset), 1),
        "base_mb": round(base, 1),
        "peak_is": "VmHWM during the run" if reset else "ru_maxrss of the process",
        "words": words([d.text for d in docs]),
        "claims": len(analysis.claims),
        "comparable_claims": sum(1 for c in analysis.claims if c.party is not None and c.level == "clause"),
        "relations": len(analysis.relations),
        "stages": analysis.stats["seconds"],
    }


def speed(items: list[tuple[str, str]], repeat: int) -> dict:
    """Words per second of the whole analysis and of bare nlp.pipe, on the same texts."""
    from rashomon.api import analyse
    from rashomon.pipeline.nlp import load_model, model_version

    nlp = load_model()
    warm_up(items[-WARMUP_DOCS:])
    texts = [t for _, t in items]
    n_words = words(texts)
    ours, theirs = [], []  # (wall, cpu) seconds of each run
    stages: dict[str, float] = {}
    for _ in range(repeat):
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        list(nlp.pipe(texts))
        theirs.append((time.perf_counter() - t0, time.process_time() - c0))
        docs = documents(items)
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        analysis = analyse(docs)
        ours.append((time.perf_counter() - t0, time.process_time() - c0))
        if ours[-1] == min(ours):
            stages = analysis.stats["seconds"]
    (wall, cpu), (spacy_wall, spacy_cpu) = min(ours), min(theirs)
    wps, spacy_wps = n_words / wall, n_words / spacy_wall
    return {
        "documents": len(items),
        "words": n_words,
        "seconds": round(wall, 2),
        "spacy_seconds": round(spacy_wall, 2),
        "cpu_seconds": round(cpu, 2),
        "spacy_cpu_seconds": round(spacy_cpu, 2),
        "words_per_second": round(wps, 1),
        "spacy_words_per_second": round(spacy_wps, 1),
        "ratio": round(wps / spacy_wps, 3),
        "cpu_ratio": round(spacy_cpu / cpu, 3),
        "stages": stages,
        "model": model_version(nlp),
    }


def scaling(sizes: list[int], limit: float) -> list[dict]:
    """Each size in its own interpreter, so that one run's peak memory is not another's. A run that
    takes longer than ``limit`` seconds is stopped and recorded as such (``seconds`` null): a
    regression that makes the analysis superlinear should not keep ``make bench`` busy for an hour."""
    points = []
    for n in sizes:
        cmd = [sys.executable, __file__, "--point", str(n)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False, timeout=limit)
        except subprocess.TimeoutExpired:
            points.append({"documents": n, "seconds": None, "peak_mb": None, "timed_out_after_s": limit})
            print(f"  {n:>4} documents: stopped after {limit:.0f} s", flush=True)
            continue
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            raise SystemExit(f"the {n}-document run failed (exit {proc.returncode})")
        point = json.loads(proc.stdout.strip().splitlines()[-1])
        points.append(point)
        print(
            f"  {point['documents']:>4} documents {point['words']:>7} words: {point['seconds']:>7.2f} s "
            f"({point['cpu_seconds']:.2f} s CPU), "
            f"peak {point['peak_mb']:.0f} MB (resident before the run {point['base_mb']:.0f} MB), "
            f"{point['comparable_claims']} comparable claims, stages {point['stages']}",
            flush=True,
        )
    return points


def growth(points: list[dict]) -> str:
    """How time per word grows from the smallest run to the largest (1.0 is linear)."""
    stopped = [p for p in points if p["seconds"] is None]
    if stopped:
        return f"the {stopped[0]['documents']}-document run did not finish in {stopped[0]['timed_out_after_s']:.0f} s"
    if len(points) < 2:
        return "n/a"
    first, last = points[0], points[-1]
    per_word = [p["seconds"] / p["words"] for p in (first, last)]
    return f"{per_word[1] / per_word[0]:.2f}x the time per word at {last['documents']} as at {first['documents']}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--docs", type=int, default=60, help="articles in the speed comparison (at least 50)")
    ap.add_argument("--sizes", default="10,50,200", help="document counts of the scaling runs")
    ap.add_argument("--repeat", type=int, default=2, help="timed runs of each side in the speed comparison")
    ap.add_argument("--limit", type=float, default=420, help="seconds one scaling run may take before it is stopped")
    ap.add_argument("--no-write", action="store_true", help="print only; leave benchmarks/results alone")
    ap.add_argument("--point", type=int, help=argparse.SUPPRESS)  # one scaling run, JSON on stdout
    args = ap.parse_args(argv)

    name, items = corpus()
    if not items:
        print(f"Neither {BASIL} nor {FNC_BODIES} is there: skipping the speed benchmark.")
        return 0
    if args.point is not None:
        print(json.dumps(one_point(args.point)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if max([args.docs, *sizes]) + WARMUP_DOCS > len(items):
        print(f"{name} has {len(items)} articles, too few for {max([args.docs, *sizes])} plus the warm-up")
        return 1

    print(f"{name}: speed on {args.docs} articles (best of {args.repeat})", flush=True)
    fast = speed(items[: args.docs], args.repeat)
    print(
        f"  rashomon {fast['words_per_second']:.0f} words/s ({fast['words']} words in {fast['seconds']} s), "
        f"spaCy nlp.pipe {fast['spacy_words_per_second']:.0f} words/s ({fast['spacy_seconds']} s): "
        f"ratio {fast['ratio']:.2f} (target >= {FLOOR}; {fast['cpu_ratio']:.2f} by CPU time)",
        flush=True,
    )
    print(f"  stages: {fast['stages']}", flush=True)
    print(f"{name}: scaling over {', '.join(map(str, sizes))} documents, each in a fresh process", flush=True)
    points = scaling(sizes, args.limit)
    print(f"  growth: {growth(points)}")

    from rashomon import __version__

    out = {
        "words_per_second": fast["words_per_second"],
        "spacy_words_per_second": fast["spacy_words_per_second"],
        "ratio": fast["ratio"],
        "scaling": points,
        "cpu_ratio": fast["cpu_ratio"],
        "speed": {
            k: fast[k]
            for k in ("documents", "words", "seconds", "spacy_seconds", "cpu_seconds", "spacy_cpu_seconds", "stages")
        },
        "data": name,
        "growth": growth(points),
        "peak_mb_is": "peak resident memory of a fresh process during the run (VmHWM reset after the warm-up): "
        "models, runtime and the analysis; base_mb is the resident size just before the run",
        "command": "make bench  (.venv/bin/python benchmarks/speed.py)",
        "model": fast["model"],
        "rashomon": __version__,
        "commit": git_commit(),
        "python": sys.version.split()[0],
    }
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / "speed.json"
        path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if fast["ratio"] < FLOOR:
        print(f"below the target: {fast['ratio']:.2f}x spaCy's rate, want >= {FLOOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
