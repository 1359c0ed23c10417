#!/usr/bin/env python3
"""Writes the bundled sample dumps (the five PWC dump formats, gzip'd) into this folder.

The records are written for this project: real papers, authors and dates, but abstracts and
descriptions are our own short summaries. Added to them, unchanged: the seed paper's real archive
records (DeepSeek-VL, ../testdata/seed/, CC-BY-SA 4.0), so the demo opens on the page the product
was designed around. Run: python3 sample/make_sample.py
"""
import gzip
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "testdata", "seed")
PWC = "https://paperswithcode.com"


def write(name, records):
    data = json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
    with open(os.path.join(HERE, name + ".json.gz"), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(data)


def seed(stem):
    """The seed paper's records of one dump kind, as the archive has them."""
    with gzip.open(os.path.join(SEED, stem + "-seed.json.gz"), "rt", encoding="utf-8") as f:
        return json.load(f)


def method_ref(name, full_name, description, year, source_url, source_title, snippet, collection, area):
    return {"name": name, "full_name": full_name, "description": description, "introduced_year": year,
            "source_url": source_url, "source_title": source_title, "code_snippet_url": snippet,
            "main_collection": {"name": collection, "description": None, "parent": None, "area": area}}


def paper(slug, arxiv, title, abstract, authors, date, tasks, methods=(), proceeding=None, conference=None):
    return {
        "paper_url": f"{PWC}/paper/{slug}", "arxiv_id": arxiv, "nips_id": None, "openreview_id": None,
        "title": title, "abstract": abstract, "short_abstract": None,
        "url_abs": f"https://arxiv.org/abs/{arxiv}v1" if arxiv else None,
        "url_pdf": f"https://arxiv.org/pdf/{arxiv}v1.pdf" if arxiv else None,
        "proceeding": proceeding, "authors": authors, "tasks": tasks, "date": date,
        "conference_url_abs": None, "conference_url_pdf": None, "conference": conference,
        "reproduces_paper": None, "methods": list(methods)}


TRANSFORMER = method_ref("Transformer", "Transformer",
    "An encoder-decoder architecture built only from attention and feed-forward layers.", 2017,
    "https://arxiv.org/abs/1706.03762v5", "Attention Is All You Need", None, "Transformers", "Natural Language Processing")
RESNET = method_ref("ResNet", "Residual Network",
    "A deep convolutional network whose blocks learn residual functions through identity shortcuts.", 2015,
    "https://arxiv.org/abs/1512.03385v1", "Deep Residual Learning for Image Recognition", None,
    "Convolutional Neural Networks", "Computer Vision")
ADAM = method_ref("Adam", "Adam", "A stochastic optimiser with per-parameter step sizes from moment estimates.", 2014,
    "https://arxiv.org/abs/1412.6980v9", "Adam: A Method for Stochastic Optimization", None,
    "Stochastic Optimization", "General")

PAPERS = [
    paper("attention-is-all-you-need", "1706.03762", "Attention Is All You Need",
          "We present the Transformer, a sequence transduction model that drops recurrence and convolution "
          "entirely and relies on attention alone. Because its layers parallelise well it trains much faster, and "
          "it sets new state-of-the-art BLEU scores on two WMT 2014 translation tasks.",
          ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez",
           "Lukasz Kaiser", "Illia Polosukhin"], "2017-06-12", ["Machine Translation"], [TRANSFORMER, ADAM],
          "NeurIPS 2017", "attention-is-all-you-need-1"),
    paper("deep-residual-learning-for-image-recognition", "1512.03385", "Deep Residual Learning for Image Recognition",
          "Very deep networks are hard to train. We reformulate layers as learning residual functions with "
          "reference to their inputs, which lets us train networks of more than a hundred layers. An ensemble of "
          "residual nets reaches 3.57% top-5 error on ImageNet and won the ILSVRC 2015 classification task.",
          ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"], "2015-12-10",
          ["Image Classification", "Object Detection"], [RESNET], "CVPR 2016"),
    paper("bert-pre-training-of-deep-bidirectional", "1810.04805",
          "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
          "BERT pre-trains a deep bidirectional Transformer on unlabelled text by predicting masked words and "
          "whether two sentences follow each other. Adding one output layer and fine-tuning gives strong results "
          "on eleven language understanding tasks, including SQuAD question answering.",
          ["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"], "2018-10-11",
          ["Question Answering", "Natural Language Inference"], [TRANSFORMER], "NAACL 2019"),
    paper("generative-adversarial-networks", "1406.2661", "Generative Adversarial Networks",
          "A generator and a discriminator are trained against each other: the generator tries to produce "
          "samples the discriminator cannot tell from real data. With multilayer perceptrons both can be trained "
          "by backpropagation, without Markov chains or approximate inference.",
          ["Ian J. Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza", "Bing Xu", "David Warde-Farley",
           "Sherjil Ozair", "Aaron Courville", "Yoshua Bengio"], "2014-06-10", ["Image Generation"]),
    paper("adam-a-method-for-stochastic-optimization", "1412.6980", "Adam: A Method for Stochastic Optimization",
          "Adam is a first-order method for stochastic objectives that adapts the step size of every parameter "
          "from running estimates of the first and second moments of the gradient. It is simple, memory-light "
          "and works well on problems with noisy or sparse gradients.",
          ["Diederik P. Kingma", "Jimmy Ba"], "2014-12-22", ["Stochastic Optimization"], [ADAM]),
    paper("batch-normalization-accelerating-deep-network", "1502.03167",
          "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
          "Normalising each layer's inputs over the mini-batch lets networks train with higher learning rates "
          "and less careful initialisation. Applied to an image classifier it matches the original accuracy in "
          "far fewer training steps.",
          ["Sergey Ioffe", "Christian Szegedy"], "2015-02-11", ["Image Classification"]),
    paper("u-net-convolutional-networks-for-biomedical", "1505.04597",
          "U-Net: Convolutional Networks for Biomedical Image Segmentation",
          "A contracting path captures context and a symmetric expanding path gives precise localisation; with "
          "heavy data augmentation the network learns segmentation from very few annotated images.",
          ["Olaf Ronneberger", "Philipp Fischer", "Thomas Brox"], "2015-05-18", ["Medical Image Segmentation"]),
    paper("you-only-look-once-unified-real-time-object", "1506.02640",
          "You Only Look Once: Unified, Real-Time Object Detection",
          "Detection is framed as a single regression from image pixels to boxes and class probabilities, so one "
          "network evaluation finds all objects. The model runs in real time while keeping competitive accuracy.",
          ["Joseph Redmon", "Santosh Divvala", "Ross Girshick", "Ali Farhadi"], "2015-06-08", ["Object Detection"]),
    paper("mask-r-cnn", "1703.06870", "Mask R-CNN",
          "Mask R-CNN extends a two-stage detector with a branch that predicts an object mask for each region, "
          "adding little overhead and giving strong instance segmentation, detection and keypoint results on COCO.",
          ["Kaiming He", "Georgia Gkioxari", "Piotr Dollár", "Ross Girshick"], "2017-03-20",
          ["Instance Segmentation", "Object Detection"], [RESNET]),
    paper("an-image-is-worth-16x16-words-transformers-1", "2010.11929",
          "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
          "Splitting an image into patches and feeding them to a plain Transformer works remarkably well for "
          "classification once the model is pre-trained on enough data, while needing less compute to train "
          "than comparable convolutional networks.",
          ["Alexey Dosovitskiy", "Lucas Beyer", "Alexander Kolesnikov", "Dirk Weissenborn", "Xiaohua Zhai",
           "Thomas Unterthiner", "Mostafa Dehghani", "Matthias Minderer", "Georg Heigold", "Sylvain Gelly",
           "Jakob Uszkoreit", "Neil Houlsby"], "2020-10-22", ["Image Classification"], [TRANSFORMER], "ICLR 2021"),
    paper("denoising-diffusion-probabilistic-models", "2006.11239", "Denoising Diffusion Probabilistic Models",
          "Latent variable models that reverse a gradual noising process produce high-quality images. Training "
          "on a weighted bound connected to denoising score matching gives an Inception score of 9.46 and an FID "
          "of 3.17 on unconditional CIFAR-10.",
          ["Jonathan Ho", "Ajay Jain", "Pieter Abbeel"], "2020-06-19", ["Image Generation"]),
    paper("language-models-are-few-shot-learners", "2005.14165", "Language Models are Few-Shot Learners",
          "Scaling an autoregressive language model to 175 billion parameters lets it perform many tasks from a "
          "few examples given in its prompt, without gradient updates, sometimes rivalling fine-tuned systems.",
          ["Tom B. Brown", "Benjamin Mann", "Nick Ryder", "Melanie Subbiah", "Jared Kaplan", "Prafulla Dhariwal",
           "Arvind Neelakantan", "Pranav Shyam", "Girish Sastry", "Amanda Askell"], "2020-05-28",
          ["Question Answering", "Language Modelling"], [TRANSFORMER]),
    paper("roberta-a-robustly-optimized-bert-pretraining", "1907.11692",
          "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
          "A careful replication of BERT pre-training shows it was undertrained; with longer training, bigger "
          "batches, more data and dynamic masking the same architecture matches or beats later models.",
          ["Yinhan Liu", "Myle Ott", "Naman Goyal", "Jingfei Du", "Mandar Joshi", "Danqi Chen", "Omer Levy",
           "Mike Lewis", "Luke Zettlemoyer", "Veselin Stoyanov"], "2019-07-26", ["Question Answering"], [TRANSFORMER]),
    paper("squad-100000-questions-for-machine", "1606.05250", "SQuAD: 100,000+ Questions for Machine Comprehension of Text",
          "A reading comprehension dataset of over 100,000 questions posed by crowdworkers on Wikipedia articles, "
          "where each answer is a span of the passage. A logistic regression baseline reaches an F1 of 51%, far "
          "below human performance.",
          ["Pranav Rajpurkar", "Jian Zhang", "Konstantin Lopyrev", "Percy Liang"], "2016-06-16",
          ["Question Answering", "Reading Comprehension"], [], "EMNLP 2016"),
    paper("deep-contextualized-word-representations", "1802.05365", "Deep contextualized word representations",
          "Word vectors taken from the internal states of a deep bidirectional language model capture syntax, "
          "semantics and context; adding them to existing models improves six NLP benchmarks.",
          ["Matthew E. Peters", "Mark Neumann", "Mohit Iyyer", "Matt Gardner", "Christopher Clark", "Kenton Lee",
           "Luke Zettlemoyer"], "2018-02-15", ["Question Answering", "Named Entity Recognition"]),
]


