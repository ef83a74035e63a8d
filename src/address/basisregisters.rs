//! basisregisters (in progress).
