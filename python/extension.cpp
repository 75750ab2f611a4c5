// The `xcairo` extension module (python3 -c "import xcairo" with build/python on sys.path).
#include "xcairo_python/module.hpp"

PYBIND11_MODULE(xcairo, m) { xcairo::python::define_module(m); }
