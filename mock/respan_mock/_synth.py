"""Deterministic synthetic answers. Everything a caller can see in an answer (text, tool arguments, structured
output, log probabilities) is drawn from a PRNG seeded by a digest of the canonical request, so the same
gets the same answer; only IDs and timestamps differ between responses."""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import random
import secrets
from dataclasses import dataclass, field
from typing import Any, Final

from respan_mock import _json
from respan_mock._jsonvalue import example_value, pattern_string
from respan_mock._tokens import tokenize

# Words of at most six letters: each is exactly one token of the tokenizer (with its leading space).
_WORD_TEXT: Final = """the a of to and in is it that for on with as this be at by from or an are was but not have all
    can more one about when out up them some what there time will into only new also like just over
    know than then most make way may any very well back after good great first where much year best
    same both each model answer token mock reply signal stream route cache prompt simple test value
    result sample quick steady bright calm clear gentle green silver ocean river stone cloud light
    night little window garden paper letter number market travel health music story"""
_SPACED_WORDS: Final = tuple(" " + word for word in _WORD_TEXT.split())
# 20 words: after dropping the sampled token, 19 alternatives remain besides it, as top_logprobs=20 asks.
_ALTERNATIVES: Final = (
    *("the", "a", "and", "of", "to", "in", "it", "is", "that", "on"),
    *("for", "with", "as", "this", "be", "at", "by", "from", "or", "an"),
)
_PROCESS_ID: Final = secrets.token_hex(6)
_COUNTER: Final = itertools.count(1)
_MEMO_MAX_KEY: Final = 4096  # characters of the output format (a JSON Schema) of a memoised answer
_MEMO_MAX_TOKENS: Final = 512  # natural length of a memoised answer
TEXT: Final = "text"
JSON_OBJECT: Final = "json_object"


FUNCTION: Final = "function"
CUSTOM: Final = "custom"


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """The tool the model calls: a function (JSON arguments following `parameters`) or a custom tool (free-form
    input following `format`: text, or a grammar)."""

    name: str
    parameters: Any = None
    kind: str = FUNCTION
    format: Any = None


@dataclass(slots=True)
class SynthRequest:
    """What shapes an answer. `call` names the function to call (None: answer in text); `output` is TEXT,
    JSON_OBJECT or the canonical JSON of a JSON Schema the answer must follow."""

    digest: bytes
    n: int = 1
    max_tokens: int | None = None
    stop: tuple[str, ...] = ()
    top_logprobs: int | None = None
    call: ToolSpec | None = None
    output: str = TEXT
    length: tuple[int, int] = (8, 48)


@dataclass(frozen=True)
class TokenLogprob:
    token: str
    logprob: float
    top: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class ToolCall:
    """A call the model made: `arguments` is a function's JSON arguments or a custom tool's input."""

    id: str
    name: str
    arguments: str
    kind: str = FUNCTION


@dataclass(slots=True)
class Choice:
    """One generated answer: text or a tool call, its tokens and why it ended."""

    index: int
    text: str | None
    tokens: list[str]
    finish_reason: str
    tool_calls: list[ToolCall] = field(default_factory=list)
    logprobs: list[TokenLogprob] | None = None

    @property
    def completion_tokens(self) -> int:
        return len(self.tokens)


def text_size(choices: list[Choice]) -> int:
    """Characters of the answers: what keeping them costs, roughly, in bytes. A choice's tokens join to its
    text or to its tool call's arguments, so their lengths need not be summed token by token."""
    size = 0
    for choice in choices:
        size += len(choice.text) if choice.text is not None else sum(len(call.arguments) for call in choice.tool_calls)
    return size


def digest(*parts: Any) -> bytes:
    """Digest of the canonical JSON of `parts` (sorted keys, compact): the seed of an answer."""
    return hashlib.blake2b(_json.canonical(parts), digest_size=16).digest()


def synthesize(request: SynthRequest) -> list[Choice]:
    return [_choice(request, index) for index in range(request.n)]


def new_id(prefix: str) -> str:
    """A unique ID: a random prefix per process, then a counter (cheaper than random bytes per ID)."""
    return f"{prefix}{_PROCESS_ID}{next(_COUNTER):012x}"


def _choice(request: SynthRequest, index: int) -> Choice:
    seed = int.from_bytes(request.digest, "big") + index
    if request.call is not None:
        arguments = _arguments(request.call, seed)
        tokens = tokenize(arguments)
        finish = "tool_calls"
        if request.max_tokens is not None and len(tokens) > request.max_tokens:
            tokens, finish = tokens[: request.max_tokens], "length"
        call = ToolCall(new_id("call_"), request.call.name, "".join(tokens), request.call.kind)
        return Choice(index, None, tokens, finish, [call], _logprobs(request, tokens, seed))
    tokens = list(_answer_tokens(seed, request.output, request.length))
    finish = "stop"
    text = "".join(tokens)
    cut = _stop_index(text, request.stop)
    if cut is not None:
        tokens = tokenize(text[:cut])
    if request.max_tokens is not None and len(tokens) > request.max_tokens:
        tokens, finish = tokens[: request.max_tokens], "length"
    return Choice(index, "".join(tokens), tokens, finish, [], _logprobs(request, tokens, seed))


