"""Throughput, FLOPs and memory of the embedding path on a GPU (used by gpu_check.py)."""

import os
import random
import time

import torch

from . import batching, run
from .data import BatchSet, loader
from .inputs import Item

# Dense bf16 tensor-core peaks (no sparsity), by device name.
PEAKS = [("H100 PCIe", 756e12), ("H100", 989.4e12), ("H200", 989.4e12), ("A100", 312e12), ("L40S", 362e12)]


def peak_flops():
    name = torch.cuda.get_device_name()
    return next((p for key, p in PEAKS if key in name), None)


def timed(fn, iters, warmup=2):
    """Milliseconds per call, measured with CUDA events around ``iters`` calls."""
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(iters):
        fn()
    end.record()
    torch.cuda.synchronize()
    return start.elapsed_time(end) / iters


def counted_flops(fn):
    from torch.utils.flop_counter import FlopCounterMode

    with FlopCounterMode(display=False) as counter:
        fn()
    return counter.get_total_flops()


def rates(rows, ms, flops):
    peak = peak_flops()
    achieved = flops / (ms / 1000)
    return {"rows_per_s": rows / (ms / 1000), "ms_per_batch": ms, "tflops": achieved / 1e12,
            "mfu": achieved / peak if peak else None, "flops_per_row": flops / rows}


def memory():
    return {"max_allocated_gib": torch.cuda.max_memory_allocated() / 2**30}


def text_ids(batch, length, vocab, avoid):
    ids = torch.randint(3, vocab, (batch, length), device="cuda")
    return torch.where(ids == avoid, torch.full_like(ids, 4), ids)


def lm_baseline(text_config, batch, length, iters):
    """The plain HF eager forward of the language model alone, padded batch with a mask."""
    from transformers import LlamaModel

    from .shapes import construct

    model = construct(LlamaModel, text_config, "eager", torch.bfloat16, "cuda")
    ids = text_ids(batch, length, text_config.vocab_size, -1)
    mask = torch.ones_like(ids)

    @torch.inference_mode()
    def step():
        return model(input_ids=ids, attention_mask=mask, use_cache=False).last_hidden_state

    result = rates(batch, timed(step, iters), counted_flops(step))
    del model
    torch.cuda.empty_cache()
    return result


def lm_ours(engine, batch, length, iters):
    """engine.embed on text rows: SDPA, right padding, no mask, last-token state."""
    ids = text_ids(batch, length, engine.model.config.text_config.vocab_size, engine.image_token_id)
    lengths = torch.full((batch,), length, device="cuda")
    step = lambda: engine.embed(ids, lengths)
    return rates(batch, timed(step, iters), counted_flops(step))


def analytic_flops(engine, length):
    """2 x non-embedding LM parameters x tokens + 4 x layers x hidden x tokens² (attention, unmasked)."""
    lm = engine.model.language_model
    params = sum(p.numel() for n, p in lm.named_parameters() if "embed_tokens" not in n)
    cfg = engine.model.config.text_config
    return 2 * params * length + 4 * cfg.num_hidden_layers * cfg.hidden_size * length * length


def abstract_lengths(n, seed=1):
    """Prompt lengths like title + abstract: median ~260 tokens, 60..512."""
    rng = random.Random(seed)
    return [max(60, min(512, int(rng.lognormvariate(5.55, 0.35)))) for _ in range(n)]


def pipeline(engine, items, token_ids, out_dir, workers, max_batch, max_tokens, chunk_size=4096):
    """The worker's own loop (plan → DataLoader → embed → chunk files) on prepared rows; rows/s."""
    lengths = [len(t) for t in token_ids]
    pending = batching.chunks(len(items), chunk_size)
    batches = []
    for c, s, e in pending:
        batches += batching.plan(c, range(s, e), [i.kind for i in items], lengths, max_batch, max_tokens)
    os.makedirs(out_dir, exist_ok=True)
    writer = run.ChunkWriter(engine, out_dir, items, pending, batches)
    data = loader(BatchSet(batches, items, token_ids, engine.pad_id, engine.image_processor, engine.hybrid), workers)
    torch.cuda.synchronize()
    start = time.monotonic()
    run.drive(engine, data, batches, writer, len(items))
    torch.cuda.synchronize()
    seconds = time.monotonic() - start
    return {"rows": len(items), "seconds": seconds, "rows_per_s": len(items) / seconds,
            "padding": batching.padding_ratio(batches, lengths)}


def abstracts(engine, n, out_dir, workers):
    lengths = abstract_lengths(n)
    vocab = engine.model.config.text_config.vocab_size
    rng = random.Random(2)
    token_ids = [[rng.randrange(5, vocab - 1) for _ in range(L)] for L in lengths]
    items = [Item("a%d" % i, "text", "x", None) for i in range(n)]
    result = pipeline(engine, items, token_ids, out_dir, workers, 256, 65536)
    flops = sum(analytic_flops(engine, L) for L in lengths)
    peak = peak_flops()
    result["tflops_analytic"] = flops / result["seconds"] / 1e12
    result["mfu_analytic"] = flops / result["seconds"] / peak if peak else None
    result["projected_576k_minutes"] = 576_000 / result["rows_per_s"] / 60
    return result


def image_prompt_ids(engine, extra=12):
    return [1, 2, 3] + [engine.image_token_id] * engine.num_image_tokens + [5] * extra


def figures_gpu(engine, batch, iters):
    """Figures/s of the model alone: image towers + aligner + LM over the image prompt."""
    ids_row = image_prompt_ids(engine)
    ids = torch.tensor([ids_row] * batch, device="cuda")
    lengths = torch.full((batch,), len(ids_row), device="cuda")
    size = engine.model.config.vision_config.image_size
    pixels = torch.randn(batch, 3, size, size, device="cuda")
    high = None
    if engine.hybrid:
        hsize = engine.model.config.high_res_vision_config.image_size
        high = torch.randn(batch, 3, hsize, hsize, device="cuda")
    step = lambda: engine.embed(ids, lengths, pixels, high)
    return rates(batch, timed(step, iters), counted_flops(step))


def synthetic_figures(folder, n, width=1600, height=1000):
    """PNG files that look like plots (lines, boxes, text) so decoding costs what real figures cost."""
    from PIL import Image, ImageDraw

    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(n):
        rng = random.Random(i)
        img = Image.new("RGB", (width, height), (255, 255, 255))
        draw = ImageDraw.Draw(img)
        for _ in range(40):
            xy = [rng.randrange(width), rng.randrange(height), rng.randrange(width), rng.randrange(height)]
            draw.line(xy, fill=tuple(rng.randrange(256) for _ in range(3)), width=rng.randrange(1, 6))
        for _ in range(8):
            x, y = rng.randrange(width - 200), rng.randrange(height - 100)
            draw.rectangle([x, y, x + 200, y + 100], outline=(0, 0, 0), width=2)
            draw.text((x + 10, y + 40), "block %d" % rng.randrange(1000), fill=(0, 0, 0))
        path = os.path.join(folder, "fig-%04d.png" % i)
        img.save(path)
        paths.append(path)
    return paths


def figures_files(engine, folder, n, workers, max_batch):
    """Figures/s end to end: PNG decode and the model's image processor on CPU workers, then the GPU."""
    paths = synthetic_figures(folder, n)
    items = [Item("f%d" % i, "image", None, p) for i, p in enumerate(paths)]
    token_ids = [image_prompt_ids(engine)] * n
    return pipeline(engine, items, token_ids, os.path.join(folder, "out"), workers, max_batch, 1 << 30)
