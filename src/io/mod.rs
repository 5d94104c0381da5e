//! Files in and out. Pure: strings and bytes in, strings and bytes out; the browser side
//! only picks files and starts downloads.

pub mod crypto;
pub mod csv;
pub mod detect;
pub mod easynwk;
pub mod graphml;
pub mod ics;
pub mod journal;
pub mod locked;
pub mod passphrase;
pub mod pseudonymise;
pub mod xml;
