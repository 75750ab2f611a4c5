// xcairo: the Jupyter kernel executable (`xcairo -f CONNECTION_FILE`).
#include <Python.h>

#include <cstring>
#include <iostream>
#include <memory>
#include <string>

#include <pybind11/embed.h>
#include <xeus/xkernel.hpp>
#include <xeus/xkernel_configuration.hpp>
#include <xeus/xserver_shell_main.hpp>
#include <zmq.hpp>

#ifdef XCAIRO_KERNEL_EMBEDS_MODULE
#include "xcairo_python/module.hpp"
#endif
#include "history.hpp"
#include "interpreter.hpp"
#include "interrupt.hpp"

#ifdef XCAIRO_KERNEL_EMBEDS_MODULE
PYBIND11_EMBEDDED_MODULE(xcairo, module) { xcairo::python::define_module(module); }
#endif

namespace {

std::string connection_file(int argc, char* argv[]) {
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "-f") == 0) return argv[i + 1];
    return "";
}

}  // namespace

int main(int argc, char* argv[]) {
    const std::string file = connection_file(argc, argv);
    if (file.empty()) {
        std::cerr << "usage: xcairo -f CONNECTION_FILE (started by Jupyter, see `jupyter kernelspec list`)\n";
        return 2;
    }

    // Debian's Python, whatever comes first on PATH; sys.argv = [argv0] so that IPython does not
    // parse the kernel's own flags.
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    PyConfig_SetString(&config, &config.program_name, L"/usr/bin/python3");
    pybind11::scoped_interpreter python(&config, 1, argv, false);

    // Before any other thread exists: every thread inherits the blocked SIGINT.
    xcairo::kernel::install_interrupt_handling();

    auto history = std::make_unique<xcairo::kernel::History>();
    auto interpreter = std::make_unique<xcairo::kernel::Interpreter>(*history);
    xeus::xconfiguration kernel_config = xeus::load_configuration(file);
    xeus::xkernel kernel(kernel_config, xeus::get_user_name(), xeus::make_context<zmq::context_t>(),
                         std::move(interpreter), xeus::make_xserver_shell_main, std::move(history));
    kernel.start();
    return 0;
}
