"""What a Python hint sees through the module: the python_hints corpus run by xcairo.VM, the
names cairo-lang gives a hint, isolation from the caller, and errors and pickling."""
import json
import pickle
import re
import sys
from pathlib import Path

import pytest

from conftest import (CORPUS_BUILD, CORPUS_SOURCE, CorpusProgram, assert_error_as_recorded,
                      corpus_programs, harness, vm_kwargs)

CALLERS_GLOBAL = "not for hints"


def python_hints_programs():
    """The python_hints programs (their --program_input is given to VM(...) by the test)."""
    programs = []
    for path in sorted((CORPUS_SOURCE / "python_hints").glob("*.expected.json")):
        name = path.name[:-len(".expected.json")]
        expected = json.loads(path.read_text())
        flags = list(expected["flags"])
        if "--program_input" in flags:
            del flags[flags.index("--program_input"):flags.index("--program_input") + 2]
        kwargs = vm_kwargs(flags, path.parent)
        if kwargs is not None and (CORPUS_BUILD / f"python_hints/{name}.json").exists():
            programs.append(CorpusProgram(f"python_hints/{name}", expected, kwargs))
    return programs


def program_input_of(flags, workdir):
    """The JSON of the --program_input flag (a file, or a program the harness compiles), or None."""
    if "--program_input" not in flags:
        return None
    flag = flags[flags.index("--program_input") + 1]
    if flag.startswith(harness.COMPILED_PLACEHOLDER):
        harness.compile_inputs([flag], "python_hints", workdir,
                               harness.DEFAULT_REFERENCE_DIR / "bin" / "cairo-compile")
        return json.loads(harness.compiled_path(flag, workdir).read_text())
    return json.loads(Path(flag.replace("{dir}", str(CORPUS_SOURCE / "python_hints"))).read_text())


@pytest.mark.parametrize("corpus", python_hints_programs(), ids=repr)
def test_module_runs_hints_as_cairo_run(xcairo, corpus, capsys, tmp_path):
    # The hints' prints go to sys.stdout; the VM's output and the error text to the caller.
    expected = corpus.expected
    program_input = program_input_of(expected["flags"], tmp_path)
    if expected["exit_code"] == 0:
        vm = corpus.vm(xcairo, program_input=program_input)
        vm.run()
        assert [str(v) for v in vm.output()] == (expected["output"] or [])
        # What cairo-run prints after the run (--print_output, --print_info) is not the hints'.
        report = re.search(r"^(Program output:|Number of steps:)", expected["stdout"], re.M)
        assert capsys.readouterr().out == expected["stdout"][:report.start()]
    else:
        with pytest.raises(xcairo.VmError) as raised:
            corpus.vm(xcairo, program_input=program_input).run()  # a syntax error fails the load
        assert_error_as_recorded(xcairo, raised.value, corpus)
        assert capsys.readouterr().out == expected["stdout"]


def test_vm_load_program_takes_an_xcairo_program(xcairo, capsys, tmp_path):
    # python_hints/load_program with the loaded program given as an xcairo.Program: the same run.
    expected = json.loads((CORPUS_SOURCE / "python_hints/load_program.expected.json").read_text())
    inner = xcairo.Program.from_json(json.dumps(program_input_of(expected["flags"], tmp_path)))
    data = json.loads((CORPUS_BUILD / "python_hints/load_program.json").read_text())
    loaders = [hint for hints in data["hints"].values() for hint in hints
               if "vm_load_program" in hint["code"]]
    assert len(loaders) == 1
    loaders[0]["code"] = loaders[0]["code"].replace("Program.load(data=program_input)", "inner")
    vm = xcairo.VM(xcairo.Program.from_json(json.dumps(data)), layout="small",
                   hint_locals={"inner": inner})
    vm.run()
    assert [str(v) for v in vm.output()] == expected["output"]
    assert capsys.readouterr().out == expected["stdout"][:expected["stdout"].index("Program output:")]


def test_vm_load_program_refuses_an_integer_base(xcairo):
    path = CORPUS_BUILD / "python_hints/prints.json"
    assert failing_hint(xcairo, f"import xcairo\nvm_load_program(xcairo.Program.load({str(path)!r}), 100)") == (
        "NotImplementedError: xcairo: vm_load_program at an integer program_base is not supported")


def hint_program(xcairo, code):
    """python_hints/prints with its one hint's code replaced (ids: x = 12, inv, output_ptr)."""
    data = json.loads((CORPUS_BUILD / "python_hints/prints.json").read_text())
    (hints,) = data["hints"].values()
    hints[0]["code"] = code
    return xcairo.Program.from_json(json.dumps(data))


