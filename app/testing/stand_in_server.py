"""A PROTOCOL STAND-IN for llama.cpp's ``llama-server`` and for Ollama (tests and benchmarks only).

Neither ships as a prebuilt package on the registries this project uses, so this small server
answers their documented endpoints with real llama.cpp (llama-cpp-python) underneath:

* llama-server: ``GET /health``, ``GET /props``, ``POST /tokenize`` (``add_special``,
  ``parse_special``), ``POST /completion`` (token-id or text prompt, ``stream`` as SSE,
  ``cache_prompt`` and ``tokens_cached``, ``n_predict``, ``stop``, final ``timings``), Bearer key.
* Ollama: ``GET /api/version``, ``GET /api/tags``, ``POST /api/generate`` with ``raw: true`` (NDJSON).

Run: ``python -m app.testing.stand_in_server llama-server|ollama MODEL --port N [--api_key K]``.
"""

from __future__ import annotations

import argparse
import codecs
import json
import threading
import time

LOCK = threading.Lock()  # llama.cpp: one request at a time, as a one-slot llama-server


def build_app(kind: str, model_path: str, n_ctx: int, api_key: str | None):
    from llama_cpp import Llama
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse, StreamingResponse
    from starlette.routing import Route

    llama = Llama(model_path=model_path, n_ctx=n_ctx, n_threads=2, verbose=False)
    name = model_path.replace("\\", "/").rsplit("/", 1)[-1]
    bos, eos = llama.token_bos(), llama.token_eos()
    piece = llama._model.token_get_text  # noqa: SLF001 - the vocabulary's text of a token

    def refused(request):
        if api_key and request.headers.get("authorization") != f"Bearer {api_key}":
            return JSONResponse({"error": {"code": 401, "message": "Invalid API Key"}}, status_code=401)
        return None

    def generate(tokens, body, cancelled):
        """(text, final figures) pieces; stops when ``cancelled()`` says the client has gone."""
        cached = 0
        if body.get("cache_prompt", True):
            for have, want in zip(llama._input_ids.tolist(), tokens):  # noqa: SLF001 - what the KV cache holds
                if have != want:
                    break
                cached += 1
        started = time.perf_counter()
        predicted, first_at, stop_type, text = 0, None, "limit", ""
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        stops = body.get("stop") or []
        for token in llama.generate(
            tokens, temp=body.get("temperature", 0.8), top_p=body.get("top_p", 0.95), top_k=body.get("top_k", 40),
            min_p=body.get("min_p", 0.05), repeat_penalty=body.get("repeat_penalty", 1.1),
        ):  # fmt: skip
            if cancelled():
                return
            first_at = first_at or time.perf_counter()
            if token == eos:
                stop_type = "eos"
                break
            predicted += 1
            new = decoder.decode(llama.detokenize([token]))
            text += new
            if any(s in text for s in stops):
                stop_type = "word"
                break
            yield new, None
            if predicted >= body.get("n_predict", 128):
                break
        decode_s = max(1e-9, time.perf_counter() - (first_at or started))
        yield "", {
            "predicted_n": predicted, "prompt_n": len(tokens) - cached, "tokens_cached": cached,
            "predicted_per_second": (predicted - 1) / decode_s if predicted > 1 else 0.0, "stop_type": stop_type,
            "tokens_evaluated": len(tokens),
        }  # fmt: skip

    async def health(request):
        return refused(request) or JSONResponse({"status": "ok"})

    async def props(request):
        return refused(request) or JSONResponse({
            "default_generation_settings": {"n_ctx": n_ctx}, "n_ctx": n_ctx, "model_path": model_path,
            "bos_token": piece(bos), "eos_token": piece(eos),
        })  # fmt: skip

    async def tokenize(request):
        body = await request.json()
        tokens = llama.tokenize(
            body["content"].encode(), add_bos=body.get("add_special", False), special=body.get("parse_special", True)
        )
        return refused(request) or JSONResponse({"tokens": tokens})

    def streamed(request, tokens, body, frame):
        gone = threading.Event()

        def chunks():
            with LOCK:
                for text, figures in generate(tokens, body, gone.is_set):
                    yield frame(text, figures)

        async def watched():
            iterator = chunks()
            from starlette.concurrency import iterate_in_threadpool

            try:
                async for chunk in iterate_in_threadpool(iterator):
                    yield chunk
                    if await request.is_disconnected():
                        break
            finally:
                gone.set()

        return watched()

    async def completion(request):
        if (answer := refused(request)) is not None:
            return answer
        body = await request.json()
        prompt = body["prompt"]
        tokens = prompt if isinstance(prompt, list) else llama.tokenize(prompt.encode(), add_bos=True, special=True)

        def frame(text, figures):
            event = {"content": text, "stop": figures is not None}
            if figures is not None:
                event.update(
                    timings={k: figures[k] for k in ("predicted_n", "prompt_n", "predicted_per_second")},
                    tokens_cached=figures["tokens_cached"], stop_type=figures["stop_type"],
                    tokens_evaluated=figures["tokens_evaluated"],
                )  # fmt: skip
            return f"data: {json.dumps(event)}\n\n"

        return StreamingResponse(streamed(request, tokens, body, frame), media_type="text/event-stream")

    async def version(request):
        return refused(request) or JSONResponse({"version": "0.0.0-stand-in"})

    async def tags(request):
        return refused(request) or JSONResponse({"models": [{"name": name, "model": name}]})

    async def ollama_generate(request):
        if (answer := refused(request)) is not None:
            return answer
        body = await request.json()
        if not body.get("raw"):
            return JSONResponse({"error": "this stand-in only takes raw prompts"}, status_code=400)
        options = body.get("options") or {}
        settings = dict(options, n_predict=options.get("num_predict", 128))
        tokens = llama.tokenize(body["prompt"].encode(), add_bos=True, special=True)

        def frame(text, figures):
            if figures is None:
                return json.dumps({"model": name, "response": text, "done": False}) + "\n"
            reason = "length" if figures["stop_type"] == "limit" else "stop"
            count = figures["predicted_n"]
            per_s = figures["predicted_per_second"] or 1.0
            return json.dumps({
                "model": name, "response": "", "done": True, "done_reason": reason, "eval_count": count,
                "eval_duration": int(count / per_s * 1e9), "prompt_eval_count": figures["prompt_n"],
            }) + "\n"  # fmt: skip

        return StreamingResponse(streamed(request, tokens, settings, frame), media_type="application/x-ndjson")

    if kind == "llama-server":
        routes = [Route("/health", health), Route("/props", props), Route("/tokenize", tokenize, methods=["POST"]),
                  Route("/completion", completion, methods=["POST"])]  # fmt: skip
    else:
        routes = [Route("/api/version", version), Route("/api/tags", tags),
                  Route("/api/generate", ollama_generate, methods=["POST"])]  # fmt: skip
    return Starlette(routes=routes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["llama-server", "ollama"])
    parser.add_argument("model")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--n_ctx", type=int, default=2048)
    parser.add_argument("--api_key")
    args = parser.parse_args()
    import uvicorn

    app = build_app(args.kind, args.model, args.n_ctx, args.api_key)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
