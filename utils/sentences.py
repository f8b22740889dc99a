"""Sentences and word vectors for project p4: the UCI "Sentiment Labelled Sentences" files and GloVe.

- Real: the UCI archive (Amazon, IMDb and Yelp files of 1,000 "sentence<TAB>label" lines each) and Stanford's
  glove.6B.zip (50-d in the fast profile, 300-d in the full one), downloaded once into data/cache/ and checked
  before every use (data/MANIFEST.json): by the sha256 the manifest pins, or, where no published checksum could
  be found, by size and the zip's own CRCs at the first download, whose sha256 is then recorded beside the file
  and required from then on (`downloads.cached`).
- Offline (COURSE_OFFLINE=1): three seeded files of synthetic review sentences in the same format (the IMDb
  one has stray quote characters, as the real one has), and a seeded vector table in which sentiment words
  lean along one direction. NOT real reviews or GloVe: the loaders say which source they returned.

`sentence_files()` gives the three files' paths; `word_vectors(words)` the vectors of those words it has.
"""
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np

from .config import is_fast, offline
from .downloads import CACHE, cached, manifest_entry

FILES = ("amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt")
TOP = "sentiment labelled sentences"
STANDIN = {"version": 1, "per_file": 1000, "seed": 0, "stray_quotes": 0.04, "titles": 0.05, "label_noise": 0.04}


def sentence_files(use_offline: bool | None = None, cache_dir=None, verbose: bool = True) -> list[Path]:
    """The Amazon, IMDb and Yelp files: real unless COURSE_OFFLINE=1 (or use_offline=True) asks for the stand-in."""
    use_offline = offline() if use_offline is None else use_offline
    cache = Path(cache_dir or CACHE)
    if use_offline:
        paths = write_standin(cache / "sentences-standin")
        if verbose:
            print(f"[data] OFFLINE STAND-IN, not real reviews: {len(FILES)} files of {STANDIN['per_file']} synthetic "
                  f"labelled sentences in {paths[0].parent}. Unset COURSE_OFFLINE for the UCI sentences.")
        return paths
    entry = manifest_entry("sentiment_sentences")
    archive = cached(entry["url"], cache / entry["file"], entry.get("sha256"), "UCI Sentiment Labelled Sentences",
                     size=entry.get("bytes"))
    paths = extract(archive, cache / "sentences", [f"{TOP}/{name}" for name in FILES])
    if verbose:
        print(f"[data] UCI Sentiment Labelled Sentences from {archive} (checked), files in {paths[0].parent}")
    return paths


def word_vectors(words, dim: int | None = None, use_offline: bool | None = None, cache_dir=None,
                 verbose: bool = True) -> dict[str, np.ndarray]:
    """{word: float32 vector of `dim`} for those of `words` the table holds; dim 50 in the fast profile, 300 in
    the full one, as the report used. Real: GloVe 6B (lower-case); offline: the seeded stand-in table."""
    dim = dim or (50 if is_fast() else 300)
    use_offline = offline() if use_offline is None else use_offline
    wanted = set(words)
    if use_offline:
        table = standin_vectors(dim)
        found = {w: table[w] for w in wanted if w in table}
        if verbose:
            print(f"[data] OFFLINE STAND-IN, not GloVe: a seeded {dim}-d table of {len(table)} words; "
                  f"{len(found)} of {len(wanted)} words found. Unset COURSE_OFFLINE for GloVe.")
        return found
    entry = manifest_entry("glove_6b")
    if dim not in entry["dims"]:
        raise ValueError(f"GloVe 6B has {entry['dims']}-d vectors, not {dim}")
    archive = cached(entry["url"], Path(cache_dir or CACHE) / entry["file"], entry.get("sha256"), "GloVe 6B",
                     size=entry.get("bytes"))
    found = {}
    if not wanted:
        return found
    with zipfile.ZipFile(archive) as zf, zf.open(f"glove.6B.{dim}d.txt") as member:
        for raw in member:  # 400,000 lines: keep only the words asked for
            word, _, rest = raw.decode("utf-8").rstrip("\n").partition(" ")
            if word in wanted:
                found[word] = np.array(rest.split(" "), dtype=np.float32)
    if verbose:
        print(f"[data] GloVe 6B {dim}-d from {archive} (checked): {len(found)} of {len(wanted)} words found")
    return found


def extract(archive: Path, folder: Path, members: list[str]) -> list[Path]:
    """Copy the named members (exact names, nothing else) out of the archive into folder, once."""
    targets = [folder / Path(name).name for name in members]
    if all(t.exists() for t in targets):
        return targets
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        names = set(zf.namelist())
        missing = [m for m in members if m not in names]
        if missing:
            raise ValueError(f"{archive} lacks {missing}: not the course's archive")
        for name, target in zip(members, targets):
            partial = target.with_name(target.name + ".part")
            with zf.open(name) as source, open(partial, "wb") as out:  # zipfile checks each member's CRC
                shutil.copyfileobj(source, out)
            partial.replace(target)
    return targets


