// The missing-cells order of the builtin security check against CPython 3.11's sets.
#include <gtest/gtest.h>

#include <algorithm>

#include "builtins/py_int_set.hpp"
#include "py_int_set_vectors.hpp"

namespace {

using namespace xcairo;

TEST(PyIntSet, DifferenceOrderMatchesCPython) {
    for (const auto& c : py_int_set_vectors::kCases) {
        PyIntSet expected;
        for (uint64_t i = 0; i < c.n; ++i) {
            for (uint64_t j = 0; j < c.inputs; ++j) expected.add(c.cells * i + j);
        }
        PyIntSet missing;
        for (const uint64_t offset : expected.items()) {
            if (std::find(c.order.begin(), c.order.end(), offset) != c.order.end()) missing.add(offset);
        }
        EXPECT_EQ(missing.items(), c.order) << c.cells << " cells, " << c.n << " instances";
    }
}

TEST(PyIntSet, AddingTwiceKeepsOneElement) {
    PyIntSet set;
    for (const uint64_t v : {9, 1, 9, 17, 1}) set.add(v);
    EXPECT_EQ(set.items().size(), 3u);
}

}  // namespace
