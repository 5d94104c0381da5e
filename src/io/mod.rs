//! Files in and out. Pure: strings and bytes in, strings and bytes out.
