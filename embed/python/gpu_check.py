#!/usr/bin/env python3
"""The GPU check of pwc-kg's DeepSeek-VL embedding, as ONE script for a session that has a GPU.

  python3 embed/python/gpu_check.py --out "$OUT" --time-limit 480

1. End to end with tiny random models of the real classes (DeepseekVLModel, DeepseekVLHybridModel)
   saved to a local folder and loaded the way real weights are: the committed Java export fixture
   → the worker (a subprocess, as the Java side runs it) → vector chunks; a killed run is simulated
   by deleting a chunk and resuming; the planted nearest neighbours (an image query with the bytes
   of one exported figure, a text query with one exported paper's text) must come first.
2. The real architectures at their published sizes with random weights (no weights can be
   downloaded): the plain HF eager forward of the 1.3B language model at 256 tokens (the
   project's ~520 seq/s baseline) side by side with the worker's path (SDPA, right padding without
   mask, last token), abstracts through the worker's own loop (length-sorted batches, DataLoader),
   figures/s on the GPU alone and from PNG files, optionally torch.compile; then the 7B hybrid.
   FLOPs are counted with torch.utils.flop_counter (and analytically for the abstract mix); MFU is
   against the dense bf16 peak of the card.

Results go to OUT/gpu_check.json and OUT/gpu_check.md after every step, so a run cut short by its
time limit still reports what it measured. Sections that no longer fit the time limit are skipped.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
SCRATCH = tempfile.mkdtemp(prefix="pwckg-gpu-check-")  # bulky files stay out of OUT
sys.path.insert(0, HERE)
FIXTURE = os.path.join(HERE, "..", "src", "test", "resources", "org", "pwckg", "embed", "vl", "e2e")


class Report:
    def __init__(self, out, argv):
        self.out, self.data = out, {"command": " ".join(argv), "sections": {}}

    def put(self, name, value):
        self.data["sections"][name] = value
        self.save()

    def save(self):
        os.makedirs(self.out, exist_ok=True)
        with open(os.path.join(self.out, "gpu_check.json"), "w") as f:
            json.dump(self.data, f, indent=2, default=str)
        with open(os.path.join(self.out, "gpu_check.md"), "w") as f:
            f.write("# gpu_check\n\n`%s`\n\n" % self.data["command"])
            for name, value in self.data["sections"].items():
                f.write("## %s\n\n```\n%s\n```\n\n" % (name, json.dumps(value, indent=2, default=str)))


def section(report, deadline, name, needs_s, fn):
    left = deadline - time.monotonic()
    if left < needs_s:
        report.put(name, {"skipped": "%.0f s left, needs about %d s" % (left, needs_s)})
        return None
    start = time.monotonic()
    try:
        import torch

        torch.cuda.reset_peak_memory_stats()
        value = fn()
        value = dict(value, seconds_taken=time.monotonic() - start,
                     max_allocated_gib=torch.cuda.max_memory_allocated() / 2**30)
    except Exception as e:  # a failed section is reported, the others still run
        value = {"error": repr(e), "traceback": traceback.format_exc()[-4000:]}
    report.put(name, value)
    print("gpu_check: %s: %s" % (name, json.dumps(value, default=str)[:600]), flush=True)
    return value


def environment():
    import platform

    import torch
    import transformers

    return {"python": platform.python_version(), "torch": torch.__version__, "transformers": transformers.__version__,
            "cuda": torch.version.cuda, "device": torch.cuda.get_device_name(),
            "memory_gib": torch.cuda.get_device_properties(0).total_memory / 2**30,
            "flash_sdp": torch.backends.cuda.flash_sdp_enabled()}


def main():
    p = argparse.ArgumentParser(description="GPU check of the DeepSeek-VL embedding worker")
    p.add_argument("--out", default=os.environ.get("OUT", "gpu-check-out"))
    p.add_argument("--time-limit", type=float, default=480, help="seconds for the whole check")
    p.add_argument("--skip-7b", action="store_true")
    p.add_argument("--compile", action="store_true", help="also measure torch.compile of the 1.3B LM")
    args = p.parse_args()
    deadline = time.monotonic() + args.time_limit
    report = Report(args.out, sys.argv)
    env = section(report, deadline, "environment", 0, environment)
    if env is None or "error" in env:
        print("gpu_check: no usable torch/transformers/CUDA here; see %s" % args.out, flush=True)
        return 1
    import e2e_check

    for size in ("1.3b", "7b"):
        section(report, deadline, "e2e tiny %s" % size, 30,
                lambda size=size: e2e_check.run(size, os.path.join(args.out, "e2e-" + size), FIXTURE))
    one_point_three_b(report, deadline, args)
    if not args.skip_7b:
        seven_b(report, deadline, args)
    shutil.rmtree(SCRATCH, ignore_errors=True)
    print("gpu_check: results in %s" % os.path.join(args.out, "gpu_check.md"), flush=True)
    return 0


def engine_for(size):
    import torch
    from transformers import DeepseekVLHybridImageProcessor, DeepseekVLImageProcessor

    from pwckg_vl.engine import Engine
    from pwckg_vl.shapes import published_config, random_model

    model = random_model(size, published_config(size), "sdpa", "cuda")
    processor = DeepseekVLImageProcessor() if size == "1.3b" else DeepseekVLHybridImageProcessor()
    return Engine.ready(model, None, processor, "cuda", False, torch.bfloat16)


def one_point_three_b(report, deadline, args):
    from pwckg_vl import bench

    holder = {}
    section(report, deadline, "1.3b build (random weights, published config)", 60,
            lambda: holder.update(engine=engine_for("1.3b")) or {"dim": holder["engine"].dim})
    engine = holder.get("engine")
    if engine is None:
        return
    text = engine.model.config.text_config
    for batch in (64, 256):
        section(report, deadline, "1.3b LM baseline: HF eager, 256 tokens, batch %d" % batch, 40,
                lambda batch=batch: bench.lm_baseline(text, batch, 256, 10))
    section(report, deadline, "1.3b LM ours: SDPA, no mask, 256 tokens, batch 256", 30,
            lambda: bench.lm_ours(engine, 256, 256, 10))
    section(report, deadline, "1.3b abstracts through the worker loop (16384 rows)", 90,
            lambda: bench.abstracts(engine, 16384, os.path.join(SCRATCH, "abstracts"), 4))
    section(report, deadline, "1.3b figures, GPU only, batch 64", 40, lambda: bench.figures_gpu(engine, 64, 5))
    section(report, deadline, "1.3b figures from PNG files (256, 8 workers)", 90,
            lambda: bench.figures_files(engine, os.path.join(SCRATCH, "figures"), 256, 8, 64))
    if args.compile:
        section(report, deadline, "1.3b LM ours + torch.compile, 256 tokens, batch 256", 240,
                lambda: compiled(engine, bench))
    shutil.rmtree(os.path.join(SCRATCH, "abstracts"), ignore_errors=True)
    free(holder)


def compiled(engine, bench):
    import torch

    engine.model.language_model = torch.compile(engine.model.language_model, dynamic=True)
    return bench.lm_ours(engine, 256, 256, 10)


def seven_b(report, deadline, args):
    from pwckg_vl import bench

    holder = {}
    section(report, deadline, "7b build (random weights, published config)", 120,
            lambda: holder.update(engine=engine_for("7b")) or {"dim": holder["engine"].dim})
    engine = holder.get("engine")
    if engine is None:
        return
    section(report, deadline, "7b LM ours: SDPA, no mask, 256 tokens, batch 64", 40,
            lambda: bench.lm_ours(engine, 64, 256, 5))
    section(report, deadline, "7b figures, GPU only, batch 16", 60, lambda: bench.figures_gpu(engine, 16, 3))
    section(report, deadline, "7b figures from PNG files (96, 8 workers)", 90,
            lambda: bench.figures_files(engine, os.path.join(SCRATCH, "figures"), 96, 8, 16))
    shutil.rmtree(os.path.join(SCRATCH, "figures"), ignore_errors=True)
    free(holder)


def free(holder):
    import gc

    import torch

    holder.clear()
    gc.collect()
    torch.cuda.empty_cache()


if __name__ == "__main__":
    sys.exit(main())
