"""Prints the trees, preimages and descent maps that tests/unit/hints_patricia_test.cpp expects,
computed by cairo-lang's own build_update_tree and patricia_guess_descents. Run it with the
reference's Python:
    /opt/xcairo/cairo-lang-0.14.0.1/bin/python tests/unit/gen_patricia_vectors.py
The hash is a stand-in (the functions only look nodes up in the preimage); every node, binary or
edge, goes into the preimage as a caller of patricia_update must provide it.
"""
from starkware.cairo.common.patricia_utils import EMPTY, patricia_guess_descents
from starkware.python.merkle_tree import build_update_tree


def fake_hash(a, b):
    return (a * 31 + b * 17 + 5) % 2**200


def patricia_root(leaves, preimage):
    """The root of the tree of these leaves; its binary and edge nodes go into preimage."""

    def node_hash(edge):
        length, path, bottom = edge
        if length == 0:
            return bottom
        value = fake_hash(bottom, path) + length
        preimage[value] = edge
        return value

    layer = [(0, 0, x) for x in leaves]
    while len(layer) > 1:
        parents = []
        for left, right in zip(layer[::2], layer[1::2]):
            if left == EMPTY and right == EMPTY:
                parents.append(EMPTY)
            elif left == EMPTY:
                parents.append((right[0] + 1, right[1] + 2 ** right[0], right[2]))
            elif right == EMPTY:
                parents.append((left[0] + 1, left[1], left[2]))
            else:
                children = node_hash(left), node_hash(right)
                value = fake_hash(*children)
                preimage[value] = children
                parents.append((0, 0, value))
        layer = parents
    return node_hash(layer[0])


def case(height, prev_leaves, new_leaves, modifications):
    preimage = {}
    prev_root = patricia_root(prev_leaves, preimage)
    new_root = patricia_root(new_leaves, preimage)
    node = build_update_tree(height, modifications)
    print(f"height {height}, modifications {modifications}")
    print(f"  preimage {preimage}")
    print(f"  roots {prev_root} -> {new_root}")
    print(f"  tree {node}")
    print(f"  descents {patricia_guess_descents(height, node, preimage, prev_root, new_root)}")


case(3, [0, 11, 0, 0, 0, 0, 22, 0], [0, 11, 0, 0, 0, 0, 33, 44], [(6, 33), (7, 44)])
case(4, [0] * 16, [0, 0, 0, 5] + [0] * 8 + [6, 0, 0, 0], [(3, 5), (12, 6)])
print("edge:", patricia_guess_descents(3, build_update_tree(3, [(5, 9)]), {1000: (3, 5, 7), 2000: (3, 5, 9)}, 1000, 2000))
