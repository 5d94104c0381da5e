//! A sealed Kring file: the Kring JSON encrypted with a password, so a map can be sent or
//! kept on a shared computer without anyone reading it.
//!
//! Cryptography: Argon2id (RFC 9106, version 0x13) turns the password into key material,
//! AES-256-GCM encrypts and authenticates the JSON. Both are RustCrypto crates in pure Rust,
//! so the same code runs natively in the tests and in the browser (wasm32).
//!
//! The core needs no randomness of its own: the caller passes a fresh random salt and nonce
//! (the browser layer takes them from `crypto.getRandomValues`). Never reuse a nonce with
//! the same salt and password.
//!
//! ## File layout (version 1), all integers little-endian
//!
//! | bytes | what |
//! | --- | --- |
//! | 12 | magic `KRING-SEALED` |
//! | 1 | format version, `1` |
//! | 1 | key derivation function, `1` = Argon2id v0x13 |
//! | 4 + 4 + 4 | Argon2 memory in KiB, iterations, parallelism |
//! | 16 | salt |
//! | 12 | nonce |
//! | 16 | password check: bytes 32..48 of the Argon2 output |
//! | 4 | length of what follows |
//! | n | AES-256-GCM ciphertext of the UTF-8 JSON, with the 16-byte tag at the end |
//!
//! The Argon2 output is 48 bytes: the first 32 are the AES key, the last 16 the password
//! check. The check lets Kring say "wrong password" apart from "the file is damaged"; it
//! gives an attacker nothing the ciphertext does not (each guess still costs one Argon2
//! run). The whole header is the GCM associated data, so changing any byte of it is caught.
//! The KDF parameters are stored per file, so new files can use stronger ones later while
//! old files still open.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::Aes256Gcm;
use argon2::{Algorithm, Argon2, Params, Version};
use std::fmt;
use zeroize::Zeroize;

/// The first bytes of every sealed Kring file.
pub const MAGIC: &[u8; 12] = b"KRING-SEALED";
/// The layout written by this Kring.
pub const FORMAT_VERSION: u8 = 1;
const KDF_ARGON2ID: u8 = 1;
pub const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;
const CHECK_LEN: usize = 16;
const KEY_LEN: usize = 32;
const TAG_LEN: usize = 16;
/// Bytes before the ciphertext.
pub const HEADER_LEN: usize = MAGIC.len() + 1 + 1 + 12 + SALT_LEN + NONCE_LEN + CHECK_LEN + 4;
/// Larger inputs are refused before any work: a Kring document is at most 20 MB.
pub const MAX_SEALED_BYTES: usize = 32 * 1024 * 1024;

/// Argon2id cost parameters, stored in every sealed file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// What new files are sealed with: m = 64 MiB, t = 3, p = 1, above OWASP's
    /// minimum (19 MiB, t = 2), which files sealed by older Kring use and which still open.
    pub const DEFAULT: KdfParams = KdfParams { memory_kib: 64 * 1024, iterations: 3, parallelism: 1 };
    /// The most a file may ask for. A file asking more is refused before any work, so a
    /// crafted file cannot make the browser allocate hundreds of MB or spin for a minute
    /// per attempt: at most twice the default memory, and at most four times its work.
    pub const MAX_MEMORY_KIB: u32 = 128 * 1024;
    pub const MAX_ITERATIONS: u32 = 8;
    pub const MAX_PARALLELISM: u32 = 4;
    /// Memory × passes, in KiB: wasm runs the lanes one after another, so this is the time.
    pub const MAX_WORK_KIB: u64 = 4 * 64 * 1024 * 3;

    pub fn acceptable(self) -> bool {
        self.memory_kib <= Self::MAX_MEMORY_KIB
            && (1..=Self::MAX_ITERATIONS).contains(&self.iterations)
            && (1..=Self::MAX_PARALLELISM).contains(&self.parallelism)
            && self.memory_kib >= 8 * self.parallelism
            && u64::from(self.memory_kib) * u64::from(self.iterations) <= Self::MAX_WORK_KIB
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// Not a sealed Kring file (no magic at the start).
    NotSealed,
    /// Larger than any sealed Kring file can be.
    TooLarge {
        bytes: usize,
    },
    /// The file ends too early: cut off while copying or downloading.
    Truncated {
        bytes: usize,
    },
    /// Sealed by a newer Kring.
    UnsupportedVersion {
        version: u8,
    },
    /// A key derivation this Kring does not know.
    UnsupportedKdf {
        kdf: u8,
    },
    /// Key derivation parameters outside what Kring accepts.
    BadParameters {
        memory_kib: u32,
        iterations: u32,
        parallelism: u32,
    },
    WrongPassword,
    /// The password is right, but the contents were changed or damaged.
    Damaged,
    /// Decrypted fine, but the contents are not text.
    NotText,
    /// The key derivation or cipher refused its input (cannot happen with checked parameters).
    Internal,
}

