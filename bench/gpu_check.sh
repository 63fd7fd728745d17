#!/usr/bin/env bash
# On the device machine (no network): install the carried wheels, then run bench/gpu_check.py with
# its arguments (see its docstring: prepare first with `python bench/gpu_check.py --prepare`).
set -u
cd "$(dirname "$0")/.."
export OUT="${OUT:-$PWD/bench/.cache/gpu/out}"
mkdir -p "$OUT" bench/.cache/gpu/site
DEPS=bench/.cache/gpu/deps
PYTHON="${PYTHON:-python3}"
"$PYTHON" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$DEPS" \
    bench/.cache/gpu/carry/wheels/*.whl || { echo "could not install the carried wheels"; exit 1; }
export PYTHONPATH="$PWD/bench/.cache/gpu/site:$PWD/$DEPS:$PWD${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONUNBUFFERED=1
set -o pipefail
"$PYTHON" bench/gpu_check.py "$@" 2>&1 | tee "$OUT/gpu_check.log"
