#!/usr/bin/env python3
"""Writes a synthetic Parley dataset N times the size of the sample (default 100x).

The sample's parties, people, topics, measures, sources and events are kept once; its
proposals (with every version, point, figure and link) and its positions are repeated N
times: copy 0 is the sample itself, copy k renames every proposal to "{slug}-copy-{k}" and
rewrites the links, based-on versions and position targets to stay inside that copy. Link
chains therefore have the sample's shape and size, while tables grow N-fold, which is what
the fixed-statement-count design must withstand.

Usage: bench/generate-dataset.py [--times N] [--sample PATH] [--out PATH]
Needs Python 3 with PyYAML (Debian: python3-yaml).
"""
import argparse
import copy
import re
import sys

import yaml

KEY = re.compile(r"^([a-z0-9]+(?:-[a-z0-9]+)*)@(\d+)(#.+)?$")


def rename(key, proposals, k):
    """Moves a version or point key into copy k when it names a sample proposal."""
    if k == 0 or not isinstance(key, str):
        return key
    match = KEY.match(key)
    if not match or match.group(1) not in proposals:
        return key
    return f"{match.group(1)}-copy-{k}@{match.group(2)}{match.group(3) or ''}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, default=100)
    parser.add_argument("--sample", default="src/main/resources/dataset/sample-dataset.yaml")
    parser.add_argument("--out", default="bench/data/dataset-100x.yaml")
    args = parser.parse_args()

    with open(args.sample, encoding="utf-8") as f:
        sample = yaml.safe_load(f)
    slugs = {p["slug"] for p in sample["proposals"]}
    proposals, positions = [], []
    for k in range(args.times):
        for proposal in sample["proposals"]:
            p = copy.deepcopy(proposal)
            if k:
                p["slug"] = f"{p['slug']}-copy-{k}"
                p["name"] = f"{p['name']} (copy {k})"
            for version in p.get("versions", []):
                if "basedOn" in version:
                    version["basedOn"] = rename(version["basedOn"], slugs, k)
                for point in version.get("points", []):
                    for link in point.get("links", []) or []:
                        link["to"] = rename(link["to"], slugs, k)
            proposals.append(p)
        for position in sample["positions"]:
            q = copy.deepcopy(position)
            q["target"] = rename(q["target"], slugs, k)
            positions.append(q)
    dataset = dict(sample)
    dataset["proposals"] = proposals
    dataset["positions"] = positions
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# Synthetic Parley dataset: the sample x{args.times}, written by bench/generate-dataset.py\n")
        yaml.safe_dump(dataset, f, allow_unicode=True, sort_keys=False, width=100)
    points = sum(len(v.get("points", [])) for p in proposals for v in p.get("versions", []))
    print(f"{args.out}: {len(proposals)} proposals, {points} points, {len(positions)} positions", file=sys.stderr)


if __name__ == "__main__":
    main()
