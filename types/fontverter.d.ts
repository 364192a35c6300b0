// fontverter ships no types; this is the one function the font test uses.
declare module 'fontverter' {
  type Format = 'truetype' | 'sfnt' | 'woff' | 'woff2';
  const fontverter: { convert(buffer: Uint8Array, toFormat: Format, fromFormat?: Format): Promise<Buffer> };
  export default fontverter;
}
