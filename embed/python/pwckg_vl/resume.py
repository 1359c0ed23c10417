"""Resuming: the output folder's run.json says which work its chunks belong to (see vecfile.py)."""

import os

from . import batching, vecfile


class WorkMismatch(RuntimeError):
    """The output folder holds chunks of other work."""


def prepare(out_dir, run, restart):
    """Writes run.json; keeps the chunks of the same work, refuses (or with ``restart`` drops) others."""
    os.makedirs(out_dir, exist_ok=True)
    existing = vecfile.read_run(out_dir)
    if existing is not None and not vecfile.same_work(existing, run):
        if not restart:
            raise WorkMismatch("%s holds vectors of other work (model %s, input %s); use --restart to drop them"
                               % (out_dir, existing.get("model_id"), existing.get("input_sha256")))
        for name in os.listdir(out_dir):
            if name.startswith("chunk-"):
                os.remove(os.path.join(out_dir, name))
    vecfile.write_run(out_dir, run)


def pending_chunks(out_dir, count, chunk_size):
    done = lambda i: os.path.exists(os.path.join(out_dir, vecfile.chunk_name(i)))
    return [c for c in batching.chunks(count, chunk_size) if not done(c[0])]


