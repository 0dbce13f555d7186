"""``python -m {{ cookiecutter.project_slug }} production.ini ...``: Pyramid's pserve, minus a warning.

Pyramid 2.1 (pyramid/path.py) still imports setuptools' ``pkg_resources``, which prints
"pkg_resources is deprecated as an API" on every start; nothing in this project uses it, and
Pyramid pins a setuptools that still has it. The plain ``pserve`` command works the same and
prints the warning. Drop this module when a Pyramid release no longer imports pkg_resources.
"""

import os
import sys
import warnings

PKG_RESOURCES_WARNING = "ignore:pkg_resources is deprecated:UserWarning"


def run() -> int:
    warnings.filterwarnings("ignore", "pkg_resources is deprecated", UserWarning)
    # --reload serves from a child process (hupper), which inherits the filter this way.
    os.environ["PYTHONWARNINGS"] = ",".join(
        filter(None, [os.environ.get("PYTHONWARNINGS"), PKG_RESOURCES_WARNING])
    )
    # Imported only now: the filter must be in place when Pyramid first imports pkg_resources.
    from pyramid.scripts.pserve import main

    return main(argv=["pserve", *sys.argv[1:]]) or 0


if __name__ == "__main__":
    sys.exit(run())
