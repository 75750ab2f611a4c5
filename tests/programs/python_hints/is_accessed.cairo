// REQUIRES: python_hints
// is_accessed: the program's cells and what instructions run so far read or wrote, not what only
// hints wrote or nothing touched yet.
func main() {
    alloc_locals;
    local a = 3;
    local b;
    %{
        memory[fp + 5] = 7
        print("pc", is_accessed(pc), "a", is_accessed(fp), "b", is_accessed(fp + 1))
        print("hint-written", is_accessed(fp + 5), "ap", is_accessed(ap), "return pc", is_accessed(fp - 1))
        print("program end", is_accessed(pc + 4), "step", current_step)
    %}
    b = a * 2;
    %{ print("b now", is_accessed(fp + 1), "fp - 2", is_accessed(fp - 2)) %}
    return ();
}
