"""vm_add_auto_deduction_rule and vm_add_validation_rule through the module (the corpus's
python_hints/rule_* and validate_* run through it too): what rules deduce is the VM's memory, and
rules are freed with their VM."""
import gc
import weakref

import pytest

from conftest import CORPUS_BUILD
from test_hint_names import hint_program


def deduce_segment_program(xcairo):
    return xcairo.Program.load(str(CORPUS_BUILD / "python_hints/rule_deduce_segment.json"))


def test_deduced_cells_are_in_the_vms_memory(xcairo):
    vm = xcairo.VM(deduce_segment_program(xcairo), layout="small")
    vm.run()
    assert vm.output() == [6, 22]
    seg = xcairo.Relocatable(5, 0)  # after program, execution, output and the return frame
    assert [vm.memory.get(seg + i) for i in (1, 2, 3, 10)] == [2, None, 6, 20]


class Token:
    pass


def test_a_vm_frees_its_rules(xcairo):
    made = []

    def make():
        token = Token()
        made.append(weakref.ref(token))
        return token

    code = ("token = make()\n"
            "vm_add_auto_deduction_rule(7, lambda vm, addr, t: None, token)\n"
            "vm_add_validation_rule(7, lambda memory, addr, t: set(), token)\n"
            "del token\n"
            "ids.inv = fdiv(1, ids.x)")
    vm = xcairo.VM(hint_program(xcairo, code), layout="small", hint_locals={"make": make})
    vm.run()
    assert made[0]() is not None  # held by the VM's rules
    del vm
    gc.collect()
    assert made[0]() is None



def test_a_write_from_python_goes_through_a_hints_validation_rule(xcairo):
    # python_hints/validate_hint's first hint adds `even` on a new segment (4); a write from the
    # driving Python process is validated as a hint's is: written first, then checked (cairo-lang's
    # ValidatedMemoryDict order), the rule's failure an xcairo.Error with its text.
    vm = xcairo.VM(xcairo.Program.load(str(CORPUS_BUILD / "python_hints/validate_hint.json")))
    while len(vm.segments) < 5:
        vm.step()
    seg = xcairo.Relocatable(4, 0)
    assert vm.memory.get(seg) == 4
    with pytest.raises(xcairo.Error, match=r"^odd value 7 at 4:5$"):
        vm.memory[seg + 5] = 7
    assert vm.memory.get(seg + 5) == 7
    vm.memory[seg + 6] = 8
    assert vm.memory.get(seg + 6) == 8
