"""``shortchat``: the command-line twin of the app.

Errors a user can cause (a missing model, a bad number) print one line on
stderr and exit with code 2; no tracebacks.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from app.core.errors import ShortChatError
from app.ctrl_c import CtrlC, exit_quietly

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # as a shell reports a program ended by Ctrl+C


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not the whole usage text."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be more than 0")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not value >= 0:  # also catches NaN
        raise argparse.ArgumentTypeError(f"{text} must be 0 or more")
    return value


def _probability(text: str) -> float:
    value = _non_negative_float(text)
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"{text} must be between 0 and 1")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


class _VersionAction(argparse.Action):
    """``--version``, with the version looked up only when it is asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # noqa: A002
        help = help or "show program's version number and exit"  # noqa: A001 - argparse's name
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ARG002 - argparse API
        from app import __version__

        print(f"shortchat {__version__}")  # on stdout, as argparse's own version action
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="shortchat", description="Chat offline with pruned Vicuna models.")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works (one line; exit code 0 or 1)"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    chat = commands.add_parser("chat", help="chat with a GGUF model in the terminal")
    chat.add_argument("--model", help="a .gguf file, or the name of one in `shortchat list` (default: the newest)")
    chat.add_argument("--prompt", help="ask one question, print the reply and exit")
    _add_server_options(
        chat, "chat with a model on another computer: its server's address, e.g. http://192.168.1.20:8080"
    )
    chat.add_argument("--system", help="the instructions the model is given (default: Vicuna's)")
    chat.add_argument("--max-tokens", type=_positive_int, default=512, help="longest reply, in tokens")
    chat.add_argument("--temperature", type=_non_negative_float, default=0.7, help="0 = always the likeliest word")
    chat.add_argument("--top-p", type=_probability, default=0.95)
    chat.add_argument("--seed", type=_int, help="for a repeatable reply")
    chat.add_argument(
        "--ctx", type=_positive_int, help="context length in tokens (default: the longest that fits, up to 2048)"
    )
    chat.add_argument("--threads", type=_positive_int, help="CPU threads (default: one per core)")
    chat.add_argument("--gpu-layers", type=_int, default=-1, help="layers on the GPU (default: as many as fit)")
    chat.add_argument(
        "--show-prompt", action="store_true", help="first print the exact prompt and its tokens as JSON on stderr"
    )
    _add_saved_chat_options(chat)
    chat.set_defaults(run=_run_chat)

    chats = commands.add_parser("chats", help="the saved chats (the window's and `shortchat chat`'s), newest first")
    chats.add_argument("--json", action="store_true", help="print a JSON list")
    chats.set_defaults(run=_run_chats)

    from app.serve import DEFAULT_PORT, DEFAULT_WAITING

    serve = commands.add_parser(
        "serve", help="let other programs on this computer use a model (an OpenAI-compatible API)"
    )
    serve.add_argument("--model", help="a .gguf file, or the name of one in `shortchat list` (default: the newest)")
    serve.add_argument("--host", default="127.0.0.1", help="address to answer on (default: this computer only; "
                       "any other needs --api-key)")  # fmt: skip
    serve.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port to answer on (default {DEFAULT_PORT}; 0: any free one)"
    )
    serve.add_argument("--api-key", help="the key clients must send (default: $SHORTCHAT_API_KEY, else none)")
    serve.add_argument(
        "--allow-origin", action="append", default=[], metavar="ORIGIN",
        help="a web page allowed to call it from a browser (CORS), e.g. http://localhost:3000; none by default",
    )  # fmt: skip
    serve.add_argument("--queue", type=_positive_int, default=DEFAULT_WAITING, help="requests that may wait their turn")
    serve.add_argument(
        "--ctx", type=_positive_int, help="context length in tokens (default: the longest that fits, up to 2048)"
    )
    serve.add_argument("--threads", type=_positive_int, help="CPU threads (default: one per core)")
    serve.add_argument("--gpu-layers", type=_int, default=-1, help="layers on the GPU (default: as many as fit)")
    serve.set_defaults(run=_run_serve)

    hardware = commands.add_parser("hardware", help="what this computer has for running models")
    hardware.add_argument("--json", action="store_true", help="print JSON")
    hardware.set_defaults(run=_run_hardware)

    models = commands.add_parser("models", help="which model sizes and quants fit this computer")
    models.add_argument("--json", action="store_true", help="print a JSON list")
    models.add_argument("--ram", type=_size, help="pretend this much RAM, e.g. 8GB")
    models.add_argument("--vram", type=_size, help="pretend one GPU with this much memory (0: none)")
    models.add_argument("--ctx", type=_positive_int, default=2048, help="context length to plan for")
    models.add_argument("--all", action="store_true", help="also the st-vicuna and st-llama models")
    models.add_argument("--offline", action="store_true", help="do not ask the hub; use what is cached")
    _add_server_options(models, "list the models a server on another computer offers (no verdicts: they run there)")
    models.set_defaults(run=_run_models)

    probe = commands.add_parser("probe", help="measure a downloaded model here: real memory and speed (a few seconds)")
    probe.add_argument("model", help="a .gguf file, or the name of one in `shortchat list`")
    probe.add_argument("--ctx", type=_positive_int, default=2048, help="context length to measure with")
    probe.add_argument("--gpu-layers", type=_int, default=0, help="layers to put on the GPU (-1: all)")
    probe.add_argument("--no-repack", action="store_true", help="without llama.cpp's CPU repack copy")
    probe.add_argument("--json", action="store_true", help="print JSON")
    probe.set_defaults(run=_run_probe)

    compare = commands.add_parser("compare", help="ask two models the same question and compare (A/B)")
    compare.add_argument("--a", required=True, help="the first model: a .gguf file or a name from `shortchat list`")
    compare.add_argument("--b", required=True, help="the second model")
    compare.add_argument("--prompt", required=True, help="the question")
    compare.add_argument("--max-tokens", type=_positive_int, default=256, help="longest answer, in tokens")
    compare.add_argument("--temperature", type=_non_negative_float, default=0.7)
    compare.add_argument("--seed", type=_int, help="for repeatable answers")
    compare.add_argument("--json", action="store_true", help="print the answers and figures as JSON")
    compare.set_defaults(run=_run_compare)

    download = commands.add_parser("download", help="download a model (e.g. `shortchat download 1.5b Q4_K_M`)")
    download.add_argument("size", nargs="?", help="model size: 1.5b, 2.7b, 3.7b or 5.5b")
    download.add_argument("quant", nargs="?", help="quantization, e.g. Q4_K_M")
    download.add_argument("--repo", help="any hub repo (with --file)")
    download.add_argument("--file", help="a GGUF file in --repo")
    download.set_defaults(run=_run_download)

    listing = commands.add_parser("list", help="the models on this computer")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_run_list)

    folder = commands.add_parser("folder", help="open the models folder (and print where it is)")
    folder.set_defaults(run=_run_folder)

    delete = commands.add_parser("delete", help="delete a downloaded model")
    delete.add_argument("name")
    delete.set_defaults(run=_run_delete)

    add = commands.add_parser("add", help="add a GGUF file from disk")
    add.add_argument("path")
    add.add_argument("--link", action="store_true", help="use the file where it is instead of copying it")
    add.set_defaults(run=_run_add)
    return parser


