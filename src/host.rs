//! The composition root, the top layer and the only one that names every
//! feature: the HTTP router (`http`), the command line (`cli`), the demo
//! data (`demo`) and the scale generator (`generate`). Server only.

pub mod cli;
pub mod demo;
pub mod generate;
pub mod http;
