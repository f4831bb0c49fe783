"""The OpenMP thread pool of the calling thread, released when another thread is about to compute.

PyTorch's CPU kernels run on an OpenMP runtime (libgomp on Linux wheels). Every thread that runs a
parallel kernel gets its own pool of worker threads, and libgomp counts them all: once more threads
belong to pools than there are CPUs, every pool's workers stop spinning between kernels and sleep
in the kernel instead, so each small kernel pays a futex wake-up. On a 2-core machine this made
decoding from a second thread 1.4x slower than from the main thread (16 vs 23 tok/s, batch 4),
only because the main thread had loaded the model. Releasing the idle thread's pool
(``omp_pause_resource_all``, OpenMP 5.0) restores full speed; the pool is re-created the next time
that thread runs a kernel (one thread start, about 0.1 ms).
"""

from __future__ import annotations

import ctypes
import functools
import os

_OMP_PAUSE_SOFT = 1
# Only GNU libgomp: its pause frees the calling thread's pool alone. Intel's and LLVM's runtimes
# pause the whole process, which is not safe while another thread may be computing.
_RUNTIMES = ("libgomp",)


@functools.cache
def _openmp_runtime() -> ctypes.CDLL | None:
    """The GNU OpenMP runtime already loaded into this process (by PyTorch), or None."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as f:
            paths = {line.split()[-1] for line in f if "/" in line}
    except OSError:  # not Linux
        return None
    for path in sorted(paths):
        if os.path.basename(path).startswith(_RUNTIMES):
            try:
                lib = ctypes.CDLL(path)  # already loaded: the same handle PyTorch uses
            except OSError:
                continue
            if hasattr(lib, "omp_pause_resource_all"):
                lib.omp_pause_resource_all.argtypes = [ctypes.c_int]
                lib.omp_pause_resource_all.restype = ctypes.c_int
                return lib
    return None


def release_thread_pool() -> bool:
    """Free the calling thread's OpenMP worker threads; return whether a pool was released.

    Call it on a thread that is done with PyTorch work for now (the engine does when a caller hands
    the model over to another thread). Harmless when there is no pool; does nothing (returns False)
    without GNU libgomp (macOS, Windows, Intel OpenMP builds).
    """
    import torch  # noqa: F401  (the runtime is loaded with torch)

    lib = _openmp_runtime()
    if lib is None:
        return False
    return lib.omp_pause_resource_all(_OMP_PAUSE_SOFT) == 0
