"""Tests of the worker's parts that need neither torch nor transformers (run: python3 -m pytest embed/python/tests)."""

import json
import os
import struct
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from pwckg_vl import batching, inputs, prompts, vecfile  # noqa: E402


def floats(values):
    return struct.pack("<%df" % len(values), *values)


def test_a_chunk_reads_back_as_written(tmp_path):
    path = str(tmp_path / vecfile.chunk_name(3))
    vecfile.write_chunk(path, ["a", "b"], 2, floats([1, 0, 0, 1]))
    ids, dim, body = vecfile.read_chunk(path)
    assert ids == ["a", "b"] and dim == 2
    assert struct.unpack("<4f", body) == (1.0, 0.0, 0.0, 1.0)
    assert os.listdir(tmp_path) == ["chunk-000003.pwcv"]


def test_a_chunk_with_the_wrong_number_of_floats_is_refused(tmp_path):
    with pytest.raises(ValueError):
        vecfile.write_chunk(str(tmp_path / "c"), ["a"], 2, floats([1]))


def test_a_truncated_chunk_is_refused(tmp_path):
    path = str(tmp_path / "c")
    vecfile.write_chunk(path, ["a"], 2, floats([1, 0]))
    with open(path, "r+b") as f:
        f.truncate(os.path.getsize(path) - 4)
    with pytest.raises(ValueError):
        vecfile.read_chunk(path)


def test_run_files_of_other_work_do_not_match():
    run = {"format": vecfile.RUN_FORMAT, "model_id": "m", "input_sha256": "x", "count": 3, "chunk_size": 2, "dim": 4}
    assert vecfile.same_work(dict(run, torch="2.11"), run)
    assert not vecfile.same_work(dict(run, input_sha256="y"), run)


def write_lines(tmp_path, rows):
    path = tmp_path / "input.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def test_input_rows_resolve_image_paths_against_the_input_folder(tmp_path):
    path = write_lines(tmp_path, [{"id": "p", "kind": "text", "text": "T\n\nA"},
                                  {"id": "f", "kind": "image", "text": None, "image": "img/f.png"}])
    items, sha = inputs.read_items(path)
    assert [i.id for i in items] == ["p", "f"]
    assert items[1].image == os.path.join(str(tmp_path), "img/f.png")
    assert len(sha) == 64


@pytest.mark.parametrize("row, message", [
    ('{"id": "a", "kind": "text"}', "needs text"),
    ('{"id": "a", "kind": "video", "text": "x"}', "kind must be"),
    ('{"kind": "text", "text": "x"}', "id must be"),
    ("not json", "not JSON"),
    ('{"id": "a", "kind": "image", "text": null}', "needs image"),
])
def test_bad_input_rows_are_refused_with_their_line(tmp_path, row, message):
    path = write_lines(tmp_path, [{"id": "ok", "kind": "text", "text": "fine"}, row])
    with pytest.raises(inputs.InputError, match="line 2.*" + message):
        inputs.read_items(path)


def test_a_repeated_id_is_refused(tmp_path):
    path = write_lines(tmp_path, [{"id": "a", "kind": "text", "text": "x"}, {"id": "a", "kind": "text", "text": "y"}])
    with pytest.raises(inputs.InputError, match="appears twice"):
        inputs.read_items(path)


def test_prompts_follow_e5v_in_deepseek_chat_format():
    assert prompts.text_prompt(" A title\n\nAn abstract ") == (
        "User: A title\n\nAn abstract\nSummary above sentence in one word:\n\nAssistant:")
    assert prompts.image_prompt("<i><i>") == "User: <i><i>\nSummary above image in one word:\n\nAssistant:"
    assert "\nA caption\nSummary above image and its caption" in prompts.image_prompt("<i>", "A caption")


def test_chunks_cover_every_row_once():
    assert batching.chunks(5, 2) == [(0, 0, 2), (1, 2, 4), (2, 4, 5)]


def test_batches_sort_by_length_and_respect_both_limits():
    lengths = [10, 300, 12, 290, 11, 305, 50]
    kinds = ["text"] * 6 + ["image"]
    batches = batching.plan(0, range(7), kinds, lengths, max_rows=2, max_tokens=600)
    assert [b.rows for b in batches] == [[6], [5], [1, 3], [2, 4], [0]]
    for b in batches:
        assert len(b.rows) <= 2 and b.length * len(b.rows) <= 610
        assert b.length == max(lengths[r] for r in b.rows)


def test_sorting_keeps_padding_low_on_mixed_lengths():
    import random

    rng = random.Random(7)
    lengths = [rng.randint(80, 500) for _ in range(5000)]
    batches = batching.plan(0, range(5000), ["text"] * 5000, lengths, 256, 65536)
    assert batching.padding_ratio(batches, lengths) < 0.05  # unsorted batches of this mix pad ~40%


from pwckg_vl import resume  # noqa: E402

RUN = {"format": vecfile.RUN_FORMAT, "model_id": "m", "input_sha256": "x", "count": 5, "chunk_size": 2, "dim": 2}


def test_a_resumed_run_redoes_only_the_missing_chunks(tmp_path):
    out = str(tmp_path)
    resume.prepare(out, RUN, restart=False)
    vecfile.write_chunk(os.path.join(out, vecfile.chunk_name(1)), ["c", "d"], 2, floats([1, 0, 0, 1]))
    resume.prepare(out, dict(RUN, torch="x"), restart=False)
    assert resume.pending_chunks(out, 5, 2) == [(0, 0, 2), (2, 4, 5)]


def test_chunks_of_other_work_are_refused_or_dropped_on_restart(tmp_path):
    out = str(tmp_path)
    resume.prepare(out, RUN, restart=False)
    vecfile.write_chunk(os.path.join(out, vecfile.chunk_name(0)), ["a", "b"], 2, floats([1, 0, 0, 1]))
    other = dict(RUN, input_sha256="y")
    with pytest.raises(resume.WorkMismatch):
        resume.prepare(out, other, restart=False)
    resume.prepare(out, other, restart=True)
    assert resume.pending_chunks(out, 5, 2) == batching.chunks(5, 2)


def test_the_quality_harness_asks_one_question_per_real_figure():
    import quality_check

    data = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "shared", "data", "pwc")
    items, truth = quality_check.rows(*quality_check.load(data), data)
    kinds = [i.id.split(":")[0] for i in items]
    assert (kinds.count("paper"), kinds.count("figure"), kinds.count("caption")) == (245, 46, 40)
    assert len(truth["figure_paper"]) == 40 and len(truth["caption_figure"]) == 40
    assert all(p in {i.id for i in items} for p in truth["figure_paper"].values())
