"""Tests of the worker's parts that need neither torch nor transformers, with the standard library only:
python3 -m unittest discover -s embed/python/tests (the Java build runs them: PythonWorkerTest)."""

import json
import os
import random
import struct
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from pwckg_vl import batching, inputs, prompts, resume, vecfile  # noqa: E402

RUN = {"format": vecfile.RUN_FORMAT, "model_id": "m", "input_sha256": "x", "count": 5, "chunk_size": 2, "dim": 2}


def floats(values):
    return struct.pack("<%df" % len(values), *values)


class Folder(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write_lines(self, rows):
        path = os.path.join(self.dir, "input.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
        return path


class VecfileTest(Folder):
    def test_a_chunk_reads_back_as_written(self):
        path = os.path.join(self.dir, vecfile.chunk_name(3))
        vecfile.write_chunk(path, ["a", "b"], 2, floats([1, 0, 0, 1]))
        ids, dim, body = vecfile.read_chunk(path)
        self.assertEqual((ids, dim), (["a", "b"], 2))
        self.assertEqual(struct.unpack("<4f", body), (1.0, 0.0, 0.0, 1.0))
        self.assertEqual(os.listdir(self.dir), ["chunk-000003.pwcv"])

    def test_a_chunk_with_the_wrong_number_of_floats_is_refused(self):
        with self.assertRaises(ValueError):
            vecfile.write_chunk(os.path.join(self.dir, "c"), ["a"], 2, floats([1]))

    def test_a_truncated_chunk_is_refused(self):
        path = os.path.join(self.dir, "c")
        vecfile.write_chunk(path, ["a"], 2, floats([1, 0]))
        with open(path, "r+b") as f:
            f.truncate(os.path.getsize(path) - 4)
        with self.assertRaises(ValueError):
            vecfile.read_chunk(path)

    def test_run_files_of_other_work_do_not_match(self):
        self.assertTrue(vecfile.same_work(dict(RUN, torch="2.11"), RUN))
        self.assertFalse(vecfile.same_work(dict(RUN, input_sha256="y"), RUN))


class InputsTest(Folder):
    def test_input_rows_resolve_image_paths_against_the_input_folder(self):
        path = self.write_lines([{"id": "p", "kind": "text", "text": "T\n\nA"},
                                 {"id": "f", "kind": "image", "text": None, "image": "img/f.png"}])
        items, sha = inputs.read_items(path)
        self.assertEqual([i.id for i in items], ["p", "f"])
        self.assertEqual(items[1].image, os.path.join(self.dir, "img/f.png"))
        self.assertEqual(len(sha), 64)

    def test_bad_input_rows_are_refused_with_their_line(self):
        cases = [('{"id": "a", "kind": "text"}', "needs text"), ('{"id": "a", "kind": "video", "text": "x"}', "kind must be"),
                 ('{"kind": "text", "text": "x"}', "id must be"), ("not json", "not JSON"),
                 ('{"id": "a", "kind": "image", "text": null}', "needs image")]
        for row, message in cases:
            with self.subTest(row=row):
                path = self.write_lines([{"id": "ok", "kind": "text", "text": "fine"}, row])
                with self.assertRaisesRegex(inputs.InputError, "line 2.*" + message):
                    inputs.read_items(path)

    def test_a_repeated_id_is_refused(self):
        path = self.write_lines([{"id": "a", "kind": "text", "text": "x"}, {"id": "a", "kind": "text", "text": "y"}])
        with self.assertRaisesRegex(inputs.InputError, "appears twice"):
            inputs.read_items(path)

    def test_the_committed_java_export_fixture_reads(self):
        fixture = os.path.join(os.path.dirname(__file__), "..", "..", "src", "test", "resources", "org", "pwckg",
                               "embed", "vl", "e2e", "input.jsonl")
        items, _ = inputs.read_items(fixture)
        self.assertEqual(sorted(i.kind for i in items), ["image"] * 3 + ["text"] * 3)


class PromptsAndBatchesTest(unittest.TestCase):
    def test_prompts_follow_e5v_in_deepseek_chat_format(self):
        self.assertEqual(prompts.text_prompt(" A title\n\nAn abstract "),
                         "User: A title\n\nAn abstract\nSummary above sentence in one word:\n\nAssistant:")
        self.assertEqual(prompts.image_prompt("<i><i>"), "User: <i><i>\nSummary above image in one word:\n\nAssistant:")
        self.assertIn("\nA caption\nSummary above image and its caption", prompts.image_prompt("<i>", "A caption"))

    def test_chunks_cover_every_row_once(self):
        self.assertEqual(batching.chunks(5, 2), [(0, 0, 2), (1, 2, 4), (2, 4, 5)])

    def test_batches_sort_by_length_and_respect_both_limits(self):
        lengths = [10, 300, 12, 290, 11, 305, 50]
        kinds = ["text"] * 6 + ["image"]
        batches = batching.plan(0, range(7), kinds, lengths, max_rows=2, max_tokens=600)
        self.assertEqual([b.rows for b in batches], [[6], [5], [1, 3], [2, 4], [0]])
        for b in batches:
            self.assertLessEqual(len(b.rows), 2)
            self.assertEqual(b.length, max(lengths[r] for r in b.rows))

    def test_sorting_keeps_padding_low_on_mixed_lengths(self):
        rng = random.Random(7)
        lengths = [rng.randint(80, 500) for _ in range(5000)]
        batches = batching.plan(0, range(5000), ["text"] * 5000, lengths, 256, 65536)
        self.assertLess(batching.padding_ratio(batches, lengths), 0.05)  # unsorted batches of this mix pad ~40%


class ResumeTest(Folder):
    def test_a_resumed_run_redoes_only_the_missing_chunks(self):
        resume.prepare(self.dir, RUN, restart=False)
        vecfile.write_chunk(os.path.join(self.dir, vecfile.chunk_name(1)), ["c", "d"], 2, floats([1, 0, 0, 1]))
        resume.prepare(self.dir, dict(RUN, torch="x"), restart=False)
        self.assertEqual(resume.pending_chunks(self.dir, 5, 2), [(0, 0, 2), (2, 4, 5)])

    def test_chunks_of_other_work_are_refused_or_dropped_on_restart(self):
        resume.prepare(self.dir, RUN, restart=False)
        vecfile.write_chunk(os.path.join(self.dir, vecfile.chunk_name(0)), ["a", "b"], 2, floats([1, 0, 0, 1]))
        other = dict(RUN, input_sha256="y")
        with self.assertRaises(resume.WorkMismatch):
            resume.prepare(self.dir, other, restart=False)
        resume.prepare(self.dir, other, restart=True)
        self.assertEqual(resume.pending_chunks(self.dir, 5, 2), batching.chunks(5, 2))


class QualityHarnessTest(unittest.TestCase):
    def test_the_quality_harness_asks_one_question_per_real_figure(self):
        sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
        import quality_check

        testdata = os.environ.get("PWCKG_TESTDATA", os.path.join(os.path.dirname(__file__), "..", "..", "..", "testdata"))
        data = os.path.join(testdata, "pwc")
        items, truth = quality_check.rows(*quality_check.load(data), data)
        kinds = [i.id.split(":")[0] for i in items]
        self.assertEqual((kinds.count("paper"), kinds.count("figure"), kinds.count("caption")), (245, 46, 40))
        self.assertEqual((len(truth["figure_paper"]), len(truth["caption_figure"])), (40, 40))


if __name__ == "__main__":
    unittest.main()
