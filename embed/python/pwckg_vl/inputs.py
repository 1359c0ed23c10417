"""The worker's input: JSON lines written by the Java side (org.pwckg.embed.vl.VlExport).

Each line is ``{"id": ..., "kind": "text"|"image", "text": ..., "image": ...}``: a text row embeds
``text`` (a paper's title and abstract); an image row embeds the image file ``image`` (absolute, or
relative to the input file's folder) with ``text`` as its caption when not null.
"""

import hashlib
import json
import os
from collections import namedtuple

Item = namedtuple("Item", "id kind text image")


class InputError(ValueError):
    """A line of the input that cannot be embedded; the message names the line."""


def read_items(path):
    """Returns (items, sha256 of the file's bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    folder = os.path.dirname(os.path.abspath(path))
    items, seen = [], set()
    for number, line in enumerate(data.decode("utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        item = _parse(number, line, folder)
        if item.id in seen:
            raise InputError("line %d: id %s appears twice" % (number, item.id))
        seen.add(item.id)
        items.append(item)
    return items, hashlib.sha256(data).hexdigest()


def _parse(number, line, folder):
    try:
        row = json.loads(line)
    except ValueError as e:
        raise InputError("line %d: not JSON (%s)" % (number, e)) from None
    if not isinstance(row, dict):
        raise InputError("line %d: not a JSON object" % number)
    rid, kind, text, image = row.get("id"), row.get("kind"), row.get("text"), row.get("image")
    if not isinstance(rid, str) or not rid or "\n" in rid:
        raise InputError("line %d: id must be a non-empty one-line string" % number)
    if kind == "text":
        if not isinstance(text, str) or not text.strip():
            raise InputError("line %d (%s): a text row needs text" % (number, rid))
        return Item(rid, kind, text, None)
    if kind == "image":
        if not isinstance(image, str) or not image:
            raise InputError("line %d (%s): an image row needs image" % (number, rid))
        if text is not None and not isinstance(text, str):
            raise InputError("line %d (%s): text must be a string or null" % (number, rid))
        return Item(rid, kind, text if text and text.strip() else None, os.path.join(folder, image))
    raise InputError("line %d (%s): kind must be text or image, was %r" % (number, rid, kind))
