#!/usr/bin/env python3
"""pwc-kg's DeepSeek-VL embedding worker (run by `pwckg embed --engine deepseek-vl`).

Reads the rows the Java side exported (JSON lines: id, kind text|image, text, image), embeds each
with DeepSeek-VL from a local weights folder into one space shared by texts and figures (E5-V's
one-word-summary prompt, last token's final hidden state, L2-normalised), and writes resumable
vector chunks to --out. See README.md beside this file.

Exit codes: 0 done; 2 bad input or arguments; 3 --out holds other work; 4 model or device unusable;
5 the model produced NaN/infinite or non-unit vectors.
"""

import argparse
import logging
import sys


def arguments(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="rows to embed (JSON lines from the Java export)")
    p.add_argument("--out", required=True, help="folder for run.json and the vector chunks")
    p.add_argument("--model-dir", required=True, help="local folder with the converted HF weights")
    p.add_argument("--model", choices=["1.3b", "7b"], default="1.3b")
    p.add_argument("--device", default="cuda")
    p.add_argument("--attn", default="sdpa", help="attention implementation (sdpa, flash_attention_2, eager)")
    p.add_argument("--compile", action="store_true", help="torch.compile the language model")
    p.add_argument("--dtype", choices=["bf16", "fp32"], default="bf16", help="fp32 only for tiny test models")
    p.add_argument("--chunk-size", type=int, default=16384, help="rows per resumable chunk")
    p.add_argument("--max-batch", type=int, default=256, help="rows per batch at most")
    p.add_argument("--max-batch-tokens", type=int, default=65536, help="rows x longest row per batch at most")
    p.add_argument("--max-tokens", type=int, default=512, help="prompt tokens per text at most")
    p.add_argument("--workers", type=int, default=8, help="CPU processes that build batches and decode images")
    p.add_argument("--restart", action="store_true", help="drop chunks of other work found in --out")
    return p.parse_args(argv)


def main(argv=None):
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="pwckg-vl %(levelname)s %(message)s")
    log = logging.getLogger("pwckg-vl")
    args = arguments(argv)
    from pwckg_vl.inputs import InputError, read_items

    try:
        items, sha = read_items(args.input)
    except (InputError, ValueError, OSError) as e:
        log.error("bad input: %s", e)
        return 2
    try:
        import torch

        from pwckg_vl.engine import Engine, ModelLoadError
        from pwckg_vl.resume import WorkMismatch
        from pwckg_vl.run import embed
    except ImportError as e:
        log.error("missing Python package (see embed/python/requirements.txt): %s", e)
        return 4
    if args.device.startswith("cuda") and not torch.cuda.is_available():
        log.error("no CUDA device: DeepSeek-VL embedding needs a GPU (--device cpu is for tiny test models)")
        return 4
    try:
        dtype = torch.bfloat16 if args.dtype == "bf16" else torch.float32
        engine = Engine.load(args.model_dir, args.model, args.device, args.attn, args.compile, dtype)
        embed(engine, items, sha, args)
    except ModelLoadError as e:
        log.error("%s", e)
        return 4
    except WorkMismatch as e:
        log.error("%s", e)
        return 3
    except FloatingPointError as e:
        log.error("%s", e)
        return 5
    return 0


if __name__ == "__main__":
    sys.exit(main())
