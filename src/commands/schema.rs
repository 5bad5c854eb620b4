//! `p06 schema`: the JSON Schema of a file kind, derived from the loader's own types.

use std::process::ExitCode;

use crate::cli::SchemaKind;

pub fn schema(kind: SchemaKind) -> color_eyre::Result<ExitCode> {
    let _ = kind;
    todo!()
}
