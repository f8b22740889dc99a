"""utils.sentences and the unpinned-download path of utils.downloads: the real path on small fake archives (a
checksum recorded at first use and required afterwards, CRCs and size checked, exact members extracted, GloVe
lines filtered to the words asked for), and the offline stand-in with its IMDb-like stray quotes."""
import csv
import zipfile

import numpy as np
import pytest

from utils import downloads, sentences


def fake_sentences_zip(path, lines=("Fine.\t1\n", "Bad.\t0\n")):
    with zipfile.ZipFile(path, "w") as zf:
        for name in sentences.FILES:
            zf.writestr(f"{sentences.TOP}/{name}", "".join(lines))
        zf.writestr("__MACOSX/._amazon_cells_labelled.txt", b"junk")
    return path


def fake_glove_zip(path, dim=3):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"glove.6B.{dim}d.txt", f"the {' '.join(['0.5'] * dim)}\n! {' '.join(['-1'] * dim)}\n"
                                            f"zebra {' '.join(['2'] * dim)}\n")
    return path


def test_manifest_names_both_downloads_and_says_why_no_checksum_is_pinned():
    for name, loader_url in (("sentiment_sentences", "sentiment%20labelled%20sentences.zip"), ("glove_6b", "glove.6B.zip")):
        entry = sentences.manifest_entry(name)
        assert entry["url"].endswith(loader_url) and entry["loader"] == "utils/sentences.py"
        assert entry["sha256"] is None and "first download" in entry["checksum"] and "licence" in entry
        assert entry["used_by"] == ["project/p4_sentence_cnn"]
    assert sentences.manifest_entry("glove_6b")["bytes"] == 862182613


def test_first_use_records_the_checksum_and_later_changes_are_caught(tmp_path, capsys):
    archive = fake_sentences_zip(tmp_path / "s.zip")
    assert downloads.cached("https://example.invalid/s.zip", archive, None, "fake") == archive
    pin = tmp_path / "s.zip.sha256"
    assert pin.read_text().strip() == downloads.sha256_of(archive)
    assert "now required" in capsys.readouterr().out
    downloads.cached("https://example.invalid/s.zip", archive, None, "fake")  # same bytes: accepted
    fake_sentences_zip(archive, lines=("Changed.\t1\n",))
    with pytest.raises(ValueError, match="corrupt or not the course's fake"):
        downloads.cached("https://example.invalid/s.zip", archive, None, "fake")


def test_first_use_refuses_a_wrong_size_or_a_broken_zip_and_deletes_it(tmp_path):
    archive = fake_sentences_zip(tmp_path / "s.zip")
    with pytest.raises(ValueError, match="bytes, expected 5"):
        downloads.cached("https://example.invalid/s.zip", archive, None, "fake", size=5)
    assert not archive.exists() and not (tmp_path / "s.zip.sha256").exists()
    archive = fake_sentences_zip(tmp_path / "s.zip")
    data = bytearray(archive.read_bytes())
    at = data.index(b"Fine.")
    data[at] ^= 0xFF  # a member's bytes no longer match its CRC
    archive.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="fails its CRC"):
        downloads.cached("https://example.invalid/s.zip", archive, None, "fake")
    assert not archive.exists()


def test_real_path_extracts_the_three_files_and_only_them(tmp_path):
    fake_sentences_zip(tmp_path / "sentiment_labelled_sentences.zip")
    paths = sentences.sentence_files(use_offline=False, cache_dir=tmp_path, verbose=False)
    assert [p.name for p in paths] == list(sentences.FILES)
    assert all(p.read_text() == "Fine.\t1\nBad.\t0\n" for p in paths)
    assert sorted(p.name for p in (tmp_path / "sentences").iterdir()) == sorted(sentences.FILES)


def test_an_archive_without_the_files_is_refused(tmp_path):
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.writestr("something/else.txt", "x")
    with pytest.raises(ValueError, match="lacks"):
        sentences.extract(tmp_path / "a.zip", tmp_path / "out", [f"{sentences.TOP}/{sentences.FILES[0]}"])


def test_glove_keeps_only_the_words_asked_for(tmp_path, monkeypatch):
    monkeypatch.setattr(sentences, "manifest_entry", lambda name: {"url": "https://example.invalid/g.zip", "file": "glove.6B.zip",
                                                                   "dims": [3], "sha256": None, "bytes": None})
    fake_glove_zip(tmp_path / "glove.6B.zip")
    found = sentences.word_vectors(["the", "!", "absent"], dim=3, use_offline=False, cache_dir=tmp_path, verbose=False)
    assert sorted(found) == ["!", "the"]
    assert found["the"].dtype == np.float32 and np.array_equal(found["!"], np.full(3, -1.0, np.float32))
    with pytest.raises(ValueError, match="not 7"):
        sentences.word_vectors(["the"], dim=7, use_offline=False, cache_dir=tmp_path, verbose=False)


def test_standin_is_seeded_well_formed_and_has_imdb_like_quotes(tmp_path, capsys):
    paths = sentences.sentence_files(use_offline=True, cache_dir=tmp_path)
    assert "OFFLINE STAND-IN" in capsys.readouterr().out
    again = sentences.write_standin(tmp_path / "other")
    for path, other in zip(paths, again):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1000 and path.read_bytes() == other.read_bytes()
        assert all(line.rpartition("\t")[2] in ("0", "1") for line in lines)
        labels = [int(line[-1]) for line in lines]
        assert 400 < sum(labels) < 600
    with open(paths[1], encoding="utf-8", newline="") as f:
        merged = [row for row in csv.reader(f, delimiter="\t") if row]
    assert 700 < len(merged) < 800  # the report's 748: a CSV reader merges lines at the stray quotes


def test_standin_vectors_lean_by_sentiment_and_leave_rare_words_out(capsys):
    table = sentences.standin_vectors(50)
    assert all(v.shape == (50,) and v.dtype == np.float32 for v in table.values())
    assert not set(sentences._RARE) & set(table)
    positive = np.mean([table[w] for w in sentences._POSITIVE], axis=0)
    negative = np.mean([table[w] for w in sentences._NEGATIVE], axis=0)
    assert np.linalg.norm(positive - negative) > 1.0
    found = sentences.word_vectors(["good", "xphone"], dim=8, use_offline=True)
    assert list(found) == ["good"] and found["good"].shape == (8,)
    assert "not GloVe" in capsys.readouterr().out
