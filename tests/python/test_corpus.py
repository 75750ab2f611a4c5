"""The module runs corpus programs exactly as cairo-run recorded them."""
import pytest

from conftest import assert_error_as_recorded, corpus_programs, sha256_file

SUCCEEDING = corpus_programs(exit_code=0)
FAILING = corpus_programs(exit_code=1)


def test_corpus_is_found():
    assert len(SUCCEEDING) > 20 and len(FAILING) > 20


@pytest.mark.parametrize("corpus", SUCCEEDING, ids=repr)
def test_run_matches_cairo_run(xcairo, corpus, tmp_path):
    vm = corpus.vm(xcairo)
    result = vm.run()
    assert result.cause == xcairo.StopCause.END
    assert vm.state == xcairo.State.FINISHED
    expected = corpus.expected
    assert vm.current_step == expected["steps"]
    printed = ["<missing>" if v is None else str(v) for v in vm.output()]
    if "--print_output" in expected["flags"]:  # the output is recorded when cairo-run prints it
        assert printed == (expected["output"] or [])
    vm.write_trace(str(tmp_path / "trace"))
    vm.write_memory(str(tmp_path / "memory"))
    assert sha256_file(tmp_path / "trace") == expected["trace_sha256"]
    assert sha256_file(tmp_path / "memory") == expected["memory_sha256"]


@pytest.mark.parametrize("corpus", FAILING, ids=repr)
def test_errors_read_as_cairo_run_prints_them(xcairo, corpus, tmp_path):
    try:
        vm = corpus.vm(xcairo)
        vm.run()
        vm.write_trace(str(tmp_path / "trace"))  # a relocation failure shows here
        vm.write_memory(str(tmp_path / "memory"))
    except xcairo.VmError as e:
        error = e
    else:
        pytest.fail("the run should fail")
    assert_error_as_recorded(xcairo, error, corpus)
