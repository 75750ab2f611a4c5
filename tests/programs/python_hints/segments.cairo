// REQUIRES: python_hints
// segments: new segments from hints (gen_arg, write_arg, load_data), read back by Cairo code.
%builtins output

func sum(data: felt*, n) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = sum(data + 1, n - 1);
    return data[0] + rest;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local data: felt*;
    local nested: felt**;
    local more: felt*;
    %{
        ids.data = segments.gen_arg([5, 6, 7, -1])
        ids.nested = segments.gen_arg([[1, 2], [3]])
        ids.more = segments.add()
        end = segments.load_data(ids.more, [10, 20])
        segments.write_arg(end, [30])
    %}
    let total = sum(data, 4);
    let more_total = sum(more, 3);
    assert [output_ptr] = total;
    assert [output_ptr + 1] = nested[0][1] + nested[1][0];
    assert [output_ptr + 2] = more_total;
    let output_ptr = output_ptr + 3;
    return ();
}