def link(slug, title, arxiv, repo, official, framework):
    return {"paper_url": f"{PWC}/paper/{slug}", "paper_title": title, "paper_arxiv_id": arxiv,
            "paper_url_abs": f"https://arxiv.org/abs/{arxiv}v1", "paper_url_pdf": f"https://arxiv.org/pdf/{arxiv}v1.pdf",
            "repo_url": repo, "is_official": official, "mentioned_in_paper": official, "mentioned_in_github": True,
            "framework": framework}


def links():
    repos = {
        "attention-is-all-you-need": [("https://github.com/tensorflow/tensor2tensor", True, "tf"),
                                      ("https://github.com/harvardnlp/annotated-transformer", False, "pytorch")],
        "deep-residual-learning-for-image-recognition": [("https://github.com/KaimingHe/deep-residual-networks", True, "none"),
                                                         ("https://github.com/pytorch/vision", False, "pytorch")],
        "bert-pre-training-of-deep-bidirectional": [("https://github.com/google-research/bert", True, "tf"),
                                                    ("https://github.com/huggingface/transformers", False, "pytorch")],
        "generative-adversarial-networks": [("https://github.com/goodfeli/adversarial", True, "none")],
        "u-net-convolutional-networks-for-biomedical": [("https://github.com/milesial/Pytorch-UNet", False, "pytorch")],
        "you-only-look-once-unified-real-time-object": [("https://github.com/pjreddie/darknet", True, "none")],
        "mask-r-cnn": [("https://github.com/facebookresearch/detectron2", True, "pytorch"),
                       ("https://github.com/matterport/Mask_RCNN", False, "tf")],
        "an-image-is-worth-16x16-words-transformers-1": [("https://github.com/google-research/vision_transformer", True, "jax")],
        "denoising-diffusion-probabilistic-models": [("https://github.com/hojonathanho/diffusion", True, "tf")],
        "roberta-a-robustly-optimized-bert-pretraining": [("https://github.com/facebookresearch/fairseq", True, "pytorch"),
                                                          ("https://github.com/huggingface/transformers", False, "pytorch")],
        "squad-100000-questions-for-machine": [("https://github.com/rajpurkar/SQuAD-explorer", True, "none")],
        "deep-contextualized-word-representations": [("https://github.com/allenai/bilm-tf", True, "tf")],
    }
    by_slug = {p["paper_url"].rsplit("/", 1)[1]: p for p in PAPERS}
    return [link(slug, by_slug[slug]["title"], by_slug[slug]["arxiv_id"], repo, official, fw)
            for slug, entries in repos.items() for repo, official, fw in entries]