# ---------------------------------------------------------------------------------------------- the stand-in
_NOUNS = {"amazon_cells_labelled.txt": ["phone", "battery", "headset", "case", "charger", "screen", "sound"],
          "imdb_labelled.txt": ["movie", "film", "plot", "acting", "script", "ending", "cast"],
          "yelp_labelled.txt": ["food", "service", "place", "staff", "pizza", "menu", "waiter"]}
_POSITIVE = ["good", "great", "excellent", "amazing", "wonderful", "nice", "perfect", "fantastic", "lovely", "fine"]
_NEGATIVE = ["bad", "terrible", "awful", "poor", "boring", "horrible", "disappointing", "weak", "worst", "useless"]
_LOVE, _HATE = ["love", "loved", "recommend", "enjoyed", "like"], ["hate", "hated", "regret", "disliked", "avoid"]
_ADVERBS = ["really", "very", "so", "quite", "truly", "pretty"]
_RARE = ["xphone", "zorblax", "quuxly", "frobnic"]  # words no table holds: encoded as zero vectors
_FILLER = ["the", "a", "this", "it", "is", "was", "i", "and", "but", "not", "too", "overall", "my", "friend",
           "said", "honestly", "well", ".", "!", ",", "'", "\"", "?"]


def _clause(rng, noun: str) -> tuple[list[str], int]:
    """One clause about `noun` and its sentiment; a "not" before the adjective or verb flips it."""
    positive = bool(rng.integers(2))
    negated = rng.random() < 0.25
    shown = positive != negated
    if rng.random() < 0.6:
        adjective = rng.choice(_POSITIVE if shown else _NEGATIVE)
        words = ["the", noun, rng.choice(["is", "was"])] + (["not"] if negated else [])
        words += ([rng.choice(_ADVERBS)] if rng.random() < 0.4 else []) + [adjective]
    else:
        verb = rng.choice(_LOVE if shown else _HATE)
        words = ["i"] + (["do", "not"] if negated else []) + [verb, "this", noun]
    return words, int(positive)


def _sentence(rng, nouns: list[str]) -> tuple[str, int]:
    """A clause, or two joined by "but" (the second one decides), with filler, punctuation and rare words."""
    words, label = _clause(rng, rng.choice(nouns))
    if rng.random() < 0.35:
        second, label = _clause(rng, rng.choice(nouns))
        words = words + [",", "but"] + second
    if rng.random() < 0.3:
        words = [rng.choice(["honestly", "overall", "well"]), ","] + words
    if rng.random() < 0.1:
        words.insert(int(rng.integers(len(words) + 1)), rng.choice(_RARE))
    words.append(rng.choice([".", "!", ".", "!!", "..."]))
    if rng.random() < STANDIN["label_noise"]:
        label = 1 - label
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    return text.replace(" .", ".").replace(" !", "!").replace(" ,", ","), label


def write_standin(folder: Path) -> list[Path]:
    """Write the three stand-in files (once; again if STANDIN changes) and return their paths."""
    marker = folder / "standin.json"
    paths = [folder / name for name in FILES]
    if marker.exists() and json.loads(marker.read_text()) == STANDIN and all(p.exists() for p in paths):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(STANDIN["seed"])
    for path in paths:
        lines = []
        for _ in range(STANDIN["per_file"]):
            text, label = _sentence(rng, _NOUNS[path.name])
            if path.name.startswith("imdb"):  # quotes as in the real file: titles, and a few unmatched ones
                draw = rng.random()
                if draw < STANDIN["stray_quotes"]:
                    text = '"' + text  # a CSV reader's quoted field runs on from here to the next quote
                elif draw < STANDIN["stray_quotes"] + STANDIN["titles"]:
                    noun = next(n for n in _NOUNS[path.name] if n in text)
                    text = text.replace(noun, f'"{noun}"', 1)
            lines.append(f"{text}  \t{label}\n")
        path.write_text("".join(lines), encoding="utf-8")
    marker.write_text(json.dumps(STANDIN))
    return paths


def standin_vectors(dim: int) -> dict[str, np.ndarray]:
    """The stand-in's table: a seeded vector per word (the rare words left out); sentiment words lean along a
    shared direction, each by its own amount, so that a model must still learn which words matter."""
    rng = np.random.default_rng(1000 + dim)
    vocabulary = sorted({w for nouns in _NOUNS.values() for w in nouns} | set(_POSITIVE + _NEGATIVE + _LOVE + _HATE)
                        | set(_ADVERBS + _FILLER) | {"do", "!!", "...", "t"})
    direction = rng.normal(size=dim)
    direction /= np.linalg.norm(direction)
    table = {}
    for word in vocabulary:
        vector = rng.normal(0, 0.4, dim)
        sign = 1.0 if word in _POSITIVE + _LOVE else -1.0 if word in _NEGATIVE + _HATE else 0.0
        if sign:
            vector += sign * rng.uniform(0.5, 1.5) * direction
        table[word] = vector.astype(np.float32)
    return table
