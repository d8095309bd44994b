"""Parts of a build run side by side in forked processes: the same results as one after another."""

import json
import os
import subprocess
import sys

import pytest

from conftest import copy_project
from digest.parallel import fan_out

# The forked path runs in a fresh interpreter: the test process itself may have threads by now
# (browser and cluster tests start some), and `fan_out` rightly does not fork then.
IN_CHILDREN = """
import json, os
from digest.parallel import can_fork, fan_out
here = os.getpid()
squares = fan_out(lambda n: (n * n, os.getpid()), [1, 2, 3, 4, 5], jobs=2)

def dies_in_a_child(n):
    if os.getpid() != here:
        os._exit(3)  # a child that dies without a result
    return n * n

print(json.dumps({"forked": can_fork(2), "squares": [s for s, _ in squares],
                  "pids": sorted({pid for _, pid in squares} - {here}),
                  "after_a_death": fan_out(dies_in_a_child, [1, 2, 3], jobs=3)}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_parts_run_in_other_processes_come_back_in_order_and_survive_a_dead_child():
    result = subprocess.run([sys.executable, "-c", IN_CHILDREN], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["forked"] and found["pids"]  # some part ran in a child
    assert found["squares"] == [1, 4, 9, 16, 25]
    assert found["after_a_death"] == [1, 4, 9]  # the dead child's parts were computed by the parent


def test_an_error_is_raised_as_without_forking():
    def fails_on_two(n):
        if n == 2:
            raise ValueError("part 2 is bad")
        return n

    with pytest.raises(ValueError, match="part 2 is bad"):
        fan_out(fails_on_two, [1, 2, 3], jobs=2)
    assert fan_out(fails_on_two, [1, 3], jobs=1) == [1, 3]


def test_a_progress_bar_leaves_no_thread_that_would_stop_forking():
    script = """
from digest import progress
from digest.parallel import can_fork
progress.interactive = lambda stream=None: True  # as on a terminal
with progress.bar(100, "Annotating") as advance:
    advance(100)
print(can_fork(2))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(hasattr(os, "fork"))
