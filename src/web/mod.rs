//! What only a browser can do: reading and writing the link, talking to the
//! host page, downloads, the charts' canvas, and the panel shown when something
//! panics. Pure decisions are made elsewhere. A leaf: nothing here imports the
//! components, the state or what they build on (mounting is in `mount`).

pub mod canvas;
pub mod dom;
pub mod messages;
pub mod panic;