class _ProgressLine:
    """One self-updating line on stderr: bar, bytes, speed, time left; or what it is waiting for."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.last = 0.0

    def __call__(self, progress) -> None:
        import time

        from app.core.sizes import format_duration, format_size

        now = time.monotonic()
        if progress.stage == "downloading" and now - self.last < 0.2 and progress.done < progress.total:
            return
        self.last = now
        width = 30
        filled = int(width * progress.fraction)
        bar = "#" * filled + "." * (width - filled)
        if progress.message:  # waiting for another ShortChat, or retrying
            detail = progress.message
        elif progress.stage == "verifying":
            detail = "checking the file..."
        elif progress.stage == "done":
            detail = "done, verified"
        else:
            speed = f"{format_size(progress.bytes_per_s)}/s" if progress.bytes_per_s else ""
            eta = f", {format_duration(progress.eta_s)} left" if progress.eta_s is not None else ""
            detail = f"{format_size(progress.done)} of {format_size(progress.total)}, {speed}{eta}"
        sys.stderr.write(f"\r{self.name[:40]} [{bar}] {progress.fraction:4.0%} {detail}\033[K")
        sys.stderr.flush()


def _run_download(args: argparse.Namespace) -> int:
    import threading

    from app.core.errors import Cancelled
    from app.core.models.catalog import DEFAULT_FAMILY, Catalog
    from app.core.models.download import OFFLINE_MESSAGE, Downloader, OfflineError

    if args.repo or args.file:
        if not (args.repo and args.file) or args.size:
            print("shortchat download: give either SIZE QUANT, or --repo and --file", file=sys.stderr)
            return EXIT_USAGE
        repo, file = args.repo, args.file
    else:
        if not (args.size and args.quant):
            print("shortchat download: say which model, e.g. `shortchat download 1.5b Q4_K_M`", file=sys.stderr)
            return EXIT_USAGE
        catalog = Catalog()
        catalog.refresh(DEFAULT_FAMILY)
        if catalog.offline:  # the same sentence and exit code as when --repo/--file finds no hub
            raise OfflineError(OFFLINE_MESSAGE)
        matches = [e for e in catalog.entries() if e.model.key == args.size.lower() and e.quant == args.quant.upper()]
        if not matches:
            sizes = ", ".join(m.key for m in DEFAULT_FAMILY)
            print(f"shortchat download: unknown model {args.size} {args.quant} (sizes: {sizes})", file=sys.stderr)
            return EXIT_USAGE
        if not matches[0].published:
            print(f"shortchat: {args.size} {args.quant} is not published on the model hub yet.", file=sys.stderr)
            return 1
        repo, file = matches[0].repo, matches[0].file
    downloader = Downloader()
    remote = downloader.describe(repo, file)
    cancel = threading.Event()
    try:
        path = downloader.download(remote, _ProgressLine(file), cancel)
    except (KeyboardInterrupt, Cancelled):
        cancel.set()
        print("\nStopped. Run the same command again to continue where it stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(file=sys.stderr)
    print(path)
    return 0


def _run_list(args: argparse.Namespace) -> int:
    from app.core.models.gguf_header import printable
    from app.core.models.library import Library
    from app.core.sizes import format_size

    models = Library().list()
    if args.json:  # JSON escapes control characters itself
        print(json.dumps([m.to_json() for m in models], indent=1))
        return 0
    if not models:
        print("No models yet. `shortchat models` shows what fits this computer; `shortchat download` gets one.")
    for m in models:
        name = printable(m.name)
        if not m.usable:
            print(f"{name:<48}{format_size(m.size):>9}  cannot be used: {printable(m.problem or '', 400)}")
            continue
        origin = printable(m.repo or ("linked" if m.linked else "added from disk"))
        prompt = "" if m.template == "vicuna_v1.1" else f"  ({m.template} prompt)"
        print(f"{name:<48}{format_size(m.size):>9}  {m.layers or '?':>3} layers  {origin}{prompt}")
    return 0


def _run_folder(args: argparse.Namespace) -> int:  # noqa: ARG001 - same signature as every command
    from app.core.models.library import Library

    print(Library().reveal())
    return 0


def _run_delete(args: argparse.Namespace) -> int:
    from app.core.models.library import Library

    model = Library().delete(args.name)
    print(f"Removed {model.name}" + (" from the list (the file itself was kept)" if model.linked else ""))
    return 0


def _run_add(args: argparse.Namespace) -> int:
    from app.core.models.gguf_header import printable
    from app.core.models.library import Library

    model = Library().add(args.path, copy=not args.link)
    print(f"Added {printable(model.name)}: {model.layers} layers, context {model.context}")
    return 0


def _size(text: str) -> int:
    from app.core.sizes import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _run_hardware(args: argparse.Namespace) -> int:
    from app.core.fit.hardware import detect, llama_gpu_offload_supported
    from app.core.sizes import format_size

    hw = detect()
    # detect() asks llama.cpp only when it found a GPU; this command says what the build can do anyway.
    offload_supported = hw.gpu_offload_supported if hw.gpus else llama_gpu_offload_supported()
    if args.json:
        print(json.dumps(hw.to_json() | {"gpu_offload_supported": offload_supported}, indent=1))
        return 0
    print(f"Memory:  {format_size(hw.ram_total)} ({format_size(hw.ram_available)} free)")
    print(f"CPU:     {hw.cpu_name}, {hw.cpu_cores} cores ({hw.cpu_threads} threads)")
    if not hw.gpus:
        print("GPU:     none that ShortChat can use")
    for gpu in hw.gpus:
        shared = " (shares the computer's memory)" if gpu.kind == "apple" else ""
        print(f"GPU:     {gpu.name}, {format_size(gpu.vram_total)} ({format_size(gpu.vram_free)} free){shared}")
    offload = "yes" if offload_supported else "no (this llama.cpp build runs on the CPU only)"
    print(f"GPU use: {offload}")
    for note in hw.notes:
        print(f"Note:    {note}")
    return 0


def _run_models(args: argparse.Namespace) -> int:
    if args.server:
        return _run_remote_models(args)
    from app.core.fit.hardware import detect, what_if
    from app.core.fit.measurements import Measured
    from app.core.fit.speed import speed_text
    from app.core.fit.verdicts import assess, recommendation_sentence
    from app.core.models.catalog import DEFAULT_FAMILY, MODELS, Catalog
    from app.core.sizes import format_size

    here = detect()
    hw = what_if(here, ram=args.ram, vram=args.vram)
    known = Measured(here)  # what was measured on this computer, whatever --ram says
    known.ensure_bandwidth()
    known.ensure_cpu_features()
    catalog = Catalog()
    if args.offline:
        catalog.load_offline()
    else:
        catalog.refresh()
    rows = assess(catalog.entries(MODELS if args.all else DEFAULT_FAMILY), hw, args.ctx, known=known)
    if args.json:
        print(json.dumps([row.to_json() for row in rows], indent=1))
        return 0
    if args.offline:
        print("Not asking the model hub (--offline); showing what was saved earlier.\n", file=sys.stderr)
    elif catalog.offline:
        print(
            "You are offline (the model hub could not be reached); showing what was saved earlier.\n", file=sys.stderr
        )
    print(
        f"{'':2}{'size':<22}{'quant':<8}{'file':>9}{'needs':>10}{'GPU layers':>12}{'max ctx':>9}  {'speed':<28}verdict"
    )
    for row in rows:
        entry = row.entry
        mark = "* " if row.recommended else "  "
        if entry.availability == "not_published":
            verdict = "not published yet"
        else:
            verdict = row.verdict.text + ("" if entry.published else " (not checked with the hub)")
        file_size = format_size(entry.file_bytes) if entry.size_known else "~" + format_size(entry.file_bytes)
        if row.measured:
            verdict += " (measured here)"
        print(
            f"{mark}{entry.model.key:<22}{entry.quant:<8}{file_size:>9}{format_size(row.footprint.working_set):>10}"
            f"{row.footprint.gpu_layers:>12}{row.max_context or '-':>9}  "
            f"{speed_text(row.tok_s, row.tok_s_measured is not None):<28}{verdict}"
        )
    best = next((row for row in rows if row.recommended), None)
    if best is None:
        print("\nNo model fits comfortably; the smallest ones may still run with other programs closed.")
    else:
        print(f"\n* {recommendation_sentence(best, hw)}")
    return 0


def _run_probe(args: argparse.Namespace) -> int:
    from app.core.engine.generation import LoadSettings
    from app.core.fit.hardware import detect
    from app.core.fit.measurements import Measured, run_probe
    from app.core.fit.speed import words_text
    from app.core.fit.verdicts import assess_file
    from app.core.models.gguf_header import read_header
    from app.core.sizes import format_size

    path = _model_path(args.model)
    read_header(path)  # a missing or damaged file is said before anything starts
    hw = detect()
    known = Measured(hw)
    settings = LoadSettings(n_ctx=args.ctx, n_gpu_layers=args.gpu_layers, use_repack=not args.no_repack)
    print(f"Measuring {path.name}: loading it and writing for a few seconds...", file=sys.stderr)
    result = run_probe(path, settings)
    estimate, _ = assess_file(read_header(path), hw, result.n_ctx, result.repack, known.calibration)
    known.record(result)
    measured = result.footprint_at(result.n_ctx)
    if args.json:
        data = result.to_json() | {
            "needs_bytes": measured.working_set,
            "ram_bytes": measured.cpu_bytes,
            "vram_bytes": measured.gpu_bytes,
            "estimated_bytes": estimate.working_set,
        }
        print(json.dumps(data, indent=1))
        return 0
    print(f"{path.name}, {result.n_ctx} tokens of context, {result.threads} threads:")
    parts = [
        ("weights (file pages)", measured.weights),
        ("repack copy", measured.repack),
        ("KV cache", measured.kv_cache),
        ("compute buffer", measured.compute),
        ("process", measured.overhead),
        ("on the GPU", measured.gpu_bytes),
    ]
    for label, size in parts:
        if size:
            print(f"  {label:<22}{format_size(size):>9}")
    before, peak = format_size(estimate.working_set), format_size(result.peak_bytes)
    print(f"  {'needs':<22}{format_size(measured.working_set):>9}  (estimated before: {before})")
    print(f"  {'peak seen':<22}{peak:>9}  (the file pages behind the repack copy can be taken back)")
    words = words_text(result.decode_tokens_per_s)
    print(
        f"  {'writes':<22}{result.decode_tokens_per_s:>5.1f} tokens/s ({words}); "
        f"reads the question at {result.prompt_tokens_per_s:.0f} tokens/s"
    )
    print("Saved: `shortchat models` and the window now show this model as measured.")
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    from app.core.chat.compare import DONE, FAILED, LOADING, PIECE, SIDES, Comparison, speed_line, verdict_line
    from app.core.engine.engine import Engine
    from app.core.engine.generation import GenerationOptions, LoadSettings

    a, b = _model_path(args.a), _model_path(args.b)
    options = GenerationOptions(max_tokens=args.max_tokens, temperature=args.temperature, seed=args.seed)
    results, stats_by_side = {}, [None, None]
    with Engine() as engine:
        comparison = Comparison(engine, (a, LoadSettings()), (b, LoadSettings()), options)
        for event in comparison.ask(args.prompt):
            contender = comparison.contenders[event.side]
            label = f"{SIDES[event.side]}: {contender.name}"
            result = results.setdefault(SIDES[event.side], {"model": str(contender.path), "answer": ""})
            if event.kind == LOADING and not args.json:
                print(f"\n== {label} ==", flush=True)
            elif event.kind == PIECE:
                result["answer"] += event.text
                if not args.json:
                    sys.stdout.write(event.text)
                    sys.stdout.flush()
            elif event.kind == DONE:
                stats = stats_by_side[event.side] = event.stats
                result.update(
                    tokens=stats.reply_tokens,
                    tokens_per_s=round(stats.decode_tokens_per_s, 2),
                    seconds=round(event.seconds, 2),
                )
                if not args.json:
                    print(f"\n[{speed_line(stats, event.seconds)}]")
            elif event.kind == FAILED:
                result["error"] = event.text
                print(f"shortchat: {label}: {event.text}", file=sys.stderr)  # errors never on stdout
    failed = any("error" in r for r in results.values())
    if args.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
    elif not failed:
        names = tuple(c.name for c in comparison.contenders)
        print(f"\n{verdict_line(names, tuple(stats_by_side))}")
    return 1 if failed else 0


def _start_llama_process():
    """Start llama.cpp's process for the engine, before the rest of ShortChat is even imported:
    it gets ready (its own interpreter, llama.cpp's libraries) while this one plans the load.
    None if it could not start: the engine tries again, and says why, once the log is set up."""
    from app.core import paths
    from app.core.engine import llama_process

    try:
        return llama_process.start(paths.log_dir())
    except Exception:  # noqa: BLE001 - said by the engine's own attempt
        return None


def _add_server_options(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--server", metavar="URL", help=help_text)
    parser.add_argument(
        "--api-key", dest="server_key", help="the server's API key (default: the one kept for it in the keychain)"
    )


def _remote_server(args: argparse.Namespace):
    """The server ``--server`` names, asked what it offers (a sentence if it cannot be used)."""
    from app.core.remote.keys import KeyStore
    from app.core.remote.servers import detect, normalise_url

    url = normalise_url(args.server)
    return detect(url, args.server_key or KeyStore().get(url))


def _run_remote_chat(args: argparse.Namespace) -> int:
    """`shortchat chat --server URL`: the same chat, answered by a model on another computer."""
    from app.core.engine.generation import GenerationOptions
    from app.core.engine.prompt import VICUNA_SYSTEM
    from app.core.remote.remote_engine import RemoteEngine

    server = _remote_server(args)
    with RemoteEngine(server, args.model) as engine:
        engine.load()
        print(f"shortchat: {server.describe(next(m for m in server.models if m.name == engine.model_name))}",
              file=sys.stderr)  # fmt: skip
        options = GenerationOptions(
            max_tokens=args.max_tokens, temperature=args.temperature, top_p=args.top_p, seed=args.seed
        )
        system = args.system if args.system is not None else VICUNA_SYSTEM
        with _chat_session(args, system, engine=engine) as session:
            if args.prompt is not None:
                stopped = _print_reply(session, args.prompt, options, args.show_prompt, args.ctrl_c)
                return EXIT_INTERRUPTED if stopped else 0
            return _interactive(session, None, options, args.show_prompt, args.ctrl_c)


def _run_remote_models(args: argparse.Namespace) -> int:
    server = _remote_server(args)
    if args.json:
        kind = str(server.kind)
        rows = [{"name": m.name, "n_ctx": m.n_ctx, "server": server.url, "kind": kind} for m in server.models]
        print(json.dumps(rows, indent=1))
        return 0
    if not server.models:
        print(server.describe())
    for model in server.models:  # one line each: what `chat --server URL --model NAME` takes is in brackets
        print(f"{server.describe(model).split(' (and ')[0]}  [{model.name}]")
    return 0


def _run_chat(args: argparse.Namespace) -> int:
    if getattr(args, "server", None):
        return _run_remote_chat(args)
    started = getattr(args, "llama_process", None) or _start_llama_process()
    from app.core.engine.engine import Engine

    with Engine() as engine:
        engine.start(started)
        return _chat(engine, args)


def _chat(engine, args: argparse.Namespace) -> int:
    from app.core.engine.generation import GenerationOptions
    from app.core.engine.prompt import VICUNA_SYSTEM

    options = GenerationOptions(
        max_tokens=args.max_tokens, temperature=args.temperature, top_p=args.top_p, seed=args.seed
    )
    plan = _plan_for(args.model, args, engine)
    system = args.system if args.system is not None else VICUNA_SYSTEM
    with _chat_session(args, system, engine=engine) as session:
        if args.prompt is not None:
            with args.ctrl_c.raises():  # Ctrl+C here: main says 130
                _load_following(session.engine, plan)
            stopped = _print_reply(session, args.prompt, options, args.show_prompt, args.ctrl_c)
            return EXIT_INTERRUPTED if stopped else 0
        return _interactive(session, plan, options, args.show_prompt, args.ctrl_c)


def _add_saved_chat_options(chat: argparse.ArgumentParser) -> None:
    keep = chat.add_mutually_exclusive_group()
    keep.add_argument(
        "--continue", dest="continue_chat", nargs="?", const=0, type=_positive_int, metavar="NUMBER",
        help="continue the most recent saved chat (or this one from `shortchat chats`); a new one when there is none",
    )  # fmt: skip
    keep.add_argument("--no-save", action="store_true", help="keep this chat out of the chat history")
    chat.add_argument(
        "--stats", action="store_true", help="after each reply, print its figures as one JSON line on stderr"
    )


def _chat_session(args: argparse.Namespace, system: str, engine=None):
    """What `shortchat chat` talks to: a chat kept in the chat history (the window's), the most recent
    one with --continue, or only in memory with --no-save; with --stats it reports each reply's figures."""
    from app.core.chat.chat_session import ChatSession

    session = ChatSession(system=system, engine=engine) if args.no_save else _saved_session(args, engine)
    return _WithStats(session) if args.stats else session


def _saved_session(args: argparse.Namespace, engine):
    from app.core.chat.saved_chat import SavedChatSession
    from app.core.chat.store import open_store
    from app.core.models.gguf_header import printable

    store = open_store()  # never fails: a history it cannot write is said, and the chat lives in memory
    if store.not_saved:
        print(f"shortchat: {store.not_saved}", file=sys.stderr)
    chat = None
    if args.continue_chat is not None:
        chats = store.conversations()
        if args.continue_chat:
            chat = next((c for c in chats if c.id == args.continue_chat), None)
            if chat is None:
                store.close()
                raise ShortChatError(f"There is no chat number {args.continue_chat}; `shortchat chats` lists them.")
        elif chats:
            chat = chats[0]
        words = f"continuing “{printable(chat.title or 'Untitled')}”" if chat else "no saved chat yet; a new one"
        print(f"shortchat: {words}", file=sys.stderr)
    return SavedChatSession(store, engine, chat.id if chat else None, system=args.system)


class _WithStats:
    """A chat session that prints one JSON line of figures on stderr after each reply (--stats)."""

    def __init__(self, session) -> None:
        self.session = session

    def __getattr__(self, name: str):
        return getattr(self.session, name)

    def record(self, stream) -> None:
        self.session.record(stream)
        stats = stream.stats
        if stats is not None:
            figures = {
                "ttft_ms": round(stats.time_to_first_token_s * 1000, 1),
                "prompt_tokens": stats.prompt_tokens,
                "evaluated_tokens": stats.evaluated_tokens,
                "tokens": stats.reply_tokens,
                "tokens_per_s": round(stats.decode_tokens_per_s, 2),
                "stop_reason": stats.stop_reason,
            }
            print(json.dumps(figures), file=sys.stderr, flush=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.session.close()


def _run_chats(args: argparse.Namespace) -> int:
    import time

    from app.core.chat.store import open_store
    from app.core.models.catalog import display_name
    from app.core.models.gguf_header import printable

    store = open_store()
    try:
        chats = store.conversations()
    finally:
        store.close()
    if args.json:
        keys = ("id", "title", "model", "created", "updated")
        print(json.dumps([{key: getattr(c, key) for key in keys} for c in chats], indent=1, ensure_ascii=False))
        return 0
    if not chats:
        print("No saved chats yet. `shortchat chat` starts one.")
    for c in chats:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(c.updated))
        model = f"  ({printable(display_name(c.model))})" if c.model else ""  # "Vicuna 1.5b · Q4_K_M", as the window
        print(f"{c.id:>5}  {when}  {printable(c.title or 'Untitled', 80)}{model}")
    return 0


def _port(text: str) -> int:
    value = _int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0 to 65535)")
    return value


def _run_serve(args: argparse.Namespace) -> int:
    import os

    from app.core.engine.engine import Engine
    from app.serve.server import API_KEY_VARIABLE, ApiServer, ServeSettings, bind

    settings = ServeSettings(
        host=args.host,
        port=args.port,
        api_key=args.api_key if args.api_key is not None else os.environ.get(API_KEY_VARIABLE) or None,
        allow_origins=tuple(args.allow_origin),
        max_waiting=args.queue,
    )
    settings.check()  # an unsafe address is refused before anything loads
    sock = bind(settings.host, settings.port)  # and a taken port is said at once
    with Engine() as engine:
        engine.start()  # llama.cpp's process gets ready while the load is planned
        plan = _plan_for(args.model, args, engine)
        _load_following(engine, plan)
        model = engine.model
        server = ApiServer(engine, settings, sock)
        print(f"ShortChat answers at {server.url} with {model.path.name} (OpenAI-compatible). Ctrl+C stops it.",
              flush=True)  # fmt: skip
        server.run()
    return 0


def _plan_for(model: str | None, args: argparse.Namespace, engine):
    """The load plan for ``--model`` (a path, a name in the library, or the newest), the library
    listed once, so each model's header is read once."""
    from app.core.models.library import Library

    models = Library().list()
    return _load_plan(_model_path(model, models), args, models, engine)


def _load_plan(path, args: argparse.Namespace, models, engine):
    """The out-of-memory ladder for ``path`` here, as the window follows it; ``models``: the
    library's list (the files it may step down to, their headers read); ``engine``: the engine
    that will load it, asked whether llama.cpp can use a GPU (so this process need not load it)."""
    from app.core.fit.hardware import detect
    from app.core.fit.ladder import plan_with_library
    from app.core.fit.measurements import Measured
    from app.core.settings import Settings

    hardware = detect(gpu_offload=engine.gpu_offload_supported)
    user = Settings(context=args.ctx or 0, threads=args.threads or 0, gpu_layers=args.gpu_layers)
    plan = plan_with_library(path, hardware, user, models, Measured(hardware))
    if not plan.fits:
        print("shortchat: this model may be too big for this computer; trying anyway.", file=sys.stderr)
    for sentence in plan.sentences():
        print(f"shortchat: {sentence}", file=sys.stderr)
    return plan


def _load_following(engine, plan) -> None:
    from app.core.fit.ladder import load_following

    load_following(engine, plan, lambda sentence: print(f"shortchat: {sentence}", file=sys.stderr))


def _model_path(given: str | None, models=None):
    """A path as given, else a model of the library (``models``: its list, when the caller
    has it) by name, else the newest one."""
    from pathlib import Path

    from app.core.models.library import Library, modified_time, newest_usable

    if given and (Path(given).exists() or "/" in given or "\\" in given):
        return Path(given)
    models = Library().list() if models is None else models
    if given:
        return next((m.path for m in models if m.name == given), Path(given))
    newest = newest_usable(models)
    if newest is None:
        if models:  # only unusable files: say why the newest cannot be used
            raise ShortChatError(max(models, key=lambda m: modified_time(m.path)).problem)
        raise ShortChatError("No models yet: `shortchat download 1.5b Q4_K_M` gets one, or give --model PATH.")
    return newest.path


def _print_reply(session, text: str, options, show_prompt: bool, ctrl_c: CtrlC) -> bool:
    """Stream one reply to stdout; Ctrl+C stops it and keeps what was written. Whether it
    was stopped so."""
    with ctrl_c.raises():  # before the request is sent there is nothing to stop
        stream = session.ask(text, options)
    with ctrl_c.stops(stream.cancel) as pressed:
        try:
            if show_prompt:
                payload = {"prompt": stream.prompt.text, "tokens": stream.prompt.tokens}
                print(json.dumps(payload, ensure_ascii=False), file=sys.stderr, flush=True)
            if stream.prompt.dropped_turns:
                print(f"[{stream.prompt.dropped_turns} earlier turn(s) left out to fit]", file=sys.stderr)
            for piece in stream:
                sys.stdout.write(piece)
                sys.stdout.flush()
        finally:
            session.record(stream)  # waits (a bounded time) for llama.cpp to end a stopped reply
    stopped = bool(pressed)
    sys.stdout.write(" [stopped]\n" if stopped else "\n")
    sys.stdout.flush()
    return stopped


def _ensure_loaded(session, plan) -> None:
    """Load the model if it is not loaded (at the start, or after llama.cpp ended)."""
    if session.engine.model is None and plan is None:  # a model on another computer: ask its server again
        session.engine.load()
    elif session.engine.model is None:
        print(f"shortchat: loading {plan.chosen.path.name}...", file=sys.stderr, flush=True)
        _load_following(session.engine, plan)


def _interactive(session, plan, options, show_prompt: bool, ctrl_c: CtrlC) -> int:
    """Questions and replies until Ctrl+D. Ctrl+C stops what is going on (a reply, loading)
    and never ends the chat; the next question is answered."""
    try:
        with ctrl_c.raises():
            _ensure_loaded(session, plan)
    except KeyboardInterrupt:
        print("\nStopped loading; the model loads with your first message.", file=sys.stderr)
    print("Type a message and press Enter. Ctrl+C stops a reply, Ctrl+D quits.", file=sys.stderr)
    while True:
        try:
            with ctrl_c.raises():
                text = input("you> ")
        except EOFError:
            print(file=sys.stderr)
            return 0
        except KeyboardInterrupt:
            print(file=sys.stderr)
            continue
        if not text.strip():
            continue
        try:
            with ctrl_c.raises():
                _ensure_loaded(session, plan)
        except KeyboardInterrupt:
            print("\nStopped loading; the model loads with your next message.", file=sys.stderr)
            continue
        sys.stdout.write("assistant> ")
        try:
            _print_reply(session, text, options, show_prompt, ctrl_c)
        except KeyboardInterrupt:  # before the question was sent
            print(" [stopped]", flush=True)
        except ShortChatError as error:
            print(f"\n{error}", file=sys.stderr)


def main(argv: Sequence[str] | None = None, llama_process=None) -> int:
    """``llama_process``: llama.cpp's process if the program started it already (``app.launch``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from app.self_test import run as self_test

        return self_test()
    if args.command is None:  # no command: open the window
        from app.gui.app import run

        return run()
    args.ctrl_c = CtrlC()
    with args.ctrl_c.handled():  # the first Ctrl+C raises; one during the clean-up after it is let go
        try:
            # llama.cpp's process starts first, even before the log is set up (none for a model elsewhere)
            if args.command == "chat" and not args.server:
                args.llama_process = llama_process or _start_llama_process()
            from app.core.logs import setup_logging

            setup_logging()  # details go to the log file, never a traceback on the screen
            return args.run(args)
        except ShortChatError as error:
            print(f"shortchat: {error}", file=sys.stderr)
            return EXIT_USAGE
        except KeyboardInterrupt:
            print("\nshortchat: stopped.", file=sys.stderr)
            return EXIT_INTERRUPTED
        except BrokenPipeError:  # `shortchat chats | head`: the reader has all it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
            return 0
        except Exception as error:  # a bug: one readable line, the details in the log
            import logging

            logging.getLogger("shortchat").exception("unexpected error")
            print(f"shortchat: something went wrong ({type(error).__name__}: {error})", file=sys.stderr)
            return 1


def entry(llama_process=None) -> int:
    """The `shortchat` program: ``main``, then Python ends without a traceback for a late Ctrl+C."""
    code = main(llama_process=llama_process)
    exit_quietly()
    return code


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(entry())
