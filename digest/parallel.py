"""Running independent parts of a build side by side in forked processes (`jobs` above 1).

A forked child starts with the parent's memory as it is (the decoded analyses, the digest), so nothing
is sent to it: it computes its part and sends back only the result, pickled through a pipe. The
parent computes the first part itself meanwhile. Without `os.fork`, with one job, or while other
threads run (`mkdocs serve`'s server: a fork then copies locks that nobody will release), the parts
run one after another in this process, with the same results.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def can_fork(jobs: int) -> bool:
    return jobs > 1 and hasattr(os, "fork") and threading.active_count() == 1


def fan_out(function: Callable[[T], R], parts: Sequence[T], jobs: int) -> list[R]:
    """`function(part)` for each part, in order: up to `jobs` at a time when forking is safe.

    A child that fails or dies has its part computed again here, so an error is raised where it would
    be without forking.
    """
    if len(parts) < 2 or not can_fork(jobs):
        return [function(part) for part in parts]
    results: list[R] = []
    for start in range(0, len(parts), jobs):
        batch = parts[start:start + jobs]
        children = [fork_child(function, part) for part in batch[1:]]
        results.append(function(batch[0]))
        results.extend(collect(child, function, part) for child, part in zip(children, batch[1:]))
    return results


def fork_child(function: Callable[[T], R], part: T) -> tuple[int, int]:
    """(pid, read end of its pipe) of a child computing `function(part)`."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running the parent's exit handlers
        os.close(read_end)
        status = 1
        try:
            data = pickle.dumps(function(part), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def collect(child: tuple[int, int], function: Callable[[T], R], part: T) -> R:
    """The child's result, or the part computed here when the child failed."""
    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()  # before waiting: a large result fills the pipe until it is read
    _, status = os.waitpid(pid, 0)
    if status == 0 and data:
        return pickle.loads(data)
    return function(part)


def stop(child: tuple[int, int]) -> None:
    """End a child whose result is not wanted."""
    pid, read_end = child
    os.close(read_end)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


Receive = Callable[[], object]


class FedChild:
    """A forked child computing `function(part, receive)`, where `receive()` waits for the one value the
    parent `feed`s it: the child starts on what it can do without that value while the parent computes
    it. Used as a context manager: a child whose result was not taken is stopped."""

    def __init__(self, function: Callable[[T, Receive], R], part: T) -> None:
        self.function, self.part = function, part
        read_end, write_end = os.pipe()

        def in_child(part_: T) -> R:
            os.close(write_end)
            received: list[bytes] = []
            # Read as it comes, so the parent's write never waits for this process to ask for the value.
            reader = threading.Thread(target=lambda: received.append(read_all(read_end)))
            reader.start()

            def receive() -> object:
                reader.join()
                return pickle.loads(received[0])

            return function(part_, receive)

        self.child: tuple[int, int] | None = fork_child(in_child, part)
        os.close(read_end)
        self.write_end: int | None = write_end

    def feed(self, value: object) -> None:
        """Send the child its value (when the child is gone, `result` computes its part here)."""
        write_end, self.write_end = self.write_end, None
        try:
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except BrokenPipeError:
            pass

    def result(self, value: object) -> R:
        """The child's result, or its part computed here with `value` when the child failed."""
        child, self.child = self.child, None
        return collect(child, lambda part: self.function(part, lambda: value), self.part)

    def __enter__(self) -> FedChild:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.write_end is not None:
            os.close(self.write_end)
            self.write_end = None
        if self.child is not None:
            stop(self.child)
            self.child = None


def read_all(fd: int) -> bytes:
    with os.fdopen(fd, "rb") as pipe:
        return pipe.read()
