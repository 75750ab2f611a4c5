"""The notebooks run from top to bottom without an unexpected error (nbclient); their outputs
hold what cairo-run recorded for their programs."""
import json
import pathlib

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = pathlib.Path(__file__).resolve().parent.parent.parent / "notebooks"
SOURCES = pathlib.Path(__file__).resolve().parent.parent / "programs"


def outputs_text(cell):
    parts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            parts.append(output["text"])
        elif output["output_type"] == "error":
            parts.append(output["ename"] + ": " + output["evalue"])
        elif "data" in output:
            parts.append(output["data"].get("text/plain", ""))
    return "".join(parts)


def executed(name):
    """The notebook's code cells' output texts, after nbclient ran it."""
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(notebook, kernel_name="xcairo", timeout=120,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return [outputs_text(cell) for cell in notebook.cells if cell.cell_type == "code"]


def recorded(program):
    return json.loads((SOURCES / (program + ".expected.json")).read_text())


def test_tour_runs():
    text = "".join(executed("tour.ipynb"))
    stdout = recorded("debug/succeeds")["stdout"]
    assert stdout.split("\n\n")[0] in text  # "Program output:\n  5\n  -5", from cairo-run
    assert "usage: %step" in text


def test_hints_runs():
    cells = executed("hints.ipynb")
    text = "".join(cells)
    # check(1) then check(5): the hint's ids.x before each run of the hint, from the sources.
    assert "ids.x  1" in text
    assert any(cell.strip().endswith("\n5") or cell.strip() == "5" for cell in cells)
    # The failing hint's error ends as cairo-run's (its Python exception).
    assert recorded("python_hints/raise_value_error")["stderr"].strip().split("\n")[-1] in text
    # hint_loop: ids.i counts down from 5 before each run of its hint; the output is cairo-run's.
    assert "[5, 4, 3, 2, 1]" in text
    assert recorded("python_hints/hint_loop")["stdout"].split("\n\n")[0] in text
