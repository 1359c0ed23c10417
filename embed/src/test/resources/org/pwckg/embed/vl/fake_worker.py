"""A stand-in for pwckg_vl_worker.py in the Java tests (no torch): it speaks the worker's protocol
(same arguments, run.json, chunk files, exit codes) and writes vectors the test chooses: a row's
vector is a fixed random unit vector of its key, the first word of its text (or of its image's file
name), so a paper and a figure that share a first word are each other's nearest neighbour.
--mode makes it misbehave: nan, wrong-dim, wrong-id, not-unit, partial, exit-4, sleep, fail-after-1."""

import argparse
import hashlib
import json
import math
import os
import random
import struct
import sys
import time

p = argparse.ArgumentParser()
for a in ("--input", "--out", "--model-dir", "--model"):
    p.add_argument(a, required=True)
p.add_argument("--restart", action="store_true")
p.add_argument("--mode", default="ok")
p.add_argument("--chunk-size", type=int, default=2)
args = p.parse_args()
if args.mode == "exit-4":
    print("pwckg-vl ERROR no CUDA device", flush=True)
    sys.exit(4)
if args.mode == "sleep":
    time.sleep(60)
dim = {"1.3b": 2048, "7b": 4096}[args.model]
data = open(args.input, "rb").read()
rows = [json.loads(l) for l in data.decode("utf-8").split("\n") if l.strip()]
folder = os.path.dirname(os.path.abspath(args.input))
for r in rows:
    if r["kind"] == "image" and not os.path.exists(os.path.join(folder, r["image"])):
        print("pwckg-vl ERROR no image %s" % r["image"], flush=True)
        sys.exit(2)
run = {"format": "pwckg-vl-run/1", "model_id": "deepseek-vl-%s@e5v-v1" % args.model, "model": args.model,
       "dim": dim, "count": len(rows), "chunk_size": args.chunk_size,
       "input_sha256": hashlib.sha256(data).hexdigest(), "torch": "none", "transformers": "none"}
os.makedirs(args.out, exist_ok=True)
run_file = os.path.join(args.out, "run.json")
if os.path.exists(run_file) and json.load(open(run_file))["input_sha256"] != run["input_sha256"]:
    for n in os.listdir(args.out):
        if n.startswith("chunk-"):
            os.remove(os.path.join(args.out, n))
json.dump(run, open(run_file, "w"))


def vector(row):
    words = (row.get("text") or os.path.basename(row.get("image") or "x")).lower().split()
    rng = random.Random(words[0])
    v = [rng.gauss(0, 1) for _ in range(dim)]
    n = math.sqrt(sum(x * x for x in v))
    return [x / n for x in v]


for c, start in enumerate(range(0, len(rows), args.chunk_size)):
    name = os.path.join(args.out, "chunk-%06d.pwcv" % c)
    if os.path.exists(name):
        continue
    if args.mode == "partial" and c == 1:
        break
    if args.mode == "fail-after-1" and c == 1:
        sys.exit(1)
    part = rows[start:start + args.chunk_size]
    ids = [r["id"] for r in part]
    vecs = [vector(r) for r in part]
    if args.mode == "nan":
        vecs[0][3] = float("nan")
    if args.mode == "not-unit":
        vecs[0] = [x * 2 for x in vecs[0]]
    if args.mode == "wrong-id":
        ids[-1] = ids[-1] + "-other"
    d = dim + 1 if args.mode == "wrong-dim" else dim
    if args.mode == "wrong-dim":
        vecs = [v + [0.0] for v in vecs]
    id_block = "\n".join(ids).encode("utf-8")
    body = b"".join(struct.pack("<%df" % d, *v) for v in vecs)
    with open(name + ".tmp", "wb") as f:
        f.write(struct.pack("<4sIIII", b"PWCV", 1, len(ids), d, len(id_block)) + id_block + body)
    os.replace(name + ".tmp", name)
    print("pwckg-vl INFO computed chunk %d" % c, flush=True)
