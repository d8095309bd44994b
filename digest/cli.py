"""The `digest` command: the same pipeline as the MkDocs plugin, from the command line."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from digest import progress
from digest.model import Problem
from digest.engine import ProblemsFound, build_site
from digest.errors import DigestError
from digest.settings import Settings, record_settings, recorded_settings

if TYPE_CHECKING:
    from digest.read.importer import Outcome

log = logging.getLogger("digest")
SCHEDULER_HELP = ("annotate on a Dask cluster: tcp://HOST:8786, or local:N for N local worker processes "
                  "(needs pip install 'digest[cluster]')")
JOBS_HELP = "spaCy worker processes for the articles not in the cache (default: the plugin's `jobs`, 1)"


def load_settings(config_file: Path) -> Settings:
    """The plugin's settings from mkdocs.yml (validated by MkDocs), or the defaults without one. MkDocs is
    loaded only when the file's bytes (or the code) changed since the last command (`recorded_settings`)."""
    if not config_file.exists():
        return Settings(root=Path.cwd())
    from digest.publish.uptodate import code_fingerprint
    from digest.store.cache import distribution_version

    config = config_file.read_bytes()
    code = f"{code_fingerprint()}\0mkdocs {distribution_version('mkdocs')}"
    settings = recorded_settings(config_file, config, code)
    if settings is None:
        settings = settings_from_mkdocs(config_file)
        record_settings(config_file, config, code, settings)
    return settings


