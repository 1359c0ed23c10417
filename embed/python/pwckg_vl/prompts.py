"""The E5-V prompts (Jiang et al., 2024, "E5-V: Universal Embeddings with Multimodal Large Language
Models") in DeepSeek-VL's chat format.

E5-V asks the model to summarise its input "in one word" and takes the final hidden state of the
last prompt token as the embedding: the one-word constraint squeezes the meaning into the next-token
state, and the same instruction for texts and images puts both in one space without multimodal
training. DeepSeek-VL's own format is ``<system>\\n\\nUser: <content>\\n\\nAssistant:``; like E5-V we
leave out the system prompt. The version string is part of the model id in the vector index:
change a prompt, change the version.
"""

VERSION = "e5v-v1"
USER = "User: "
TEXT_INSTRUCTION = "\nSummary above sentence in one word:"
IMAGE_INSTRUCTION = "\nSummary above image in one word:"
IMAGE_WITH_CAPTION_INSTRUCTION = "\nSummary above image and its caption in one word:"
ASSISTANT = "\n\nAssistant:"


def text_prompt(text):
    return USER + text.strip() + TEXT_INSTRUCTION + ASSISTANT


def text_parts(text):
    """The prompt as (head, body, tail), so that a long body can be cut to fit a token budget."""
    return USER, text.strip(), TEXT_INSTRUCTION + ASSISTANT


def image_prompt(image_tokens, caption=None):
    """``image_tokens`` is the image placeholder repeated once per image feature (576 for DeepSeek-VL)."""
    if caption is None:
        return USER + image_tokens + IMAGE_INSTRUCTION + ASSISTANT
    return USER + image_tokens + "\n" + caption.strip() + IMAGE_WITH_CAPTION_INSTRUCTION + ASSISTANT