def run_hint(xcairo, code, **kwargs):
    vm = xcairo.VM(hint_program(xcairo, code + "\nids.inv = fdiv(1, ids.x)"), layout="small", **kwargs)
    vm.run()
    return vm


def failing_hint(xcairo, code):
    vm = xcairo.VM(hint_program(xcairo, code), layout="small")
    with pytest.raises(xcairo.VmException) as raised:
        vm.run()
    return str(raised.value).splitlines()[-1]


def test_hints_do_not_see_the_callers_globals(xcairo):
    assert failing_hint(xcairo, "CALLERS_GLOBAL") == "NameError: name 'CALLERS_GLOBAL' is not defined"
    seen = []
    run_hint(xcairo, "seen.append(CALLERS_GLOBAL)", hint_locals={"seen": seen, "CALLERS_GLOBAL": 5})
    assert seen == [5]


def test_each_vm_has_its_own_scopes(xcairo):
    code = "counter = globals().get('counter', 0) + 1\nseen.append(counter)"
    seen = []
    program = hint_program(xcairo, code + "\nids.inv = fdiv(1, ids.x)")
    for _ in range(2):
        xcairo.VM(program, layout="small", hint_locals={"seen": seen}).run()
    assert seen == [1, 1]


def test_names_of_a_hint(xcairo):
    names = {}
    run_hint(xcairo, "names.update((k, v) for k, v in globals().items() if k != 'names')",
             hint_locals={"names": names})
    for name in ["memory", "ap", "fp", "pc", "current_step", "ids", "segments", "vm_enter_scope",
                 "vm_exit_scope", "vm_load_program", "builtin_runners", "is_accessed",
                 "vm_add_auto_deduction_rule", "vm_add_validation_rule",
                 "vm_ecdsa_additional_data", "PRIME", "fadd", "fsub", "fmul", "fdiv", "fpow",
                 "fsqrt", "fis_quad_residue", "safe_div", "to_felt_or_relocatable",
                 "program_input", "output_builtin"]:
        assert name in names, name
    assert names["PRIME"] == xcairo.PRIME and names["builtin_runners"]["output_builtin"] is not None


def test_mod_builtins_without_cairo_lang(xcairo, monkeypatch):
    # Where cairo-lang cannot be imported, add_mod and mul_mod stay xcairo's runner objects, with
    # the layout's instance_def (elsewhere they are cairo-lang's runners: python_hints/mod_runners).
    monkeypatch.setitem(sys.modules, "starkware.cairo.lang.builtins.modulo.mod_builtin_runner", None)
    (corpus,) = [p for p in python_hints_programs() if p.name == "python_hints/mod_instance_def"]
    data = json.loads(corpus.json_path.read_text())
    (hints,) = data["hints"].values()
    hints[0]["code"] += "\nclasses.append(type(add_mod_builtin).__name__)"
    classes = []
    vm = xcairo.VM(xcairo.Program.from_json(json.dumps(data)), **corpus.vm_kwargs,
                   hint_locals={"classes": classes})
    vm.run()
    assert [str(v) for v in vm.output()] == corpus.expected["output"]
    assert classes == ["_HintBuiltin"]


def test_ids_struct_definitions_and_scopes(xcairo):
    # ids.main is a scope (cairo-lang's VmConsts of a function): its references are reachable.
    got = {}
    run_hint(xcairo, "got['x'] = ids.main.x", hint_locals={"got": got})
    assert got == {"x": 12}


def test_error_classes(xcairo):
    assert issubclass(xcairo.LoadError, xcairo.Error)
    for name in ["VmException", "RunAssertionError", "UncaughtError"]:
        assert issubclass(getattr(xcairo, name), xcairo.VmError)
    assert issubclass(xcairo.VmError, xcairo.Error)
    raised = {}
    for corpus in corpus_programs(exit_code=1):
        try:
            corpus.vm(xcairo).run()
        except xcairo.VmError as e:
            raised.setdefault(type(e).__name__, e)
    assert set(raised) == {"VmException", "RunAssertionError", "UncaughtError"}
    assert raised["UncaughtError"].python_type
    for error in raised.values():
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert (copy.pc, copy.message, copy.location, copy.traceback) == \
            (error.pc, error.message, error.location, error.traceback)
    with pytest.raises(ValueError, match="cairo_layout_params_file"):
        xcairo.VM(hint_program(xcairo, "pass"), layout="dynamic")


def test_a_vm_is_not_picklable(xcairo):
    vm = xcairo.VM(hint_program(xcairo, "pass"), layout="small")
    with pytest.raises(TypeError):
        pickle.dumps(vm)
