"""pwc-kg's DeepSeek-VL embedding worker: one shared space for paper texts and figures.

The pure-Python modules (vecfile, inputs, prompts, batching) need neither torch nor transformers,
so the file format, input checks and batching can be tested anywhere; engine and data need both.
"""
