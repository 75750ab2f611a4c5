//! Runs a compiled Cairo 0 program with the `cairo-vm` crate the way `cairo-run --trace_file`
//! does (trace recorded, trace and memory relocated, secure run checks) and prints the step
//! count. By default it writes no files, so a timed run measures the VM and not the disk;
//! `--trace_file`/`--memory_file` write cairo-run's binary formats, for correctness checks.
//!
//! Usage: cairo-vm-run --program PATH [--layout NAME] [--proof_mode]
//!                     [--trace_file PATH] [--memory_file PATH]
//! Output (stdout): `steps: N` then `status: ok`, or `status: error` with the error on stderr.
//! Exit code: 0 on success, 1 on a failed run, 2 on bad arguments.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use cairo_vm::cairo_run::{cairo_run, write_encoded_memory, write_encoded_trace, CairoRunConfig};
use cairo_vm::hint_processor::builtin_hint_processor::builtin_hint_processor_definition::BuiltinHintProcessor;
use cairo_vm::types::layout_name::LayoutName;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const LAYOUTS: &[LayoutName] = &[
    LayoutName::plain,
    LayoutName::small,
    LayoutName::dex,
    LayoutName::recursive,
    LayoutName::starknet,
    LayoutName::starknet_with_keccak,
    LayoutName::recursive_large_output,
    LayoutName::recursive_with_poseidon,
    LayoutName::all_solidity,
    LayoutName::all_cairo,
    LayoutName::all_cairo_stwo,
    LayoutName::stwo_no_ecop,
    LayoutName::perpetual,
    LayoutName::dex_with_bitwise,
];

struct Args {
    program: String,
    layout: LayoutName,
    proof_mode: bool,
    trace_file: Option<String>,
    memory_file: Option<String>,
}

fn usage() -> String {
    let names: Vec<&str> = LAYOUTS.iter().map(|l| l.to_str()).collect();
    format!(
        "usage: cairo-vm-run --program PATH [--layout {}] [--proof_mode] [--trace_file PATH] [--memory_file PATH]",
        names.join("|")
    )
}

fn parse_layout(name: &str) -> Result<LayoutName, String> {
    LAYOUTS
        .iter()
        .copied()
        .find(|l| l.to_str() == name)
        .ok_or_else(|| format!("unknown layout '{name}'\n{}", usage()))
}

fn parse_args() -> Result<Args, String> {
    let mut program = None;
    let mut layout = LayoutName::plain;
    let mut proof_mode = false;
    let mut trace_file = None;
    let mut memory_file = None;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        // Accept both `--flag value` and `--flag=value`, like cairo-run's argparse.
        let (key, inline) = match arg.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value\n{}", usage()))
        };
        match key.as_str() {
            "--program" => program = Some(value("--program")?),
            "--layout" => layout = parse_layout(&value("--layout")?)?,
            "--proof_mode" => proof_mode = true,
            "--trace_file" => trace_file = Some(value("--trace_file")?),
            "--memory_file" => memory_file = Some(value("--memory_file")?),
            "-h" | "--help" => return Err(usage()),
            _ => return Err(format!("unknown argument '{arg}'\n{}", usage())),
        }
    }
    let program = program.ok_or_else(usage)?;
    Ok(Args {
        program,
        layout,
        proof_mode,
        trace_file,
        memory_file,
    })
}

/// Writes `encode`'s output to `path` through a buffer.
fn write_file<E: std::fmt::Display>(
    path: &str,
    encode: impl FnOnce(&mut BufWriter<File>) -> Result<(), E>,
) -> Result<(), String> {
    let file = File::create(path).map_err(|e| format!("cannot create {path}: {e}"))?;
    let mut writer = BufWriter::with_capacity(1 << 20, file);
    encode(&mut writer).map_err(|e| format!("cannot write {path}: {e}"))?;
    writer
        .flush()
        .map_err(|e| format!("cannot write {path}: {e}"))
}

/// Writes the files asked for, in cairo-run's binary trace and memory formats.
fn write_files(
    args: &Args,
    runner: &cairo_vm::vm::runners::cairo_runner::CairoRunner,
) -> Result<(), String> {
    if let Some(path) = &args.trace_file {
        let trace = runner
            .relocated_trace
            .as_deref()
            .ok_or("the trace was not relocated")?;
        write_file(path, |w| write_encoded_trace(trace, w))?;
    }
    if let Some(path) = &args.memory_file {
        write_file(path, |w| write_encoded_memory(&runner.relocated_memory, w))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let bytes = match std::fs::read(&args.program) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("cannot read {}: {err}", args.program);
            println!("status: error");
            return ExitCode::from(1);
        }
    };
    let config = CairoRunConfig {
        entrypoint: "main",
        trace_enabled: true,
        relocate_mem: true,
        relocate_trace: true,
        layout: args.layout,
        proof_mode: args.proof_mode,
        ..CairoRunConfig::default()
    };
    let mut hint_processor = BuiltinHintProcessor::new_empty();
    match cairo_run(&bytes, &config, &mut hint_processor) {
        Ok(runner) => {
            if let Err(msg) = write_files(&args, &runner) {
                eprintln!("{msg}");
                println!("status: error");
                return ExitCode::from(1);
            }
            println!("steps: {}", runner.vm.get_current_step());
            println!("seconds: {:.6}", started.elapsed().as_secs_f64());
            println!("status: ok");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            println!("status: error");
            ExitCode::from(1)
        }
    }
}
