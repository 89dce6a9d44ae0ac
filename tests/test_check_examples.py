"""The CI integration shipped with the project: the example workflow and the pre-commit hook.

The workflow's own shell steps are run against a real repository of editions (a base commit holding the
founding document, a pull request adding a bad reissue), so the example is known to work as written.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from versioning.cli import build_parser

ROOT = Path(__file__).parents[1]
WORKFLOW = ROOT / "examples" / "check-editions.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
FOUNDING = ROOT.parent / "shared" / "corpus" / "csto" / "A-RES-67-6.reissue-2013-07-15.txt"


def run_block(step_name: str) -> str:
    """The shell script of the workflow step named ``step_name`` (its ``run: |`` block)."""
    lines = WORKFLOW.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- name: {step_name}")
    run = next(i for i in range(start, len(lines)) if lines[i].strip() == "run: |")
    indent = len(lines[run + 1]) - len(lines[run + 1].lstrip())
    block = []
    for line in lines[run + 1 :]:
        if line.strip() and len(line) - len(line.lstrip()) < indent:
            break
        block.append(line[indent:])
    return "\n".join(block) + "\n"


def hook_value(key: str) -> str:
    match = re.search(rf"^(?:- |  ){key}: (.+)$", HOOKS.read_text(encoding="utf-8"), re.M)
    assert match is not None, key
    return match.group(1).strip()


def test_the_hook_runs_the_check_command() -> None:
    assert hook_value("id") == "versioning-check"
    assert hook_value("entry") == "versioning check"
    args = build_parser().parse_args([*hook_value("entry").split()[1:], "editions/A-RES-67-6.txt"])
    assert args.command == "check"
    files = re.compile(hook_value("files"))
    excluded = re.compile(hook_value("exclude"))
    assert files.search("A-RES-67-6.txt") and files.search("A-RES-79-10.pdf")
    assert excluded.search("A-RES-79-10.reference.json")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True)
    return done.stdout.strip()


@pytest.mark.skipif(shutil.which("bash") is None, reason="the workflow's steps are bash scripts")
def test_the_example_workflow_flags_a_bad_reissue(tmp_path: Path) -> None:
    repo = tmp_path / "editions-repo"
    (repo / "editions").mkdir(parents=True)
    git(repo, "init", "--quiet")
    git(repo, "config", "user.email", "editor@example.org")
    git(repo, "config", "user.name", "Editor")
    shutil.copy(FOUNDING, repo / "editions" / FOUNDING.name)
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "The founding document")
    base = git(repo, "rev-parse", "HEAD")
    text = FOUNDING.read_text(encoding="utf-8")
    text = text.replace("on 15 July 2013.", "on 2 September 2013.").replace(
        "their cooperation in the interest", "their partnership in the interest"
    )
    (repo / "editions" / "A-RES-67-6.reissue-2013-09-02.txt").write_text(text, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "--quiet", "-m", "A new technical reissue")

    runner_temp = tmp_path / "runner"
    runner_temp.mkdir()
    env = {**os.environ, "BASE": base, "RUNNER_TEMP": str(runner_temp)}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    env.pop("VERSIONING_STORE", None)
    for step in ("Build the store from the base branch's editions",):
        done = subprocess.run(
            ["bash", "-e", "-c", run_block(step)], cwd=repo, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    check = run_block("Check the editions this pull request adds or changes")
    done = subprocess.run(["bash", "-e", "-c", check], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode != 0  # xargs passes the check's failure on
    assert done.stdout == (
        "::error file=editions/A-RES-67-6.reissue-2013-09-02.txt,line=137,title=reissue-editorial-only::"
        "operative paragraph 5 (op5): \u201ccooperation\u201d replaced by \u201cpartnership\u201d "
        "(substantive); a reissue for technical reasons may contain editorial changes only\n"
    )
    assert "<failure" in (repo / "check-results.xml").read_text(encoding="utf-8")