def row(model, metrics, title=None, url=None, date=None, code=(), extra=False):
    return {"model_name": model, "metrics": metrics, "paper_title": title, "paper_url": url, "paper_date": date,
            "code_links": [{"title": c.rsplit("/", 1)[1], "url": c} for c in code], "model_links": [],
            "uses_additional_data": extra}


def dataset_entry(name, description, metrics, rows, subdatasets=()):
    return {"dataset": name, "description": description, "dataset_citations": [], "dataset_links": [],
            "subdatasets": list(subdatasets), "sota": {"metrics": metrics, "rows": rows}}


def evaluation_tables():
    imagenet = dataset_entry("ImageNet", "Top-1 accuracy on the ILSVRC 2012 validation set.",
        ["Top 1 Accuracy", "Number of params"], [
            row("ViT-H/14", {"Top 1 Accuracy": "88.55%", "Number of params": "632M"},
                "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                f"{PWC}/paper/an-image-is-worth-16x16-words-transformers-1", "2020-10-22",
                ["https://github.com/google-research/vision_transformer"], True),
            row("ResNet-152", {"Top 1 Accuracy": "78.57%", "Number of params": "60M"},
                "Deep Residual Learning for Image Recognition", "https://arxiv.org/abs/1512.03385", "2015-12-10"),
            row("Inception-BN", {"Top 1 Accuracy": "74.8%", "Number of params": "11.3M"},
                "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
                None, "2015-02-11"),
            row("EfficientNet-B7", {"Top 1 Accuracy": "84.3%", "Number of params": "66M"},
                "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
                "https://arxiv.org/abs/1905.11946", "2019-05-28"),
            row("AlexNet", {"Top 1 Accuracy": "63.3%", "Number of params": "61M"},
                "ImageNet Classification with Deep Convolutional Neural Networks",
                "https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks",
                "2012-12-03"),
        ])
    cub = dataset_entry("CUB-200-2011", "Fine-grained classification of 200 bird species.", ["Accuracy"], [
        row("ResNet-50 (fine-tuned)", {"Accuracy": "84.5"}, "Deep Residual Learning for Image Recognition",
            f"{PWC}/paper/deep-residual-learning-for-image-recognition", "2015-12-10"),
        row("ViT-B/16", {"Accuracy": "90.8 ± 0.2"}, "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
            "https://arxiv.org/abs/2010.11929", "2020-10-22"),
    ])
    squad = dataset_entry("SQuAD1.1", "Extractive question answering on Wikipedia paragraphs.", ["EM", "F1"], [
        row("BERT (large, single)", {"EM": "84.1", "F1": "90.9"},
            "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
            f"{PWC}/paper/bert-pre-training-of-deep-bidirectional", "2018-10-11",
            ["https://github.com/google-research/bert"]),
        row("RoBERTa", {"EM": "88.9", "F1": "94.6"}, "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
            "https://arxiv.org/abs/1907.11692", "2019-07-26", extra=True),
        row("BiDAF + Self Attention + ELMo", {"EM": "78.6", "F1": "85.8"}, "Deep contextualized word representations",
            None, "2018-02-15", ["https://github.com/allenai/bilm-tf"]),
        row("Logistic Regression", {"EM": "40.4", "F1": "51.0"},
            "SQuAD: 100,000+ Questions for Machine Comprehension of Text",
            f"{PWC}/paper/squad-100000-questions-for-machine", "2016-06-16"),
        row("Human Performance", {"EM": "82.3", "F1": "91.2"}),
    ])
    squad2 = dataset_entry("SQuAD2.0", "Adds unanswerable questions to SQuAD.", ["EM", "F1"], [
        row("RoBERTa (single)", {"EM": "86.8", "F1": "89.8"}, "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
            f"{PWC}/paper/roberta-a-robustly-optimized-bert-pretraining", "2019-07-26"),
        row("GPT-3 (few-shot)", {"EM": "Please tell us", "F1": "69.8"}, "Language Models are Few-Shot Learners",
            "https://arxiv.org/abs/2005.14165", "2020-05-28"),
    ])
    cifar = dataset_entry("CIFAR-10", "Unconditional generation of 32x32 images.", ["FID", "Inception score", "Training steps"], [
        row("DDPM", {"FID": "3.17", "Inception score": "9.46 ± 0.11", "Training steps": "800k"},
            "Denoising Diffusion Probabilistic Models", f"{PWC}/paper/denoising-diffusion-probabilistic-models",
            "2020-06-19", ["https://github.com/hojonathanho/diffusion"]),
        row("DDPM (L_simple, ablation)", {"FID": "3.17", "Inception score": "9.46±0.11", "Training steps": "1.2k"},
            "Denoising Diffusion Probabilistic Models", "https://arxiv.org/abs/2006.11239", "2020-06-19"),
        row("GAN (MLP)", {"FID": "-", "Inception score": "6.41", "Training steps": "–"},
            "Generative Adversarial Networks", "https://arxiv.org/abs/1406.2661", "2014-06-10"),
    ])
    coco = dataset_entry("COCO test-dev", "Object detection on the COCO 2017 test-dev split.", ["box AP", "FPS"], [
        row("Mask R-CNN (ResNeXt-101-FPN)", {"box AP": "39.8", "FPS": "5"}, "Mask R-CNN",
            f"{PWC}/paper/mask-r-cnn", "2017-03-20", ["https://github.com/facebookresearch/detectron2"]),
        row("YOLO", {"box AP": "21.6", "FPS": "45"}, "You Only Look Once: Unified, Real-Time Object Detection",
            "https://arxiv.org/abs/1506.02640", "2015-06-08"),
        row("Mask R-CNN (ResNet-101-FPN)", {"box AP": "38.2", "FPS": "5"}, "Mask R-CNN",
            f"{PWC}/paper/mask-r-cnn", "2017-03-20"),
    ])
    return [
        {"task": "Image Classification", "description": "Assigning a label to a whole image.",
         "categories": ["Computer Vision"], "synonyms": ["Image Recognition"],
         "source_link": {"title": "Papers with Code", "url": f"{PWC}/task/image-classification"},
         "datasets": [imagenet],
         "subtasks": [{"task": "Fine-Grained Image Classification",
                       "description": "Telling apart classes that look alike, such as bird species.",
                       "categories": ["Computer Vision"], "synonyms": [], "source_link": None,
                       "datasets": [cub], "subtasks": []}]},
        {"task": "Question Answering", "description": "Answering questions about a text passage.",
         "categories": ["Natural Language Processing"], "synonyms": ["QA"],
         "source_link": {"title": "NLP-progress", "url": "https://github.com/sebastianruder/NLP-progress"},
         "datasets": [squad, squad2], "subtasks": []},
        {"task": "Image Generation", "description": "Generating new images that look like the training data.",
         "categories": ["Computer Vision"], "synonyms": [], "source_link": None, "datasets": [cifar], "subtasks": []},
        {"task": "Object Detection", "description": "Locating and classifying objects with bounding boxes.",
         "categories": ["Computer Vision"], "synonyms": [], "source_link": None, "datasets": [coco], "subtasks": []},
    ]


