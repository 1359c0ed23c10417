#!/usr/bin/env python3
"""Cross-modal retrieval quality of the DeepSeek-VL space on the real figures, for users WITH weights.

  python3 embed/python/quality_check.py --model-dir /models/deepseek-vl-1.3b-chat --model 1.3b \\
      --data testdata/pwc --out quality.json

Embeds, with the worker's own code path, the 245 papers (title and abstract), the 46 figures (the
image alone, so that text→figure measures image content, not caption overlap) and the 40 ACL captions,
then reports recall@1 and recall@10 of
  figure → its own paper   (gallery: the 245 papers)
  caption → its figure     (gallery: the 46 figures)
  abstract → its figure    (gallery: the 46 figures)
next to chance. A zero-shot DeepSeek-VL space (E5-V prompting without training) is unvalidated
until this has been run with real weights; without them it stops and says so (exit 4).
"""

import argparse
import gzip
import json
import os
import struct
import sys
import tempfile
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from pwckg_vl import vecfile  # noqa: E402
from pwckg_vl.inputs import Item  # noqa: E402


def load(data):
    with gzip.open(os.path.join(data, "papers-with-abstracts.json.gz"), "rt", encoding="utf-8") as f:
        papers = json.load(f)
    with open(os.path.join(data, "figures", "figures.jsonl"), encoding="utf-8") as f:
        figures = [json.loads(line) for line in f if line.strip()]
    return papers, figures


def rows(papers, figures, data):
    items, truth = [], {"figure_paper": {}, "caption_figure": {}, "abstract_figure": {}}
    for p in papers:
        text = p["title"].strip() + ("\n\n" + p["abstract"].strip() if p.get("abstract") else "")
        items.append(Item("paper:" + p["paper_url"], "text", text, None))
    for f in figures:
        fid = "figure:" + f["file"]
        items.append(Item(fid, "image", None, os.path.join(data, "figures", f["file"])))
        if f.get("paper_url"):
            truth["figure_paper"][fid] = "paper:" + f["paper_url"]
            truth["abstract_figure"]["paper:" + f["paper_url"]] = fid
        if f.get("caption"):
            items.append(Item("caption:" + f["file"], "text", f["caption"], None))
            truth["caption_figure"]["caption:" + f["file"]] = fid
    return items, truth


def embed_all(engine, items, workers):
    from pwckg_vl.run import embed

    out = tempfile.mkdtemp(prefix="pwckg-quality-")
    args = SimpleNamespace(model=engine_size(engine), out=out, restart=True, chunk_size=4096, max_batch=64,
                           max_batch_tokens=65536, max_tokens=512, workers=workers)
    embed(engine, items, "quality", args)
    vectors = {}
    for name in sorted(n for n in os.listdir(out) if n.endswith(".pwcv")):
        ids, dim, body = vecfile.read_chunk(os.path.join(out, name))
        for i, row in enumerate(ids):
            vectors[row] = struct.unpack_from("<%df" % dim, body, i * dim * 4)
    return vectors


def engine_size(engine):
    return "7b" if engine.hybrid else "1.3b"


def recall(gallery, vectors, truth):
    import torch

    g = torch.tensor([vectors[k] for k in gallery])
    hits1 = hits10 = 0
    for q, expected in truth.items():
        scores = g @ torch.tensor(vectors[q])
        ranked = [gallery[i] for i in torch.argsort(scores, descending=True)[:10].tolist()]
        hits1 += ranked[0] == expected
        hits10 += expected in ranked
    n = len(truth)
    return {"queries": n, "gallery": len(gallery), "recall@1": hits1 / n, "recall@10": hits10 / n,
            "chance@1": 1 / len(gallery), "chance@10": min(1.0, 10 / len(gallery))}


def main():
    p = argparse.ArgumentParser(description="Cross-modal retrieval on the real figures (needs DeepSeek-VL weights)")
    p.add_argument("--model-dir", required=True)
    p.add_argument("--model", choices=["1.3b", "7b"], default="1.3b")
    p.add_argument("--data", default=os.path.join(HERE, "..", "..", "testdata", "pwc"))
    p.add_argument("--device", default="cuda")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--out", help="write the results here as JSON too")
    args = p.parse_args()
    if not os.path.isfile(os.path.join(args.model_dir, "config.json")):
        print("quality_check: no DeepSeek-VL weights in %s (config.json missing): nothing was measured, "
              "and the space stays unvalidated" % args.model_dir, file=sys.stderr)
        return 4
    from pwckg_vl.engine import Engine

    papers, figures = load(args.data)
    items, truth = rows(papers, figures, args.data)
    engine = Engine.load(args.model_dir, args.model, args.device)
    vectors = embed_all(engine, items, args.workers)
    paper_ids = [i.id for i in items if i.id.startswith("paper:")]
    figure_ids = [i.id for i in items if i.id.startswith("figure:")]
    result = {"model": args.model, "model_dir": args.model_dir,
              "figure -> own paper": recall(paper_ids, vectors, truth["figure_paper"]),
              "caption -> figure": recall(figure_ids, vectors, truth["caption_figure"]),
              "abstract -> figure": recall(figure_ids, vectors, truth["abstract_figure"])}
    print(json.dumps(result, indent=2))
    if args.out:
        with open(args.out, "w") as f:
            json.dump(result, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
