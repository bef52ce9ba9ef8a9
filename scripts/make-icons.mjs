// Draws the app icon (a white quotation mark on a dark blue rounded square) and writes it as PNGs
// into resources/icons, using only zlib. Run `node scripts/make-icons.mjs` to regenerate.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'resources',
  'icons',
);
/** electron-builder picks Linux icons by the NxN.png names; icon.png feeds macOS and Windows. */
const SIZES = [16, 32, 48, 64, 128, 256, 512];
const MAIN_SIZE = 512;
const BACKGROUND = [0x1b, 0x36, 0x5d];
const INK = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis; 4x4 gives smooth edges even at 16 px. */
const SUPERSAMPLE = 4;

// --- Shape, in a unit square (x right, y down) ----------------------------------------------

function roundedSquare(x, y) {
  const margin = 0.06;
  const radius = 0.2;
  const half = 0.5 - margin;
  const dx = Math.max(Math.abs(x - 0.5) - (half - radius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (half - radius), 0);
  return dx * dx + dy * dy <= radius * radius;
}

/**
 * One "6"-shaped opening quote mark: a round head with a tail sweeping up and to the right.
 * The tail is a crescent: inside a large circle whose edge touches the head's left side,
 * outside a second circle shifted right, and above the head's centre.
 */
function quoteGlyph(x, y, cx, cy) {
  const r = 0.085;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  if (y > cy) return false;
  const outer = { x: cx + 0.13, y: cy, r: 0.13 + r };
  const inner = { x: cx + 0.17, y: cy + 0.02, r: 0.165 };
  const inOuter = (x - outer.x) ** 2 + (y - outer.y) ** 2 <= outer.r ** 2;
  const inInner = (x - inner.x) ** 2 + (y - inner.y) ** 2 <= inner.r ** 2;
  return inOuter && !inInner && x <= cx + 0.16;
}

function ink(x, y) {
  return quoteGlyph(x, y, 0.335, 0.565) || quoteGlyph(x, y, 0.605, 0.565);
}

// --- Rasterising --------------------------------------------------------------------------

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const step = 1 / (size * SUPERSAMPLE);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let inkCover = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px * SUPERSAMPLE + sx + 0.5) * step;
          const y = (py * SUPERSAMPLE + sy + 0.5) * step;
          if (!roundedSquare(x, y)) continue;
          cover++;
          if (ink(x, y)) inkCover++;
        }
      }
      const offset = (py * size + px) * 4;
      // Colour of the covered part only (straight alpha), so edges do not darken.
      const t = cover === 0 ? 0 : inkCover / cover;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(BACKGROUND[c] * (1 - t) + INK[c] * t);
      }
      pixels[offset + 3] = Math.round((cover / SUPERSAMPLE ** 2) * 255);
    }
  }
  return pixels;
}

// --- PNG encoding -------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // compression, filter and interlace methods: all 0 (the only defined ones / none)
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None per scanline
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const png = encodePng(size, render(size));
  writeFileSync(path.join(OUT_DIR, `${size}x${size}.png`), png);
  if (size === MAIN_SIZE) writeFileSync(path.join(OUT_DIR, 'icon.png'), png);
  console.log(`${String(size).padStart(4)} px  ${png.length} bytes`);
}
