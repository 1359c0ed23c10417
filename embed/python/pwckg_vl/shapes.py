"""Model shapes for checks without weights: the published DeepSeek-VL sizes (from the HF conversion
scripts of transformers 5.x) and tiny configurations of the same classes, plus a tiny tokenizer, so
the whole loading path (from_pretrained of a local folder) can run without any download."""

import json
import os

import torch

TEXT_1_3B = {"hidden_size": 2048, "intermediate_size": 5632, "max_position_embeddings": 16384,
             "num_attention_heads": 16, "num_hidden_layers": 24, "vocab_size": 102400}
TEXT_7B = {"hidden_size": 4096, "intermediate_size": 11008, "max_position_embeddings": 16384,
           "num_attention_heads": 32, "num_hidden_layers": 30, "vocab_size": 102400}
SIGLIP_L_384 = {"hidden_size": 1024, "intermediate_size": 4096, "image_size": 384, "patch_size": 16,
                "hidden_act": "gelu", "vision_use_head": False, "num_attention_heads": 16, "num_hidden_layers": 24}
SAM_B_1024 = {"hidden_size": 768, "intermediate_size": 3072, "image_size": 1024, "patch_size": 16,
              "num_attention_heads": 12, "num_hidden_layers": 12}


def published_config(size):
    from transformers import DeepseekVLConfig, DeepseekVLHybridConfig

    if size == "1.3b":
        return DeepseekVLConfig(text_config=dict(TEXT_1_3B), vision_config=dict(SIGLIP_L_384))
    return DeepseekVLHybridConfig(text_config=dict(TEXT_7B), vision_config=dict(SIGLIP_L_384),
                                  high_res_vision_config=dict(SAM_B_1024))


def tiny_config(size, vocab_size, image_token_id):
    """64-pixel SigLIP (16 image tokens); for 7b also a 128-pixel SAM whose projection gives 4x4 too."""
    from transformers import DeepseekVLConfig, DeepseekVLHybridConfig

    text = {"hidden_size": 64, "intermediate_size": 128, "num_attention_heads": 4, "num_hidden_layers": 2,
            "vocab_size": vocab_size, "max_position_embeddings": 512, "initializer_range": 0.2}
    vision = {"hidden_size": 32, "intermediate_size": 64, "image_size": 64, "patch_size": 16,
              "num_attention_heads": 2, "num_hidden_layers": 2, "vision_use_head": False}
    if size == "1.3b":
        return DeepseekVLConfig(text_config=text, vision_config=vision, image_token_id=image_token_id)
    sam = {"hidden_size": 32, "output_channels": 16, "num_hidden_layers": 2, "num_attention_heads": 2,
           "image_size": 128, "patch_size": 16, "window_size": 4, "global_attn_indexes": [1]}
    return DeepseekVLHybridConfig(text_config=text, vision_config=vision, high_res_vision_config=sam,
                                  image_token_id=image_token_id)


def construct(cls, config, attn=None, dtype=torch.bfloat16, device="cpu"):
    """``cls`` with random weights, built in ``dtype`` on ``device``. transformers 5 takes ``dtype``,
    4.x ``torch_dtype``; the default dtype is set too, so either way no fp32 copy is made."""
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        with torch.device(device):
            extra = {} if attn is None else {"attn_implementation": attn}
            error = None
            for kwargs in ({"dtype": dtype}, {"torch_dtype": dtype}, {}):
                try:
                    return cls._from_config(config, **extra, **kwargs).eval()
                except TypeError as e:
                    error = e
            raise error
    finally:
        torch.set_default_dtype(previous)


def random_model(size, config, attn, device):
    """A randomly initialised model of the real class, built in bf16 straight on the device."""
    from .engine import model_class

    return construct(model_class(size), config, attn, torch.bfloat16, device)


def tiny_tokenizer(words):
    """A word-level tokenizer with DeepSeek-VL's special tokens (BOS added, image placeholder)."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors

    try:
        from transformers import PreTrainedTokenizerFast
    except ImportError:  # renamed in some 5.x releases
        from transformers import TokenizersBackend as PreTrainedTokenizerFast

    specials = ["<unk>", "<pad>", "<s>", "</s>", "<image_placeholder>"]
    vocab = {t: i for i, t in enumerate(specials + sorted(set(words) - set(specials)))}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Split("<image_placeholder>", "isolated"),
                                                  pre_tokenizers.WhitespaceSplit()])
    core.post_processor = processors.TemplateProcessing(single="<s> $A", special_tokens=[("<s>", vocab["<s>"])])
    core.add_special_tokens(specials)
    common = dict(tokenizer_object=core, bos_token="<s>", eos_token="</s>", pad_token="<pad>", unk_token="<unk>")
    try:
        return PreTrainedTokenizerFast(**common, extra_special_tokens={"image_token": "<image_placeholder>"})
    except TypeError:  # no named extra special tokens: the engine falls back to "<image_placeholder>"
        return PreTrainedTokenizerFast(**common)


def write_tiny_model_dir(size, folder, words, seed=0):
    """A local model folder (config, safetensors, tokenizer, image processor) as a user would have."""
    from transformers import DeepseekVLHybridImageProcessor, DeepseekVLImageProcessor

    from .engine import model_class

    tokenizer = tiny_tokenizer(words)
    config = tiny_config(size, len(tokenizer), tokenizer.convert_tokens_to_ids("<image_placeholder>"))
    torch.manual_seed(seed)
    model = construct(model_class(size), config, None, torch.float32)
    os.makedirs(folder, exist_ok=True)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    if size == "1.3b":
        processor = DeepseekVLImageProcessor(size={"height": 64, "width": 64})
    else:
        processor = DeepseekVLHybridImageProcessor(size={"height": 64, "width": 64},
                                                   high_res_size={"height": 128, "width": 128})
    processor.save_pretrained(folder)
    with open(os.path.join(folder, "pwckg-tiny.json"), "w") as f:
        json.dump({"note": "random weights for pwc-kg's end-to-end check; not a real model"}, f)
    return folder
