"""The worker's output: a run file (run.json) and vector chunks, both read by the Java side.

A chunk file ``chunk-NNNNNN.pwcv`` holds the vectors of input rows [N*chunk, (N+1)*chunk) in input
order::

    bytes 0-3    magic b"PWCV"
    uint32 LE    format version (1)
    uint32 LE    count (rows)
    uint32 LE    dim
    uint32 LE    length in bytes of the ids block
    ids block    the row ids, UTF-8, joined by "\\n"
    count*dim    float32 LE, row after row

A chunk is written under a temporary name and renamed into place, so a chunk that exists is whole:
a killed run resumes at the first missing chunk.
"""

import json
import os
import struct

MAGIC = b"PWCV"
VERSION = 1
HEADER = struct.Struct("<4sIIII")
RUN_FILE = "run.json"
RUN_FORMAT = "pwckg-vl-run/1"


def chunk_name(index):
    return "chunk-%06d.pwcv" % index


def write_chunk(path, ids, dim, vector_bytes):
    """Writes one chunk atomically; ``vector_bytes`` are len(ids)*dim little-endian float32."""
    id_block = "\n".join(ids).encode("utf-8")
    if any("\n" in i for i in ids):
        raise ValueError("an id contains a newline")
    if len(vector_bytes) != len(ids) * dim * 4:
        raise ValueError("expected %d vector bytes, got %d" % (len(ids) * dim * 4, len(vector_bytes)))
    tmp = path + ".tmp"
    with open(tmp, "wb") as out:
        out.write(HEADER.pack(MAGIC, VERSION, len(ids), dim, len(id_block)))
        out.write(id_block)
        out.write(vector_bytes)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def read_chunk(path):
    """Returns (ids, dim, raw float32 LE bytes); raises ValueError on a malformed file."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < HEADER.size:
        raise ValueError("%s: shorter than its header" % path)
    magic, version, count, dim, id_len = HEADER.unpack_from(data)
    if magic != MAGIC or version != VERSION:
        raise ValueError("%s: not a version %d vector chunk" % (path, VERSION))
    start = HEADER.size + id_len
    ids = data[HEADER.size:start].decode("utf-8").split("\n") if count else []
    body = data[start:]
    if len(ids) != count or len(body) != count * dim * 4:
        raise ValueError("%s: %d ids and %d vector bytes for %d rows of %d" % (path, len(ids), len(body), count, dim))
    return ids, dim, body


def write_run(out_dir, run):
    tmp = os.path.join(out_dir, RUN_FILE + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(run, f, indent=2, sort_keys=True)
    os.replace(tmp, os.path.join(out_dir, RUN_FILE))


def read_run(out_dir):
    path = os.path.join(out_dir, RUN_FILE)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def same_work(existing, wanted):
    """Whether an existing run.json describes the same work (so its chunks can be reused)."""
    keys = ("format", "model_id", "input_sha256", "count", "chunk_size", "dim")
    return all(existing.get(k) == wanted.get(k) for k in keys)
