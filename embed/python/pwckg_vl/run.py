"""The embedding run: input rows → resumable vector chunks (see vecfile.py)."""

import logging
import os
import time

import torch

from . import batching, vecfile
from .resume import pending_chunks, prepare
from .data import BatchSet, loader
from .engine import model_id

LOG = logging.getLogger("pwckg-vl")


def tokenize(engine, items, rows, max_tokens, slice_size=8192):
    """Token ids by row as int32 arrays (None for rows not in ``rows``). Slices bound the tokenizer's
    Python lists; the arrays keep 576k abstracts in ~0.7 GB, shared with the DataLoader's forks."""
    import numpy as np

    ids = [None] * len(items)
    for kind, fn in (("text", lambda rs: engine.tokenize_texts([items[r].text for r in rs], max_tokens)),
                     ("image", lambda rs: engine.tokenize_images([items[r].text for r in rs]))):
        selected = [r for r in rows if items[r].kind == kind]
        for i in range(0, len(selected), slice_size):
            part = selected[i:i + slice_size]
            for r, t in zip(part, fn(part)):
                ids[r] = np.asarray(t, dtype=np.int32)
    return ids


class ChunkWriter:
    """Collects a chunk's vectors on the GPU and writes the chunk when its last batch is done."""

    def __init__(self, engine, out_dir, items, pending, batches):
        self.engine, self.out_dir, self.items = engine, out_dir, items
        self.bounds = {c: (s, e) for c, s, e in pending}
        self.left = {c: 0 for c, _, _ in pending}
        for b in batches:
            self.left[b.chunk] += 1
        self.parts = {c: [] for c in self.left}
        self.written = 0

    def add(self, batch, vectors):
        self.parts[batch.chunk].append((batch.rows, vectors))
        self.left[batch.chunk] -= 1
        if self.left[batch.chunk] == 0:
            self._write(batch.chunk)

    def _write(self, chunk):
        start, end = self.bounds[chunk]
        out = torch.empty((end - start, self.engine.dim), dtype=torch.float32, device=self.engine.device)
        for rows, vectors in self.parts.pop(chunk):
            out[torch.tensor(rows, device=self.engine.device) - start] = vectors
        host = out.cpu().numpy()  # the one host synchronisation per chunk
        check(host, chunk)
        ids = [self.items[r].id for r in range(start, end)]
        vecfile.write_chunk(os.path.join(self.out_dir, vecfile.chunk_name(chunk)), ids, self.engine.dim,
                            host.astype("<f4").tobytes())
        self.written += end - start


def check(host, chunk):
    import numpy as np

    if not np.isfinite(host).all():
        raise FloatingPointError("chunk %d has NaN or infinite values; nothing was written for it" % chunk)
    norms = np.linalg.norm(host, axis=1)
    if np.abs(norms - 1).max() > 1e-3:
        raise FloatingPointError("chunk %d has vectors that are not unit length" % chunk)


def embed(engine, items, input_sha256, args):
    """Embeds every row not yet in a chunk of ``args.out``; returns rows written by this run."""
    run = {"format": vecfile.RUN_FORMAT, "model_id": model_id(args.model), "model": args.model,
           "dim": engine.dim, "count": len(items), "chunk_size": args.chunk_size, "input_sha256": input_sha256,
           "torch": torch.__version__, "transformers": __import__("transformers").__version__}
    prepare(args.out, run, args.restart)
    pending = pending_chunks(args.out, len(items), args.chunk_size)
    LOG.info("%d of %d chunks to embed (%d rows)", len(pending), len(batching.chunks(len(items), args.chunk_size)),
             sum(e - s for _, s, e in pending))
    rows = [r for _, s, e in pending for r in range(s, e)]
    token_ids = tokenize(engine, items, rows, args.max_tokens)
    lengths = [0 if t is None else len(t) for t in token_ids]
    kinds = [i.kind for i in items]
    batches = []
    for c, s, e in pending:
        batches += batching.plan(c, range(s, e), kinds, lengths, args.max_batch, args.max_batch_tokens)
    LOG.info("%d batches, padding %.1f%%", len(batches), 100 * batching.padding_ratio(batches, lengths))
    writer = ChunkWriter(engine, args.out, items, pending, batches)
    batch_set = BatchSet(batches, items, token_ids, engine.pad_id, engine.image_processor, engine.hybrid)
    return drive(engine, loader(batch_set, args.workers), batches, writer, len(rows))


def drive(engine, data, batches, writer, total):
    start = last = time.monotonic()
    device = engine.device
    for batch in data:
        plan = batches[batch["index"]]
        ids = batch["ids"].to(device, non_blocking=True)
        lengths = batch["lengths"].to(device, non_blocking=True)
        pixels = batch.get("pixel_values")
        high = batch.get("high_res_pixel_values")
        vectors = engine.embed(ids, lengths,
                               None if pixels is None else pixels.to(device, non_blocking=True),
                               None if high is None else high.to(device, non_blocking=True))
        writer.add(plan, vectors)
        if time.monotonic() - last > 10:
            last = time.monotonic()
            LOG.info("%d of %d rows written, %.1f rows/s", writer.written, total, writer.written / (last - start))
    elapsed = time.monotonic() - start
    LOG.info("done: %d rows in %.1f s (%.1f rows/s)", writer.written, elapsed, writer.written / max(elapsed, 1e-9))
    return writer.written