def method(slug, name, full_name, description, year, paper_slug, collections, snippet=None):
    p = next((x for x in PAPERS if x["paper_url"].endswith("/" + paper_slug)), None) if paper_slug else None
    return {"url": f"{PWC}/method/{slug}", "name": name, "full_name": full_name, "description": description,
            "paper": {"title": p["title"], "url": p["paper_url"]} if p else None,
            "introduced_year": year, "source_url": p["url_abs"] if p else None,
            "source_title": p["title"] if p else None, "code_snippet_url": snippet, "num_papers": 100,
            "collections": [{"collection": c, "area_id": a.lower().replace(" ", "-"), "area": a} for c, a in collections]}


CV, NLP, GEN = "Computer Vision", "Natural Language Processing", "General"
METHODS = [
    method("transformer", "Transformer", "Transformer", "Encoder-decoder model made of attention and feed-forward layers.",
           2017, "attention-is-all-you-need", [("Transformers", NLP)]),
    method("multi-head-attention", "Multi-Head Attention", "Multi-Head Attention",
           "Runs several attention functions in parallel on projected queries, keys and values.", 2017,
           "attention-is-all-you-need", [("Attention Modules", GEN)]),
    method("resnet", "ResNet", "Residual Network", "Convolutional network of residual blocks with identity shortcuts.",
           2015, "deep-residual-learning-for-image-recognition", [("Convolutional Neural Networks", CV)],
           "https://github.com/pytorch/vision/blob/main/torchvision/models/resnet.py#L166"),
    method("residual-connection", "Residual Connection", "Residual Connection",
           "Adds a block's input to its output so the block learns a residual.", 2015,
           "deep-residual-learning-for-image-recognition", [("Skip Connections", GEN)]),
    method("bert", "BERT", "Bidirectional Encoder Representations from Transformers",
           "Pre-trains a bidirectional Transformer encoder with masked language modelling.", 2018,
           "bert-pre-training-of-deep-bidirectional", [("Language Models", NLP)]),
    method("gan", "GAN", "Generative Adversarial Network", "A generator and a discriminator trained as a two-player game.",
           2000, None, [("Generative Models", CV), ("Generative Adversarial Networks", CV)]),
    method("adam", "Adam", "Adam", "Stochastic optimiser with adaptive per-parameter learning rates.", 2014,
           "adam-a-method-for-stochastic-optimization", [("Stochastic Optimization", GEN)]),
    method("batch-normalization", "Batch Normalization", "Batch Normalization",
           "Normalises activations over the mini-batch, then scales and shifts them.", 2015,
           "batch-normalization-accelerating-deep-network", [("Normalization", GEN)]),
    method("u-net", "U-Net", "U-Net", "Encoder-decoder segmentation network with skip connections between levels.",
           2015, "u-net-convolutional-networks-for-biomedical", [("Semantic Segmentation Models", CV)]),
    method("yolov1", "YOLOv1", "You Only Look Once", "Single-stage detector that regresses boxes on a grid.", 2015,
           "you-only-look-once-unified-real-time-object", [("Object Detection Models", CV)]),
    method("mask-r-cnn", "Mask R-CNN", "Mask R-CNN", "Two-stage detector with an extra mask prediction branch.", 2017,
           "mask-r-cnn", [("Instance Segmentation Models", CV)]),
    method("roialign", "RoIAlign", "RoIAlign", "Samples region features with bilinear interpolation instead of rounding.",
           2017, "mask-r-cnn", [("RoI Feature Extractors", CV)]),
    method("vision-transformer", "Vision Transformer", "Vision Transformer",
           "Transformer encoder applied to a sequence of image patches.", 2020,
           "an-image-is-worth-16x16-words-transformers-1", [("Image Models", CV)]),
    method("diffusion", "Diffusion", "Denoising Diffusion Probabilistic Model",
           "Generates data by learning to reverse a gradual noising process.", 2020,
           "denoising-diffusion-probabilistic-models", [("Generative Models", CV)]),
    method("gpt-3", "GPT-3", "GPT-3", "A 175-billion-parameter autoregressive Transformer language model.", 2020,
           "language-models-are-few-shot-learners", [("Autoregressive Transformers", NLP)]),
    method("roberta", "RoBERTa", "RoBERTa", "BERT pre-trained longer, on more data, with dynamic masking.", 2019,
           "roberta-a-robustly-optimized-bert-pretraining", [("Transformers", NLP)]),
    method("elmo", "ELMo", "Embeddings from Language Models",
           "Contextual word vectors from a deep bidirectional LSTM language model.", 2018,
           "deep-contextualized-word-representations", [("Word Embeddings", NLP)]),
    method("dropout", "Dropout", "Dropout", "Randomly zeroes activations during training to reduce co-adaptation.",
           2000, None, [("Regularization", GEN)]),
    method("relu", "ReLU", "Rectified Linear Units", "The activation max(0, x).", 2000, None,
           [("Activation Functions", GEN)]),
    method("layer-normalization", "Layer Normalization", None, "Normalises across the features of each example.",
           2016, None, [("Normalization", GEN)]),
]