/// For logs and tests; people read `i18n::sealed::message`.
impl fmt::Display for CryptoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sealed file: {self:?}")
    }
}

impl std::error::Error for CryptoError {}

/// True when the bytes start like a sealed Kring file, so an importer can ask for a password.
pub fn looks_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Seals Kring JSON with a password and the default key derivation parameters.
/// `salt` and `nonce` must come from a cryptographic random source, fresh for every call.
pub fn seal(json: &str, password: &str, salt: [u8; 16], nonce: [u8; 12]) -> Vec<u8> {
    // With the default parameters neither Argon2 (valid parameters, 16-byte salt, 48-byte
    // output) nor AES-GCM (plaintext far below 64 GiB on any platform Kring runs on) can
    // fail, so the empty fallback is never reached; `open` would reject it anyway.
    seal_with_params(json, password, salt, nonce, KdfParams::DEFAULT).unwrap_or_default()
}

/// `seal` with chosen Argon2 parameters (tests use cheap ones; later versions stronger ones).
pub fn seal_with_params(
    json: &str,
    password: &str,
    salt: [u8; 16],
    nonce: [u8; 12],
    params: KdfParams,
) -> Result<Vec<u8>, CryptoError> {
    if !params.acceptable() {
        return Err(bad_parameters(params));
    }
    let derived = derive_key(password, &salt, params)?;
    seal_derived(json, &derived, salt, nonce, params)
}

/// Argon2id output for a sealed file: the AES key then the password check. Wiped from
/// memory when dropped. The browser computes it in a Web Worker (`kdf-worker`), so the
/// page never freezes, and hands it to `seal_derived` / `open_derived`.
pub struct Derived([u8; DERIVED_LEN]);

/// Bytes of Argon2id output a sealed file uses.
pub const DERIVED_LEN: usize = KEY_LEN + CHECK_LEN;

