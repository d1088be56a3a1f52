//! The `portal` binary: subcommands for operators (see `portal --help`).

fn main() -> std::process::ExitCode {
    // Before the runtime starts its threads (see server::memory).
    partner_portal::server::memory::tune();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt.block_on(partner_portal::host::cli::main()),
        Err(e) => {
            eprintln!("error: starting the async runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