def dataset(slug, name, full_name, description, paper_slug, tasks, modalities, languages, homepage, date, loaders=()):
    p = next((x for x in PAPERS if x["paper_url"].endswith("/" + paper_slug)), None) if paper_slug else None
    return {"url": f"{PWC}/dataset/{slug}", "name": name, "full_name": full_name, "homepage": homepage,
            "description": description, "paper": {"title": p["title"], "url": p["paper_url"]} if p else None,
            "introduced_date": date, "warning": None, "modalities": modalities,
            "tasks": [{"task": t, "url": f"{PWC}/task/{t.lower().replace(' ', '-')}"} for t in tasks],
            "languages": languages, "variants": [name], "num_papers": 1000,
            "data_loaders": [{"url": u, "repo": u, "frameworks": ["pytorch"]} for u in loaders]}


DATASETS = [
    dataset("imagenet", "ImageNet", "ImageNet", "Over a million labelled images in a thousand classes.", None,
            ["Image Classification"], ["Images"], [], "https://www.image-net.org/", "2009-06-20",
            ["https://github.com/pytorch/vision"]),
    dataset("cub-200-2011", "CUB-200-2011", "Caltech-UCSD Birds-200-2011", "Photos of 200 bird species with part labels.",
            None, ["Fine-Grained Image Classification"], ["Images"], [], "https://www.vision.caltech.edu/datasets/cub_200_2011/",
            "2011-07-01"),
    dataset("squad", "SQuAD", "Stanford Question Answering Dataset",
            "Crowdsourced questions on Wikipedia passages whose answers are spans of the passage.",
            "squad-100000-questions-for-machine", ["Question Answering"], ["Texts"], ["English"],
            "https://rajpurkar.github.io/SQuAD-explorer/", "2016-06-16"),
    dataset("cifar-10", "CIFAR-10", None, "60,000 small colour images in ten classes.", None,
            ["Image Classification", "Image Generation"], ["Images"], [], "https://www.cs.toronto.edu/~kriz/cifar.html",
            None, ["https://github.com/pytorch/vision"]),
    dataset("coco", "COCO", "Microsoft Common Objects in Context",
            "Everyday scenes with object boxes, masks, keypoints and captions.", None,
            ["Object Detection", "Instance Segmentation"], ["Images"], [], "https://cocodataset.org/", "2014-05-01"),
    dataset("wmt-2014", "WMT 2014", None, "Shared-task data for machine translation, including English-German.",
            None, ["Machine Translation"], ["Texts"], ["English", "German", "French"], "https://www.statmt.org/wmt14/", None),
    dataset("glue", "GLUE", "General Language Understanding Evaluation benchmark",
            "Nine sentence and sentence-pair language understanding tasks.", None, ["Natural Language Inference"],
            ["Texts"], ["English"], "https://gluebenchmark.com/", "2018-04-20"),
    dataset("mnist", "MNIST", None, "Handwritten digits, 60,000 for training and 10,000 for testing.", None,
            ["Image Classification", "Image Generation"], ["Images"], [], None, None),
    dataset("conll-2003", "CoNLL 2003", None, "Newswire text annotated with persons, organisations, locations and misc.",
            None, ["Named Entity Recognition"], ["Texts"], ["English", "German"], None, "2003-06-01"),
    dataset("isbi-2012", "ISBI 2012", "ISBI 2012 EM segmentation challenge",
            "Electron microscopy stacks of neuronal structures to segment.", "u-net-convolutional-networks-for-biomedical",
            ["Medical Image Segmentation"], ["Images", "Medical"], [], None, "2012-05-02"),
]

if __name__ == "__main__":
    write("papers-with-abstracts", PAPERS + seed("papers-with-abstracts"))
    write("links-between-papers-and-code", links() + seed("links-between-papers-and-code"))
    write("evaluation-tables", evaluation_tables() + seed("evaluation-tables"))
    write("methods", METHODS)
    write("datasets", DATASETS)
