"""Where the corpus builder (build.py) writes the training corpus and every trainer reads it: one
place for the paths (training/data/corpus/, rebuilt by `python3 -m training.corpus.build`)."""
import os

CORPUS_DIR = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "data", "corpus"))
TRAIN_JSONL = os.path.join(CORPUS_DIR, "train.jsonl")
HELDOUT_JSONL = os.path.join(CORPUS_DIR, "heldout.jsonl")
SOURCES_JSON = os.path.join(CORPUS_DIR, "sources.json")
