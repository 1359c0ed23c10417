"""Chunks and length-sorted batches.

Work is cut into chunks of consecutive input rows (the unit of resumption). Inside a chunk, rows of
one kind are sorted by token length, longest first (a batch that does not fit fails at once, not at
the end), and packed into batches under a row limit and a token limit (rows x longest row), so
padding stays low and the GPU sees large batches.
"""

from collections import namedtuple

Batch = namedtuple("Batch", "chunk kind rows length")


def chunks(count, chunk_size):
    """[(index, start, end)] covering range(count)."""
    if chunk_size < 1:
        raise ValueError("chunk size must be at least 1")
    return [(i, s, min(s + chunk_size, count)) for i, s in enumerate(range(0, count, chunk_size))]


def plan(chunk, rows, kinds, lengths, max_rows, max_tokens):
    """Batches for the rows of one chunk; ``kinds`` and ``lengths`` are indexed by row."""
    batches = []
    for kind in sorted({kinds[r] for r in rows}):
        ordered = sorted((r for r in rows if kinds[r] == kind), key=lambda r: (-lengths[r], r))
        current = []
        for r in ordered:
            longest = lengths[current[0]] if current else lengths[r]
            if current and (len(current) == max_rows or longest * (len(current) + 1) > max_tokens):
                batches.append(Batch(chunk, kind, current, lengths[current[0]]))
                current = []
            current.append(r)
        if current:
            batches.append(Batch(chunk, kind, current, lengths[current[0]]))
    return batches


def padding_ratio(batches, lengths):
    """Padded tokens / real tokens over ``batches`` (0 means no padding)."""
    real = sum(lengths[r] for b in batches for r in b.rows)
    padded = sum(b.length * len(b.rows) for b in batches)
    return (padded - real) / real if real else 0.0
