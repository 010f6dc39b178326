"""`vejviser.memory.give_back_free_memory`: memory the process freed goes back to the system."""

from __future__ import annotations

import pytest

from vejviser.memory import _malloc_trim, give_back_free_memory

BUFFER = 64 * 1024  # under glibc's threshold for mapping a buffer on its own: from the main heap
COUNT = 2000  # 128 MiB


def _resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


@pytest.mark.skipif(_malloc_trim() is None, reason="no glibc malloc_trim here")
def test_freed_heap_memory_is_given_back():
    buffers = [bytearray(BUFFER) for _ in range(COUNT)]
    for buffer in buffers:
        buffer[::4096] = b"x" * len(buffer[::4096])  # touch every page
    last = buffers.pop()  # still in use, at the top of the heap: freeing the rest cannot shrink it
    buffers.clear()
    before = _resident_bytes()
    give_back_free_memory()
    after = _resident_bytes()
    assert before - after > COUNT * BUFFER // 2, f"{(before - after) >> 20} MiB given back"
    assert len(last) == BUFFER