def settings_from_mkdocs(config_file: Path) -> Settings:
    """The plugin's settings from mkdocs.yml, as MkDocs loads and validates it."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from digest.plugin import DigestPlugin, settings_from

    try:
        config = load_config(str(config_file))
    except MkDocsException as error:  # MkDocs has logged which option is wrong and why (Abort is a SystemExit)
        raise ConfigError(f"{config_file}: {str(error).rstrip('!')}; correct the option named above") from None
    plugin = next((p for p in config.plugins.values() if isinstance(p, DigestPlugin)), None)
    if plugin is None:
        return Settings(root=config_file.resolve().parent, docs=Path(config.docs_dir))
    return settings_from(plugin.config, config)


class ConfigError(DigestError):
    """mkdocs.yml does not load: MkDocs has said why."""


# Each command imports what only it needs: `digest build` with nothing to do reads the articles and stops.

def print_problems(problems: tuple[Problem, ...] | list[Problem]) -> None:
    from digest.read.check import describe

    for problem in problems:
        print(f"{problem.severity}: {describe(problem)}", file=sys.stderr)


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from digest.read.articles import find_article_files
    from digest.read.check import check_files

    paths = [Path(f) for f in args.files] or find_article_files(settings.seeds_dir)
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"error: no such file: {missing[0]}", file=sys.stderr)
        return 2
    count, problems = check_files(paths, settings.root)
    print_problems(problems)
    if problems:
        print(f"{len(problems)} problem(s) in {len({p.path for p in problems})} file(s): fix them as each message "
              "says and run `digest check` again", file=sys.stderr)
        return 1
    print(f"{count} article(s) checked: no problems")
    return 0


def cmd_new(args: argparse.Namespace, settings: Settings) -> int:
    from digest.read.new import new_article

    path = new_article(settings.seeds_dir, args.title)
    shown = path.relative_to(settings.root) if path.is_relative_to(settings.root) else path
    print(f"created {shown}: fill in the front matter, write the article below it, then run `digest check`")
    return 0


def print_outcome(outcome: Outcome) -> None:
    """One line a story or failed source, as it happens (failures on stderr), then what `digest check`
    will say of the file."""
    print(outcome.line(), file=sys.stderr if outcome.status == "failed" else sys.stdout, flush=True)
    print_problems(outcome.warnings)


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from digest.read.importer import SOURCES_FILE, import_sources, load_sources

    rules = load_sources(settings.root / SOURCES_FILE)
    try:
        outcomes = import_sources(args.sources, settings.seeds_dir, settings.root, excerpt=args.excerpt,
                                  ignore_robots=args.ignore_robots, rules=rules, report=print_outcome)
    except KeyboardInterrupt:
        print("interrupted: the articles imported so far are kept; run the same command again to import the "
              "rest (what is there already is skipped)", file=sys.stderr)
        return 130
    counts = {status: sum(o.status == status for o in outcomes) for status in ("imported", "skipped", "failed")}
    print(f"{counts['imported']} imported, {counts['skipped']} already there, {counts['failed']} failed"
          + ("; run `digest check` on the new files before opening a pull request" if counts["imported"] else ""))
    return 1 if counts["failed"] else 0


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    settings = with_jobs(settings, args)
    if args.wait is not None:
        settings = dataclasses.replace(settings, wait=args.wait)
    try:
        built = build_site(settings, settings.docs_dir, strict=args.strict or settings.strict,
                           clean_first=args.clean, progress=progress.bar, say=say)
    except ProblemsFound as error:
        print_problems(error.problems)
        raise
    if args.clean:
        say(f"--clean: {built.cleaned} generated pages deleted from {settings.docs_dir}")
    print_problems(built.problems)
    report = built.report
    if report is None:
        print(f"{built.summary}: 0 pages written, {len(built.pages)} unchanged (nothing changed since the last "
              "build: articles, configuration and code are the same, every page is as it was written), 0 removed "
              f"in {settings.docs_dir}")
        return 0
    print_problems(report.problems)
    if report.repaired:
        say(f"warning: {len(report.repaired)} generated page(s) in {settings.docs_dir} were not in its manifest "
            f"(first: {report.repaired[0]}); they were made again and are listed now")
    print(f"{built.summary}: {len(report.written)} pages written, "
          f"{len(report.unchanged)} unchanged ({report.reused} not even rendered), {len(report.removed)} removed "
          f"in {settings.docs_dir}")
    return 0


def say(message: str) -> None:
    """A message about the build itself (not its result), on stderr."""
    print(message, file=sys.stderr, flush=True)


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from digest.pipeline import build_digest
    from digest.publish.export import export_lines

    paths = [Path(f) for f in args.files] or None
    missing = [p for p in paths or [] if not p.is_file()]
    if missing:
        print(f"error: no such file: {missing[0]}", file=sys.stderr)
        return 2
    digest = build_digest(with_jobs(settings, args), paths, progress=progress.bar)
    print_problems(digest.problems)
    for line in export_lines(digest):
        sys.stdout.write(line + "\n")
    return 0


def with_jobs(settings: Settings, args: argparse.Namespace) -> Settings:
    """The settings with `--jobs` and `--scheduler` applied when they were given."""
    if args.jobs:
        settings = dataclasses.replace(settings, jobs=args.jobs)
    if args.scheduler:
        settings = dataclasses.replace(settings, scheduler=args.scheduler)
    return settings


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from digest import bench

    return bench.run(args.name, args.args)


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="digest", description=__doc__)
    parser.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"),
                        help="the MkDocs configuration holding the digest plugin's options (default: mkdocs.yml)")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="write the generated pages into the docs folder")
    build.add_argument("--strict", action="store_true", help="write nothing when any article has a problem")
    build.add_argument("--jobs", type=positive, help=JOBS_HELP)
    build.add_argument("--scheduler", help=SCHEDULER_HELP)
    build.add_argument("--clean", action="store_true",
                       help="delete every generated page first and write them all from scratch")
    build.add_argument("--wait", type=float, metavar="SECONDS",
                       help="how long to wait for another build of the project to finish (default: 600)")
    build.set_defaults(run=cmd_build)
    check = commands.add_parser("check", help="check article files without building (exit code 1 on any problem)")
    check.add_argument("files", nargs="*", help="article files (default: the configured articles folder)")
    check.set_defaults(run=cmd_check)
    new = commands.add_parser("new", help="create a new article file with the front matter to fill in")
    new.add_argument("title", help="the article's headline (it also names the file)")
    new.set_defaults(run=cmd_new)
    importing = commands.add_parser("import", help="add articles from news pages and RSS/Atom feeds "
                                     "(exit code 1 when any source failed)")
    importing.add_argument("sources", nargs="+", metavar="SOURCE",
                           help="a page's address, a saved HTML page, or an RSS/Atom feed (address or file)")
    importing.add_argument("--excerpt", action="store_true",
                           help="publish only the lead paragraph, the quotations and a link to the original "
                                "(the full text is kept for the annotation); sources.yml sets it per site or feed")
    importing.add_argument("--ignore-robots", action="store_true",
                           help="fetch pages that the site's robots.txt disallows (only with the site's permission)")
    importing.set_defaults(run=cmd_import)
    export = commands.add_parser("export", help="print the annotations as JSON Lines, one article a line")
    export.add_argument("files", nargs="*", help="article files (default: the configured articles folder)")
    export.add_argument("--jobs", type=positive, help=JOBS_HELP)
    export.add_argument("--scheduler", help=SCHEDULER_HELP)
    export.set_defaults(run=cmd_export)
    bench = commands.add_parser("bench", help="run a benchmark or quality measurement (digest.bench.NAME)")
    bench.add_argument("name", help="the benchmark's name")
    bench.add_argument("args", nargs=argparse.REMAINDER, help="its arguments (see `digest bench NAME --help`)")
    bench.set_defaults(run=cmd_bench)
    return parser


def run() -> None:
    """The `digest` command."""
    sys.exit(main())


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        settings = load_settings(args.config_file)
        return args.run(args, settings)
    except DigestError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("interrupted: the annotations finished so far are kept in the cache; run the same command "
              "again to go on from there", file=sys.stderr)
        return 130


if __name__ == "__main__":
    run()
