//! Compression for share links: the browser's own zlib (`CompressionStream("deflate")`), so that
//! the wasm carries no compressor.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::property;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Compressor, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &Compressor) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &Compressor) -> web_sys::WritableStream;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Decompressor, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &Decompressor) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &Decompressor) -> web_sys::WritableStream;
}

/// Streams `bytes` through a transform, refusing output longer than `max` (a crafted link
/// could expand enormously) and any error the transform reports (a bad checksum).
async fn transform(
    bytes: &[u8],
    readable: web_sys::ReadableStream,
    writable: web_sys::WritableStream,
    max: usize,
) -> Result<Vec<u8>, ()> {
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))
        .map_err(|_| ())?;
    let output = blob
        .stream()
        .pipe_through(&web_sys::ReadableWritablePair::new(&readable, &writable));
    let reader: web_sys::ReadableStreamDefaultReader = output.get_reader().unchecked_into();
    let mut result = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| ())?;
        if property(&chunk, "done")
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            return Ok(result);
        }
        let value: Uint8Array = property(&chunk, "value")
            .ok_or(())?
            .dyn_into()
            .map_err(|_| ())?;
        if result.len() + value.length() as usize > max {
            let _ = reader.cancel();
            return Err(());
        }
        result.extend(value.to_vec());
    }
}

/// zlib-compresses `bytes`.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, ()> {
    let stream = Compressor::new("deflate").map_err(|_| ())?;
    transform(bytes, stream.readable(), stream.writable(), usize::MAX).await
}

/// Inflates zlib data, refusing damaged data and output longer than `max`.
pub async fn inflate(bytes: &[u8], max: usize) -> Result<Vec<u8>, ()> {
    let stream = Decompressor::new("deflate").map_err(|_| ())?;
    transform(bytes, stream.readable(), stream.writable(), max).await
}
