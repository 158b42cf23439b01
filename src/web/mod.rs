//! What only a browser can do: mounting widgets into host elements, reading
//! and writing the link, talking to the host page, downloads, and the panel
//! shown when something panics. Pure decisions are made elsewhere.

pub mod canvas;
pub mod dom;
pub mod messages;
pub mod mount;
pub mod panic;