impl Derived {
    /// Wraps bytes computed elsewhere (the worker); `None` unless exactly `DERIVED_LEN`.
    pub fn from_bytes(bytes: &[u8]) -> Option<Derived> {
        bytes.try_into().ok().map(Derived)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for Derived {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// The key derivation alone (what the worker runs): refuses parameters outside the limits
/// before any work.
pub fn derive_key(password: &str, salt: &[u8], params: KdfParams) -> Result<Derived, CryptoError> {
    if !params.acceptable() {
        return Err(bad_parameters(params));
    }
    derive(password, salt, params).map(Derived)
}

/// Seals with key material from `derive_key(password, &salt, params)`.
pub fn seal_derived(
    json: &str,
    derived: &Derived,
    salt: [u8; 16],
    nonce: [u8; 12],
    params: KdfParams,
) -> Result<Vec<u8>, CryptoError> {
    if !params.acceptable() {
        return Err(bad_parameters(params));
    }
    let body_len = json.len().checked_add(TAG_LEN).ok_or(CryptoError::TooLarge { bytes: json.len() })?;
    let body_len_u32 = u32::try_from(body_len).map_err(|_| CryptoError::TooLarge { bytes: json.len() })?;
    let mut header = Vec::with_capacity(HEADER_LEN + body_len);
    header.extend_from_slice(MAGIC);
    header.push(FORMAT_VERSION);
    header.push(KDF_ARGON2ID);
    header.extend_from_slice(&params.memory_kib.to_le_bytes());
    header.extend_from_slice(&params.iterations.to_le_bytes());
    header.extend_from_slice(&params.parallelism.to_le_bytes());
    header.extend_from_slice(&salt);
    header.extend_from_slice(&nonce);
    header.extend_from_slice(&derived.0[KEY_LEN..]);
    header.extend_from_slice(&body_len_u32.to_le_bytes());
    let cipher = Aes256Gcm::new_from_slice(&derived.0[..KEY_LEN]).map_err(|_| CryptoError::Internal)?;
    let body = cipher
        .encrypt(&nonce.into(), Payload { msg: json.as_bytes(), aad: &header })
        .map_err(|_| CryptoError::Internal)?;
    let mut out = header;
    out.extend_from_slice(&body);
    Ok(out)
}

/// Opens a sealed Kring file and returns the Kring JSON inside (then load it with
/// `model::from_json`). Every failure is a typed error; nothing here panics.
pub fn open(bytes: &[u8], password: &str) -> Result<String, CryptoError> {
    let (salt, params) = kdf_input(bytes)?;
    let derived = derive_key(password, &salt, params)?;
    open_derived(bytes, &derived)
}

/// What the key derivation of a sealed file needs (its salt and parameters), after every
/// check that can be made without the password: size, magic, version, lengths, limits.
pub fn kdf_input(bytes: &[u8]) -> Result<([u8; SALT_LEN], KdfParams), CryptoError> {
    let header = parse_checked(bytes)?;
    Ok((header.salt, header.params))
}

/// Opens a sealed file with key material from `derive_key` on its `kdf_input`.
pub fn open_derived(bytes: &[u8], derived: &Derived) -> Result<String, CryptoError> {
    let header = parse_checked(bytes)?;
    let check_ok = constant_time_eq(&derived.0[KEY_LEN..], &header.check);
    if !check_ok {
        return Err(CryptoError::WrongPassword);
    }
    let cipher = Aes256Gcm::new_from_slice(&derived.0[..KEY_LEN]).map_err(|_| CryptoError::Internal)?;
    let plain = cipher
        .decrypt(&header.nonce.into(), Payload { msg: header.body, aad: header.aad })
        .map_err(|_| CryptoError::Damaged)?;
    String::from_utf8(plain).map_err(|err| {
        let mut bytes = err.into_bytes();
        bytes.zeroize();
        CryptoError::NotText
    })
}

fn parse_checked(bytes: &[u8]) -> Result<Header<'_>, CryptoError> {
    if bytes.len() > MAX_SEALED_BYTES {
        return Err(CryptoError::TooLarge { bytes: bytes.len() });
    }
    if !bytes.starts_with(MAGIC) {
        // A file cut off inside the magic itself is still recognisably ours.
        return if !bytes.is_empty() && MAGIC.starts_with(bytes) {
            Err(CryptoError::Truncated { bytes: bytes.len() })
        } else {
            Err(CryptoError::NotSealed)
        };
    }
    Header::parse(bytes)
}

/// The parsed, length-checked parts of a sealed file.
struct Header<'a> {
    params: KdfParams,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
    check: [u8; CHECK_LEN],
    aad: &'a [u8],
    body: &'a [u8],
}

impl<'a> Header<'a> {
    /// Reads the header of bytes that start with the magic.
    fn parse(bytes: &'a [u8]) -> Result<Header<'a>, CryptoError> {
        let truncated = CryptoError::Truncated { bytes: bytes.len() };
        let mut r = Reader { bytes, at: MAGIC.len() };
        // The version first: a newer layout may differ in everything after it.
        let version = r.byte().ok_or_else(|| truncated.clone())?;
        if version != FORMAT_VERSION {
            return Err(CryptoError::UnsupportedVersion { version });
        }
        let kdf = r.byte().ok_or_else(|| truncated.clone())?;
        if kdf != KDF_ARGON2ID {
            return Err(CryptoError::UnsupportedKdf { kdf });
        }
        let memory_kib = r.u32().ok_or_else(|| truncated.clone())?;
        let iterations = r.u32().ok_or_else(|| truncated.clone())?;
        let parallelism = r.u32().ok_or_else(|| truncated.clone())?;
        let params = KdfParams { memory_kib, iterations, parallelism };
        let salt = r.array::<SALT_LEN>().ok_or_else(|| truncated.clone())?;
        let nonce = r.array::<NONCE_LEN>().ok_or_else(|| truncated.clone())?;
        let check = r.array::<CHECK_LEN>().ok_or_else(|| truncated.clone())?;
        let body_len = r.u32().ok_or_else(|| truncated.clone())?;
        let body_len = usize::try_from(body_len).map_err(|_| CryptoError::Damaged)?;
        let rest = bytes.get(HEADER_LEN..).ok_or_else(|| truncated.clone())?;
        if body_len < TAG_LEN {
            return Err(CryptoError::Damaged);
        }
        if rest.len() < body_len {
            return Err(truncated);
        }
        if rest.len() > body_len {
            // Bytes after the end: not something Kring wrote.
            return Err(CryptoError::Damaged);
        }
        if !params.acceptable() {
            return Err(bad_parameters(params));
        }
        let aad = bytes.get(..HEADER_LEN).ok_or(truncated)?;
        Ok(Header { params, salt, nonce, check, aad, body: rest })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        let end = self.at.checked_add(N)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        slice.try_into().ok()
    }

    fn byte(&mut self) -> Option<u8> {
        self.array::<1>().map(|[b]| b)
    }

    fn u32(&mut self) -> Option<u32> {
        self.array::<4>().map(u32::from_le_bytes)
    }
}

fn bad_parameters(params: KdfParams) -> CryptoError {
    CryptoError::BadParameters {
        memory_kib: params.memory_kib,
        iterations: params.iterations,
        parallelism: params.parallelism,
    }
}

/// Argon2id: 48 bytes, the AES key then the password check.
fn derive(password: &str, salt: &[u8], params: KdfParams) -> Result<[u8; KEY_LEN + CHECK_LEN], CryptoError> {
    let argon_params = Params::new(params.memory_kib, params.iterations, params.parallelism, Some(KEY_LEN + CHECK_LEN))
        .map_err(|_| bad_parameters(params))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut out = [0u8; KEY_LEN + CHECK_LEN];
    argon.hash_password_into(password.as_bytes(), salt, &mut out).map_err(|_| CryptoError::Internal)?;
    Ok(out)
}

/// The digest of child mode's PIN, kept on the device so that a reload stays in child mode
/// with its PIN. A PIN of a few digits is guessed by trying, whatever the hash: the digest
/// only keeps the PIN (which may be one the adult uses elsewhere) from being readable in
/// the browser's storage. Light Argon2id parameters, so checking it does not freeze the page.
pub fn pin_digest(pin: &str, salt: &[u8]) -> Option<[u8; 32]> {
    let params = Params::new(1024, 1, 1, Some(32)).ok()?;
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(pin.trim().as_bytes(), salt, &mut out)
        .ok()?;
    Some(out)
}

/// Whether `pin` is the one `digest` was made of.
pub fn pin_matches(pin: &str, salt: &[u8], digest: &[u8]) -> bool {
    pin_digest(pin, salt).is_some_and(|d| constant_time_eq(&d, digest))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
