//! The `portal` binary: subcommands for operators (see `portal --help`).

#[tokio::main]
async fn main() -> std::process::ExitCode {
    partner_portal::server::cli::main().await
}
