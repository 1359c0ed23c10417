"""Batches for the GPU, built on CPU worker processes: padding of token ids and, for figures,
decoding and preprocessing of the images (the model's own image processor), handed over in pinned
memory so the copies to the GPU overlap compute."""

import torch
from torch.utils.data import DataLoader, Dataset

MAX_IMAGE_PIXELS = 200_000_000


def load_image(path):
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    with Image.open(path) as img:
        return img.convert("RGB")


class BatchSet(Dataset):
    """Item i is batch i of a plan, as a dict of tensors."""

    def __init__(self, batches, items, token_ids, pad_id, image_processor, hybrid):
        self.batches = batches
        self.items = items
        self.token_ids = token_ids
        self.pad_id = pad_id
        self.image_processor = image_processor
        self.hybrid = hybrid

    def __len__(self):
        return len(self.batches)

    def __getitem__(self, i):
        batch = self.batches[i]
        ids = torch.full((len(batch.rows), batch.length), self.pad_id, dtype=torch.long)
        lengths = torch.empty(len(batch.rows), dtype=torch.long)
        for j, row in enumerate(batch.rows):
            tokens = self.token_ids[row]
            ids[j, : len(tokens)] = torch.as_tensor(tokens, dtype=torch.long)
            lengths[j] = len(tokens)
        out = {"index": i, "ids": ids, "lengths": lengths}
        if batch.kind == "image":
            images = [load_image(self.items[row].image) for row in batch.rows]
            features = self.image_processor(images=images, return_tensors="pt")
            out["pixel_values"] = features["pixel_values"]
            if self.hybrid:
                out["high_res_pixel_values"] = features["high_res_pixel_values"]
        return out


def one_thread(_):
    # Each worker is one of many processes: intra-op threads in each would only contend for the cores.
    torch.set_num_threads(1)


def loader(batch_set, workers, prefetch=4):
    return DataLoader(batch_set, batch_size=None, shuffle=False, num_workers=workers, pin_memory=True,
                      prefetch_factor=prefetch if workers > 0 else None, persistent_workers=False,
                      worker_init_fn=one_thread if workers > 0 else None)
