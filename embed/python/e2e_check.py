"""End-to-end check with a tiny random model of a real DeepSeek-VL class (part of gpu_check.py).

The Java export fixture (input.jsonl, written by org.pwckg.embed.vl.VlExport in a Java test that
keeps the committed copy honest) → the worker as a subprocess → vector chunks; one chunk deleted and
the run resumed (only that chunk is redone, with the same vectors); then a query run with an image of
the same bytes as the first exported figure and the text of the first exported paper, searched over
all rows (texts and figures together, the shared space): the planted rows must come first. Random
weights say nothing about quality; this checks loading, prompts, batching, order, ids and resume.
"""

import hashlib
import json
import os
import random
import shutil
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from pwckg_vl import vecfile  # noqa: E402


def synthetic_image(path, name):
    from PIL import Image, ImageDraw

    rng = random.Random(hashlib.sha256(name.encode()).hexdigest())
    img = Image.new("RGB", (300, 200), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        box = sorted(rng.sample(range(300), 2)) , sorted(rng.sample(range(200), 2))
        draw.rectangle([box[0][0], box[1][0], box[0][1], box[1][1]], fill=tuple(rng.randrange(256) for _ in range(3)))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path)


def worker(args, log):
    cmd = [sys.executable, os.path.join(HERE, "pwckg_vl_worker.py")] + args
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    with open(log, "a") as f:
        f.write("$ %s\n%s\nexit %d\n" % (" ".join(cmd), done.stderr, done.returncode))
    if done.returncode != 0:
        raise RuntimeError("worker exited %d: %s" % (done.returncode, done.stderr[-2000:]))
    return done.stderr


def vectors(folder):
    out = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".pwcv"):
            ids, dim, body = vecfile.read_chunk(os.path.join(folder, name))
            for i, row in enumerate(ids):
                out[row] = struct.unpack_from("<%df" % dim, body, i * dim * 4)
    return out


def nearest(query, candidates):
    scored = sorted(((sum(a * b for a, b in zip(query, v)), k) for k, v in candidates.items()), reverse=True)
    return scored[:3]


def run(size, out, fixture):
    from pwckg_vl.inputs import read_items
    from pwckg_vl.shapes import write_tiny_model_dir

    work = os.path.join(out, "work")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(work)
    shutil.copy(os.path.join(fixture, "input.jsonl"), work)
    items, _ = read_items(os.path.join(work, "input.jsonl"))
    for item in items:
        if item.kind == "image":
            synthetic_image(item.image, os.path.basename(item.image))
    words = " ".join(i.text or "" for i in items).split() + "User: Summary above sentence image and its caption in one word: Assistant:".split()
    model_dir = write_tiny_model_dir(size, os.path.join(out, "model"), words)
    log = os.path.join(out, "worker.log")
    common = ["--model-dir", model_dir, "--model", size, "--dtype", "fp32", "--workers", "2", "--max-batch", "3"]
    worker(["--input", os.path.join(work, "input.jsonl"), "--out", os.path.join(work, "vectors"),
            "--chunk-size", "2"] + common, log)
    first = vectors(os.path.join(work, "vectors"))
    resumed = resume(work, common, log)
    planted_image = next(i for i in items if i.kind == "image")
    planted_text = next(i for i in items if i.kind == "text")
    shutil.copy(planted_image.image, os.path.join(work, "query.png"))
    with open(os.path.join(work, "query.jsonl"), "w") as f:
        f.write(json.dumps({"id": "query:image", "kind": "image", "text": planted_image.text, "image": "query.png"}) + "\n")
        f.write(json.dumps({"id": "query:text", "kind": "text", "text": planted_text.text}) + "\n")
    worker(["--input", os.path.join(work, "query.jsonl"), "--out", os.path.join(work, "query-vectors"),
            "--chunk-size", "2"] + common, log)
    queries = vectors(os.path.join(work, "query-vectors"))
    image_hits = nearest(queries["query:image"], first)
    text_hits = nearest(queries["query:text"], first)
    shutil.rmtree(model_dir)
    ok = image_hits[0][1] == planted_image.id and text_hits[0][1] == planted_text.id and resumed["same"]
    return {"passed": ok, "rows": len(first), "dim": len(next(iter(first.values()))), "resume": resumed,
            "image_query_top3": image_hits, "planted_figure": planted_image.id,
            "text_query_top3": text_hits, "planted_paper": planted_text.id, "work_dir": work}


def resume(work, common, log):
    """Deletes the last chunk, runs again: only that chunk is redone, with the same vectors."""
    folder = os.path.join(work, "vectors")
    last = sorted(n for n in os.listdir(folder) if n.endswith(".pwcv"))[-1]
    with open(os.path.join(folder, last), "rb") as f:
        before = f.read()
    os.remove(os.path.join(folder, last))
    stderr = worker(["--input", os.path.join(work, "input.jsonl"), "--out", folder, "--chunk-size", "2"] + common, log)
    _, dim, after_body = vecfile.read_chunk(os.path.join(folder, last))
    _, _, before_body = read_bytes_chunk(before)
    a = struct.unpack("<%df" % (len(after_body) // 4), after_body)
    b = struct.unpack("<%df" % (len(before_body) // 4), before_body)
    diff = max(abs(x - y) for x, y in zip(a, b))
    return {"redone_only_one_chunk": "1 of " in stderr, "max_abs_diff": diff,
            "same": diff < 1e-4 and "1 of " in stderr}


def read_bytes_chunk(data):
    import tempfile

    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(data)
    try:
        return vecfile.read_chunk(f.name)
    finally:
        os.remove(f.name)
