// Renders the app's icons from assets/icon.svg with sharp (Next.js's own image library): the sizes
// Android and iOS ask a web app for, a maskable one with the safe-zone padding, and favicon.ico.
// The PNGs are committed; run again after changing the SVG: npx tsx scripts/generate-icons.ts
import { readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync("assets/icon.svg");
const BRAND = "#2f6fde";

async function png(size: number, padding = 0): Promise<Buffer> {
  const inner = Math.round(size * (1 - 2 * padding));
  const art = await sharp(svg, { density: 300 }).resize(inner, inner).png().toBuffer();
  if (padding === 0) return art;
  // Maskable: the launcher may crop to a circle, so the art sits inside the central 80 %.
  return sharp({ create: { width: size, height: size, channels: 4, background: BRAND } })
    .composite([{ input: art, gravity: "centre" }])
    .png()
    .toBuffer();
}

/** An .ico holding one PNG image (valid since Windows Vista; every browser reads it). */
function icoFromPng(image: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, image]);
}

async function main() {
  for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, await png(size));
  writeFileSync("public/icons/maskable-512.png", await png(512, 0.1));
  writeFileSync("public/icons/apple-touch-icon.png", await png(180));
  writeFileSync("public/favicon.ico", icoFromPng(await png(32), 32));
  console.log("icons written to public/icons and public/favicon.ico");
}

void main();