def _stop_index(text: str, stop: tuple[str, ...]) -> int | None:
    found = [position for position in (text.find(sequence) for sequence in stop) if position >= 0]
    return min(found) if found else None


def _arguments(call: ToolSpec, seed: int) -> str:
    if call.kind == CUSTOM:
        return _custom_input(call.format, seed)
    value = example_value(call.parameters if call.parameters is not None else {"type": "object"}, random.Random(seed))
    return json.dumps(value, ensure_ascii=False)


def _custom_input(format_spec: Any, seed: int) -> str:
    """A custom tool's input: a string the format's regex grammar matches, else a sentence (a Lark grammar is not
    sampled: the input is free text)."""
    grammar = format_spec.get("grammar", format_spec) if isinstance(format_spec, dict) else {}
    if isinstance(grammar, dict) and grammar.get("syntax") == "regex" and isinstance(grammar.get("definition"), str):
        matched = pattern_string(grammar["definition"], random.Random(seed))
        if matched is not None:
            return matched
    return "".join(_sentences(seed, (6, 16))).strip()


def schema_output(schema: Any) -> str:
    """The `output` of a SynthRequest for structured output following `schema`."""
    return _json.canonical(schema).decode()


def _answer_tokens(seed: int, output: str, length: tuple[int, int]) -> tuple[str, ...]:
    """The natural (uncut) answer as tokens; memoised (it is a pure function of its arguments) when the memo's
    entry is small: 4096 entries of a short schema and answer are a few MiB, of any size they could be GiBs."""
    if len(output) <= _MEMO_MAX_KEY and length[1] <= _MEMO_MAX_TOKENS:
        return _memoised_answer_tokens(seed, output, length)
    return _natural_answer_tokens(seed, output, length)


@functools.lru_cache(maxsize=4096)
def _memoised_answer_tokens(seed: int, output: str, length: tuple[int, int]) -> tuple[str, ...]:
    return _natural_answer_tokens(seed, output, length)


def _natural_answer_tokens(seed: int, output: str, length: tuple[int, int]) -> tuple[str, ...]:
    if output == TEXT:
        return tuple(_sentences(seed, length))
    if output == JSON_OBJECT:
        value: Any = {"answer": "".join(_sentences(seed, length)).strip()}
    else:
        value = example_value(json.loads(output), random.Random(seed))
    return tuple(tokenize(json.dumps(value, ensure_ascii=False)))


def _sentences(seed: int, length_range: tuple[int, int]) -> list[str]:
    """Sentences of 4-12 words until at least `length` tokens (`length` within `length_range`); every word and
    mark is one token. Drawn from SHAKE-128 output of the seed: one C call per answer, several times cheaper
    than seeding a `random.Random` and drawing from it (a new answer is the hot part of a distinct request)."""
    low, high = length_range
    # 4 bytes for the length, then one byte per word, then one per sentence (at most one per word).
    draw = hashlib.shake_128(seed.to_bytes(seed.bit_length() // 8 + 1, "big")).digest(4 + 2 * high)
    length = low + int.from_bytes(draw[:4], "big") % (high - low + 1)
    words = [_SPACED_WORDS[byte % len(_SPACED_WORDS)] for byte in draw[4 : 4 + length]]
    sentence_sizes = draw[4 + length :]
    tokens: list[str] = []
    start = 0
    for size in sentence_sizes:
        if len(tokens) >= length:
            break
        sentence = words[start : start + 4 + size % 9]
        first = sentence[0][1:].capitalize()
        tokens.append(" " + first if tokens else first)
        tokens.extend(sentence[1:])
        tokens.append(".")
        start += len(sentence)
    return tokens


def _logprobs(request: SynthRequest, tokens: list[str], seed: int) -> list[TokenLogprob] | None:
    if request.top_logprobs is None:
        return None
    rng = random.Random(seed ^ 0x5EED)
    result = []
    for token in tokens:
        logprob = -round(rng.random() * 1.5, 6)
        alternatives = [word for word in _ALTERNATIVES if word != token.strip()][: max(request.top_logprobs - 1, 0)]
        top = [(token, logprob)] if request.top_logprobs > 0 else []
        top.extend((" " + word, round(logprob - 0.5 - index, 6)) for index, word in enumerate(alternatives))
        result.append(TokenLogprob(token, logprob, tuple(top)))
    return result
