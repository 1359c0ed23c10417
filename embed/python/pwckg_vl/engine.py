"""DeepSeek-VL as an embedder (torch + transformers 5.x).

The model is the reference implementation: ``DeepseekVLModel`` (1.3B: SigLIP-L 384 + LLaMA-style
LM) or ``DeepseekVLHybridModel`` (7B: SigLIP-L 384 + SAM-B 1024 + LM), bf16, SDPA attention. The
embedding is E5-V's (see prompts.py): the final hidden state (after the LM's last norm) of the last
prompt token, L2-normalised.

Batches are padded on the right and run WITHOUT an attention mask: attention is causal, so a real
token never sees the padding after it, and the last real token's state is exactly what it would be
alone. Without a mask SDPA can take its fused causal (flash) kernel, and positions need no fixing.
"""

import os

import torch
import torch.nn.functional as F

from . import prompts

SIZES = {"1.3b": "DeepseekVLModel", "7b": "DeepseekVLHybridModel"}
IMAGE_TOKEN = "<image_placeholder>"
MAX_CAPTION_CHARS = 2000


class ModelLoadError(RuntimeError):
    """The model directory cannot be used; the message says why."""


def model_id(size):
    return "deepseek-vl-%s@%s" % (size, prompts.VERSION)


def model_class(size):
    import transformers

    if size not in SIZES:
        raise ModelLoadError("--model must be one of %s" % ", ".join(SIZES))
    return getattr(transformers, SIZES[size])


class Engine:
    """A loaded model with its tokenizer and image processor."""

    def __init__(self, model, tokenizer, image_processor, device):
        self.model = model
        self.dtype = next(model.parameters()).dtype
        self.tokenizer = tokenizer
        self.image_processor = image_processor
        self.device = torch.device(device)
        config = model.config
        self.hybrid = hasattr(config, "high_res_vision_config")
        self.dim = config.text_config.hidden_size
        self.image_token_id = config.image_token_id
        vision = config.vision_config
        self.num_image_tokens = (vision.image_size // vision.patch_size) ** 2
        self.image_token, self.pad_id = None, 0
        if tokenizer is not None:  # benchmarks drive embed() with token ids of their own
            token = getattr(tokenizer, "image_token", None) or IMAGE_TOKEN
            if tokenizer.convert_tokens_to_ids(token) != self.image_token_id:
                raise ModelLoadError("the tokenizer's %s is not the model's image_token_id %d" % (token, self.image_token_id))
            self.image_token = token
            pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
            self.pad_id = pad or 0

    @classmethod
    def load(cls, model_dir, size, device, attn="sdpa", compile_lm=False, dtype=torch.bfloat16):
        """Loads weights, tokenizer and image processor from ``model_dir`` only: nothing is downloaded."""
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        from transformers import AutoImageProcessor, AutoTokenizer

        if not os.path.isfile(os.path.join(model_dir, "config.json")):
            raise ModelLoadError("no config.json in %s: --model-dir must hold the converted HF weights" % model_dir)
        try:
            tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
            image_processor = AutoImageProcessor.from_pretrained(model_dir, local_files_only=True)
            model = model_class(size).from_pretrained(
                model_dir, dtype=dtype, attn_implementation=attn, local_files_only=True)
        except (OSError, ValueError) as e:
            raise ModelLoadError("cannot load %s from %s: %s" % (SIZES.get(size, size), model_dir, e)) from e
        return cls.ready(model, tokenizer, image_processor, device, compile_lm, dtype)

    @classmethod
    def ready(cls, model, tokenizer, image_processor, device, compile_lm=False, dtype=torch.bfloat16):
        model = model.to(device=device, dtype=dtype).eval()
        if compile_lm:
            # dynamic=True: one graph serves every batch shape, so length buckets cause no recompiles.
            model.language_model = torch.compile(model.language_model, dynamic=True)
        return cls(model, tokenizer, image_processor, device)

    def tokenize_texts(self, texts, max_tokens):
        """Token ids of each text's prompt; a prompt over ``max_tokens`` loses the end of its text."""
        full = self.tokenizer([prompts.text_prompt(t) for t in texts], add_special_tokens=True)["input_ids"]
        return [ids if len(ids) <= max_tokens else self._cut(t, max_tokens) for t, ids in zip(texts, full)]

    def _cut(self, text, max_tokens):
        head, body, tail = prompts.text_parts(text)
        head_ids = self.tokenizer(head, add_special_tokens=True)["input_ids"]
        tail_ids = self.tokenizer(tail, add_special_tokens=False)["input_ids"]
        body_ids = self.tokenizer(body, add_special_tokens=False)["input_ids"]
        room = max(0, max_tokens - len(head_ids) - len(tail_ids))
        return head_ids + body_ids[:room] + tail_ids

    def tokenize_images(self, captions):
        run = self.image_token * self.num_image_tokens
        texts = [prompts.image_prompt(run, None if c is None else c[:MAX_CAPTION_CHARS]) for c in captions]
        return self.tokenizer(texts, add_special_tokens=True)["input_ids"]

    @torch.inference_mode()
    def embed(self, input_ids, lengths, pixel_values=None, high_res_pixel_values=None):
        """Unit vectors (float32, on the device) for a right-padded batch; no host synchronisation."""
        inputs = {"input_ids": input_ids, "use_cache": False}
        if pixel_values is not None:
            inputs["pixel_values"] = pixel_values.to(self.dtype)
            if self.hybrid:
                inputs["high_res_pixel_values"] = high_res_pixel_values.to(self.dtype)
        hidden = self.model(**inputs).last_hidden_state
        rows = torch.arange(hidden.shape[0], device=hidden.device)
        last = hidden[rows, lengths - 1]
        return F.normalize(last.float(), dim=-1)
