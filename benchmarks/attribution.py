"""Score rashomon's attribution stage on PolNeAR: ``python benchmarks/attribution.py --split dev``.

Reads PolNeAR's text and brat files from ``../shared/data/polnear`` (relative to the repository),
runs ``rashomon.pipeline.attribution.attribute`` on every article of a split and prints precision,
recall and F1, which also go to ``benchmarks/results/attribution-<split>.json``. Without the data
it says so and exits 0. Develop on ``dev``; ``test`` is for reporting, never for tuning.

How the two sides are put together:

* Roles: PolNeAR's Source, Cue and Content are ``Account.source``, ``Account.cue`` and
  ``Account.content`` (the list of content spans is one span set). A role's discontinuous
  fragments are one span set, too (``Content2`` joins ``Content``).
* Exact match: the same characters once each fragment is trimmed of surrounding whitespace and
  punctuation (neighbouring fragments with only those between them are merged; a cue of
  punctuation alone, such as a colon, is kept). Overlap match: the span sets share a character.
  Both are one-to-one (a maximum matching) between the spans of one role in one article; a span
  that rashomon gives to two accounts counts once.
* Whole attributions: every role matches (exactly, or by overlap), or is absent from both sides.
* Accounts without a cue (a quotation carrying on a speaker's words, a sentence under a heading)
  join the content of the last account with a cue in the same paragraph when the speaker is the
  same, as PolNeAR annotates ``"A," X said. "B."`` as one attribution; otherwise they stand alone,
  with no source and no cue, and count against source and cue recall only through what they lack.
* Named speakers: of the attributions found (predicted accounts matched one-to-one to gold
  attributions by overlapping content), the share whose speaker rashomon resolved to a named
  entity; the number whose gold source is in the text but that rashomon left without a speaker
  (target: 0); and, of those whose gold source holds a name (a PERSON, ORG, GPE or NORP entity of
  the parse), the number whose speaker rashomon did not resolve to a named entity.
* Several annotators: the agreement-study articles (2 in dev, 2 in test) have one ``.ann`` file per
  annotator; they are scored against the lowest annotator id (hex ids compared as text).
* Speed: articles per second over parsing (``parse_many``, a few articles per batch) and
  attribution, not counting loading the model or reading the files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import polnear
from provenance import git_commit

RESULTS = Path(__file__).resolve().parent / "results"
KEYS = (
    "source_exact",
    "source_overlap",
    "cue_exact",
    "cue_overlap",
    "content_exact",
    "content_overlap",
    "whole_exact",
    "whole_overlap",
    "attribution_found",
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles (quick checks)")
    ap.add_argument("--batch", type=int, default=8, help="articles per parse_many call")
    ap.add_argument("--no-write", action="store_true", help="print only; leave benchmarks/results alone")
    ap.add_argument(
        "--agreement",
        action="store_true",
        help="score PolNeAR's annotators against each other (all splits) instead of running rashomon",
    )
    args = ap.parse_args(argv)
    if args.agreement:
        return _agreement(args.no_write)

    if not (polnear.POLNEAR / args.split / "text").is_dir():
        print(f"PolNeAR not found at {polnear.POLNEAR}: skipping the attribution benchmark.")
        return 0
    articles = polnear.read_split(args.split)[: args.limit]
    result = polnear.run(articles, batch=args.batch)
    figures = polnear.scores(result)
    several = [a for a in articles if len(a.annotators) > 1]
    from rashomon import __version__
    from rashomon.pipeline.nlp import load_model, model_version

    out = {
        "split": args.split,
        "articles": len(articles),
        "gold_attributions": sum(len(a.gold) for a in articles),
        "articles_per_second": round(len(articles) / result.seconds, 2),
        "seconds": round(result.seconds, 1),
        **{k: figures[k] for k in KEYS},
        "speakers": figures["speakers"],
        "annotator": "lowest annotator id for articles with several annotators",
        "several_annotators": {a.name: a.annotator for a in several},
        "rashomon": __version__,
        "commit": git_commit(),
        "model": model_version(load_model()),
    }
    print(f"PolNeAR {args.split}: {len(articles)} articles, {out['gold_attributions']} gold attributions")
    for a in several:
        print(f"  {a.name}: scored against annotator {a.annotator} (of {', '.join(a.annotators)})")
    print(f"{'':18}{'precision':>10}{'recall':>10}{'F1':>10}")
    for k in KEYS:
        f = figures[k]
        print(f"{k:18}{f['precision']:>10.3f}{f['recall']:>10.3f}{f['f1']:>10.3f}")
    sp = figures["speakers"]
    print(
        f"speakers: {sp['named']}/{sp['found']} attributions found resolved to a named speaker "
        f"({sp['named_share']:.1%}); {sp['unknown_with_gold_source']} left unknown though the text gives a source; "
        f"{sp['unnamed_though_gold_source_has_name']}/{sp['gold_source_has_name']} not resolved to a named entity "
        "though the gold source holds one"
    )
    print(f"speed: {out['articles_per_second']} articles/s ({out['seconds']} s)")
    if not args.no_write and args.limit is None:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"attribution-{args.split}.json"
        path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


def _agreement(no_write: bool) -> int:
    """How far PolNeAR's own annotators agree under the same metrics: the ceiling for a system."""
    if not (polnear.POLNEAR / "dev" / "text").is_dir():
        print(f"PolNeAR not found at {polnear.POLNEAR}: skipping the agreement figures.")
        return 0
    out = polnear.agreement()
    print(
        f"PolNeAR annotators against each other: {out['articles']} articles with several annotators, "
        f"{out['annotator_pairs']} ordered pairs (precision = recall = F1)"
    )
    for k in KEYS:
        print(f"{k:18}{out[k]['f1']:>10.3f}")
    if not no_write:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / "attribution-agreement.json"
        path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
