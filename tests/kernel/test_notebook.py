"""notebooks/tour.ipynb runs from top to bottom without an error (nbclient)."""
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
        elif "data" in output:
            parts.append(output["data"].get("text/plain", ""))
    return "".join(parts)


def test_tour_runs():
    notebook = nbformat.read(NOTEBOOKS / "tour.ipynb", as_version=4)
    NotebookClient(notebook, kernel_name="xcairo", timeout=120,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    text = "".join(outputs_text(cell) for cell in notebook.cells if cell.cell_type == "code")
    recorded = json.loads((SOURCES / "debug/succeeds.expected.json").read_text())["stdout"]
    assert recorded.split("\n\n")[0] in text  # "Program output:\n  5\n  -5", from cairo-run
    assert "usage: %step" in text
